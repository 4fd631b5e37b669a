import { Injectable } from '@nestjs/common';
import { answerTiming, type AnswerTiming, type AnswerWindow, type RoundSettings } from '@jingsai/scoring';
import { AppConfig } from '../config/app-config';
import { roundSettingsOf, type RoundEntity } from '../database/entities';
import { Clock } from './clock';

/**
 * The server's clock for answers: the round's grace (or GRACE_MS) applied through the one lateness
 * function of libs/scoring, so submissions, buzzes, papers, the round rules and grading agree.
 */
@Injectable()
export class AnswerClock {
  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  graceMs(round: Pick<RoundEntity, 'settings'>): number {
    return round.settings.graceMs ?? this.config.defaultGraceMs;
  }

  timing(receivedAt: Date, window: AnswerWindow, round: Pick<RoundEntity, 'settings'>): AnswerTiming {
    return answerTiming(receivedAt, window, this.graceMs(round));
  }

  /** The round as the scoring rules see it, with the grace they must apply. */
  settings(round: Pick<RoundEntity, 'kind' | 'secondsPerQuestion' | 'settings'>): RoundSettings {
    return { ...roundSettingsOf(round), graceMs: this.graceMs(round) };
  }
}
