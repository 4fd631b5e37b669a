import type { AnswerValue } from '@jingsai/domain';

/** Raw query values as each driver hands them back, made into what the entities would hold. */

/** SQLite hands back `YYYY-MM-DD HH:MM:SS.SSS` in UTC; PostgreSQL a Date already. */
export function rawDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  const iso = value.includes('T') ? value : value.replace(' ', 'T');
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
}

export function rawBoolean(value: boolean | number | null): boolean | null {
  return value === null ? null : Boolean(value);
}

export function rawJson(value: string | null): AnswerValue | null {
  if (value === null) return null;
  try {
    return JSON.parse(value) as AnswerValue;
  } catch {
    return null;
  }
}
