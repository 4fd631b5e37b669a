import { MicroBatch } from './micro-batch';

describe('MicroBatch', () => {
  it('flushes calls made together as one batch and gives each caller its own result', async () => {
    const batches: number[][] = [];
    const batch = new MicroBatch<number, number>(async (items) => {
      batches.push(items);
      return items.map((n) => n * 10);
    }, 100);
    const results = await Promise.all([1, 2, 3].map((n) => batch.add(n)));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('splits at the maximum size and keeps going with what arrives during a flush', async () => {
    const batches: number[][] = [];
    let late: Promise<number> | null = null;
    const batch = new MicroBatch<number, number>(async (items) => {
      batches.push(items);
      if (!late) late = batch.add(99);
      return items;
    }, 2);
    await Promise.all([1, 2, 3].map((n) => batch.add(n)));
    expect(await late).toBe(99);
    expect(batches).toEqual([[1, 2], [3, 99]]);
  });

  it('rejects every caller of a failed batch, and recovers for the next one', async () => {
    let fail = true;
    const batch = new MicroBatch<number, number>(async (items) => {
      if (fail) throw new Error('disk full');
      return items;
    }, 10);
    await expect(Promise.all([batch.add(1), batch.add(2)])).rejects.toThrow('disk full');
    fail = false;
    await expect(batch.add(3)).resolves.toBe(3);
  });
});
