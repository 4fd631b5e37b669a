import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AnswerValue } from '@jingsai/domain';
import { SubmissionEntity } from '../database/entities';
import { Clock } from '../common/clock';
import { gradedSince } from '../database/graded-since';
import { rawJson } from '../database/raw-values';

/** Everything is read again this often, whatever happened (an answer never changes once given). */
const FULL_RELOAD_MS = 10 * 60_000;
const CONTESTS_KEPT = 4;

interface Entry {
  answers: Map<string, AnswerValue | null>;
  /** The choice questions the entry holds answers for. */
  questions: string;
  /** When the previous read began, on the time the stamps are written in (see graded-since.ts). */
  readAt: number;
  fullAt: number;
}

/**
 * What was answered to a contest's choice questions, by submission id: all the option shares need. A
 * preliminary has half a million such answers and they never change, so each node keeps them and reads
 * only the rows graded since (by `gradedAt`, indexed; see graded-since.ts), like the leaderboard's score log.
 */
@Injectable()
export class ChoiceAnswerRepository {
  private readonly entries = new Map<string, Entry>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async answers(contestId: string, questionIds: string[]): Promise<Map<string, AnswerValue | null>> {
    const questions = [...questionIds].sort().join(',');
    const now = this.clock.now().getTime();
    const cached = this.entries.get(contestId);
    const full = !cached || cached.questions !== questions || now - cached.fullAt > FULL_RELOAD_MS;
    const since = full ? null : gradedSince(cached.readAt);
    const entry: Entry = full ? { answers: new Map(), questions, readAt: now, fullAt: now } : { ...cached, readAt: now };
    // Chunks keep the IN list well under the drivers' parameter limits.
    for (let i = 0; i < questionIds.length; i += 500) {
      const qb = this.db
        .getRepository(SubmissionEntity)
        .createQueryBuilder('s')
        .select('s.id', 'id')
        .addSelect('s.answer', 'answer')
        .where('s.contestId = :contestId', { contestId })
        .andWhere('s.questionId IN (:...ids)', { ids: questionIds.slice(i, i + 500) });
      if (since) qb.andWhere('s.gradedAt >= :since', { since });
      for (const r of await qb.getRawMany<{ id: string; answer: string | null }>()) entry.answers.set(r.id, rawJson(r.answer));
    }
    this.entries.delete(contestId);
    if (this.entries.size >= CONTESTS_KEPT) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(contestId, entry);
    return entry.answers;
  }
}
