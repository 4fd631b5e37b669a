import { Module } from '@nestjs/common';
import { ContestsModule } from '../../contests/contests.module';
import { LeaderboardModule } from '../../leaderboard/leaderboard.module';
import { LiveStateModule } from '../live-state.module';
import { AdjustmentsService } from './adjustments.service';

/** The organizer's audited score adjustments. */
@Module({ imports: [ContestsModule, LeaderboardModule, LiveStateModule], providers: [AdjustmentsService], exports: [AdjustmentsService] })
export class AdjustmentsModule {}
