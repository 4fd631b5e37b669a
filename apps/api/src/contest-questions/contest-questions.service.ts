import { Injectable } from '@nestjs/common';
import { diffGrades, gradeAnswer, type GradeResult } from '@jingsai/grading';
import { auditedFields, mergeQuestion } from '../banks/banks.service';
import type { QuestionPatchDto } from '../banks/question-patch.dto';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { LiveEventBus } from '../queue/live-event-bus';
import { ContestQuestionRepository, type ContestQuestion } from './contest-question.repository';
import { RejudgeRepository, type RegradeCandidate, type RegradeChange } from './rejudge.repository';

export interface RejudgeReport {
  questionId: string;
  dryRun: boolean;
  /** Auto-graded answers to this question in this contest. */
  total: number;
  /** How many of them change score or correctness under the new key. */
  changed: number;
  examples: { submissionId: string; answer: unknown; before: number | null; after: number }[];
}

/** What each candidate gets under `question`, for those whose score or correctness moves. */
function regradeWith(question: ContestQuestion, candidates: RegradeCandidate[]): RegradeChange[] {
  return candidates.flatMap(({ submission, round }) => {
    const before: GradeResult = { status: 'graded', score: submission.score ?? 0, correct: submission.correct, maxScore: question.points };
    const after = gradeAnswer(question, submission.answer, { multiplePolicy: round.settings.multiplePolicy });
    return diffGrades(before, after) ? [{ submission, result: after }] : [];
  });
}

/**
 * The questions as a contest plays them (its own copies), and fixing one inside the contest: a dry run
 * says how many answers would change; applied, the fix and the regrade are one transaction, audited,
 * and the board (a recompute) follows. Other contests and the bank are never touched.
 */
@Injectable()
export class ContestQuestionsService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly rejudges: RejudgeRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, contestId: string): Promise<ContestQuestion[]> {
    await this.managed(principal, contestId);
    const [placements, copies] = await Promise.all([this.contests.listRoundQuestions(contestId), this.questions.listForContest(contestId)]);
    const order = new Map(placements.map((rq, i) => [rq.questionId, i]));
    return copies.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  }

  async fix(principal: Principal, contestId: string, questionId: string, patch: QuestionPatchDto | undefined, dryRun: boolean): Promise<RejudgeReport> {
    await this.managed(principal, contestId);
    const current = await this.questions.find(contestId, questionId);
    if (!current) throw AppError.notFound({ zh: '本竞赛的题目', en: 'Question in this contest' });
    const next = patch ? mergeQuestion(current, patch) : current;
    const report = (total: number, changes: RegradeChange[]): RejudgeReport => ({
      questionId,
      dryRun,
      total,
      changed: changes.length,
      examples: changes.slice(0, 20).map((c) => ({ submissionId: c.submission.id, answer: c.submission.answer, before: c.submission.score, after: c.result.score })),
    });
    if (dryRun) {
      const candidates = await this.rejudges.candidates(contestId, questionId);
      return report(candidates.length, regradeWith(next, candidates));
    }
    const { total, changes } = await this.rejudges.fixAndRegrade(patch ? next : null, contestId, questionId, (candidates) => regradeWith(next, candidates), {
      actorId: principal.kind === 'staff' ? principal.userId : 'system',
      action: patch ? 'question.fix' : 'question.rejudge',
      before: patch ? auditedFields(current, patch) : null,
      after: patch ? auditedFields(next, patch) : {},
      reason: null,
      createdAt: this.clock.now(),
    });
    await this.bus.publish({ type: 'board-changed', contestId });
    return report(total, changes);
  }

  private async managed(principal: Principal, contestId: string): Promise<void> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw AppError.notFound({ zh: '竞赛', en: 'Contest' });
    ContestAccess.assertManage(principal, contest);
  }
}
