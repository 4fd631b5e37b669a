import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { bilingualErrorText, type ErrorCode } from '@jingsai/domain';
import type { FastifyReply } from 'fastify';
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
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = errorBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (reply.sent) return;
    if (typeof body.retryAfterSeconds === 'number') reply.header('Retry-After', String(body.retryAfterSeconds));
    void reply.status(body.statusCode).send(body);
  }
}

/** The response body for any error (HTTP and socket acks), including Fastify's own refusals of a body. */
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

/** Fastify refuses these bodies before any handler runs; Nest hands them on as plain HttpExceptions. */
const BODY_REFUSALS: Record<number, ErrorCode> = { 413: 'BODY_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

function describe(exception: unknown): Described {
  if (exception instanceof AppError) {
    const params = Object.keys(exception.params).length ? { params: exception.params } : {};
    return { statusCode: exception.status, message: exception.message, code: exception.code, extra: { ...params, ...exception.extra } };
  }
  if (exception instanceof HttpException) {
    const refusal = BODY_REFUSALS[exception.getStatus()];
    if (refusal) return known(refusal, exception.getStatus());
    // The framework's own refusals (a malformed id, an unknown route): English only, status as given.
    const body = exception.getResponse();
    const raw = typeof body === 'object' && body !== null && 'message' in body ? (body as { message: unknown }).message : body;
    const message = Array.isArray(raw) ? raw.join('; ') : String(raw);
    return { statusCode: exception.getStatus(), message, code: 'REQUEST_REFUSED', extra: {} };
  }
  return known('INTERNAL_ERROR', HttpStatus.INTERNAL_SERVER_ERROR);
}

function known(code: ErrorCode, statusCode: number): Described {
  return { statusCode, message: bilingualErrorText(code), code, extra: {} };
}
