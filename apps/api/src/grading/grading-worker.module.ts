import { Module } from '@nestjs/common';
import { GradingModule } from './grading.module';
import { GradingProcessor } from './grading.processor';

/** The grading worker: the processor over the grading module. apps/worker runs it alone; `npm start` inside the api. */
@Module({
  imports: [GradingModule],
  providers: [GradingProcessor],
})
export class GradingWorkerModule {}
