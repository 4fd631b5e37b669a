/**
 * The bench's stack and contest: a real api and a separate grading worker on a temporary SQLite file
 * and a scratch Redis, a written round of three questions, N contestants joined, their sockets, extra
 * public viewers and the big screen that records every board pushed to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { freePort, REPO_ROOT } from '../support/processes';
import { epoch, pool, request, rssMb, sleep } from './bench-kit';

export interface BenchStack {
  port: number;
  env: Record<string, string>;
  api: ChildProcess;
  worker: ChildProcess;
}

export interface BenchContest {
  staff: string;
  contest: string;
  roundId: string;
  questionId: string;
  socketQuestionId: string;
  drainQuestionId: string;
  players: { token: string; teamId: string }[];
}

export interface ScreenBoard {
  at: number;
  scores: Map<string, number>;
}

function startNode(entry: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []), path.join(REPO_ROOT, 'tools/run-ts.js'), path.join(REPO_ROOT, entry)], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${path.basename(path.dirname(path.dirname(entry)))}] ${d}`));
  return child;
}

/** The api (waited for until healthy), then the worker; each is pushed onto `children` as it starts, for the caller to stop. */
export async function startStack(dir: string, redisUrl: string, children: ChildProcess[]): Promise<BenchStack> {
  const port = await freePort();
  const env = {
    PORT: String(port), DB_PATH: path.join(dir, 'jingsai.sqlite'), REDIS_URL: redisUrl, QUEUE_PREFIX: 'bench', WORKER_IN_PROCESS: 'false',
    SEED_DEMO: 'false', LOG_LEVEL: 'warn', ADMIN_PASSWORD: 'bench-password', JWT_SECRET: 'bench-secret-of-enough-length', RATE_LIMIT_PER_IP: '0', SOCKETS_PER_ADDRESS: '0', // one machine plays a thousand phones
  };
  const api = startNode('apps/api/src/main.ts', env);
  children.push(api);
  for (let i = 0; ; i++) {
    const ok = await request(port, 'GET', '/api/health').then((r) => r.status === 200, () => false);
    if (ok) break;
    if (i > 600) throw new Error('api did not start');
    await sleep(100);
  }
  // As in production: the api and a grading worker in separate processes (the 2 cores are both used).
  const worker = startNode('apps/worker/src/main.ts', env);
  children.push(worker);
  return { port, env, api, worker };
}

/** The contest: teams, one written round of three questions (every contestant answers each), all answers right. */
export async function setUpContest(port: number, opt: { teams: number; contestants: number }): Promise<BenchContest> {
  const login = await request(port, 'POST', '/api/auth/login', { username: 'admin', password: 'bench-password' });
  const staff = login.body.accessToken as string;
  const paper = ['1.用电检查员的人数不得少于（ ）人。\nA.1 B.2 C.3 D.4\n答案：B', '2.投诉举报答复期限：举报在（ ）天内答复。\nA.5 B.10 C.15 D.20\n答案：B', '3.业扩报装答复期限为（ ）个工作日。\nA.5 B.10 C.15 D.20\n答案：B'].join('\n');
  const bank = await request(port, 'POST', '/api/banks/import', { format: 'text', content: paper, name: 'bench' }, staff);
  const questions = await request(port, 'GET', `/api/banks/${bank.body.bankId}/questions`, undefined, staff);
  const [questionId, drainQuestionId, socketQuestionId] = questions.body.map((q: { id: string }) => q.id) as string[];
  const contest = (await request(port, 'POST', '/api/contests', { title: 'bench', baseScore: 0 }, staff)).body.id as string;
  const teams = await pool(Array.from({ length: opt.teams }, (_, i) => i), 16, (i) => request(port, 'POST', `/api/contests/${contest}/teams`, { name: `team-${i}`, memberCap: Math.ceil(opt.contestants / opt.teams) }, staff));
  const round = await request(port, 'POST', `/api/contests/${contest}/rounds`, { title: 'bench', kind: 'written', questionIds: [questionId, socketQuestionId, drainQuestionId], secondsPerQuestion: 600, settings: { resultVisibility: 'immediately' } }, staff);
  const players = await pool(Array.from({ length: opt.contestants }, (_, i) => i), 64, async (i) => {
    const res = await request(port, 'POST', `/api/contests/${contest}/join`, { joinCode: teams[i % opt.teams].body.joinCode, name: `p${i}`, secret: `bench-phone-secret-${i}` });
    return { token: res.body.accessToken as string, teamId: res.body.contestant.teamId as string };
  });
  return { staff, contest, roundId: round.body.id as string, questionId, socketQuestionId, drainQuestionId, players };
}

/** Sockets: every contestant, extra public viewers up to `total`, and the big screen that measures pushes. */
export async function connectSockets(port: number, c: BenchContest, total: number, sockets: Socket[], api: ChildProcess, log: (s: string) => void): Promise<{ viewers: Socket[]; connectedSockets: number; screenBoards: ScreenBoard[] }> {
  const { players, contest } = c;
  const connect = (auth: Record<string, string>) =>
    new Promise<Socket>((resolve, reject) => {
      const s = io(`http://127.0.0.1:${port}/live`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
      s.once('leaderboard', () => resolve(s));
      s.once('connect_error', reject);
      sockets.push(s);
    });
  await pool(players, 100, (p) => connect({ token: p.token }));
  const viewers = await pool(Array.from({ length: Math.max(0, total - players.length) }, () => 0), 100, () => connect({ contestId: contest }));
  const connectedSockets = sockets.filter((s) => s.connected).length + 0;
  const screenBoards: ScreenBoard[] = [];
  const screen = await connect({ contestId: contest });
  screen.on('leaderboard', (board: { rows: { teamId: string; score: number }[] }) => {
    screenBoards.push({ at: epoch(), scores: new Map(board.rows.map((r) => [r.teamId, r.score])) });
  });
  log(`${connectedSockets} sockets connected; api rss ${Math.round(rssMb(api.pid))} MB`);
  return { viewers, connectedSockets, screenBoards };
}
