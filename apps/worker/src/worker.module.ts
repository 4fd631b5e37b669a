import { Module } from '@nestjs/common';
import { GradingModule } from '../../api/src/grading/grading.module';
import { GradingProcessor } from './grading.processor';

/** The grading worker: run inside the api by `npm start`, or alone by apps/worker/src/main.ts. */
@Module({
  imports: [GradingModule],
  providers: [GradingProcessor],
})
export class WorkerModule {}
