import type { PaperSettings } from '@jingsai/domain';
import type { RoundSettingsForm } from '../../utils/round-settings-form';
import { num } from '../num';

/** The paper settings from the draw rows (rows without a count are dropped). */
export function toPaperSettings(f: RoundSettingsForm): PaperSettings {
  const draw = (f.paperDraw ?? [])
    .filter((row) => typeof row.count === 'number' && row.count > 0)
    .map((row) => ({
      count: row.count as number,
      ...(row.type ? { type: row.type } : {}),
      ...(row.category?.trim() ? { category: row.category.trim() } : {}),
    }));
  return { draw, minutes: num(f.paperMinutes) ?? 30, shuffleOptions: f.paperShuffle !== false };
}
