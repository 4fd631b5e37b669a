import { Injectable } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import type { Principal } from '../common/principal';
import { ContestQuestionRepository } from '../answering/contest-question.repository';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import type { AppealEntity, SubmissionEntity } from '../database/entities';
import { gradedMessage } from '../grading/graded-message';
import { answerKeyOf } from '../live/answer-key';
import { LiveEventBus } from '../queue/live-event-bus';
import { SubmissionResults } from '../submissions/submission-results';
import { SubmissionRepository } from '../answering/submission.repository';
import { AppealRepository } from './appeal.repository';
import { appealClosesAt, appealOpensAt } from './appeal-window';
import type { AppealSettingsDto, DecideAppealDto } from './appeals.dto';


/**
 * 申诉. A team may appeal one of its graded answers once, after the question ended and within the
 * organizer's window, with a reason. The chief judge (or the organizer) accepts with a new score —
 * a grade of its own, so the board replays — or rejects with a reply. Every step is audited; the team
 * hears the decision on its phone; the big screen may show 申诉处理中 beside the team meanwhile.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly appeals: AppealRepository,
    private readonly submissions: SubmissionRepository,
    private readonly results: SubmissionResults,
    private readonly contests: ContestRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  async file(principal: Principal, submissionId: string, reason: string) {
    const submission = await this.submissions.findById(submissionId);
    // Another team's answer does not exist as far as this caller can tell.
    if (!submission || principal.kind !== 'contestant' || principal.teamId !== submission.teamId) throw new AppError('SUBMISSION_NOT_FOUND');
    if (submission.status !== 'graded') {
      throw new AppError('APPEAL_NOT_GRADED');
    }
    const result = (await this.results.describe([{ ...submission, submissionId: submission.id }])).get(submission.id);
    const contest = await this.contests.findContest(submission.contestId);
    const timing = await this.appeals.timing(submission);
    const opensAt = appealOpensAt(timing);
    const now = this.clock.now();
    if (!result?.visible || !opensAt || now < opensAt) {
      throw new AppError('APPEAL_RESULT_NOT_OUT');
    }
    const windowMinutes = contest?.settings.appeals?.windowMinutes;
    const nextOpenedAt = timing.paper || windowMinutes ? null : await this.appeals.nextOpenedAfter(submission.contestId, opensAt);
    const closesAt = appealClosesAt(opensAt, timing.paper !== null, windowMinutes, nextOpenedAt);
    if (closesAt && now > closesAt) throw new AppError('APPEAL_WINDOW_PASSED');
    const appeal = await this.appeals.file(
      {
        id: newId(),
        contestId: submission.contestId,
        submissionId: submission.id,
        teamId: submission.teamId,
        contestantId: principal.contestantId,
        reason: reason.trim(),
        status: 'pending',
        scoreBefore: submission.score,
        scoreAfter: null,
        reply: null,
        decidedBy: null,
        decidedAt: null,
      },
      { contestId: submission.contestId, actorId: principal.contestantId, action: 'appeal.file', entityId: submission.id, before: null, after: { score: submission.score }, reason: reason.trim(), createdAt: now },
    );
    if (!appeal) throw new AppError('APPEAL_ALREADY_FILED');
    await this.changed(submission.contestId);
    return this.forTeam(appeal);
  }

  /** The appeal queue: the answer, the key, why it was marked so (the grade appealed against) and the team's reason; team names for the organizer only. */
  async list(principal: Principal, contestId: string) {
    const { manager } = await this.decider(principal, contestId);
    const appeals = await this.appeals.listForContest(contestId);
    const subs = new Map((await this.submissions.findByIds(appeals.map((a) => a.submissionId))).map((s) => [s.id, s]));
    const [questions, grades, teams] = await Promise.all([
      this.questions.findMany(contestId, [...subs.values()].map((s) => s.questionId)),
      this.appeals.appealedGrades(appeals.map((a) => a.submissionId)),
      manager ? this.contests.listTeams(contestId) : Promise.resolve([]),
    ]);
    return appeals.flatMap((a) => {
      const s = subs.get(a.submissionId);
      const q = s ? questions.find((x) => x.id === s.questionId) : undefined;
      if (!s || !q) return [];
      return [
        {
          id: a.id,
          submissionId: a.submissionId,
          questionId: q.id,
          stem: q.stem,
          type: q.type,
          maxScore: q.points,
          key: answerKeyOf(q),
          answer: s.answer,
          graderDetail: grades.get(s.id)?.detail ?? null,
          reason: a.reason,
          status: a.status,
          scoreBefore: a.scoreBefore,
          scoreAfter: a.scoreAfter,
          reply: a.reply,
          createdAt: a.createdAt.toISOString(),
          decidedAt: a.decidedAt?.toISOString() ?? null,
          ...(manager ? { teamId: a.teamId, teamName: teams.find((t) => t.id === a.teamId)?.name ?? '' } : {}),
        },
      ];
    });
  }

  /** The caller's team's appeals and their decisions. */
  async mine(principal: Principal, contestId: string) {
    const me = ContestAccess.assertContestant(principal, contestId);
    return (await this.appeals.listForTeam(contestId, me.teamId)).map((a) => this.forTeam(a));
  }

  async decide(principal: Principal, appealId: string, dto: DecideAppealDto) {
    const appeal = await this.appeals.findById(appealId);
    if (!appeal) throw new AppError('APPEAL_NOT_FOUND');
    const { actorId } = await this.decider(principal, appeal.contestId);
    if (appeal.status !== 'pending') throw new AppError('APPEAL_ALREADY_DECIDED');
    const submission = (await this.submissions.findById(appeal.submissionId)) as SubmissionEntity;
    const question = await this.questions.find(appeal.contestId, submission.questionId);
    if (!question) throw new AppError('QUESTION_NOT_FOUND');
    const score = dto.accept ? (dto.score as number) : null;
    if (score !== null && score > question.points) {
      throw new AppError('APPEAL_SCORE_TOO_HIGH', { max: question.points });
    }
    // Full marks are right; a judged (short) answer stays unmarked; anything else counts as not right.
    const correct = score === null ? null : question.type === 'short' ? null : score >= question.points;
    const at = this.clock.now();
    const decided = await this.appeals.decide(
      appeal,
      { accept: dto.accept, score, correct, reply: dto.reply.trim(), by: actorId, at },
      {
        contestId: appeal.contestId,
        actorId,
        action: dto.accept ? 'appeal.accept' : 'appeal.reject',
        entityId: appeal.submissionId,
        before: { score: submission.score },
        after: { score: dto.accept ? score : submission.score, appealId: appeal.id },
        reason: dto.reply.trim(),
        createdAt: at,
      },
    );
    if (!decided) throw new AppError('APPEAL_ALREADY_DECIDED');
    if (dto.accept) {
      const round = await this.contests.findRound(submission.roundId);
      if (round) await this.bus.publish(gradedMessage(submission, round, { status: 'graded', score, correct }));
      await this.bus.publish({ type: 'board-changed', contestId: appeal.contestId });
    }
    await this.changed(appeal.contestId);
    return this.forTeam(decided);
  }

  async updateSettings(principal: Principal, contestId: string, dto: AppealSettingsDto) {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    const current = contest.settings.appeals ?? { windowMinutes: null, showOnScreen: false };
    const appeals = {
      windowMinutes: dto.windowMinutes === undefined ? current.windowMinutes : dto.windowMinutes,
      showOnScreen: dto.showOnScreen ?? current.showOnScreen,
    };
    await this.contests.updateContest(contestId, { settings: { ...contest.settings, appeals } });
    await this.changed(contestId);
    return appeals;
  }

  /** The chief judge of the contest, or its organizer (and admins). */
  private async decider(principal: Principal, contestId: string): Promise<{ manager: boolean; actorId: string }> {
    if (principal.kind !== 'staff') throw new AppError('FORBIDDEN');
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    if (ContestAccess.canManage(principal, contest)) return { manager: true, actorId: principal.userId };
    if (!(await this.contests.findJudge(contestId, principal.userId))?.chief) throw new AppError('APPEAL_DECIDERS_ONLY');
    return { manager: false, actorId: principal.userId };
  }

  /** Screens, the console and phones refetch; the live view names teams with an open appeal when the organizer chose so. */
  private async changed(contestId: string): Promise<void> {
    await this.bus.publish({ type: 'contest-event', contestId, event: 'appeals.changed', payload: { at: this.clock.now().toISOString() } });
  }

  private forTeam(a: AppealEntity) {
    return {
      id: a.id,
      submissionId: a.submissionId,
      status: a.status,
      reason: a.reason,
      reply: a.reply,
      scoreBefore: a.scoreBefore,
      scoreAfter: a.scoreAfter,
      createdAt: a.createdAt.toISOString(),
      decidedAt: a.decidedAt?.toISOString() ?? null,
    };
  }
}
