import { Module } from '@nestjs/common';
import { GradingWorkerModule } from '../../api/src/grading/grading-worker.module';

/** The standalone grading worker (apps/worker/src/main.ts): the api's grading worker module, nothing else. */
@Module({ imports: [GradingWorkerModule] })
export class WorkerModule {}
