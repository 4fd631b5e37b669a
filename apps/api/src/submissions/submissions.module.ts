import { Module } from '@nestjs/common';
import { AnsweringModule } from '../answering/answering.module';
import { ContestsModule } from '../contests/contests.module';
import { AnswerIntake } from './answer-intake';
import { SubmissionResults } from './submission-results';
import { SubmissionWriter } from './submission-writer';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

/** Answers to live questions: accepted, written in batches, enqueued; results as each team may see them. */
@Module({
  imports: [ContestsModule, AnsweringModule],
  controllers: [SubmissionsController],
  providers: [SubmissionsService, SubmissionWriter, SubmissionResults, AnswerIntake],
  exports: [SubmissionsService, SubmissionResults, AnswerIntake],
})
export class SubmissionsModule {}
