import { Module } from '@nestjs/common';
import { AnsweringModule } from '../answering/answering.module';
import { ContestsModule } from '../contests/contests.module';
import { LeaderboardModule } from '../leaderboard/leaderboard.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { AdjustmentsModule } from './adjustments/adjustments.module';
import { BuzzerModule } from './buzzer/buzzer.module';
import { DeadlineCloser } from './deadline-closer';
import { FreezeModule } from './freeze/freeze.module';
import { LifelinesModule } from './lifelines/lifelines.module';
import { LiveActionsGateway } from './live-actions.gateway';
import { LiveControlController } from './live-control.controller';
import { LiveControlService } from './live-control.service';
import { LiveSnapshots } from './live-snapshots';
import { LiveStateModule } from './live-state.module';
import { LiveController } from './live.controller';
import { LiveGateway } from './live.gateway';
import { PhoneBoards } from './phone-boards';
import { LiveService } from './live.service';
import { QuestionStatusService } from './question-status.service';
import { ResultPusher } from './result-pusher';
import { StakesModule } from './stakes/stakes.module';

/**
 * The live contest: the question lifecycle, the live view and the /live socket, with its sub-features
 * (buzzer, stakes, lifelines, freeze, adjustments) each in a module of its own below it.
 */
@Module({
  imports: [
    ContestsModule, AnsweringModule, SubmissionsModule, LeaderboardModule, LiveStateModule,
    BuzzerModule, StakesModule, AdjustmentsModule, FreezeModule, LifelinesModule,
  ],
  controllers: [LiveController, LiveControlController],
  providers: [LiveService, LiveControlService, LiveSnapshots, LiveGateway, LiveActionsGateway, ResultPusher, PhoneBoards, DeadlineCloser, QuestionStatusService],
  exports: [LiveService],
})
export class LiveModule {}
