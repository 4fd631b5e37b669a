import { Module } from '@nestjs/common';
import { ContestsModule } from '../../contests/contests.module';
import { LiveStateModule } from '../live-state.module';
import { StakesService } from './stakes.service';

/** 风险 stakes, placed before a question opens. */
@Module({ imports: [ContestsModule, LiveStateModule], providers: [StakesService], exports: [StakesService] })
export class StakesModule {}
