import { Injectable } from '@nestjs/common';
import type { Question } from '@jingsai/domain';
import { diffGrades, gradeAnswer, type GradeResult } from '@jingsai/grading';
import { BanksService } from '../banks/banks.service';
import { QuestionRepository } from '../banks/question.repository';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import { LiveEventBus } from '../queue/live-event-bus';
import { RejudgeRepository } from './rejudge.repository';

export interface RejudgeReport {
  questionId: string;
  dryRun: boolean;
  /** Auto-graded answers to this question. */
  total: number;
  /** How many of them change score or correctness under the new key. */
  changed: number;
  examples: { submissionId: string; answer: unknown; before: number | null; after: number }[];
}

/**
 * A fixed answer key (or an extra accepted variant) regrades every answer to the question: first as a
 * dry run that says how many would change, then for real. Old grades are superseded, never overwritten;
 * the leaderboard is a recompute, so it follows by itself.
 */
@Injectable()
export class RejudgeService {
  constructor(
    private readonly banks: BanksService,
    private readonly questions: QuestionRepository,
    private readonly repo: RejudgeRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  async rejudge(principal: Principal, questionId: string, patch: Partial<Question> | undefined, dryRun: boolean): Promise<RejudgeReport> {
    const question = await this.banks.patched(principal, questionId, patch ?? {});
    const candidates = await this.repo.autoGraded(questionId);
    const changes = candidates.flatMap(({ submission, round }) => {
      const before: GradeResult = { status: 'graded', score: submission.score ?? 0, correct: submission.correct, maxScore: question.points };
      const after = gradeAnswer(question, submission.answer, { multiplePolicy: round.settings.multiplePolicy });
      return diffGrades(before, after) ? [{ submission, result: after }] : [];
    });
    if (!dryRun) {
      if (patch) await this.questions.updateQuestion(question);
      if (changes.length) {
        const actorId = principal.kind === 'staff' ? principal.userId : 'system';
        const contests = await this.repo.applyRegrades(changes, actorId, questionId, this.clock.now());
        for (const contestId of contests) await this.bus.publish({ type: 'board-changed', contestId });
      }
    }
    return {
      questionId,
      dryRun,
      total: candidates.length,
      changed: changes.length,
      examples: changes.slice(0, 20).map((c) => ({ submissionId: c.submission.id, answer: c.submission.answer, before: c.submission.score, after: c.result.score })),
    };
  }
}
