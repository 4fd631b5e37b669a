import { isFrozenAt } from './freeze.policy';
import type { FreezeSetting } from './freeze.policy';
import { at } from './scoring.builders';

const endsAt = at(3600);
const lastTen: FreezeSetting = { mode: 'lastMinutes', minutes: 10, contestEndsAt: endsAt };

describe('isFrozenAt', () => {
  it.each<[string, Date, FreezeSetting, Date | null]>([
    ['no freeze', at(100), null, null],
    ['manual, after the freeze', at(100), { mode: 'manual', frozenAt: at(50) }, at(50)],
    ['manual, before it takes effect', at(10), { mode: 'manual', frozenAt: at(50) }, null],
    ['last 10 minutes, before the window', at(2999), lastTen, null],
    ['last 10 minutes, at the window start', at(3000), lastTen, at(3000)],
    ['last 10 minutes, inside', at(3300), lastTen, at(3000)],
    ['last 10 minutes, after the end (until reveal)', at(4000), lastTen, at(3000)],
  ])('%s', (_name, now, freeze, expected) => {
    expect(isFrozenAt(now, freeze)).toEqual(expected);
  });
});
