import type { GradingOptions } from '@jingsai/grading';
import type { RoundSettingsColumn } from '../database/entities';

/** How a round grades: its multiple-choice policy and whether blanks need exact forms. */
export function gradingOptionsOf(settings: Pick<RoundSettingsColumn, 'multiplePolicy' | 'strict'>): GradingOptions {
  return { multiplePolicy: settings.multiplePolicy, strict: settings.strict === true };
}
