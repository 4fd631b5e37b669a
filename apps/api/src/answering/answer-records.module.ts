import { Module } from '@nestjs/common';
import { ContestQuestionRepository } from './contest-question.repository';
import { SubmissionRepository } from './submission.repository';

const RECORDS = [ContestQuestionRepository, SubmissionRepository];

/** The stored answers and the contest's question copies alone: what grading needs (no live-bus subscriber in a worker). */
@Module({ providers: RECORDS, exports: RECORDS })
export class AnswerRecordsModule {}
