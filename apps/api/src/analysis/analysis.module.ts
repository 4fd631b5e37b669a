import { Module } from '@nestjs/common';
import { AnsweringModule } from '../answering/answering.module';
import { ContestsModule } from '../contests/contests.module';
import { LeaderboardModule } from '../leaderboard/leaderboard.module';
import { AnalysisController } from './analysis.controller';
import { AnalysisRepository } from './analysis.repository';
import { AnalysisService } from './analysis.service';
import { ChoiceAnswerRepository } from './choice-answer.repository';

/** The contest analysis report (GET /contests/:id/analysis); results.xlsx writes its sheets from AnalysisService. */
@Module({ imports: [ContestsModule, AnsweringModule, LeaderboardModule], controllers: [AnalysisController], providers: [AnalysisService, AnalysisRepository, ChoiceAnswerRepository], exports: [AnalysisService] })
export class AnalysisModule {}
