import { Module } from '@nestjs/common';
import { AnswerRecordsModule } from './answer-records.module';
import { AnswerStateRepository } from './answer-state.repository';
import { OpenQuestionCache } from './open-question.cache';
import { SubmitContextService } from './submit-context.service';

const SHARED = [AnswerStateRepository, OpenQuestionCache, SubmitContextService];

/**
 * What answering a question needs, beneath the features that take answers (submissions, papers, the live
 * socket actions) and those that judge or show them (live views, reviews, appeals).
 */
@Module({ imports: [AnswerRecordsModule], providers: SHARED, exports: [...SHARED, AnswerRecordsModule] })
export class AnsweringModule {}
