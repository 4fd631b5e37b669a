/**
 * One exception type for every rule the services enforce. The code says what went wrong;
 * `HttpErrorFilter` maps it to an HTTP status in one place. Messages are "中文 / English".
 */
export enum ErrorCode {
  BadRequest = 'BAD_REQUEST',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooLate = 'TOO_LATE',
  NotOpen = 'NOT_OPEN',
  AlreadyAnswered = 'ALREADY_ANSWERED',
  Unprocessable = 'UNPROCESSABLE',
  /** An upload whose content is absurdly large once unpacked (a zip bomb) or too large to parse. */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  RateLimited = 'RATE_LIMITED',
  Unavailable = 'UNAVAILABLE',
  PasswordChangeRequired = 'PASSWORD_CHANGE_REQUIRED',
  RejoinNeedsPin = 'REJOIN_NEEDS_PIN',
}

export const ERROR_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooLate]: 409,
  [ErrorCode.NotOpen]: 409,
  [ErrorCode.AlreadyAnswered]: 409,
  [ErrorCode.Unprocessable]: 422,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Unavailable]: 503,
  [ErrorCode.PasswordChangeRequired]: 403,
  [ErrorCode.RejoinNeedsPin]: 409,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra fields merged into the response body, e.g. `{errors: [...]}` or `{submissionId}`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static notFound(what: { zh: string; en: string }): AppError {
    return new AppError(ErrorCode.NotFound, `${what.zh}不存在 / ${what.en} not found`);
  }

  static forbidden(): AppError {
    return new AppError(ErrorCode.Forbidden, '无权执行此操作 / You are not allowed to do this');
  }
}
