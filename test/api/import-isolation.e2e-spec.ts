/**
 * A large paper import must not take the live contest down: while a 19 MB Word paper is uploaded,
 * unzipped, parsed and saved, /api/health and answer acknowledgements stay fast (p99 in tens of milliseconds),
 * because parsing runs in a worker thread, not on the event loop that serves the contest, and the
 * questions are saved in short transactions. The load comes from other processes, as it would from
 * phones and the organizer's browser (which uploads at about 100 Mbit/s). Before the worker, the same
 * import froze the api for about 5 s (p99 of acks 4.7 s).
 *
 * It runs in a jest process of its own (`npm run test:e2e:timing`): after fifty suites in one process the
 * heap is large enough that a single major GC pause (~300 ms) lands in the p99 of this test's 200 acks.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildDocx, p, type Block } from '../../libs/question-bank/src/__tests__/docx-builder';
import { ApiClient } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { useTestApp, type TestApp } from '../support/test-app';

/**
 * What this guards against is a frozen event loop: before the parse worker, the import held the api for about
 * 5 s (p99 of acks 4.7 s). Measured on this two-core machine on 2026-12-01, with the import running: health p99
 * 25–35 ms; ack p99 45–100 ms on SQLite and 80–150 ms on PostgreSQL (its server shares the cores with the api, the
 * parse worker and the load). A CI run once failed an earlier 100 ms bound on a busy moment. The bound sits well above those figures so that a busy CI machine does not fail it,
 * and twenty times below the freeze.
 */
const P99_BOUND_MS = 250;
const TEAMS = ['一队', '二队', '三队', '四队', '五队', '六队', '七队', '八队', '九队', '十队'];
const QUESTIONS = 6000;

/** A paper of `n` choice questions (varied text, as real ones) and an 18 MB picture: about 19 MB on disk. */
async function largePaper(n: number): Promise<Buffer> {
  const body: Block[] = [p('单项选择题')];
  for (let i = 1; i <= n; i++) {
    const tag = randomBytes(6).toString('hex');
    body.push(p(`${i}.关于第${i}项服务规范（编号${tag}），营业厅工作人员在接待客户、受理业务和处理投诉时应当（ B ）。`));
    body.push(p(`A.按个人习惯办理${tag.slice(0, 3)} B.按规范流程办理并告知时限 C.让客户自行查询 D.推诿到其他部门`));
  }
  return buildDocx({ body, media: randomBytes(18 * 1024 * 1024) });
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

const summary = (values: number[]) => ({ n: values.length, p50: Math.round(percentile(values, 0.5)), p99: Math.round(percentile(values, 0.99)), max: Math.round(Math.max(...values)) });

describe('a large import beside a live contest', () => {
  let t: TestApp;
  let staff: ApiClient;
  const tmp = mkdtempSync(path.join(tmpdir(), 'jingsai-import-'));

  useTestApp((app) => ({ t, admin: staff } = app));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('keeps /api/health and answer acks fast at p99 (no frozen event loop) while a 19 MB paper is imported', async () => {
    const fx = await aContest(staff, { teams: TEAMS, kind: 'required', secondsPerQuestion: 600 });
    const question = fx.questions[0];
    expect((await staff.post(`/api/rounds/${fx.roundId}/questions/${question.id}/open`)).status).toBe(200);
    const players = await Promise.all(fx.teams.map((team, i) => join(new ApiClient(t.baseUrl), fx.contestId, team.joinCode, `选手${i}`)));
    const paper = await largePaper(QUESTIONS);
    expect(paper.length).toBeGreaterThan(18 * 1024 * 1024);
    const paperPath = path.join(tmp, 'large-paper.docx');
    // Flushed to disk now, so its write-back does not land on the database's commits while we measure.
    const fd = openSync(paperPath, 'w');
    writeSync(fd, paper);
    fsyncSync(fd);
    closeSync(fd);

    const probe = path.join(__dirname, '../support/import-load-probe.js');
    const input = { baseUrl: t.baseUrl, contestId: fx.contestId, questionId: question.id, tokens: players.map((pl) => pl.token), staffToken: staff.token, paperPath, fileName: 'large-paper.docx' };
    const { stdout } = await promisify(execFile)(process.execPath, [probe, JSON.stringify(input)], { maxBuffer: 16 * 1024 * 1024 });
    const run = JSON.parse(stdout) as { status: number; imported: number; importMs: number; health: number[]; acks: number[]; failures: string[]; slow: string[] };

    expect(run).toMatchObject({ status: 201, imported: QUESTIONS, failures: [] });
    const report = { importMs: Math.round(run.importMs), health: summary(run.health), acks: summary(run.acks) };
    process.stdout.write(`import isolation: ${JSON.stringify(report)} slow samples: ${run.slow.join(' ') || 'none'}\n`);
    expect(run.health.length).toBeGreaterThan(100);
    expect(run.acks.length).toBeGreaterThan(40);
    expect(report.health.p99).toBeLessThan(P99_BOUND_MS);
    expect(report.acks.p99).toBeLessThan(P99_BOUND_MS);
  }, 120000);
});
