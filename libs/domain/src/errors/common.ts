import { defineErrors } from './define-errors';

/** Refusals any route can give: request checks, access, limits. */
export const COMMON_ERRORS = defineErrors({
  VALIDATION_FAILED: { status: 400, zh: '请求内容不合要求', en: 'The request is not valid', detailed: true },
  /** A check the framework makes (a malformed id, an unknown route); the status is the framework's. */
  REQUEST_REFUSED: { status: 400, zh: '请求被拒绝', en: 'The request was refused', detailed: true },
  INVALID_JSON: { status: 400, zh: '请求体不是合法的 JSON', en: 'Request body is not valid JSON' },
  BODY_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'Request body is too large' },
  INTERNAL_ERROR: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many requests: slow down and try again' },
});
