import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { LeaderboardService } from './leaderboard.service';
import { ScoreLogRepository } from './score-log.repository';
import { TieBreaksController } from './tie-breaks.controller';
import { TieBreaksService } from './tie-breaks.service';

/** The board, recomputed from the score log; tie-break rounds (加赛). */
@Module({
  imports: [ContestsModule],
  controllers: [TieBreaksController],
  providers: [LeaderboardService, ScoreLogRepository, TieBreaksService],
  exports: [LeaderboardService, ScoreLogRepository],
})
export class LeaderboardModule {}
