import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { bilingualErrorText, type ErrorCode } from '@jingsai/domain';
import type { Response } from 'express';
import { AppError } from './app-error';

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export type ErrorBody = { statusCode: number; error: string; message: string; code: ErrorCode } & Record<string, unknown>;

/** Every error leaves the API as `{statusCode, error, message, code, ...}`; unexpected ones are logged, never leaked. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = errorBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (response.headersSent) return;
    if (typeof body.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(body.retryAfterSeconds));
    response.status(body.statusCode).json(body);
  }
}

/** The response body for any error (HTTP and socket acks); also used for body-parser errors, which happen before Nest's pipeline. */
export function errorBody(exception: unknown): ErrorBody {
  const { statusCode, message, code, extra } = describe(exception);
  return { statusCode, error: STATUS_NAMES[statusCode] ?? 'Error', message, code, ...extra };
}

interface Described {
  statusCode: number;
  message: string;
  code: ErrorCode;
  extra: Record<string, unknown>;
}

function describe(exception: unknown): Described {
  if (exception instanceof AppError) {
    const params = Object.keys(exception.params).length ? { params: exception.params } : {};
    return { statusCode: exception.status, message: exception.message, code: exception.code, extra: { ...params, ...exception.extra } };
  }
  if (exception instanceof HttpException) {
    // The framework's own refusals (a malformed id, an unknown route): English only, status as given.
    const body = exception.getResponse();
    const raw = typeof body === 'object' && body !== null && 'message' in body ? (body as { message: unknown }).message : body;
    const message = Array.isArray(raw) ? raw.join('; ') : String(raw);
    return { statusCode: exception.getStatus(), message, code: 'REQUEST_REFUSED', extra: {} };
  }
  // Body-parser errors (bad JSON, too large) arrive as plain errors with a status.
  const status = (exception as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (exception as { type?: string }).type;
    if (type === 'entity.parse.failed') return known('INVALID_JSON', status);
    if (type === 'entity.too.large') return known('BODY_TOO_LARGE', status);
    return { statusCode: status, message: (exception as Error).message, code: 'REQUEST_REFUSED', extra: {} };
  }
  return known('INTERNAL_ERROR', HttpStatus.INTERNAL_SERVER_ERROR);
}

function known(code: ErrorCode, statusCode: number): Described {
  return { statusCode, message: bilingualErrorText(code), code, extra: {} };
}
