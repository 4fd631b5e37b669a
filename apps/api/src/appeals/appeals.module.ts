import { Module } from '@nestjs/common';
import { AnsweringModule } from '../answering/answering.module';
import { ContestsModule } from '../contests/contests.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { AppealRepository } from './appeal.repository';
import { AppealsController } from './appeals.controller';
import { AppealsService } from './appeals.service';

@Module({ imports: [ContestsModule, AnsweringModule, SubmissionsModule], controllers: [AppealsController], providers: [AppealsService, AppealRepository], exports: [AppealRepository] })
export class AppealsModule {}
