import { Module } from '@nestjs/common';
import { BanksModule } from '../banks/banks.module';
import { ContestEditingController } from './contest-editing.controller';
import { ContestEditingRepository } from './contest-editing.repository';
import { ContestEditingService } from './contest-editing.service';
import { ContestSettingsController } from './contest-settings.controller';
import { ContestSettingsService } from './contest-settings.service';
import { ContestRepository } from './contest.repository';
import { ContestsController } from './contests.controller';
import { ContestsService } from './contests.service';

/** Contests, their teams, rounds and settings; ContestRepository for every feature that reads a contest. */
@Module({
  imports: [BanksModule],
  controllers: [ContestsController, ContestEditingController, ContestSettingsController],
  providers: [ContestRepository, ContestsService, ContestEditingService, ContestEditingRepository, ContestSettingsService],
  exports: [ContestRepository],
})
export class ContestsModule {}
