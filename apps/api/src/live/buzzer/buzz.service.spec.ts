import type { BuzzEntity, RoundEntity, RoundQuestionEntity, TeamEntity } from '../../database/entities';
import type { ContestRepository } from '../../contests/contest.repository';
import type { LiveEventBus } from '../../queue/live-event-bus';
import { FakeBus, FakeClock, answerClock, at, fake, unlimited } from '../../testing/service-fakes';
import type { AppError } from '../../common/app-error';
import { BuzzService } from './buzz.service';
import type { LiveStateRepository } from '../live-state.repository';

const OPENED = at('2026-05-01T09:00:00.000Z');
const DEADLINE = at('2026-05-01T09:00:30.000Z');
const team = (id: string) => ({ kind: 'contestant' as const, role: 'contestant' as const, contestantId: `c-${id}`, contestId: 'contest', teamId: id, name: id, sessionVersion: 0 });

/** The buzz rules in the service: what is admitted when, and who holds the right — with the database faked. */
function aBuzzService(rq: Partial<RoundQuestionEntity>, settings: RoundEntity['settings'] = {}) {
  const placement = { id: 'rq', roundId: 'round', contestId: 'contest', questionId: 'q', position: 1, status: 'open', openedAt: OPENED, deadline: DEADLINE, closedAt: null, pausedAt: null, assignedTeamId: null, ...rq } as RoundQuestionEntity;
  const buzzes: BuzzEntity[] = [];
  const state = fake<LiveStateRepository>({
    findRoundQuestionsOf: async () => [placement],
    // The database's part: the repeat check, the admission inside the transaction, the next seq.
    recordBuzz: async (buzz: Omit<BuzzEntity, 'id' | 'seq' | 'falseStart'>, admit: (rq: RoundQuestionEntity) => void) => {
      const existing = buzzes.find((b) => b.teamId === buzz.teamId);
      if (!existing) admit(placement);
      const row = existing ?? { ...buzz, id: `b${buzzes.length + 1}`, seq: buzzes.length + 1, falseStart: placement.status === 'pending' };
      if (!existing) buzzes.push(row);
      return { buzz: row, repeat: Boolean(existing), buzzes: [...buzzes], wrongTeams: [] };
    },
  });
  const contests = fake<ContestRepository>({
    findRound: async () => ({ id: 'round', contestId: 'contest', kind: 'buzzer', title: '抢答', position: 1, secondsPerQuestion: 30, settings }) as RoundEntity,
    bumpVersion: async () => 1,
    findTeam: async (id: string) => ({ id, name: id }) as TeamEntity,
  });
  const clock = new FakeClock(OPENED);
  const bus = new FakeBus();
  const service = new BuzzService(contests, state, bus as unknown as LiveEventBus, unlimited(clock), answerClock(clock));
  return { service, clock, bus };
}

describe('BuzzService (fake database and clock)', () => {
  it.each<[string, Partial<RoundQuestionEntity>, Date, { status: number; code: string } | { rank: number | null; falseStart: boolean }]>([
    ['a buzz while the question is open takes the first place', {}, at('2026-05-01T09:00:01.000Z'), { rank: 1, falseStart: false }],
    ['a buzz before the question opens is a false start', { status: 'pending', openedAt: null, deadline: null }, OPENED, { rank: null, falseStart: true }],
    ['250 ms after the deadline is inside the 500 ms grace', {}, at('2026-05-01T09:00:30.250Z'), { rank: 1, falseStart: false }],
    ['600 ms after the deadline is over', {}, at('2026-05-01T09:00:30.600Z'), { status: 409, code: 'BUZZING_OVER' }],
    ['no buzz while paused', { pausedAt: at('2026-05-01T09:00:05.000Z') }, at('2026-05-01T09:00:06.000Z'), { status: 409, code: 'QUESTION_PAUSED' }],
    ['no buzz on a closed question', { status: 'closed', closedAt: at('2026-05-01T09:00:10.000Z') }, at('2026-05-01T09:00:11.000Z'), { status: 409, code: 'BUZZING_OVER' }],
  ])('%s', async (_name, rq, now, expected) => {
    const { service, clock } = aBuzzService(rq);
    clock.set(now);
    const outcome = await service.buzz(team('a'), 'contest', 'q').then(
      (r) => ({ rank: r.rank, falseStart: r.falseStart }),
      (e: AppError) => ({ status: e.status, code: e.code }),
    );
    expect(outcome).toEqual(expected);
  });

  it('orders teams by arrival: the first holds the right; a repeat is the same buzz and announced once', async () => {
    const { service, clock, bus } = aBuzzService({});
    clock.set(at('2026-05-01T09:00:02.000Z'));
    const first = await service.buzz(team('a'), 'contest', 'q');
    const second = await service.buzz(team('b'), 'contest', 'q');
    const again = await service.buzz(team('a'), 'contest', 'q');
    expect([first, second, again].map((r) => [r.teamId, r.rank, r.granted, r.repeat])).toEqual([
      ['a', 1, true, false],
      ['b', 2, false, false],
      ['a', 1, true, true],
    ]);
    expect(bus.published.filter((m) => m.type === 'contest-event')).toHaveLength(2);
  });
});
