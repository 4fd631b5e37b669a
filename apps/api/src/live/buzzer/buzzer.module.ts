import { Module } from '@nestjs/common';
import { ContestsModule } from '../../contests/contests.module';
import { LiveStateModule } from '../live-state.module';
import { BuzzService } from './buzz.service';

/** 抢答 buzzes, numbered by arrival in the database. */
@Module({ imports: [ContestsModule, LiveStateModule], providers: [BuzzService], exports: [BuzzService] })
export class BuzzerModule {}
