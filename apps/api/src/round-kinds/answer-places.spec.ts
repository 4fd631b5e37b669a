import type { RoundEntity, SubmissionEntity } from '../database/entities';
import { answerPlaces } from './answer-places';

const T0 = Date.parse('2026-05-01T09:00:00.000Z');
type Row = Parameters<typeof answerPlaces>[0][number];
const aRow = (id: string, seconds: number, overrides: Partial<SubmissionEntity> = {}): Row => ({
  id,
  contestId: 'c',
  roundId: 'speed',
  roundQuestionId: 'rq1',
  questionId: 'q1',
  teamId: `team-${id}`,
  contestantId: `member-${id}`,
  status: 'graded',
  score: 10,
  correct: true,
  receivedAt: new Date(T0 + seconds * 1000),
  ...overrides,
});
const rounds = new Map<string, Pick<RoundEntity, 'kind'>>([
  ['speed', { kind: 'speed' }],
  ['required', { kind: 'required' }],
]);

describe('answerPlaces', () => {
  it.each<[string, Row[], Record<string, number>]>([
    ['right answers by receive time', [aRow('b', 5), aRow('a', 2), aRow('c', 9)], { a: 0, b: 1, c: 2 }],
    ['the same millisecond: by submission id', [aRow('z', 2), aRow('y', 2)], { y: 0, z: 1 }],
    ['wrong, pending and late answers take no place', [aRow('w', 1, { correct: false, score: 0 }), aRow('p', 2, { status: 'pending' }), aRow('t', 3, { status: 'too_late' }), aRow('a', 4)], { a: 0 }],
    ['each question on its own', [aRow('a', 1), aRow('b', 2, { roundQuestionId: 'rq2', questionId: 'q2' })], { a: 0, b: 0 }],
    ['kinds that do not need the order are left out', [aRow('a', 1, { roundId: 'required' })], {}],
  ])('%s', (_name, rows, expected) => {
    expect(Object.fromEntries(answerPlaces(rows, rounds, () => 10))).toEqual(expected);
  });
});
