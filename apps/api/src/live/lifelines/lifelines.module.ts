import { Module } from '@nestjs/common';
import { AnsweringModule } from '../../answering/answering.module';
import { ContestsModule } from '../../contests/contests.module';
import { LifelineRepository } from './lifeline.repository';
import { LifelinesController } from './lifelines.controller';
import { LifelinesService } from './lifelines.service';

/** Lifelines (求助, e.g. 智囊团), counted per team in the database. */
@Module({ imports: [ContestsModule, AnsweringModule], controllers: [LifelinesController], providers: [LifelinesService, LifelineRepository] })
export class LifelinesModule {}
