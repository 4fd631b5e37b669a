import { Module } from '@nestjs/common';
import { ContestsModule } from '../../contests/contests.module';
import { FreezeService } from './freeze.service';

/** Freezing the public board for the last minutes, and the reveal. */
@Module({ imports: [ContestsModule], providers: [FreezeService], exports: [FreezeService] })
export class FreezeModule {}
