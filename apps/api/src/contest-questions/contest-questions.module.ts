import { Module } from '@nestjs/common';
import { ContestQuestionsController } from './contest-questions.controller';
import { ContestQuestionsService } from './contest-questions.service';
import { RejudgeRepository } from './rejudge.repository';

@Module({ controllers: [ContestQuestionsController], providers: [ContestQuestionsService, RejudgeRepository] })
export class ContestQuestionsModule {}
