import { Module } from '@nestjs/common';
import { SubmissionResults } from '../submissions/submission-results';
import { AppealRepository } from './appeal.repository';
import { AppealsController } from './appeals.controller';
import { AppealsService } from './appeals.service';

@Module({ controllers: [AppealsController], providers: [AppealsService, AppealRepository, SubmissionResults], exports: [AppealRepository] })
export class AppealsModule {}
