import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { ContestsModule } from '../contests/contests.module';
import { LeaderboardModule } from '../leaderboard/leaderboard.module';
import { ResultsController } from './results.controller';
import { ResultsRepository } from './results.repository';
import { ResultsService } from './results.service';

/** results.xlsx: the board, every answer, the judges' scores, appeals and the analysis sheets. */
@Module({
  imports: [ContestsModule, LeaderboardModule, AnalysisModule],
  controllers: [ResultsController],
  providers: [ResultsService, ResultsRepository],
})
export class ResultsModule {}
