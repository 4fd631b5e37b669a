import { Module } from '@nestjs/common';
import { AnsweringModule } from '../answering/answering.module';
import { ContestsModule } from '../contests/contests.module';
import { LiveModule } from '../live/live.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { PaperRepository } from './paper.repository';
import { PaperRounds } from './paper-rounds';
import { PaperWindowsService } from './paper-windows.service';
import { PapersController } from './papers.controller';
import { PapersService } from './papers.service';

/** Written rounds as individual papers: the organizer's window, each contestant's own paper. */
@Module({
  imports: [ContestsModule, AnsweringModule, SubmissionsModule, LiveModule],
  controllers: [PapersController],
  providers: [PapersService, PaperWindowsService, PaperRounds, PaperRepository],
})
export class PapersModule {}
