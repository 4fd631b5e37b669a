import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { toPublicQuestion, type PaperView } from '@jingsai/domain';
import { isValidAnswerShape } from '@jingsai/grading';
import { ContestQuestionRepository, type ContestQuestion } from '../contest-questions/contest-question.repository';
import { AppError, ErrorCode } from '../common/app-error';
import { AnswerClock } from '../common/answer-clock';
import { newId } from '../common/ids';
import type { ContestantPrincipal, Principal } from '../common/principal';
import { RateLimiter } from '../common/rate-limiter';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { LiveService } from '../live/live.service';
import { PaperEntity, SubmissionEntity, type ContestEntity, type PaperSettings, type PaperWindowEntity, type RoundEntity } from '../database/entities';
import { LiveEventBus } from '../queue/live-event-bus';
import { SubmissionRepository } from '../submissions/submission.repository';
import { SubmissionWriter } from '../submissions/submission-writer';
import { displayedQuestion, drawCandidateOf, drawPaper, seededRandom, toDisplayedAnswer, toOriginalAnswer } from './paper-draw';
import { PaperRepository } from './paper.repository';
import type { PaperAnswerDto } from './papers.dto';

const ROUND = { zh: '轮次', en: 'Round' };
const PAPER = { zh: '试卷', en: 'Paper' };
/** Draw attempts with fresh seeds before giving up (only overlapping draw rules can need more than one). */
const DRAW_ATTEMPTS = 20;

export type { PaperView };

type PaperRound = RoundEntity & { settings: { paper: PaperSettings } };

/**
 * Written rounds as individual papers (笔答/初赛). The organizer opens and closes the round's paper
 * window; each contestant draws their own paper once, answers within a personal time limit, and
 * hands it in. Answers are ordinary submissions (slot "paperId:questionId", keys translated back to
 * the bank's), so grading, the sweeper, rejudge and the leaderboard treat them like any other.
 */
@Injectable()
export class PapersService {
  constructor(
    private readonly papers: PaperRepository,
    private readonly contests: ContestRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly submissions: SubmissionRepository,
    private readonly writer: SubmissionWriter,
    private readonly bus: LiveEventBus,
    private readonly clock: AnswerClock,
    private readonly limiter: RateLimiter,
    private readonly live: LiveService,
  ) {}

  async openWindow(principal: Principal, roundId: string) {
    const round = await this.managedPaperRound(principal, roundId);
    await this.live.startIfDraft((await this.contests.findContest(round.contestId)) as ContestEntity);
    const existing = await this.papers.findWindow(roundId);
    if (existing?.closedAt) throw new AppError(ErrorCode.Conflict, '该轮试卷已收卷 / The paper of this round is already closed');
    const window = existing ?? (await this.papers.openWindow(roundId, round.contestId, this.clock.now()));
    if (!existing) await this.announce(round.contestId, 'paper.opened', roundId);
    return this.describeWindow(round, window);
  }

  async closeWindow(principal: Principal, roundId: string) {
    const round = await this.managedPaperRound(principal, roundId);
    if (!(await this.papers.closeWindow(roundId, this.clock.now()))) {
      throw new AppError(ErrorCode.Conflict, '该轮试卷未在作答中 / The paper of this round is not open');
    }
    await this.announce(round.contestId, 'paper.closed', roundId);
    await this.bus.publish({ type: 'results-released', contestId: round.contestId, roundId });
    return this.describeWindow(round, await this.papers.findWindow(roundId));
  }

  /** The contest's paper rounds and their windows; a contestant also sees their own paper's state. */
  async listForContest(principal: Principal, contestId: string) {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw AppError.notFound({ zh: '竞赛', en: 'Contest' });
    const contestant = principal.kind === 'contestant' ? ContestAccess.assertContestant(principal, contestId) : null;
    if (!contestant) {
      const judge = principal.kind === 'staff' && principal.role === 'judge' && (await this.contests.isJudge(contestId, principal.userId));
      if (!ContestAccess.canManage(principal, contest) && !judge) throw AppError.forbidden();
    }
    const [rounds, windows, mine] = await Promise.all([
      this.contests.listRounds(contestId),
      this.papers.listWindows(contestId),
      contestant ? this.papers.listPapers(contestId, contestant.contestantId) : Promise.resolve([]),
    ]);
    return rounds.filter(isPaperRound).map((round) => {
      const paper = mine.find((p) => p.roundId === round.id);
      return {
        ...this.describeWindow(round, windows.find((w) => w.roundId === round.id) ?? null),
        ...(contestant ? { myPaper: paper ? { paperId: paper.id, startedAt: paper.startedAt.toISOString(), submittedAt: paper.submittedAt?.toISOString() ?? null } : null } : {}),
      };
    });
  }

  /** Starts the contestant's paper (drawn once: a second call returns the same paper). */
  async start(principal: Principal, roundId: string): Promise<PaperView> {
    const { round, me } = await this.contestantPaperRound(principal, roundId);
    const existing = await this.papers.findPaper(roundId, me.contestantId);
    if (existing) return this.view(existing);
    const window = await this.papers.findWindow(roundId);
    if (!window || window.closedAt) {
      throw new AppError(ErrorCode.NotOpen, window ? '该轮试卷已收卷 / The paper is closed' : '试卷尚未开放 / The paper is not open yet');
    }
    const placements = (await this.contests.listRoundQuestions(round.contestId)).filter((rq) => rq.roundId === roundId);
    const pool = (await this.questions.findMany(round.contestId, placements.map((rq) => rq.questionId))).map(drawCandidateOf);
    const settings = round.settings.paper;
    let drawn = null;
    for (let attempt = 0; attempt < DRAW_ATTEMPTS && !drawn; attempt++) {
      drawn = drawPaper(pool, settings.draw, seededRandom(randomInt(2 ** 31)), settings.shuffleOptions !== false);
    }
    if (!drawn) throw new AppError(ErrorCode.Unprocessable, '题库不足以按规则组卷 / The pool cannot fill the paper');
    const startedAt = this.clock.now();
    const paper = await this.papers.insertPaper(
      Object.assign(new PaperEntity(), {
        id: newId(),
        contestId: round.contestId,
        roundId,
        contestantId: me.contestantId,
        teamId: me.teamId,
        questionIds: drawn.questionIds,
        optionOrders: drawn.optionOrders,
        startedAt,
        deadline: new Date(startedAt.getTime() + settings.minutes * 60_000),
        submittedAt: null,
      }),
    );
    return this.view(paper);
  }

  /** A reload: the contestant's own paper, as drawn. */
  async get(principal: Principal, roundId: string): Promise<PaperView> {
    const { me } = await this.contestantPaperRound(principal, roundId);
    return this.view(await this.ownPaper(roundId, me));
  }

  /** One answer per question: stored as a submission, graded by the worker like any other. */
  async answer(principal: Principal, roundId: string, dto: PaperAnswerDto): Promise<{ id: string; status: SubmissionEntity['status'] }> {
    const { round, me } = await this.contestantPaperRound(principal, roundId);
    this.limiter.take(me.contestantId);
    const receivedAt = this.clock.now();
    const paper = await this.ownPaper(roundId, me);
    if (!paper.questionIds.includes(dto.questionId)) throw AppError.notFound({ zh: '试卷中的题目', en: 'Question on your paper' });
    const question = await this.questions.find(round.contestId, dto.questionId);
    const rq = await this.contests.findRoundQuestion(roundId, dto.questionId);
    if (!question || !rq) throw AppError.notFound({ zh: '题目', en: 'Question' });
    const answer = toOriginalAnswer(question.type, dto.answer, paper.optionOrders[question.id]);
    if (answer === undefined || !isValidAnswerShape(question, answer)) {
      throw new AppError(ErrorCode.BadRequest, '答案格式不符合题型 / The answer does not fit the question type');
    }
    if (paper.submittedAt) throw new AppError(ErrorCode.Conflict, '已交卷，不能再作答 / The paper has been handed in');
    const submission = Object.assign(new SubmissionEntity(), {
      id: newId(),
      contestId: round.contestId,
      roundId,
      roundQuestionId: rq.id,
      questionId: question.id,
      teamId: me.teamId,
      contestantId: me.contestantId,
      answer,
      clientKey: dto.clientKey ?? null,
      answerSlot: `${paper.id}:${question.id}`,
      receivedAt,
      status: 'pending' as const,
      score: null,
      correct: null,
      gradedAt: null,
    });
    const end = this.endOf(paper, await this.papers.findWindow(roundId));
    if (this.clock.timing(receivedAt, { openedAt: paper.startedAt, deadline: end }, round) === 'late') {
      // Kept for the record, never scored, and it does not take the answer slot.
      const late = await this.insertOrRepeat({ ...submission, status: 'too_late', answerSlot: null }, me.contestantId);
      throw new AppError(ErrorCode.TooLate, '已超过答卷时间 / Too late: your time for this paper is over', { submissionId: late.id });
    }
    const saved = await this.insertOrRepeat(submission, me.contestantId);
    return { id: saved.id, status: saved.status };
  }

  /** Hands the paper in early (交卷). Idempotent. */
  async submit(principal: Principal, roundId: string) {
    const { me } = await this.contestantPaperRound(principal, roundId);
    const paper = await this.ownPaper(roundId, me);
    if (!paper.submittedAt) await this.papers.submitPaper(paper.id, this.clock.now());
    const stored = await this.ownPaper(roundId, me);
    return { paperId: stored.id, submittedAt: (stored.submittedAt as Date).toISOString(), answered: (await this.papers.listAnswers(stored.id)).length };
  }

  private async view(paper: PaperEntity): Promise<PaperView> {
    const [stored, window, answers] = await Promise.all([
      this.questions.findMany(paper.contestId, paper.questionIds),
      this.papers.findWindow(paper.roundId),
      this.papers.listAnswers(paper.id),
    ]);
    const byId = new Map<string, ContestQuestion>(stored.map((q) => [q.id, q]));
    const questions = paper.questionIds
      .map((id) => byId.get(id))
      .filter((q): q is ContestQuestion => q !== undefined)
      .map((q) => displayedQuestion(toPublicQuestion(q), paper.optionOrders[q.id]));
    return {
      paperId: paper.id,
      roundId: paper.roundId,
      startedAt: paper.startedAt.toISOString(),
      deadline: this.endOf({ ...paper, submittedAt: null }, window).toISOString(),
      submittedAt: paper.submittedAt?.toISOString() ?? null,
      serverTime: this.clock.now().toISOString(),
      questions,
      answers: answers.map((s) => ({
        questionId: s.questionId,
        submissionId: s.id,
        status: s.status,
        answer: toDisplayedAnswer(byId.get(s.questionId)?.type ?? 'short', s.answer, paper.optionOrders[s.questionId]),
      })),
    };
  }

  /** A paper ends at its personal deadline, at the window's close, or when handed in — whichever first. */
  private endOf(paper: Pick<PaperEntity, 'deadline' | 'submittedAt'>, window: PaperWindowEntity | null): Date {
    const ends = [paper.deadline, window?.closedAt, paper.submittedAt].filter((d): d is Date => d instanceof Date);
    return new Date(Math.min(...ends.map((d) => d.getTime())));
  }

  private async insertOrRepeat(submission: SubmissionEntity, contestantId: string): Promise<SubmissionEntity> {
    if ((await this.writer.write(submission)) === 'inserted') return submission;
    if (submission.clientKey) {
      const repeat = await this.submissions.findByClientKey(contestantId, submission.clientKey);
      if (repeat) return repeat;
    }
    throw new AppError(ErrorCode.AlreadyAnswered, '已经作答过该题 / This question has already been answered');
  }

  private async ownPaper(roundId: string, me: ContestantPrincipal): Promise<PaperEntity> {
    const paper = await this.papers.findPaper(roundId, me.contestantId);
    if (!paper) throw AppError.notFound(PAPER);
    return paper;
  }

  private async paperRound(roundId: string): Promise<PaperRound> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw AppError.notFound(ROUND);
    if (!isPaperRound(round)) throw new AppError(ErrorCode.Conflict, '该轮不是笔答试卷轮 / This round has no paper');
    return round;
  }

  /** Access first: a caller who may not manage the contest learns nothing about its rounds. */
  private async managedPaperRound(principal: Principal, roundId: string): Promise<PaperRound> {
    const round = await this.contests.findRound(roundId);
    const contest = round ? await this.contests.findContest(round.contestId) : null;
    if (!contest) throw AppError.notFound(ROUND);
    ContestAccess.assertManage(principal, contest);
    return this.paperRound(roundId);
  }

  private async contestantPaperRound(principal: Principal, roundId: string): Promise<{ round: PaperRound; me: ContestantPrincipal }> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw AppError.notFound(ROUND);
    const me = ContestAccess.assertContestant(principal, round.contestId);
    return { round: await this.paperRound(roundId), me };
  }

  private describeWindow(round: PaperRound, window: PaperWindowEntity | null) {
    const paper = round.settings.paper;
    return {
      roundId: round.id,
      title: round.title,
      status: !window ? ('pending' as const) : window.closedAt ? ('closed' as const) : ('open' as const),
      openedAt: window?.openedAt.toISOString() ?? null,
      closedAt: window?.closedAt?.toISOString() ?? null,
      minutes: paper.minutes,
      questionCount: paper.draw.reduce((n, d) => n + d.count, 0),
    };
  }

  private async announce(contestId: string, event: 'paper.opened' | 'paper.closed', roundId: string): Promise<void> {
    await this.contests.bumpVersion(contestId);
    await this.bus.publish({ type: 'contest-event', contestId, event, payload: { roundId, serverTime: this.clock.now().toISOString() } });
  }
}

export function isPaperRound(round: RoundEntity): round is PaperRound {
  return round.kind === 'written' && Boolean(round.settings.paper);
}
