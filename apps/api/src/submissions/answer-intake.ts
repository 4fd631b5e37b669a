import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import type { SubmissionEntity } from '../database/entities';
import { SubmissionRepository } from '../answering/submission.repository';
import { SubmissionWriter } from './submission-writer';


/** Writes an answer once, for live questions and papers alike. */
@Injectable()
export class AnswerIntake {
  constructor(
    private readonly writer: SubmissionWriter,
    private readonly submissions: SubmissionRepository,
  ) {}

  /**
   * Writes through the batching writer (which enqueues pending rows for grading after commit). On a
   * unique-key hit: a retry with the same clientKey gets the first submission back; otherwise the
   * answer slot is taken (409).
   */
  async insertOrRepeat(submission: SubmissionEntity, contestantId: string): Promise<SubmissionEntity> {
    if ((await this.writer.write(submission)) === 'inserted') return submission;
    if (submission.clientKey) {
      const repeat = await this.submissions.findByClientKey(contestantId, submission.clientKey);
      if (repeat) return repeat;
    }
    throw new AppError('ALREADY_ANSWERED');
  }
}
