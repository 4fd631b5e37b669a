import { ApiClient, eventually } from './api-client';

export interface BoardRow {
  teamId: string;
  teamName: string;
  score: number;
  rank: number;
}

/** Waits until the worker has graded a submission and returns its status body. */
export async function graded(client: ApiClient, submissionId: string): Promise<{ status: string; score: number | null; correct: boolean | null; receivedAt: string }> {
  return eventually(async () => {
    const res = await client.get(`/api/submissions/${submissionId}`);
    return res.body?.status === 'graded' ? res.body : null;
  }, 15000, `submission ${submissionId} graded`);
}

/** Team scores of a board, by team name. */
export function scoresOf(board: { rows: BoardRow[] }): Record<string, number> {
  return Object.fromEntries(board.rows.map((r) => [r.teamName, r.score]));
}

/** The leaderboard as `client` sees it (public without a token, live for the contest's managers). */
export async function boardAs(client: ApiClient, contestId: string): Promise<{ frozen: boolean; version: number; rows: BoardRow[] }> {
  const res = await client.get(`/api/contests/${contestId}/leaderboard`);
  if (res.status !== 200) throw new Error(`leaderboard: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Creates a staff user and signs in as them. */
export async function aStaffUser(admin: ApiClient, role: 'organizer' | 'judge', username: string): Promise<{ client: ApiClient; id: string }> {
  const created = await admin.post('/api/users', { username, password: 'password-123', role });
  if (created.status !== 201) throw new Error(`create user failed: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await admin.post('/api/auth/login', { username, password: 'password-123' });
  return { client: new ApiClient(admin.baseUrl, login.body.accessToken), id: created.body.id };
}
