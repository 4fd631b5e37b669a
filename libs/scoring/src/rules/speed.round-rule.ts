import { commonRefusal, earnedPoints, eventPerAnswer, isRightAnswer } from './round-rule.helpers';
import type { GradedAnswer, RoundRule, RoundSettings } from './round-rule.types';

/** A speed round's tiers when the organizer gives none: full points, then 80 %, 60 %, 40 %. */
export const DEFAULT_SPEED_TIERS: readonly number[] = [1, 0.8, 0.6, 0.4];

/**
 * 速答: every team may answer. Right answers earn their points times the tier of their place among
 * the question's right answers (1st × speedTiers[0], 2nd × speedTiers[1], …, later ones the last
 * tier); anything else scores 0. The place comes from arrival as the database orders it (server
 * receive time, then submission id), so every api node and every replay of the log agrees.
 */
export const speedRoundRule: RoundRule = {
  kind: 'speed',
  answeringUnit: () => 'team',
  defaultResultVisibility: 'after-close',
  canSubmit: commonRefusal,
  pointsFor: ({ answer, settings }) => (isRightAnswer(answer) ? earnedPoints(answer, settings) * speedTier(settings, answer.place ?? 0) : 0),
  toScoreEvents: (roundId, answers, settings) => eventPerAnswer(speedRoundRule, roundId, placeRightAnswers(answers), settings),
};

/** The share of the points a right answer at 0-based `place` earns. */
export function speedTier(settings: Pick<RoundSettings, 'speedTiers'>, place: number): number {
  const tiers = settings.speedTiers?.length ? settings.speedTiers : DEFAULT_SPEED_TIERS;
  return tiers[Math.min(place, tiers.length - 1)];
}

/** By arrival: receive time, then submission id (the database's order for answers in the same millisecond). */
function byArrival(a: GradedAnswer, b: GradedAnswer): number {
  const byTime = a.at.getTime() - b.at.getTime();
  if (byTime !== 0) return byTime;
  const [idA, idB] = [a.id ?? '', b.id ?? ''];
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** The answers, each right one with its `place` among its question's right answers; the input order is kept. */
export function placeRightAnswers(answers: GradedAnswer[]): GradedAnswer[] {
  const places = new Map<GradedAnswer, number>();
  const nextPlace = new Map<string, number>();
  for (const answer of answers.filter(isRightAnswer).sort(byArrival)) {
    const place = nextPlace.get(answer.questionId) ?? 0;
    places.set(answer, place);
    nextPlace.set(answer.questionId, place + 1);
  }
  return answers.map((answer) => (places.has(answer) ? { ...answer, place: places.get(answer) } : answer));
}
