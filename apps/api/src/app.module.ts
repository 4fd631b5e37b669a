import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { WorkerModule } from '../../worker/src/worker.module';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { UsersService } from './auth/users.service';
import { AuthModule } from './auth/auth.module';
import { AdminController } from './admin/admin.controller';
import { AnalysisModule } from './analysis/analysis.module';
import { ContestEditingController } from './contests/contest-editing.controller';
import { ContestEditingService } from './contests/contest-editing.service';
import { ContestEditingRepository } from './contests/contest-editing.repository';
import { BanksModule } from './banks/banks.module';
import { HttpErrorFilter } from './common/http-error.filter';
import type { AppConfig } from './config/app-config';
import type { Clock } from './common/clock';
import { ContestsController } from './contests/contests.controller';
import { ContestsService } from './contests/contests.service';
import { CoreModule } from './core.module';
import { GradingModule } from './grading/grading.module';
import { HealthController } from './health/health.controller';
import { LeaderboardService } from './leaderboard/leaderboard.service';
import { RateLimiter } from './common/rate-limiter';
import { AdjustmentsService } from './live/adjustments.service';
import { BuzzService } from './live/buzz.service';
import { FreezeService } from './live/freeze.service';
import { LiveControlController } from './live/live-control.controller';
import { LiveControlService } from './live/live-control.service';
import { QuestionStatusService } from './live/question-status.service';
import { LiveStateRepository } from './live/live-state.repository';
import { StakesService } from './live/stakes.service';
import { SubmitContextService } from './answering/submit-context.service';
import { ResultsController } from './results/results.controller';
import { ResultsRepository } from './results/results.repository';
import { ResultsService } from './results/results.service';
import { LiveController } from './live/live.controller';
import { LiveGateway } from './live/live.gateway';
import { LiveActionsGateway } from './live/live-actions.gateway';
import { ResultPusher } from './live/result-pusher';
import { DeadlineCloser } from './live/deadline-closer';
import { LiveSnapshots } from './live/live-snapshots';
import { LiveService } from './live/live.service';
import { ContestQuestionsModule } from './contest-questions/contest-questions.module';
import { MembersModule } from './members/members.module';
import { AppealsModule } from './appeals/appeals.module';
import { ReviewsModule } from './reviews/reviews.module';
import { DemoSeeder } from './seed/demo-seeder';
import { SubmissionsController } from './submissions/submissions.controller';
import { SubmissionsService } from './submissions/submissions.service';
import { SubmissionWriter } from './submissions/submission-writer';
import { SubmissionResults } from './submissions/submission-results';
import { OpenQuestionCache } from './answering/open-question.cache';
import { ContestSettingsController } from './contests/contest-settings.controller';
import { ContestSettingsService } from './contests/contest-settings.service';
import { TieBreaksController } from './leaderboard/tie-breaks.controller';
import { TieBreaksService } from './leaderboard/tie-breaks.service';
import { LifelineRepository } from './live/lifeline.repository';
import { LifelinesController } from './live/lifelines.controller';
import { LifelinesService } from './live/lifelines.service';
import { PapersController } from './papers/papers.controller';
import { PapersService } from './papers/papers.service';
import { PaperWindowsService } from './papers/paper-windows.service';
import { PaperRounds } from './papers/paper-rounds';
import { AnswerIntake } from './submissions/answer-intake';
import { PaperRepository } from './papers/paper.repository';
import { VenueModule } from './venue/venue.module';

@Module({})
export class AppModule {
  /** The HTTP API + Socket.IO gateway; with `workerInProcess` it also runs the grading worker. */
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, clock), AuthModule, GradingModule, BanksModule, ReviewsModule, ContestQuestionsModule, MembersModule, AppealsModule, VenueModule, AnalysisModule, ...(config.workerInProcess ? [WorkerModule] : [])],
      controllers: [AuthController, AdminController, ContestEditingController, HealthController, ContestsController, LiveController, SubmissionsController, LiveControlController, ResultsController, PapersController, ContestSettingsController, TieBreaksController, LifelinesController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        UsersService,
        ContestsService,
        ContestEditingService,
        ContestEditingRepository,
        LiveService,
        LeaderboardService,
        LiveGateway,
        LiveActionsGateway,
        ResultPusher,
        DeadlineCloser,
        LiveSnapshots,
        SubmissionsService,
        SubmissionWriter,
        SubmissionResults,
        OpenQuestionCache,
        DemoSeeder,
        RateLimiter,
        LiveStateRepository,
        SubmitContextService,
        BuzzService,
        StakesService,
        AdjustmentsService,
        FreezeService,
        LiveControlService,
        QuestionStatusService,
        ResultsRepository,
        ResultsService,
        ContestSettingsService,
        TieBreaksService,
        LifelineRepository,
        LifelinesService,
        PapersService,
        PaperWindowsService,
        PaperRounds,
        AnswerIntake,
        PaperRepository,
      ],
    };
  }
}
