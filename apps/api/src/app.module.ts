import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AdminController } from './admin/admin.controller';
import { AnalysisModule } from './analysis/analysis.module';
import { AppealsModule } from './appeals/appeals.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { BanksModule } from './banks/banks.module';
import { HttpErrorFilter } from './common/http-error.filter';
import type { Clock } from './common/clock';
import type { AppConfig } from './config/app-config';
import { ContestQuestionsModule } from './contest-questions/contest-questions.module';
import { ContestsModule } from './contests/contests.module';
import { CoreModule } from './core.module';
import { GradingModule } from './grading/grading.module';
import { GradingWorkerModule } from './grading/grading-worker.module';
import { HealthController } from './health/health.controller';
import { LeaderboardModule } from './leaderboard/leaderboard.module';
import { LiveModule } from './live/live.module';
import { MembersModule } from './members/members.module';
import { PapersModule } from './papers/papers.module';
import { ResultsModule } from './results/results.module';
import { ReviewsModule } from './reviews/reviews.module';
import { SeedModule } from './seed/seed.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { VenueModule } from './venue/venue.module';

const FEATURES = [
  AuthModule, BanksModule, ContestsModule, ContestQuestionsModule, MembersModule, SubmissionsModule, LiveModule, PapersModule,
  LeaderboardModule, ReviewsModule, AppealsModule, ResultsModule, AnalysisModule, VenueModule, GradingModule, SeedModule,
];

@Module({})
export class AppModule {
  /** The HTTP API + Socket.IO gateway; with `workerInProcess` it also runs the grading worker. */
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, clock), ...FEATURES, ...(config.workerInProcess ? [GradingWorkerModule] : [])],
      controllers: [HealthController, AdminController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
    };
  }
}
