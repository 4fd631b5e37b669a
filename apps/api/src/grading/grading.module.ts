import { Module } from '@nestjs/common';
import { AnswerRecordsModule } from '../answering/answer-records.module';
import { GradingService } from './grading.service';
import { PendingSweeper } from './pending-sweeper';

/** Grades answers (the worker's processor calls it) and re-enqueues any left ungraded. */
@Module({
  imports: [AnswerRecordsModule],
  providers: [GradingService, PendingSweeper],
  exports: [GradingService, PendingSweeper],
})
export class GradingModule {}
