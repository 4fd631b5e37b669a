import { Module } from '@nestjs/common';
import { AnswerStateRepository } from './answer-state.repository';
import { ContestQuestionRepository } from './contest-question.repository';
import { OpenQuestionCache } from './open-question.cache';
import { SubmissionRepository } from './submission.repository';
import { SubmitContextService } from './submit-context.service';

const SHARED = [AnswerStateRepository, ContestQuestionRepository, OpenQuestionCache, SubmissionRepository, SubmitContextService];

/**
 * What answering a question needs, beneath the features that take answers (submissions, papers, the live
 * socket actions) and those that judge or show them (grading, live views, reviews, appeals).
 */
@Module({ providers: SHARED, exports: SHARED })
export class AnsweringModule {}
