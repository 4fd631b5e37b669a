/**
 * node tools/run-ts.js test/bench/analysis-route.bench.ts [contestants=5000] [questions=200] [--postgres]
 *
 * GET /api/contests/:id/analysis on a preliminary-sized contest: N contestants in teams of five answer
 * every question of four written rounds (six question types, 12 knowledge points), all graded. The rows
 * are written straight into the database (as if the contest had been played), then the route is timed
 * over HTTP: the staff board first (it reads the score log whole, once per node), then the report the
 * first time, unchanged (kept), and after an adjustment (computed again with the score log kept).
 */
import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral } from 'typeorm';
import {
  ContestEntity, ContestQuestionEntity, ContestantEntity, RoundEntity, RoundQuestionEntity, SubmissionEntity, TeamEntity,
} from '../../apps/api/src/database/entities';
import { startTestApp } from '../support/test-app';
import { request, round1, rssMb } from './bench-kit';

const TYPES = ['single', 'single', 'multiple', 'truefalse', 'blank', 'short'] as const;
const TAGS = Array.from({ length: 12 }, (_, i) => `知识点${i + 1}`);

function questionBody(i: number) {
  const type = TYPES[i % TYPES.length];
  const base = { stem: `第${i + 1}题`, points: type === 'short' ? 20 : 10, tags: [TAGS[i % TAGS.length]] };
  const options = ['A', 'B', 'C', 'D'].map((key) => ({ key, text: key }));
  switch (type) {
    case 'single':
      return { ...base, type, options, answer: 'B' };
    case 'multiple':
      return { ...base, type, options, answer: ['A', 'C'] };
    case 'truefalse':
      return { ...base, type, answer: true };
    case 'blank':
      return { ...base, type, blanks: [['优质']] };
    default:
      return { ...base, type, reference: '要点', keyPoints: ['要点'] };
  }
}

function answerOf(type: string, right: boolean): unknown {
  if (type === 'single') return right ? 'B' : 'D';
  if (type === 'multiple') return right ? ['A', 'C'] : ['A'];
  if (type === 'truefalse') return right;
  if (type === 'blank') return [right ? '优质' : '优良'];
  return right ? '要点齐全' : '不全';
}

async function insertAll<T extends ObjectLiteral>(db: DataSource, entity: new () => T, rows: T[], chunk = 300): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await db.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + chunk)).execute();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const contestants = Number(args[0] ?? 5000);
  const questionCount = Number(args[1] ?? 200);
  if (process.argv.includes('--postgres')) process.env.E2E_DB = 'postgres';
  const t = await startTestApp({ LOG_LEVEL: 'error', RATE_LIMIT_PER_IP: '0' });
  try {
    const db = t.app.get<DataSource>(getDataSourceToken());
    const login = await request(Number(new URL(t.baseUrl).port), 'POST', '/api/auth/login', { username: 'admin', password: 'admin-password' });
    const token = login.body.accessToken as string;
    const adminId = login.body.user.id as string;
    const seedStart = Date.now();
    const contestId = randomUUID();
    await insertAll(db, ContestEntity, [{ id: contestId, title: '分析基准', ownerId: adminId, status: 'finished', baseScore: 0, settings: {}, version: 1 } as ContestEntity]);
    const teams = Array.from({ length: Math.ceil(contestants / 5) }, (_, i) => ({ id: randomUUID(), contestId, name: `队${i + 1}`, joinCode: randomUUID().slice(0, 12), groupName: `区${i % 10}`, memberCap: 5 }) as TeamEntity);
    await insertAll(db, TeamEntity, teams);
    const people = Array.from({ length: contestants }, (_, i) => ({ id: randomUUID(), contestId, teamId: teams[Math.floor(i / 5)].id, name: `选手${i + 1}`, seat: (i % 5) + 1, sessionVersion: 0 }) as ContestantEntity);
    await insertAll(db, ContestantEntity, people);
    const rounds = Array.from({ length: 4 }, (_, i) => ({ id: randomUUID(), contestId, title: `笔答${i + 1}`, kind: 'written', position: i + 1, secondsPerQuestion: 60, settings: {} }) as RoundEntity);
    await insertAll(db, RoundEntity, rounds);
    const opened = new Date('2026-12-01T02:00:00Z').getTime();
    const questions = Array.from({ length: questionCount }, (_, i) => {
      const body = questionBody(i);
      const round = rounds[i % rounds.length];
      const rq = { id: randomUUID(), contestId, roundId: round.id, questionId: randomUUID(), position: Math.floor(i / rounds.length) + 1, status: 'closed', openedAt: new Date(opened + i * 90_000), deadline: new Date(opened + i * 90_000 + 60_000), closedAt: new Date(opened + i * 90_000 + 60_000) } as RoundQuestionEntity;
      return { body, rq };
    });
    await insertAll(db, RoundQuestionEntity, questions.map((q) => q.rq));
    await insertAll(db, ContestQuestionEntity, questions.map((q) => ({ contestId, questionId: q.rq.questionId, bankId: randomUUID(), type: q.body.type, points: q.body.points, body: q.body, revision: 1 }) as unknown as ContestQuestionEntity), 200);
    let written = 0;
    for (const [qi, q] of questions.entries()) {
      const difficulty = (qi % 10) / 10;
      const rows = people.map((p, pi) => {
        const ability = ((pi * 7919) % 1000) / 1000;
        const right = ability + 0.3 > difficulty + ((pi * 31 + qi * 17) % 100) / 200;
        const score = right ? q.body.points : q.body.type === 'short' ? Math.round(q.body.points * ability * 0.5) : 0;
        const at = new Date((q.rq.openedAt as Date).getTime() + 5_000 + ((pi * 13 + qi) % 50_000));
        return { id: randomUUID(), contestId, roundId: q.rq.roundId, roundQuestionId: q.rq.id, questionId: q.rq.questionId, teamId: p.teamId, contestantId: p.id, answer: answerOf(q.body.type, right), clientKey: null, answerSlot: `${q.rq.id}:${p.id}`, receivedAt: at, status: 'graded', score, correct: q.body.type === 'short' ? null : right, gradedAt: at } as unknown as SubmissionEntity;
      });
      await insertAll(db, SubmissionEntity, rows, 300);
      written += rows.length;
    }
    const seedMs = Date.now() - seedStart;
    const port = Number(new URL(t.baseUrl).port);
    const timed = async (method: string, url: string, body?: unknown) => {
      const start = process.hrtime.bigint();
      const res = await request(port, method, url, body, token);
      if (res.status >= 300) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      return { ms: round1(Number(process.hrtime.bigint() - start) / 1e6), body: res.body };
    };
    const analysis = `/api/contests/${contestId}/analysis`;
    // The staff board first: it reads the score log whole (once per node), as a running contest already has.
    const board = await timed('GET', `/api/contests/${contestId}/leaderboard`);
    const first = await timed('GET', analysis);
    const cached = [await timed('GET', analysis), await timed('GET', analysis)];
    const recomputed = [];
    for (const points of [1, -1]) {
      await timed('POST', `/api/contests/${contestId}/adjustments`, { teamId: teams[0].id, points, reason: 'bench' });
      recomputed.push(await timed('GET', analysis));
    }
    const result = {
      db: process.env.E2E_DB ?? 'sqlite',
      contestants,
      questions: questionCount,
      answers: written,
      seedMs,
      boardFirstMs: board.ms,
      analysisFirstMs: first.ms,
      unchangedMs: cached.map((c) => c.ms),
      afterAdjustmentMs: recomputed.map((c) => c.ms),
      responseMb: round1(JSON.stringify(first.body).length / 1e6),
      rssMb: round1(rssMb(process.pid)),
    };
    // eslint-disable-next-line no-console
    console.log(JSON.stringify(result));
  } finally {
    await t.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // eslint-disable-next-line no-console
    console.error(error);
    process.exit(1);
  },
);
