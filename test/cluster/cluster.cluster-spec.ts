import { DataSource } from 'typeorm';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options';
import { ApiClient, eventually } from '../support/api-client';
import { signInAdmin } from '../support/builders';
import { startCluster, type Cluster } from '../support/cluster';
import { aStaffUser, graded } from '../support/live-helpers';
import { liveSocket, type RecordingSocket } from '../support/live-socket';
import { pipelineState, serviceBoard } from '../support/pipeline-checks';

const TEAMS = 20;
const RACES = 50;

/** 52 single-choice questions (key C), one short answer: enough for 50 buzzer races and the other rounds. */
function clusterPaper(): string {
  const lines = ['一、单项选择题'];
  for (let i = 1; i <= RACES + 8; i++) lines.push(`${i}.第${i}题：服务承诺时限为（ ）。`, 'A.1天 B.2天 C.3天 D.4天', '答案：C');
  lines.push('二、简答题', `${RACES + 9}.文明服务的一般行为是什么？`, '答：接待、会话、服务、沟通。');
  return lines.join('\n');
}

/**
 * Two api nodes and two grading workers on PostgreSQL and Redis, behind the nginx that ships. A whole
 * contest (every round kind, 50 buzzer races spread over both nodes, stakes, a written paper, a judged
 * answer, freeze and reveal) ends with the same board on every screen, equal to a recompute; then a
 * node and a worker are killed with -9 during a burst of answers: nothing is lost or counted twice.
 */
describe('a cluster: two api nodes, two workers, nginx in front', () => {
  let cluster: Cluster;
  let db: DataSource;
  const sockets: RecordingSocket[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ nodes: 2, workers: 2 });
    db = await new DataSource(dataSourceOptions(loadConfig(cluster.env))).initialize();
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await db?.destroy();
    await cluster?.stop();
  });

  it('plays a whole contest and every screen, on either node, ends on the true board; buzz races have one winner every time', async () => {
    const lb = new ApiClient(cluster.url);
    const staff = await signInAdmin(lb);
    // nginx spreads requests over both nodes.
    const upstreams = new Set<string>();
    for (let i = 0; i < 10; i++) upstreams.add((await fetch(`${cluster.url}/api/health`)).headers.get('x-upstream') ?? '');
    expect(upstreams.size).toBe(2);

    const bank = await staff.post('/api/banks/import', { format: 'text', content: clusterPaper(), name: '集群题库' });
    const questions = (await staff.get(`/api/banks/${bank.body.bankId}/questions`)).body as { id: string; type: string }[];
    const singles = questions.filter((q) => q.type === 'single').map((q) => q.id);
    const short = questions.find((q) => q.type === 'short')!.id;
    const contest = (await staff.post('/api/contests', { title: '集群竞赛', baseScore: 100 })).body;
    const teams: { id: string; joinCode: string }[] = [];
    for (let i = 0; i < TEAMS; i++) teams.push((await staff.post(`/api/contests/${contest.id}/teams`, { name: `第${i + 1}支行` })).body);
    const round = async (body: object) => (await staff.post(`/api/contests/${contest.id}/rounds`, body)).body.id as string;
    const required = await round({ title: '必答', kind: 'required', questionIds: [singles[0]], secondsPerQuestion: 60 });
    const buzzer = await round({ title: '抢答', kind: 'buzzer', questionIds: singles.slice(1, RACES + 1), secondsPerQuestion: 60, settings: { wrongPenalty: 5 } });
    const risk = await round({ title: '风险', kind: 'risk', questionIds: [singles[RACES + 1]], secondsPerQuestion: 60 });
    const paperPool = singles.slice(RACES + 2, RACES + 6);
    const written = await round({ title: '笔答', kind: 'written', questionIds: paperPool, secondsPerQuestion: 60, settings: { paper: { draw: [{ type: 'single', count: 2 }], minutes: 5 } } });
    const judged = await round({ title: '简答', kind: 'required', questionIds: [short], secondsPerQuestion: 60 });
    const judge = await aStaffUser(staff, 'judge', 'cluster-judge');
    await staff.post(`/api/contests/${contest.id}/judges`, { userId: judge.id, chief: true });

    // One member per team; every other team talks to node 0, the rest to node 1 (directly: certain to spread).
    const players: { teamId: string; node: ApiClient; viaLb: ApiClient; token: string }[] = [];
    for (const [i, team] of teams.entries()) {
      const res = await lb.post('/api/join', { joinCode: team.joinCode, name: `选手${i}`, secret: `cluster-phone-${i}-secret-xx` });
      players.push({ teamId: team.id, node: new ApiClient(cluster.nodes[i % 2], res.body.accessToken), viaLb: lb.as(res.body.accessToken), token: res.body.accessToken as string });
    }
    const screens = await Promise.all([
      liveSocket(cluster.url, { contestId: contest.id }),
      liveSocket(cluster.nodes[0], { contestId: contest.id }),
      liveSocket(cluster.nodes[1], { contestId: contest.id }),
      liveSocket(cluster.nodes[0], { token: players[0].token }),
      liveSocket(cluster.nodes[1], { token: players[1].token }),
    ]);
    const consoles = await Promise.all([liveSocket(cluster.nodes[0], { token: staff.token, contestId: contest.id }), liveSocket(cluster.nodes[1], { token: staff.token, contestId: contest.id })]);
    sockets.push(...screens, ...consoles);

    const open = (roundId: string, q: string) => staff.post(`/api/rounds/${roundId}/questions/${q}/open`, {});
    const close = (roundId: string, q: string) => staff.post(`/api/rounds/${roundId}/questions/${q}/close`);

    // 必答: every team answers (half right), through nginx.
    await open(required, singles[0]);
    const answers = await Promise.all(players.map((p, i) => p.viaLb.post(`/api/contests/${contest.id}/submissions`, { questionId: singles[0], answer: i % 2 ? 'A' : 'C', clientKey: `req-${i}` })));
    expect(answers.map((a) => a.status)).toEqual(players.map(() => 202));
    await close(required, singles[0]);

    // 抢答 ×50: all teams buzz at once, half on each node: exactly one holds the right, places 1..20.
    const winners: number[] = [];
    for (let race = 0; race < RACES; race++) {
      const q = singles[1 + race];
      await open(buzzer, q);
      const results = await Promise.all(players.map((p) => p.node.post(`/api/contests/${contest.id}/buzz`, { questionId: q })));
      expect(results.map((r) => r.status)).toEqual(players.map(() => 200));
      const granted = results.filter((r) => r.body.granted);
      expect(granted).toHaveLength(1);
      expect(granted[0].body.rank).toBe(1);
      expect(results.map((r) => r.body.rank).sort((a, b) => a - b)).toEqual(players.map((_, i) => i + 1));
      const winner = players.findIndex((p) => p.teamId === granted[0].body.teamId);
      winners.push(winner);
      expect((await players[winner].viaLb.post(`/api/contests/${contest.id}/submissions`, { questionId: q, answer: 'C', clientKey: `buzz-${race}` })).status).toBe(202);
      await close(buzzer, q);
    }
    expect(new Set(winners).size).toBeGreaterThan(1); // arrival order, not one node's favourite

    // 风险: stakes before the open, through either node.
    const stakes = [10, 20, 30];
    await Promise.all(players.map((p, i) => p.node.post(`/api/contests/${contest.id}/stakes`, { questionId: singles[RACES + 1], points: stakes[i % 3] })));
    await open(risk, singles[RACES + 1]);
    await Promise.all(players.map((p, i) => p.node.post(`/api/contests/${contest.id}/submissions`, { questionId: singles[RACES + 1], answer: i % 4 ? 'C' : 'B' })));
    await close(risk, singles[RACES + 1]);

    // 笔答: a personal paper each, answered on alternating nodes, collected.
    await staff.post(`/api/rounds/${written}/paper/open`);
    await Promise.all(
      players.map(async (p) => {
        const paper = (await p.node.post(`/api/rounds/${written}/paper`)).body;
        for (const shown of paper.questions as { id: string; options: { key: string; text: string }[] }[]) {
          const right = shown.options.find((o) => o.text === '3天')!.key;
          await p.viaLb.post(`/api/rounds/${written}/paper/answers`, { questionId: shown.id, answer: right });
        }
        await p.node.post(`/api/rounds/${written}/paper/submit`);
      }),
    );
    await staff.post(`/api/rounds/${written}/paper/close`);

    // 简答: one team's answer, scored by the judge after the close.
    await open(judged, short);
    const essay = await players[3].viaLb.post(`/api/contests/${contest.id}/submissions`, { questionId: short, answer: '接待、会话、服务' });
    await eventually(async () => (await staff.get(`/api/submissions/${essay.body.id}`)).body.status === 'review', 20000, 'the short answer in review');
    await close(judged, short);
    expect((await judge.client.post(`/api/reviews/${essay.body.id}`, { score: 15 })).body).toMatchObject({ status: 'graded', score: 15 });

    // 封榜, an adjustment behind the freeze, 揭晓.
    await staff.post(`/api/contests/${contest.id}/freeze`, {});
    await staff.post(`/api/contests/${contest.id}/adjustments`, { teamId: teams[5].id, points: 3, reason: '现场加分' });
    await staff.post(`/api/contests/${contest.id}/unfreeze`);

    // Every answer graded once; every screen on the true board.
    await eventually(async () => ((await pipelineState(db, contest.id)).pending === 0 ? true : null), 60000, 'every answer graded');
    const state = await pipelineState(db, contest.id);
    expect(state).toMatchObject({ pending: 0, ungraded: 0, gradedTwice: 0 });
    const truth = await serviceBoard(db, contest.id);
    const rowsOf = (b: { rows: { teamId: string; score: number; rank: number }[] }) => b.rows.map((r) => [r.teamId, r.score, r.rank]);
    await eventually(
      async () => [...screens, ...consoles].every((s) => JSON.stringify(rowsOf(s.of('leaderboard').at(-1))) === JSON.stringify(rowsOf(truth))),
      10000,
      'every screen on the recomputed board',
    );
    for (const node of cluster.nodes) {
      expect(rowsOf((await new ApiClient(node).get(`/api/contests/${contest.id}/leaderboard`)).body)).toEqual(rowsOf(truth));
    }
  });

  it('kill -9 of an api node and of a worker during a burst: retried answers land once, the other worker grades everything', async () => {
    const lb = new ApiClient(cluster.url);
    const staff = await signInAdmin(lb);
    const bank = await staff.post('/api/banks/import', { format: 'text', content: clusterPaper(), name: '集群题库二' });
    const single = ((await staff.get(`/api/banks/${bank.body.bankId}/questions?type=single`)).body as { id: string }[])[0].id;
    const contest = (await staff.post('/api/contests', { title: '故障演练' })).body;
    const team = (await staff.post(`/api/contests/${contest.id}/teams`, { name: '演练支行', memberCap: 200 })).body;
    const roundId = (await staff.post(`/api/contests/${contest.id}/rounds`, { title: '笔答', kind: 'written', questionIds: [single], secondsPerQuestion: 600 })).body.id;
    const players: ApiClient[] = [];
    for (let i = 0; i < 120; i++) players.push(lb.as((await lb.post('/api/join', { joinCode: team.joinCode, name: `柜员${i}`, secret: `burst-phone-${i}-secret-xxxx` })).body.accessToken));
    await staff.post(`/api/rounds/${roundId}/questions/${single}/open`, {});
    await cluster.killWorker(0);

    const accepted = new Map<number, string>();
    const submit = async (i: number) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const res = await players[i].post(`/api/contests/${contest.id}/submissions`, { questionId: single, answer: 'C', clientKey: `burst-${i}` }).catch(() => null);
        if (res?.status === 202) return void accepted.set(i, res.body.id);
        if (res && res.status < 500) throw new Error(`answer ${i} refused: ${res.status} ${JSON.stringify(res.body)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`answer ${i} never accepted`);
    };
    const burst = Promise.all(players.map((_, i) => submit(i)));
    await new Promise((r) => setTimeout(r, 30));
    await cluster.killNode(0);
    await burst;
    // A retry after the kill returns the answer accepted before it, never a second one.
    expect((await players[0].post(`/api/contests/${contest.id}/submissions`, { questionId: single, answer: 'A', clientKey: 'burst-0' })).body.id).toBe(accepted.get(0));

    await eventually(async () => ((await pipelineState(db, contest.id)).pending === 0 ? true : null), 60000, 'every answer graded by the other worker');
    expect(await pipelineState(db, contest.id)).toEqual({ total: 120, pending: 0, graded: 120, ungraded: 0, gradedTwice: 0 });
    expect(new Set(accepted.values()).size).toBe(120);
    const board = (await staff.get(`/api/contests/${contest.id}/leaderboard`)).body;
    expect(board.rows[0].score).toBe(1200);
    expect(await graded(staff, accepted.get(7) as string)).toMatchObject({ correct: true });
  });
});
