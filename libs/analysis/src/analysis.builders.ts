// Test builders (aContest-style factories) shared by the specs of this lib; not exported from index.
import type { AnalysisAnswer, AnalysisContestant, AnalysisInput, AnalysisQuestion, AnalysisRound, AnalysisTeam } from './analysis.types';

export const T0 = Date.parse('2024-05-01T09:00:00.000Z');
/** A time `seconds` after T0. */
export const at = (seconds: number): Date => new Date(T0 + seconds * 1000);

export function aQuestion(overrides: Partial<AnalysisQuestion> = {}): AnalysisQuestion {
  return { id: 'q1', type: 'single', points: 10, tags: [], options: ['A', 'B', 'C', 'D'], answer: 'B', roundId: 'r1', position: 1, ...overrides };
}

export function aRound(overrides: Partial<AnalysisRound> = {}): AnalysisRound {
  return { id: 'r1', title: 'Round 1', kind: 'written', position: 1, ...overrides };
}

/** A right answer to q1 by a1 of team a, 5 s after the question opened at T0. */
export function anAnswer(overrides: Partial<AnalysisAnswer> = {}): AnalysisAnswer {
  return {
    questionId: 'q1',
    roundId: 'r1',
    teamId: 'a',
    contestantId: 'a1',
    answer: 'B',
    status: 'graded',
    score: 10,
    correct: true,
    receivedAt: at(5),
    openedAt: at(0),
    ...overrides,
  };
}

/** A graded right (score = points) or wrong (0) answer. */
export function graded(right: boolean, overrides: Partial<AnalysisAnswer> = {}): AnalysisAnswer {
  return anAnswer({ score: right ? 10 : 0, correct: right, ...overrides });
}

/** Teams `ids` with one contestant each, `<id>1`. */
export function soloTeams(ids: string[], group?: (id: string) => string): { teams: AnalysisTeam[]; contestants: AnalysisContestant[] } {
  return {
    teams: ids.map((id) => ({ id, name: id.toUpperCase(), group: group ? group(id) : null })),
    contestants: ids.map((id) => ({ id: `${id}1`, teamId: id, name: `${id}1` })),
  };
}

export function aContestInput(overrides: Partial<AnalysisInput> = {}): AnalysisInput {
  return {
    questions: [aQuestion()],
    rounds: [aRound()],
    ...soloTeams(['a', 'b']),
    answers: [],
    baseScore: 0,
    ...overrides,
  };
}
