import { QueryFailedError } from 'typeorm';

/** A unique index refused the row: two requests raced for one slot, and the database decided. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string } | undefined;
  return driverError?.code === '23505' || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint/i.test(error.message);
}
