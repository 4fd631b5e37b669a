import { Module } from '@nestjs/common';
import { GradingService } from './grading.service';
import { PendingSweeper } from './pending-sweeper';

@Module({
  providers: [GradingService, PendingSweeper],
  exports: [GradingService, PendingSweeper],
})
export class GradingModule {}
