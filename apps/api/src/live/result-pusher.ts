import { Injectable, Logger } from '@nestjs/common';
import { LiveEvent, type BuzzTurnEvent, type SubmissionGradedEvent } from '@jingsai/domain';
import { buzzHolder, resolveBuzzOrder, resultVisibilityOf, roundRuleFor } from '@jingsai/scoring';
import { ContestRepository } from '../contests/contest.repository';
import { roundSettingsOf, type RoundEntity, type SubmissionEntity } from '../database/entities';
import { roundKind } from '../round-kinds/registry';
import type { GradedItem, LiveBusMessage } from '../queue/live-event-bus';
import { describeResult, type ResultRef } from '../submissions/submission-results';
import { SubmissionRepository, type ResultContext } from '../answering/submission.repository';
import { AnswerStateRepository } from '../answering/answer-state.repository';
import { liveRooms, type LiveNamespace } from './live-rooms';
import { LiveSnapshots } from './live-snapshots';


type GradedMessage = Extract<LiveBusMessage, { type: 'graded' }>;
/** A graded item with its contest (messages carry the contest once for their items). */
type Graded = GradedItem & { contestId: string };
type ReleasedMessage = Extract<LiveBusMessage, { type: 'results-released' }>;

/** Graded messages that arrive together (a burst of answers) are described with one read. */
const COLLECT_MS = 10;

/**
 * Tells each team (or, in written rounds, each author) its results on this node's sockets, when the
 * round's result visibility allows: at once, or in one release when the question closes or the round
 * ends. In buzzer rounds a wrong answer passes the right to answer down the buzz order: every screen
 * and phone hears who holds it now.
 */
@Injectable()
export class ResultPusher {
  private readonly logger = new Logger(ResultPusher.name);
  private collected: Graded[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly state: AnswerStateRepository,
    private readonly contests: ContestRepository,
    private readonly snapshots: LiveSnapshots,
  ) {}

  graded(server: LiveNamespace, message: GradedMessage): void {
    for (const item of message.items) this.collected.push({ ...item, contestId: message.contestId });
    this.timer ??= setTimeout(() => {
      const batch = this.collected;
      this.collected = [];
      this.timer = null;
      void this.pushGraded(server, batch).catch((error: Error) => this.logger.warn(`Result push failed: ${error.message}`));
    }, COLLECT_MS);
  }

  async released(server: LiveNamespace, message: ReleasedMessage): Promise<void> {
    const rq = 'roundQuestionId' in message ? await this.contests.findRoundQuestionById(message.roundQuestionId) : null;
    const roundId = 'roundId' in message ? message.roundId : rq?.roundId;
    const round = roundId ? await this.contests.findRound(roundId) : null;
    if (!round) return;
    // A round that shows results only at its end releases all of them at once.
    const scope = rq && resultVisibilityOf(roundSettingsOf(round)) !== 'after-round' ? { roundQuestionId: rq.id } : { roundId: round.id };
    const decided = await this.submissions.listDecided(scope);
    const refs = decided.map(refOf);
    this.emitVisible(server, refs, await this.submissions.loadResultContext(refs));
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private async pushGraded(server: LiveNamespace, batch: Graded[]): Promise<void> {
    const refs = batch.map((m): ResultRef & { contestantId?: string } => ({ ...m, submissionId: m.submissionId }));
    const context = await this.submissions.loadResultContext(refs);
    this.emitVisible(server, refs, context);
    await this.announceBuzzTurns(server, batch, context);
  }

  private emitVisible(server: LiveNamespace, refs: ResultRef[], context: ResultContext): void {
    for (const ref of refs) {
      const { visible, ...result } = describeResult(ref, context, false);
      const round = context.rounds.get(ref.roundId);
      if (!visible || !round) continue;
      const event: SubmissionGradedEvent = { version: Date.now(), ...result, status: ref.status };
      // A team's answer concerns the whole team; an individual (written) answer only its author.
      const individual = roundRuleFor(round.kind).answeringUnit(roundSettingsOf(round)) === 'contestant';
      const contestantId = (ref as ResultRef & { contestantId?: string }).contestantId;
      server.to(individual && contestantId ? liveRooms.contestant(contestantId) : liveRooms.team(ref.teamId)).emit(LiveEvent.SubmissionGraded, event);
    }
  }

  /** After a wrong answer in a buzzer round: who holds the right to answer now (nobody, without 补答). */
  private async announceBuzzTurns(server: LiveNamespace, batch: Graded[], context: ResultContext): Promise<void> {
    const wrong = batch.filter((m) => buzzes(context.rounds.get(m.roundId)) && m.status === 'graded' && m.correct === false && (m.score ?? 0) <= 0);
    for (const rqId of new Set(wrong.map((m) => m.roundQuestionId))) {
      const message = wrong.find((m) => m.roundQuestionId === rqId) as Graded;
      const round = context.rounds.get(message.roundId);
      const [buzzes, wrongTeams, teams] = await Promise.all([this.state.listBuzzes(rqId), this.state.listWrongTeams(rqId), this.contests.listTeams(message.contestId)]);
      const holder = buzzHolder(resolveBuzzOrder(buzzes).order, wrongTeams, round?.settings.passOnWrong);
      const event: BuzzTurnEvent = {
        version: wrongTeams.length,
        questionId: message.questionId,
        holderTeamId: holder,
        holderTeamName: teams.find((t) => t.id === holder)?.name ?? null,
        wrongTeamIds: wrongTeams,
      };
      this.snapshots.forget(message.contestId);
      server.to(liveRooms.all(message.contestId)).emit(LiveEvent.BuzzTurn, event);
    }
  }
}

/** Rounds with a buzzer pass (or end) the right to answer after a wrong answer. */
function buzzes(round: RoundEntity | undefined): boolean {
  return round !== undefined && roundKind(round.kind).accepts.buzz;
}

function refOf(s: SubmissionEntity): ResultRef & { contestantId: string } {
  return { ...s, submissionId: s.id };
}
