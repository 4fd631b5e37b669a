// Test builders (aContest-style factories) shared by the specs of this lib; not exported from index.
import type { LeaderboardInput } from './leaderboard.calculator';
import type { GradedAnswer, RoundSettings, SubmitContext } from './rules/round-rule.types';
import type { Adjustment, ScoreEvent } from './score-event.types';

export const T0 = Date.parse('2024-05-01T09:00:00.000Z');
/** A time `seconds` after T0. */
export const at = (seconds: number): Date => new Date(T0 + seconds * 1000);

export function anEvent(overrides: Partial<ScoreEvent> = {}): ScoreEvent {
  return { teamId: 'a', roundId: 'r1', questionId: 'q1', points: 10, correct: true, at: at(0), ...overrides };
}

export function anAdjustment(overrides: Partial<Adjustment> = {}): Adjustment {
  return { teamId: 'a', points: 5, reason: 'bonus', at: at(0), ...overrides };
}

export function aBoardInput(overrides: Partial<LeaderboardInput> = {}): LeaderboardInput {
  return {
    contestId: 'c1',
    version: 1,
    teams: [
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Bravo' },
      { id: 'c', name: 'Charlie' },
    ],
    rounds: [
      { id: 'r1', title: 'Round 1' },
      { id: 'r2', title: 'Round 2' },
    ],
    baseScore: 0,
    events: [],
    adjustments: [],
    freeze: null,
    viewer: 'public',
    ...overrides,
  };
}

export function settingsOf(overrides: Partial<RoundSettings> & Pick<RoundSettings, 'kind'>): RoundSettings {
  return { secondsPerQuestion: 30, ...overrides };
}

export function anAnswer(overrides: Partial<GradedAnswer> = {}): GradedAnswer {
  return {
    teamId: 'a',
    contestantId: 'a1',
    questionId: 'q1',
    score: 10,
    maxScore: 10,
    correct: true,
    at: at(5),
    ...overrides,
  };
}

/** An open question (opened at T0, deadline T0+30 s), answered at T0+5 s. */
export function aSubmitContext(settings: RoundSettings, overrides: Partial<SubmitContext> = {}): SubmitContext {
  return {
    settings,
    teamId: 'a',
    contestantId: 'a1',
    receivedAt: at(5),
    openedAt: at(0),
    deadline: at(30),
    alreadyAnswered: false,
    ...overrides,
  };
}
