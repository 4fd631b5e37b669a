/** Formatting shared by the analysis tab, its charts and the print view. */
import type { Lang, MessageKey, Translate } from '../../../i18n/index';
import type { QuestionFlag } from '@jingsai/domain';

export const FLAG_TEXT: Record<QuestionFlag, MessageKey> = {
  'too-easy': 'anFlagTooEasy',
  'too-hard': 'anFlagTooHard',
  'negative-discrimination': 'anFlagNegative',
  'unused-distractor': 'anFlagUnused',
  'distractor-beats-key': 'anFlagBeatsKey',
};

export const FLAG_COLOR: Record<QuestionFlag, string> = {
  'too-easy': 'green',
  'too-hard': 'volcano',
  'negative-discrimination': 'red',
  'unused-distractor': 'gold',
  'distractor-beats-key': 'orange',
};

/** 0.625 → "62.5%"; null → "—". */
export function pct(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${Math.round(value * 1000) / 10}%`;
}

/** −1..1 figures with two decimals; null → "—". */
export function fixed2(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

/** Option keys as people read them: true/false questions show 对/错. */
export function optionLabel(key: string, t: Translate): string {
  if (key === 'true') return t('anOptionTrue');
  if (key === 'false') return t('anOptionFalse');
  return key;
}

/** A time in the contest's zone, in the UI language's own format (zh-CN: 2026/12/01 14:05). */
export function formatDateTime(iso: string, lang: Lang, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { ...options, timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', options).format(new Date(iso));
  }
}

/** Sorts nulls last whatever the direction antd asks for. */
export function byNumber<T>(pick: (row: T) => number | null | undefined): (a: T, b: T) => number {
  return (a, b) => (pick(a) ?? Number.NEGATIVE_INFINITY) - (pick(b) ?? Number.NEGATIVE_INFINITY);
}

/** Heat-map colours, weak (red) → strong (green). */
export const HEAT_COLORS = ['#e8684a', '#f6bd16', '#5ad8a6'];

/** A few distinct line colours for the rank paths. */
export const LINE_COLORS = ['#1d5fd6', '#e8684a', '#5ad8a6', '#f6bd16', '#9270ca', '#269a99', '#ff9d4d', '#6dc8ec', '#ff99c3', '#5d7092'];
