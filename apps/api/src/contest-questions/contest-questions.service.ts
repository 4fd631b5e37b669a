import { Injectable } from '@nestjs/common';
import { diffGrades, gradeAnswer, type GradeResult } from '@jingsai/grading';
import { auditedFields, mergeQuestion } from '../banks/banks.service';
import type { QuestionPatchDto } from '../banks/question-patch.dto';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { RoundEntity, type RoundSettingsColumn } from '../database/entities';
import { gradingOptionsOf } from '../grading/grading-options';
import { LiveEventBus } from '../queue/live-event-bus';
import { ContestQuestionRepository, type ContestQuestion } from '../answering/contest-question.repository';
import { RejudgeRepository, type RegradeCandidate, type RegradeChange, type RegradeScope } from './rejudge.repository';
import type { RejudgeReport } from '@jingsai/domain';

export type { RejudgeReport };

/** A round's grading settings that can change after answers exist. */
export type RoundGradingChange = Pick<RoundSettingsColumn, 'strict' | 'multiplePolicy'>;

/** What each candidate gets with a fixed question or changed round settings, for those whose score or correctness moves. */
function regrade(candidates: RegradeCandidate[], change: { question?: ContestQuestion; settings?: RoundGradingChange }): RegradeChange[] {
  return candidates.flatMap(({ submission, round, question }) => {
    const key = change.question ?? question;
    const before: GradeResult = { status: 'graded', score: submission.score ?? 0, correct: submission.correct, maxScore: key.points };
    const after = gradeAnswer(key, submission.answer, gradingOptionsOf({ ...round.settings, ...change.settings }));
    return diffGrades(before, after) ? [{ submission, result: after }] : [];
  });
}

/**
 * The questions as a contest plays them (its own copies), and regrading inside the contest: a fixed key,
 * or a round's grading settings (strict forms, multiple-choice policy). A dry run says how many answers
 * would move; applied, the change and the regrade are one transaction, audited, and the board (a
 * recompute) follows. Other contests and the bank are never touched.
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

  /** Fixes the contest's copy of a question (or just regrades it) and regrades its answers. */
  async fix(principal: Principal, contestId: string, questionId: string, patch: QuestionPatchDto | undefined, dryRun: boolean): Promise<RejudgeReport & { questionId: string }> {
    await this.managed(principal, contestId);
    const current = await this.questions.find(contestId, questionId);
    if (!current) throw new AppError('CONTEST_QUESTION_NOT_FOUND');
    const next = patch ? mergeQuestion(current, patch) : current;
    const report = await this.run({ contestId, questionId }, dryRun, (candidates) => regrade(candidates, { question: next }), {
      change: async (tx) => {
        if (patch) await ContestQuestionRepository.replace(tx, next);
      },
      actorId: this.actor(principal),
      action: patch ? 'question.fix' : 'question.rejudge',
      before: patch ? auditedFields(current, patch) : null,
      after: patch ? auditedFields(next, patch) : {},
    });
    return { questionId, ...report };
  }

  /** Changes how a round grades (e.g. strict forms off) and regrades its answers; a dry run counts what would move. */
  async changeRoundGrading(principal: Principal, roundId: string, settings: RoundGradingChange, dryRun: boolean): Promise<RejudgeReport & { roundId: string }> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    await this.managed(principal, round.contestId);
    const change = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) as RoundGradingChange;
    if (Object.keys(change).length === 0) throw new AppError('GRADING_NOTHING_TO_CHANGE');
    const report = await this.run({ contestId: round.contestId, roundId }, dryRun, (candidates) => regrade(candidates, { settings: change }), {
      change: async (tx) => {
        await tx.getRepository(RoundEntity).update({ id: roundId }, { settings: { ...round.settings, ...change } });
      },
      actorId: this.actor(principal),
      action: 'round.grading',
      before: { strict: round.settings.strict ?? false, multiplePolicy: round.settings.multiplePolicy?.kind ?? 'all-or-nothing' },
      after: { strict: change.strict ?? round.settings.strict ?? false, multiplePolicy: (change.multiplePolicy ?? round.settings.multiplePolicy)?.kind ?? 'all-or-nothing' },
    });
    return { roundId, ...report };
  }

  private async run(
    scope: RegradeScope,
    dryRun: boolean,
    regradeAll: (candidates: RegradeCandidate[]) => RegradeChange[],
    apply: Omit<Parameters<RejudgeRepository['changeAndRegrade']>[3], 'reason' | 'createdAt'> & { change: Parameters<RejudgeRepository['changeAndRegrade']>[1] },
  ): Promise<RejudgeReport> {
    const report = (total: number, changes: RegradeChange[]): RejudgeReport => ({
      dryRun,
      total,
      changed: changes.length,
      examples: changes.slice(0, 20).map((c) => ({ submissionId: c.submission.id, answer: c.submission.answer, before: c.submission.score, after: c.result.score })),
    });
    if (dryRun) {
      const candidates = await this.rejudges.candidates(scope);
      return report(candidates.length, regradeAll(candidates));
    }
    const { change, ...audit } = apply;
    const { total, changes } = await this.rejudges.changeAndRegrade(scope, change, regradeAll, { ...audit, reason: null, createdAt: this.clock.now() });
    await this.bus.publish({ type: 'board-changed', contestId: scope.contestId });
    return report(total, changes);
  }

  private actor(principal: Principal): string {
    return principal.kind === 'staff' ? principal.userId : 'system';
  }

  private async managed(principal: Principal, contestId: string): Promise<void> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
  }
}
