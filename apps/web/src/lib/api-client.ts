/** fetch wrapper: JSON in/out, bearer token, errors carry the server's `message` and `code`. */
import type { ApiErrorBody } from '@jingsai/domain';
import { currentLang } from '../i18n/current-lang';
import { errorText } from '../i18n/errors/error-text';

export type { ApiErrorBody };

/** Fired when a request made with a token answers 401: that session has ended (detail: the token). */
export const UNAUTHORIZED_EVENT = 'jingsai:unauthorized';


export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: ApiErrorBody | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server's error code (e.g. RATE_LIMITED, REJOIN_NEEDS_PIN), when it sent one. */
  get code(): string | undefined {
    return typeof this.body?.code === 'string' ? this.body.code : undefined;
  }

  /** Seconds to wait before trying again (429). */
  get retryAfterSeconds(): number | undefined {
    return typeof this.body?.retryAfterSeconds === 'number' ? this.body.retryAfterSeconds : undefined;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  token?: string | null;
  query?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') params.set(k, v);
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), { method: options.method ?? 'GET', headers, body, signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, '无法连接服务器 / Cannot reach the server', null);
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && options.token) window.dispatchEvent(new CustomEvent(UNAUTHORIZED_EVENT, { detail: options.token }));
    const errorBody = isErrorBody(data) ? data : null;
    throw new ApiError(response.status, errorBody?.message ?? `${response.status} ${response.statusText}`, errorBody);
  }
  return data as T;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

/** The error's text in the current language, by the server's error code. */
export function errorMessage(error: unknown): string {
  return errorText(error, currentLang());
}
