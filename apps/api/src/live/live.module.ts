import { Module } from '@nestjs/common';
import { AnsweringModule } from '../answering/answering.module';
import { ContestsModule } from '../contests/contests.module';
import { LeaderboardModule } from '../leaderboard/leaderboard.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { AdjustmentsService } from './adjustments.service';
import { BuzzService } from './buzz.service';
import { DeadlineCloser } from './deadline-closer';
import { FreezeService } from './freeze.service';
import { LifelineRepository } from './lifeline.repository';
import { LifelinesController } from './lifelines.controller';
import { LifelinesService } from './lifelines.service';
import { LiveActionsGateway } from './live-actions.gateway';
import { LiveControlController } from './live-control.controller';
import { LiveControlService } from './live-control.service';
import { LiveSnapshots } from './live-snapshots';
import { LiveStateRepository } from './live-state.repository';
import { LiveController } from './live.controller';
import { LiveGateway } from './live.gateway';
import { LiveService } from './live.service';
import { QuestionStatusService } from './question-status.service';
import { ResultPusher } from './result-pusher';
import { StakesService } from './stakes.service';

/** The live contest: question lifecycle, the /live socket, buzzes, stakes, lifelines, freeze, adjustments. */
@Module({
  imports: [ContestsModule, AnsweringModule, SubmissionsModule, LeaderboardModule],
  controllers: [LiveController, LiveControlController, LifelinesController],
  providers: [
    LiveService,
    LiveControlService,
    LiveStateRepository,
    LiveSnapshots,
    LiveGateway,
    LiveActionsGateway,
    ResultPusher,
    DeadlineCloser,
    QuestionStatusService,
    BuzzService,
    StakesService,
    AdjustmentsService,
    FreezeService,
    LifelineRepository,
    LifelinesService,
  ],
  exports: [LiveService],
})
export class LiveModule {}
