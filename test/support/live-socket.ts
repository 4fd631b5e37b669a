import { io, type Socket } from 'socket.io-client';
import { eventually } from './api-client';

/** A /live socket that records every event it receives, for assertions on what each face was told. */
export interface RecordingSocket {
  socket: Socket;
  events: { name: string; payload: any }[];
  /** Payloads of one event, in arrival order. */
  of(name: string): any[];
  close(): void;
}

export async function liveSocket(baseUrl: string, auth: { token?: string; contestId?: string }): Promise<RecordingSocket> {
  const socket = io(`${baseUrl}/live`, { auth, transports: ['websocket'], reconnection: true });
  const events: { name: string; payload: any }[] = [];
  socket.onAny((name: string, payload: unknown) => events.push({ name, payload }));
  await eventually(async () => events.some((e) => e.name === 'leaderboard'), 10000, 'the socket snapshot');
  return {
    socket,
    events,
    of: (name) => events.filter((e) => e.name === name).map((e) => e.payload),
    close: () => socket.close(),
  };
}
