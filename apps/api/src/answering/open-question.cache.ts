import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ContestQuestionRepository, type ContestQuestion } from './contest-question.repository';
import { Clock } from '../common/clock';
import type { RoundEntity, RoundQuestionEntity } from '../database/entities';
import { LiveEventBus, type LiveBusMessage } from '../queue/live-event-bus';
import { AnswerStateRepository } from './answer-state.repository';

export interface OpenQuestion {
  rq: RoundQuestionEntity;
  round: RoundEntity;
  question: ContestQuestion;
}

/** How long a cached answer is trusted even without a bus message (another node's change arrives in ms). */
const TTL_MS = 500;

/**
 * The contest's current question, round and key, for the submit hot path: a burst of a thousand
 * answers to one question should not read the same three rows a thousand times. Any change
 * announced on the live bus (open, close, extend, reveal) drops the contest's entry at once.
 */
@Injectable()
export class OpenQuestionCache implements OnApplicationBootstrap {
  private readonly entries = new Map<string, { value: OpenQuestion | null; at: number }>();

  constructor(
    private readonly state: AnswerStateRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly bus: LiveEventBus,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const drop = (message: LiveBusMessage) => {
      if (message.type === 'resync') for (const id of message.contestIds) this.entries.delete(id);
      else if ('contestId' in message) this.entries.delete(message.contestId);
    };
    this.bus.onPublish(drop);
    await this.bus.subscribe(drop);
    // Changes announced while this node was cut off from Redis never arrived: forget everything.
    this.bus.onReconnect(() => this.entries.clear());
  }

  async current(contestId: string): Promise<OpenQuestion | null> {
    const now = this.clock.now().getTime();
    const hit = this.entries.get(contestId);
    if (hit && now - hit.at < TTL_MS) return hit.value;
    const value = await this.load(contestId);
    this.entries.set(contestId, { value, at: now });
    return value;
  }

  /** Drops the contest's entry (this node changed its live state). */
  invalidate(contestId: string): void {
    this.entries.delete(contestId);
  }

  private async load(contestId: string): Promise<OpenQuestion | null> {
    const rq = await this.state.findCurrentRoundQuestion(contestId);
    if (!rq) return null;
    const [round, question] = await Promise.all([this.state.findRound(rq.roundId), this.questions.find(contestId, rq.questionId)]);
    return round && question ? { rq, round, question } : null;
  }
}
