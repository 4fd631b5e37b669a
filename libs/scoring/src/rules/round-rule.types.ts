import type { MultipleChoicePolicy, RoundKind, RoundRuleOptions } from '@jingsai/domain';
import type { ScoreEvent } from '../score-event.types';
import type { ResultVisibility } from '../result-visibility';

/** Who gives one answer per question: each contestant, or the team as one. */
export type AnsweringUnit = 'contestant' | 'team';

export interface RoundSettings extends RoundRuleOptions {
  kind: RoundKind;
  secondsPerQuestion: number;
  graceMs?: number;
  multiplePolicy?: MultipleChoicePolicy;
  /** When contestants learn their results; by default when the question closes (written: when the round ends). */
  resultVisibility?: ResultVisibility;
}

export type SubmitRefusal = 'not-open' | 'too-late' | 'already-answered' | 'not-your-turn' | 'locked-out' | 'no-stake';

/** Everything needed to decide whether an answer may be accepted now; plain data, loaded by the caller. */
export interface SubmitContext {
  settings: RoundSettings;
  teamId: string;
  contestantId: string;
  /** Server receive time: authoritative. */
  receivedAt: Date;
  /** null while the question has not been opened. */
  openedAt: Date | null;
  deadline: Date | null;
  /** This answering unit (contestant or team, see `answeringUnit`) already has an answer to the question. */
  alreadyAnswered: boolean;
  /** Buzzer: order from `resolveBuzzOrder`. */
  buzzOrder?: string[];
  /** Buzzer: teams that buzzed before open (locked out of the question). */
  falseStarts?: string[];
  /** Buzzer: teams that already answered this question wrong. */
  wrongTeams?: string[];
  /** Risk: the team's stake on this question, if any. */
  stake?: { points: number; at: Date } | null;
}

/** One graded answer (or, for buzzer rounds, one false start). */
export interface GradedAnswer {
  teamId: string;
  contestantId: string;
  questionId: string;
  /** The grader's (or judges' aggregated) score, 0..maxScore. */
  score: number;
  /** The question's points. */
  maxScore: number;
  /** null = judged short answer, or a false start. */
  correct: boolean | null;
  /** Server receive time. */
  at: Date;
  /** Risk: the team's stake. */
  stake?: number;
  /** Buzzer: 0-based place in the buzz order. */
  buzzRank?: number;
  /** Buzzer: a buzz before open; score/maxScore are ignored. */
  falseStart?: boolean;
  /** The submission id: answers received in the same millisecond are ordered by it (as the database orders them). */
  id?: string;
  /** Speed: 0-based place among the question's right answers, by arrival (set by the caller or the rule). */
  place?: number;
}

export interface ScoringContext {
  settings: RoundSettings;
  answer: GradedAnswer;
}

export interface RoundRule {
  kind: RoundKind;
  answeringUnit(settings: RoundSettings): AnsweringUnit;
  /** When contestants learn results unless the round sets `resultVisibility`. */
  defaultResultVisibility: ResultVisibility;
  /** May this team/contestant submit now? Returns null or a reason code. */
  canSubmit(ctx: SubmitContext): SubmitRefusal | null;
  /** Signed points for one graded answer, from its grade and the round context (stake, buzz, etc.). */
  pointsFor(ctx: ScoringContext): number;
  /** Turns a round's graded answers into ScoreEvents (e.g. written: mean of members per team per question). */
  toScoreEvents(
    roundId: string,
    answers: GradedAnswer[],
    settings: RoundSettings,
    teamSizes: Record<string, number>,
  ): ScoreEvent[];
}
