import { Injectable } from '@nestjs/common';
import { toPublicQuestion, type LiveBuzzState, type LivePhase, type LiveView, type TeamRef } from '@jingsai/domain';
import { AppError } from '../common/app-error';
import { AnswerClock } from '../common/answer-clock';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { ContestQuestionRepository } from '../answering/contest-question.repository';
import type { ContestEntity, RoundQuestionEntity } from '../database/entities';
import { LiveEventBus } from '../queue/live-event-bus';
import { OpenQuestionCache } from '../answering/open-question.cache';
import { answerKeyOf } from './answer-key';
import { AnswerEligibility } from '../answering/answer-eligibility';
import { LiveStateRepository } from './live-state.repository';
import { AnswerStateRepository } from '../answering/answer-state.repository';
import { isPaperRound, roundKind } from '../round-kinds/registry';
export type { LiveBuzzState, LivePhase, LiveView };


@Injectable()
export class LiveService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly bus: LiveEventBus,
    private readonly state: LiveStateRepository,
    private readonly answers: AnswerStateRepository,
    private readonly openQuestions: OpenQuestionCache,
    private readonly clock: AnswerClock,
  ) {}

  /** `teamId`: in a round answered in turn, the team the question goes to (default: the next in turn). */
  async open(principal: Principal, roundId: string, questionId: string, teamId?: string, reopen = false) {
    const { rq, contest } = await this.managedRoundQuestion(principal, roundId, questionId);
    await this.startIfDraft(contest);
    if (rq.status === 'open') throw new AppError('QUESTION_ALREADY_OPEN');
    if (rq.status === 'revealed') {
      throw new AppError('QUESTION_REVEALED');
    }
    if (rq.status === 'closed' && !reopen) {
      throw new AppError('QUESTION_ENDED', {},
      );
    }
    const round = await this.contests.findRound(roundId);
    if (round && isPaperRound(round)) {
      throw new AppError('PAPER_OPENS_WHOLE');
    }
    const assignedTeamId = round ? AnswerEligibility.teamFor(round, rq, await this.contests.listTeams(rq.contestId), teamId) : null;
    const openedAt = this.clock.now();
    const deadline = new Date(openedAt.getTime() + (round?.secondsPerQuestion ?? 30) * 1000);
    const closedOthers = await this.contests.openQuestion(rq, openedAt, deadline, assignedTeamId);
    await this.contests.bumpVersion(rq.contestId);
    this.openQuestions.invalidate(rq.contestId);
    await this.bus.publish({ type: 'question-opened', contestId: rq.contestId, roundQuestionId: rq.id });
    for (const closed of closedOthers) await this.bus.publish({ type: 'results-released', contestId: rq.contestId, roundQuestionId: closed });
    // False starts on this question now count: push the board.
    await this.bus.publish({ type: 'board-changed', contestId: rq.contestId });
    return { openedAt: openedAt.toISOString(), deadline: deadline.toISOString(), assignedTeamId };
  }

  /** The countdown stands still and answers are refused (with a clear message) until resume. */
  async pause(principal: Principal, roundId: string, questionId: string) {
    const { rq } = await this.managedRoundQuestion(principal, roundId, questionId);
    const at = this.clock.now();
    if (!(await this.contests.pauseQuestion(rq.id, at))) {
      throw new AppError('PAUSE_NOT_RUNNING');
    }
    await this.announce(rq.contestId);
    return { pausedAt: at.toISOString() };
  }

  async resume(principal: Principal, roundId: string, questionId: string) {
    const { rq } = await this.managedRoundQuestion(principal, roundId, questionId);
    const deadline = await this.contests.resumeQuestion(rq, this.clock.now());
    if (!deadline) throw new AppError('QUESTION_NOT_PAUSED');
    await this.announce(rq.contestId);
    return { deadline: deadline.toISOString() };
  }

  /** Screens and phones re-read the live view (the question.opened event carries it). */
  private async announce(contestId: string): Promise<void> {
    await this.contests.bumpVersion(contestId);
    this.openQuestions.invalidate(contestId);
    const rq = await this.contests.findOpenRoundQuestion(contestId);
    if (rq) await this.bus.publish({ type: 'question-opened', contestId, roundQuestionId: rq.id });
  }

  async close(principal: Principal, roundId: string, questionId: string) {
    const { rq } = await this.managedRoundQuestion(principal, roundId, questionId);
    if (rq.status !== 'open') throw new AppError('QUESTION_NOT_RUNNING');
    const closedAt = this.clock.now();
    if (await this.contests.closeQuestion(rq.id, closedAt)) await this.announceClosed(rq);
    return { closedAt: closedAt.toISOString() };
  }

  /**
   * Closes every open question whose countdown (plus grace) ran out: a question ends at its deadline even
   * when nobody presses 收题. Every api node runs this; the guarded close lets exactly one announce each.
   */
  async closeExpired(): Promise<number> {
    const now = this.clock.now();
    let closed = 0;
    for (const rq of await this.contests.listOpenPastDeadline(now)) {
      const round = await this.contests.findRound(rq.roundId);
      if (!round || !rq.deadline || this.clock.timing(now, rq, round) !== 'late') continue;
      if (await this.contests.closeQuestion(rq.id, rq.deadline)) {
        await this.announceClosed(rq);
        closed++;
      }
    }
    return closed;
  }

  private async announceClosed(rq: RoundQuestionEntity): Promise<void> {
    await this.contests.bumpVersion(rq.contestId);
    this.openQuestions.invalidate(rq.contestId);
    await this.bus.publish({ type: 'question-closed', contestId: rq.contestId, roundQuestionId: rq.id });
    await this.bus.publish({ type: 'results-released', contestId: rq.contestId, roundQuestionId: rq.id });
  }

  /** What every screen shows now. Public: it never contains an answer key. */
  async view(contestId: string): Promise<LiveView> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    const rq = await this.answers.findCurrentRoundQuestion(contestId);
    const base = {
      contestId,
      title: contest.title,
      status: contest.status,
      version: contest.version,
      serverTime: this.clock.now().toISOString(),
      appealsOpen: contest.settings.appeals?.showOnScreen ? await this.state.listTeamsWithOpenAppeals(contestId) : null,
    };
    if (!rq) {
      return { ...base, phase: 'waiting', round: null, question: null, questionPosition: null, openedAt: null, deadline: null, closedAt: null, revealed: null, next: await this.nextQuestion(contestId) };
    }
    const [round, question, assigned, teams] = await Promise.all([
      this.contests.findRound(rq.roundId),
      this.questions.find(contestId, rq.questionId),
      rq.assignedTeamId ? this.contests.findTeam(rq.assignedTeamId) : Promise.resolve(null),
      this.contests.listTeams(contestId),
    ]);
    const ref = (teamId: string): TeamRef => ({ teamId, teamName: teams.find((t) => t.id === teamId)?.name ?? '' });
    return {
      ...base,
      phase: rq.status === 'open' ? 'open' : 'closed',
      round: round ? { id: round.id, title: round.title, kind: round.kind, position: round.position } : null,
      question: question ? toPublicQuestion(question) : null,
      questionPosition: rq.position,
      openedAt: rq.openedAt?.toISOString() ?? null,
      deadline: rq.deadline?.toISOString() ?? null,
      pausedAt: rq.pausedAt?.toISOString() ?? null,
      closedAt: rq.closedAt?.toISOString() ?? null,
      revealed: rq.status === 'revealed' && question ? answerKeyOf(question) : null,
      next: await this.nextQuestion(contestId),
      assignedTeam: assigned ? { id: assigned.id, name: assigned.name } : null,
      tieBreak: round?.settings.tieBreak ? { teamIds: round.settings.tieBreakTeams ?? [] } : null,
      // The kind's own part: the buzz order (抢答), the stakes (风险).
      ...(round ? await roundKind(round.kind).liveView(this.answers, rq, round, ref) : { buzz: null, stakes: null }),
    };
  }

  /** The first question not yet opened, rounds and questions in order. */
  private async nextQuestion(contestId: string): Promise<LiveView['next']> {
    const [rounds, placements] = await Promise.all([this.contests.listRounds(contestId), this.contests.listRoundQuestions(contestId)]);
    for (const round of rounds) {
      const rq = placements.filter((q) => q.roundId === round.id && q.status === 'pending').sort((a, b) => a.position - b.position)[0];
      if (rq) return { questionId: rq.questionId, roundId: round.id, roundKind: round.kind, ...roundKind(round.kind).preview(round) };
    }
    return null;
  }

  /**
   * Opening the first question starts a draft contest (running); a finished or archived one must be set
   * running again by its organizer first, so the last question is never restarted by a stray click.
   */
  async startIfDraft(contest: ContestEntity): Promise<void> {
    if (contest.status === 'finished' || contest.status === 'archived') {
      throw new AppError('CONTEST_FINISHED');
    }
    if (contest.status !== 'draft') return;
    await this.contests.updateContest(contest.id, { status: 'running' });
    await this.bus.publish({ type: 'contest-event', contestId: contest.id, event: 'contest.updated', payload: { title: contest.title, status: 'running' } });
  }

  private async managedRoundQuestion(principal: Principal, roundId: string, questionId: string): Promise<{ rq: RoundQuestionEntity; contest: ContestEntity }> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    const contest = await this.contests.findContest(round.contestId);
    if (!contest) throw new AppError('ROUND_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    const rq = await this.contests.findRoundQuestion(roundId, questionId);
    if (!rq) throw new AppError('QUESTION_NOT_FOUND');
    return { rq, contest };
  }
}
