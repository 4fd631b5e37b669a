import type { ContestRepository } from '../../contests/contest.repository';
import type { RoundEntity, RoundQuestionEntity, StakeEntity } from '../../database/entities';
import { FakeClock, at, fake, unlimited } from '../../testing/service-fakes';
import type { LiveStateRepository } from '../live-state.repository';
import { StakesService } from './stakes.service';

const me = { kind: 'contestant' as const, role: 'contestant' as const, contestantId: 'c1', contestId: 'contest', teamId: 't1', name: '张三', sessionVersion: 0 };

/** 风险: the stake rules in the service — tiers, before the open only, a tier once per round when asked. */
function aStakesService(status: RoundQuestionEntity['status'], used: number[] = [], settings: RoundEntity['settings'] = { stakes: [10, 20, 30], stakeOncePerTeam: true }) {
  const saved: Omit<StakeEntity, 'id'>[] = [];
  const clock = new FakeClock(at('2026-05-01T09:00:00.000Z'));
  const placement = { id: 'rq2', roundId: 'round', contestId: 'contest', questionId: 'q', position: 2, status, openedAt: status === 'pending' ? null : at('2026-05-01T08:59:00.000Z') } as RoundQuestionEntity;
  const service = new StakesService(
    fake<ContestRepository>({ findRound: async () => ({ id: 'round', kind: 'risk', secondsPerQuestion: 30, settings }) as RoundEntity }),
    fake<LiveStateRepository>({
      findRoundQuestionsOf: async () => [placement],
      listOtherStakes: async () => used.map((points) => ({ points }) as StakeEntity),
      saveStake: async (stake: Omit<StakeEntity, 'id'>) => (saved.push(stake), stake),
    }),
    unlimited(clock),
    clock,
  );
  const place = (points: number) => service.place(me, 'contest', 'q', points).then((r) => r.points, (e: { code: string }) => e.code);
  return { place, saved };
}

describe('StakesService (fake database and clock)', () => {
  it.each<[string, RoundQuestionEntity['status'], number[], number, number | string]>([
    ['a tier before the open', 'pending', [], 20, 20],
    ['not a tier', 'pending', [], 25, 'STAKE_INVALID_TIER'],
    ['after the open', 'open', [], 20, 'STAKE_QUESTION_OPEN'],
    ['a tier already used on another question of the round', 'pending', [20], 20, 'STAKE_TIER_USED'],
    ['another tier after one was used', 'pending', [20], 30, 30],
  ])('%s', async (_name, status, used, points, expected) => {
    const { place, saved } = aStakesService(status, used);
    expect(await place(points)).toBe(expected);
    expect(saved).toHaveLength(typeof expected === 'number' ? 1 : 0);
  });
});
