import { Module } from '@nestjs/common';
import { AnsweringModule } from '../answering/answering.module';
import { ContestsModule } from '../contests/contests.module';
import { ContestQuestionsController } from './contest-questions.controller';
import { ContestQuestionsService } from './contest-questions.service';
import { RejudgeRepository } from './rejudge.repository';

@Module({ imports: [ContestsModule, AnsweringModule], controllers: [ContestQuestionsController], providers: [ContestQuestionsService, RejudgeRepository] })
export class ContestQuestionsModule {}
