/**
 * A contestant's action (answer, buzz, stake) over the live socket, with an acknowledgement — or over
 * HTTP when the socket is not connected or its acknowledgement does not come in time. The ack carries
 * the route's result or the same `{statusCode, error, message}` body HTTP would send: both end up as
 * the same result or the same ApiError, so callers cannot tell which way it went. Actions are
 * idempotent on the server (an answer by its clientKey, a buzz by team), so a late ack followed by the
 * HTTP retry counts once.
 */
import type { ApiErrorBody, LiveClientEvents } from '@jingsai/domain';
import { ApiError, UNAUTHORIZED_EVENT } from '../../../lib/api-client';
import type { LiveSocket } from '../hooks/use-live-socket';

/** How long an action waits for the socket's ack before it goes over HTTP. */
export const ACK_TIMEOUT_MS = 4000;

export type LiveAction = 'answer' | 'buzz' | 'stake';
type Body<E extends LiveAction> = Parameters<LiveClientEvents[E]>[0];
type Ack<E extends LiveAction> = Parameters<Parameters<LiveClientEvents[E]>[1]>[0];
type Reply<E extends LiveAction> = Exclude<Ack<E>, ApiErrorBody>;

/** Where a phone's actions go: its token, and the live socket when it has one. */
export interface ActionChannel {
  token: string;
  socket: () => LiveSocket | null;
}

/** The socket could not carry the action (not connected, or no ack in time). */
class SocketUnavailable extends Error {}

function isErrorAck(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as { statusCode?: unknown }).statusCode === 'number' && typeof (value as { message?: unknown }).message === 'string';
}

function emitAction<E extends LiveAction>(socket: LiveSocket | null, event: E, body: Body<E>, token: string, timeoutMs: number): Promise<Reply<E>> {
  if (!socket?.connected) return Promise.reject(new SocketUnavailable('not connected'));
  return new Promise((resolve, reject) => {
    const onAck = (error: Error | null, reply: Ack<E>) => {
      if (error) return reject(new SocketUnavailable('no ack in time'));
      if (!isErrorAck(reply)) return resolve(reply as Reply<E>);
      // The same refusal HTTP would give, and a 401 ends the session the same way.
      if (reply.statusCode === 401) window.dispatchEvent(new CustomEvent(UNAUTHORIZED_EVENT, { detail: token }));
      reject(new ApiError(reply.statusCode, reply.message, reply));
    };
    (socket.timeout(timeoutMs) as unknown as { emit(event: E, body: Body<E>, ack: typeof onAck): void }).emit(event, body, onAck);
  });
}

/** Sends over the socket when it is connected; over HTTP (`http`) when it is not, or its ack times out. */
export async function sendAction<E extends LiveAction>(channel: ActionChannel, event: E, body: Body<E>, http: () => Promise<Reply<E>>, timeoutMs = ACK_TIMEOUT_MS): Promise<Reply<E>> {
  try {
    return await emitAction(channel.socket(), event, body, channel.token, timeoutMs);
  } catch (error) {
    if (error instanceof SocketUnavailable) return http();
    throw error;
  }
}
