/**
 * Phase 1: the burst. Everyone answers one question over HTTP as fast as the server acknowledges; grading is
 * waited for in the database (read-only); each answer's push latency is read off the big screen's boards.
 * Then the same burst over the live socket each phone already holds (a second question).
 */
import Database from 'better-sqlite3';
import { type LoadRun, request, rssMb, sleep, toMs } from './bench-kit';
import type { BenchContest, BenchStack, ScreenBoard } from './bench-contest';
import type { LoadJob } from './load-client';

export type RunLoad = (mode: LoadJob['mode'], question: string, prefix: string) => Promise<LoadRun>;

export async function httpBurstPhase(stack: BenchStack, c: BenchContest, opt: { quick: boolean }, run: RunLoad, screenBoards: ScreenBoard[]) {
  const { port, env, api } = stack;
  const { staff, contest, questionId, players } = c;
  await request(port, 'POST', `/api/rounds/${c.roundId}/questions/${questionId}/open`, undefined, staff);
  await sleep(300);

  // The burst over HTTP: everyone answers as fast as the server acknowledges.
  let peakApiRss = 0;
  const rssTimer = setInterval(() => (peakApiRss = Math.max(peakApiRss, rssMb(api.pid))), 100);
  const httpBurst = await run('http-answer', questionId, 'bench');
  const acks = httpBurst.acks.map((a) => ({ ...a, teamId: players[a.index].teamId }));
  const burstMs = httpBurst.wallMs;
  const accepted = acks.filter((a) => a.ok);

  // Wait for grading, reading the database (the source of truth) read-only.
  const db = new Database(env.DB_PATH, { readonly: true, fileMustExist: true });
  const pendingCount = db.prepare("SELECT COUNT(*) AS n FROM submissions WHERE contestId = ? AND status = 'pending'");
  const deadline = Date.now() + (opt.quick ? 60_000 : 180_000);
  while ((pendingCount.get(contest) as { n: number }).n > 0 && Date.now() < deadline) await sleep(100);
  const graded = db.prepare("SELECT id, teamId, receivedAt, gradedAt FROM submissions WHERE contestId = ? AND status = 'graded' ORDER BY gradedAt").all(contest) as { id: string; teamId: string; receivedAt: string; gradedAt: string }[];
  const gradesTwice = (db.prepare('SELECT COUNT(*) AS n FROM (SELECT submissionId FROM grades GROUP BY submissionId HAVING COUNT(*) > 1)').get() as { n: number }).n;
  const gradingSpanMs = graded.length ? toMs(graded[graded.length - 1].gradedAt) - Math.min(...graded.map((g) => toMs(g.receivedAt))) : NaN;
  await sleep(1500); // let the last coalesced push arrive
  clearInterval(rssTimer);
  db.close();

  // Push latency: answer i is "on the screen" when its team's score reaches 10 × (its place in the team's grading order).
  const placeInTeam = new Map<string, number>();
  const seenPerTeam = new Map<string, number>();
  for (const g of graded) {
    const k = (seenPerTeam.get(g.teamId) ?? 0) + 1;
    seenPerTeam.set(g.teamId, k);
    placeInTeam.set(g.id, k);
  }
  const pushMs: number[] = [];
  for (const a of accepted) {
    const place = a.id ? placeInTeam.get(a.id) : undefined;
    if (!place) continue;
    const shown = screenBoards.find((b) => b.at >= a.at && (b.scores.get(a.teamId) ?? 0) >= place * 10);
    if (shown) pushMs.push(shown.at - a.at);
  }
  const finalBoard = screenBoards[screenBoards.length - 1];
  const boardTotal = finalBoard ? [...finalBoard.scores.values()].reduce((x, y) => x + y, 0) : 0;
  return { httpBurst, acks, accepted, burstMs, graded, gradesTwice, gradingSpanMs, pushMs, boardTotal, peakApiRss };
}

export async function socketBurstPhase(stack: BenchStack, c: BenchContest, run: RunLoad) {
  const { port, env } = stack;
  const { staff, socketQuestionId } = c;
  await request(port, 'POST', `/api/rounds/${c.roundId}/questions/${socketQuestionId}/open`, undefined, staff);
  await sleep(300);
  const socketBurst = await run('socket-answer', socketQuestionId, 'socket');
  const socketAccepted = socketBurst.acks.filter((a) => a.ok).length;
  const socketDb = new Database(env.DB_PATH, { readonly: true, fileMustExist: true });
  const socketPending = socketDb.prepare("SELECT COUNT(*) AS n FROM submissions WHERE questionId = ? AND status = 'pending'");
  const socketUntil = Date.now() + 60_000;
  while ((socketPending.get(socketQuestionId) as { n: number }).n > 0 && Date.now() < socketUntil) await sleep(100);
  const socketGraded = (socketDb.prepare("SELECT COUNT(*) AS n FROM submissions WHERE questionId = ? AND status = 'graded'").get(socketQuestionId) as { n: number }).n;
  socketDb.close();

  return { socketBurst, socketAccepted, socketGraded };
}
