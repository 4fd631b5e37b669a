import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { GradingService } from './grading.service';
import { GRADING_CONCURRENCY, GRADING_QUEUE, type GradingJobData } from '../queue/queue.constants';

/** Consumes grading jobs. A throw makes BullMQ retry with backoff; success twice is harmless (idempotent). */
@Processor(GRADING_QUEUE, { concurrency: GRADING_CONCURRENCY })
export class GradingProcessor extends WorkerHost {
  constructor(private readonly grading: GradingService) {
    super();
  }

  async process(job: Job<GradingJobData>): Promise<string> {
    return this.grading.gradeSubmission(job.data.submissionId);
  }
}
