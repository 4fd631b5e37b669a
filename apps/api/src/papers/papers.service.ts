import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { toPublicQuestion, type PaperView } from '@jingsai/domain';
import { isValidAnswerShape } from '@jingsai/grading';
import { ContestQuestionRepository, type ContestQuestion } from '../answering/contest-question.repository';
import { AppError } from '../common/app-error';
import { AnswerClock } from '../common/answer-clock';
import { newId } from '../common/ids';
import type { ContestantPrincipal, Principal } from '../common/principal';
import { RateLimiter } from '../common/rate-limiter';
import { ContestRepository } from '../contests/contest.repository';
import { PaperEntity, SubmissionEntity, type PaperWindowEntity } from '../database/entities';
import { AnswerIntake } from '../submissions/answer-intake';
import { displayedQuestion, drawCandidateOf, drawPaper, seededRandom, toDisplayedAnswer, toOriginalAnswer } from '../round-kinds/written/paper-draw';
import { PaperRepository } from './paper.repository';
import { PaperRounds } from './paper-rounds';
import type { PaperAnswerDto } from './papers.dto';

/** Draw attempts with fresh seeds before giving up (only overlapping draw rules can need more than one). */
const DRAW_ATTEMPTS = 20;

export type { PaperView };

/**
 * Written rounds as individual papers (笔答/初赛), the contestant's side (the organizer's window is
 * PaperWindowsService): each contestant draws their own paper once, answers within a personal time limit, and
 * hands it in. Answers are ordinary submissions (slot "paperId:questionId", keys translated back to
 * the bank's), so grading, the sweeper, rejudge and the leaderboard treat them like any other.
 */
@Injectable()
export class PapersService {
  constructor(
    private readonly papers: PaperRepository,
    private readonly contests: ContestRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly rounds: PaperRounds,
    private readonly intake: AnswerIntake,
    private readonly clock: AnswerClock,
    private readonly limiter: RateLimiter,
  ) {}

  /** Starts the contestant's paper (drawn once: a second call returns the same paper). */
  async start(principal: Principal, roundId: string): Promise<PaperView> {
    const { round, me } = await this.rounds.forContestant(principal, roundId);
    const existing = await this.papers.findPaper(roundId, me.contestantId);
    if (existing) return this.view(existing);
    const window = await this.papers.findWindow(roundId);
    if (!window || window.closedAt) {
      throw new AppError(window ? 'PAPER_CLOSED' : 'PAPER_NOT_OPEN_YET');
    }
    const placements = (await this.contests.listRoundQuestions(round.contestId)).filter((rq) => rq.roundId === roundId);
    const pool = (await this.questions.findMany(round.contestId, placements.map((rq) => rq.questionId))).map(drawCandidateOf);
    const settings = round.settings.paper;
    let drawn = null;
    for (let attempt = 0; attempt < DRAW_ATTEMPTS && !drawn; attempt++) {
      drawn = drawPaper(pool, settings.draw, seededRandom(randomInt(2 ** 31)), settings.shuffleOptions !== false);
    }
    if (!drawn) throw new AppError('PAPER_POOL_TOO_SMALL');
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
    const { me } = await this.rounds.forContestant(principal, roundId);
    return this.view(await this.ownPaper(roundId, me));
  }

  /** One answer per question: stored as a submission, graded by the worker like any other. */
  async answer(principal: Principal, roundId: string, dto: PaperAnswerDto): Promise<{ id: string; status: SubmissionEntity['status'] }> {
    const { round, me } = await this.rounds.forContestant(principal, roundId);
    this.limiter.take(me.contestantId);
    const receivedAt = this.clock.now();
    const paper = await this.ownPaper(roundId, me);
    if (!paper.questionIds.includes(dto.questionId)) throw new AppError('PAPER_QUESTION_NOT_FOUND');
    const question = await this.questions.find(round.contestId, dto.questionId);
    const rq = await this.contests.findRoundQuestion(roundId, dto.questionId);
    if (!question || !rq) throw new AppError('QUESTION_NOT_FOUND');
    const answer = toOriginalAnswer(question.type, dto.answer, paper.optionOrders[question.id]);
    if (answer === undefined || !isValidAnswerShape(question, answer)) {
      throw new AppError('ANSWER_SHAPE_INVALID');
    }
    if (paper.submittedAt) throw new AppError('PAPER_HANDED_IN');
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
      const late = await this.intake.insertOrRepeat({ ...submission, status: 'too_late', answerSlot: null }, me.contestantId);
      throw new AppError('PAPER_TOO_LATE', {}, { submissionId: late.id });
    }
    const saved = await this.intake.insertOrRepeat(submission, me.contestantId);
    return { id: saved.id, status: saved.status };
  }

  /** Hands the paper in early (交卷). Idempotent. */
  async submit(principal: Principal, roundId: string) {
    const { me } = await this.rounds.forContestant(principal, roundId);
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

  private async ownPaper(roundId: string, me: ContestantPrincipal): Promise<PaperEntity> {
    const paper = await this.papers.findPaper(roundId, me.contestantId);
    if (!paper) throw new AppError('PAPER_NOT_FOUND');
    return paper;
  }
}
