import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { GRADING_JOB_OPTIONS, GRADING_QUEUE, type GradingJobData } from './queue.constants';

/** The grading queue port. Job id = submission id, so adding a submission twice is a no-op in Redis. */
@Injectable()
export class GradingQueue {
  constructor(@InjectQueue(GRADING_QUEUE) private readonly queue: Queue<GradingJobData>) {}

  async enqueue(submissionIds: string[]): Promise<void> {
    if (submissionIds.length === 0) return;
    await this.queue.addBulk(
      submissionIds.map((submissionId) => ({ name: 'grade', data: { submissionId }, opts: { ...GRADING_JOB_OPTIONS, jobId: submissionId } })),
    );
  }

  /** Ids that Redis still holds as waiting, active or delayed (the sweeper skips those). */
  async queuedIds(ids: string[]): Promise<Set<string>> {
    const states = await Promise.all(ids.map(async (id) => [id, await this.queue.getJobState(id)] as const));
    return new Set(states.filter(([, state]) => state !== 'unknown' && state !== 'completed' && state !== 'failed').map(([id]) => id));
  }

  async ping(): Promise<string> {
    const client = (await this.queue.client) as unknown as Redis;
    return client.ping();
  }

  get raw(): Queue<GradingJobData> {
    return this.queue;
  }
}
