import { bilingualErrorText, ERRORS, type ErrorCode, type ErrorParams } from '@jingsai/domain';

export type { ErrorCode } from '@jingsai/domain';

/**
 * One exception type for every rule the services enforce. The code comes from the feature's catalogue
 * (libs/domain/src/errors), which gives its HTTP status and its text; `HttpErrorFilter` sends
 * `{statusCode, error, message, code}` with the message "中文 / English".
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Fills the catalogue text's `{name}` placeholders; sent too, so a client can word it in its language. */
    readonly params: ErrorParams = {},
    /** Extra fields merged into the response body, e.g. `{errors: [...]}` or `{submissionId}`. */
    readonly extra: Record<string, unknown> = {},
    /** A message composed where the error happened (validation per field, parser lines), already "中文 / English". */
    detail?: string,
  ) {
    super(detail ?? bilingualErrorText(code, params));
  }

  get status(): number {
    return ERRORS[this.code].status;
  }

  /** An error whose message is composed at the throw site (its catalogue entry is `detailed`). */
  static detailed(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): AppError {
    return new AppError(code, {}, extra, message);
  }
}
