import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ERROR_STATUS } from './app-error';

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

/** Every error leaves the API as `{statusCode, error, message, ...}`; unexpected ones are logged, never leaked. */
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

/** The response body for any error; also used for body-parser errors, which happen before Nest's pipeline. */
export function errorBody(exception: unknown): { statusCode: number; error: string; message: string } & Record<string, unknown> {
  const { statusCode, message, extra } = describe(exception);
  return { statusCode, error: STATUS_NAMES[statusCode] ?? 'Error', message, ...extra };
}

function describe(exception: unknown): { statusCode: number; message: string; extra: Record<string, unknown> } {
  if (exception instanceof AppError) {
    return { statusCode: ERROR_STATUS[exception.code], message: exception.message, extra: { code: exception.code, ...exception.extra } };
  }
  if (exception instanceof HttpException) {
    const body = exception.getResponse();
    const raw = typeof body === 'object' && body !== null && 'message' in body ? (body as { message: unknown }).message : body;
    const message = Array.isArray(raw) ? raw.join('; ') : String(raw);
    return { statusCode: exception.getStatus(), message, extra: {} };
  }
  // Body-parser errors (bad JSON, too large) arrive as plain errors with a status.
  const status = (exception as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = (exception as { type?: string }).type;
    const message =
      type === 'entity.parse.failed'
        ? '请求体不是合法的 JSON / Request body is not valid JSON'
        : type === 'entity.too.large'
          ? '请求体过大 / Request body is too large'
          : (exception as Error).message;
    return { statusCode: status, message, extra: {} };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: '服务器内部错误 / Internal server error', extra: {} };
}
