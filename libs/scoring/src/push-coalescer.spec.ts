import { PHONE_BOARD_FRAMES_PER_SEC, phoneBoardIntervalMs, PushCoalescer } from './push-coalescer';

describe('PushCoalescer', () => {
  it.each<[string, [number, 'request' | 'fired'][], (boolean | number | 'wait')[]]>([
    // Each step yields: true = push now, a number = start a timer for it, 'wait' = a timer already covers it.
    ['first change pushes at once', [[0, 'request']], [true]],
    ['changes ≥ 500 ms apart push at once', [[0, 'request'], [500, 'request'], [1200, 'request']], [true, true, true]],
    ['a burst collapses into one scheduled push', [[0, 'request'], [100, 'request'], [200, 'request'], [300, 'request']], [true, 500, 'wait', 'wait']],
    ['after the timer fires, the interval restarts from it', [[0, 'request'], [100, 'request'], [500, 'fired'], [700, 'request'], [1000, 'request']], [true, 500, 'wait', 1000, 'wait']],
  ])('%s', (_name, steps, expected) => {
    const coalescer = new PushCoalescer(500);
    const outcomes = steps.map(([now, action]) => {
      if (action === 'fired') {
        coalescer.timerFired(now);
        return 'wait';
      }
      const decision = coalescer.request(now);
      return decision.pushNow ? true : (decision.pushAt ?? 'wait');
    });
    expect(outcomes).toEqual(expected);
  });

  it('never allows more than 2 pushes a second under a steady stream of changes', () => {
    const coalescer = new PushCoalescer();
    const pushes: number[] = [];
    let timerAt: number | null = null;
    for (let now = 0; now < 5000; now += 37) {
      if (timerAt !== null && now >= timerAt) {
        coalescer.timerFired(timerAt);
        pushes.push(timerAt);
        timerAt = null;
      }
      const decision = coalescer.request(now);
      if (decision.pushNow) pushes.push(now);
      if (decision.pushAt !== undefined) timerAt = decision.pushAt;
    }
    const gaps = pushes.slice(1).map((t, i) => t - pushes[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
    expect(pushes.length).toBeGreaterThanOrEqual(9);
  });
});

describe('phoneBoardIntervalMs: the board on phones, paced by how many phones a node serves', () => {
  it.each<[number, number]>([
    [0, 500],
    [10, 500],
    [1000, 500], // up to 1,000 phones: the screens' pace, 2 a second
    [1001, 501],
    [2000, 1000],
    [5000, 2500], // 5,000 phones: every 2.5 s, 2,000 board frames a second from the node
    [20000, 10000],
  ])('%i phones → every %i ms', (phones, interval) => {
    expect(phoneBoardIntervalMs(phones)).toBe(interval);
    expect((phones * 1000) / phoneBoardIntervalMs(phones)).toBeLessThanOrEqual(Math.max(PHONE_BOARD_FRAMES_PER_SEC, phones * 2));
  });

  it('a coalescer given a longer interval for a larger audience waits that long', () => {
    const coalescer = new PushCoalescer(500);
    expect(coalescer.request(0, 2500)).toEqual({ pushNow: true });
    expect(coalescer.request(600, 2500)).toEqual({ pushNow: false, pushAt: 2500 });
  });
});
