import type { JobsOptions } from 'bullmq';

export const GRADING_QUEUE = 'grading';

/** Jobs a grading worker holds at once: they are graded together in batches (one transaction each). */
export const GRADING_CONCURRENCY = 256;

export interface GradingJobData {
  submissionId: string;
}

/** Retries with backoff; finished jobs are trimmed so Redis memory stays bounded; failed ones are kept a week for inspection. */
export const GRADING_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};
