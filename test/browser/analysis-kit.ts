/**
 * The demo contest (data/demo-contest.json, seeded at boot) played over the API for the analysis browser test:
 * four branches with two members each answer its 22 questions — single and multiple choice, buzzer blanks with
 * a wrong answer passed on, risk short answers scored by two judges — plus a personal written round the
 * organizer adds (8 answers a question, so the flags have enough answers). A few knowledge points are added to
 * the contest's copies, as an organizer would. The patterns are fixed, so every run gives the same report.
 */
import type { TestApp } from '../support/test-app';
import { api } from './contest-kit';

interface ContestQuestion {
  id: string;
  type: string;
  stem: string;
  points: number;
  options?: { key: string }[];
  answer?: string | string[] | boolean;
  blanks?: string[][];
  tags: string[];
}

interface Details {
  id: string;
  title: string;
  teams: { id: string; name: string; joinCode: string }[];
  rounds: { id: string; title: string; kind: string; questions: { questionId: string; position: number }[] }[];
}

export interface DemoPlayed {
  contestId: string;
  title: string;
  /** The written round's last question, closed: the big screen shows it when the contest ends. */
  last: { roundId: string; questionId: string; key: string };
}

type Player = { token: string; teamId: string };
const post = <T>(app: TestApp, token: string, url: string, body?: unknown) => api<T>(app, token, 'POST', url, body ?? {});

async function until<T>(check: () => Promise<T | null>, what: string): Promise<T> {
  for (let start = Date.now(); Date.now() - start < 20000; await new Promise((r) => setTimeout(r, 60))) {
    const value = await check();
    if (value) return value;
  }
  throw new Error(`timed out: ${what}`);
}

const wrongOf = (q: ContestQuestion, n = 0) => (q.options ?? []).map((o) => o.key).filter((k) => k !== q.answer)[n] ?? 'A';
const keys = (q: ContestQuestion) => (Array.isArray(q.answer) ? q.answer : []);

/** Team-round patterns, teams in demo order (城东, 城西, 高新区, 滨河): R right, P partial (少选), W wrong. */
const SINGLE = ['RRRR', 'RRWR', 'RWRW', 'RRWW', 'WRRW', 'RRRW', 'RWWW', 'RRWR'];
const MULTIPLE = ['RRPW', 'RPRP', 'PRWW', 'RRRP', 'RWPW'];
/** Buzzer: who buzzes, in order, and whether each answer is right (the right passes on a wrong one). */
const BUZZ: [number, boolean][][] = [[[0, true]], [[1, false], [2, true]], [[3, true]], [[0, false], [1, false]], [[2, true]], [[1, true]]];
const STAKES = [[30, 20, 10], [10, 30, 20], [20, 10, 30], [10, 20, 30]];
/** Risk short answers: the two judges' scores per team and question (of 20). */
const JUDGED = [[[18, 16], [12, 10], [6, 8], [4, 2]], [[16, 20], [14, 10], [10, 12], [2, 6]], [[20, 18], [8, 6], [12, 14], [10, 6]]];
/** Written round, members 城东一, 城东二, 城西一 … 滨河二: everyone right; a distractor beats the key; the weak right and the strong wrong; mixed. */
const WRITTEN = ['RRRRRRRR', 'RRXXXXXX', 'WWWWWRRR', 'RRRWRWWW'];
const TAGS: Record<string, string[]> = { single: ['服务规范', '电费电价'], multiple: ['营销管理'], blank: ['服务规范'], short: ['应急处置', '客户沟通'] };

/** `think(ms)` moves the server's clock before each answer, so the report's answer times are a contest's, not a test's. */
export async function playDemoContest(app: TestApp, token: string, think: (ms: number) => void): Promise<DemoPlayed> {
  const [summary] = await api<{ id: string }[]>(app, token, 'GET', '/contests');
  const contestId = summary.id;
  const judges: string[] = [];
  for (const username of ['demo-judge-1', 'demo-judge-2']) {
    const user = await post<{ id: string }>(app, token, '/users', { username, password: 'judge-password', role: 'judge' });
    await post(app, token, `/contests/${contestId}/judges`, { userId: user.id });
    judges.push((await post<{ accessToken: string }>(app, '', '/auth/login', { username, password: 'judge-password' })).accessToken);
  }
  // A personal written round after the four demo rounds, over single-choice questions the demo does not use.
  let details = await api<Details>(app, token, 'GET', `/contests/${contestId}`);
  const used = new Set(details.rounds.flatMap((r) => r.questions.map((q) => q.questionId)));
  const [bank] = await api<{ id: string }[]>(app, token, 'GET', '/banks');
  const spare = (await api<ContestQuestion[]>(app, token, 'GET', `/banks/${bank.id}/questions?type=single`)).filter((q) => !used.has(q.id)).slice(0, 4);
  await post(app, token, `/contests/${contestId}/rounds`, { title: '第五轮 个人笔答', kind: 'written', questionIds: spare.map((q) => q.id), secondsPerQuestion: 60, settings: { resultVisibility: 'after-close' } });
  details = await api<Details>(app, token, 'GET', `/contests/${contestId}`);
  const copies = new Map((await api<ContestQuestion[]>(app, token, 'GET', `/contests/${contestId}/questions`)).map((q) => [q.id, q]));
  const members: Player[][] = [];
  for (const team of details.teams) {
    const two: Player[] = [];
    for (const n of ['一', '二']) {
      const joined = await post<{ accessToken: string; contestant: { teamId: string } }>(app, '', `/contests/${contestId}/join`, { joinCode: team.joinCode, name: `${team.name.slice(0, 2)}${n}` });
      two.push({ token: joined.accessToken, teamId: joined.contestant.teamId });
    }
    members.push(two);
  }
  // The organizer's own knowledge points, beside the paper's part headings (a fix inside the contest: no regrade).
  for (const round of details.rounds) {
    round.questions.forEach((placed, i) => {
      const q = copies.get(placed.questionId) as ContestQuestion;
      const extra = TAGS[q.type]?.[i % (TAGS[q.type]?.length ?? 1)];
      if (extra) q.tags = [...q.tags, extra];
    });
  }
  for (const q of copies.values()) await post(app, token, `/contests/${contestId}/questions/${q.id}/rejudge`, { question: { tags: q.tags }, dryRun: false });

  const control = (roundId: string, questionId: string, action: 'open' | 'close' | 'reveal') => post(app, token, `/rounds/${roundId}/questions/${questionId}/${action}`);
  let seed = 0;
  const answer = async (who: Player, questionId: string, value: unknown, status = 'graded') => {
    // 1.5–5.5 s after the previous answer: every question's answers stay inside its 30 s or more.
    think(1500 + ((++seed * 7919) % 4000));
    const sent = await post<{ id: string }>(app, who.token, `/contests/${contestId}/submissions`, { questionId, answer: value });
    await until(async () => (await api<{ status: string }>(app, token, 'GET', `/submissions/${sent.id}`)).status === status || null, `answer ${status}`);
    return sent.id;
  };
  const valueOf = (q: ContestQuestion, mark: string) => {
    if (q.type === 'single') return mark === 'R' ? q.answer : mark === 'X' ? wrongOf(q, 0) : wrongOf(q, 1);
    if (q.type === 'multiple') return mark === 'R' ? keys(q) : mark === 'P' ? keys(q).slice(0, 1) : [(q.options ?? []).map((o) => o.key).find((k) => !keys(q).includes(k)) ?? keys(q)[0]];
    return mark === 'R' ? (q.blanks ?? []).map((variants) => variants[0]) : (q.blanks ?? []).map(() => '不知道');
  };
  const [single, multiple, buzzer, risk, written] = details.rounds;
  const teamRound = async (round: Details['rounds'][number], patterns: string[]) => {
    for (const [i, placed] of round.questions.entries()) {
      const q = copies.get(placed.questionId) as ContestQuestion;
      await control(round.id, q.id, 'open');
      for (const [team, mark] of [...patterns[i]].entries()) await answer(members[team][0], q.id, valueOf(q, mark));
      await control(round.id, q.id, 'close');
    }
  };
  await teamRound(single, SINGLE);
  await teamRound(multiple, MULTIPLE);
  for (const [i, placed] of buzzer.questions.entries()) {
    const q = copies.get(placed.questionId) as ContestQuestion;
    await control(buzzer.id, q.id, 'open');
    for (const [team] of BUZZ[i]) await post(app, members[team][1].token, `/contests/${contestId}/buzz`, { questionId: q.id });
    for (const [team, right] of BUZZ[i]) await answer(members[team][1], q.id, valueOf(q, right ? 'R' : 'W'));
    await control(buzzer.id, q.id, 'close');
  }
  for (const [i, placed] of risk.questions.entries()) {
    const q = copies.get(placed.questionId) as ContestQuestion;
    for (const team of [0, 1, 2, 3]) await post(app, members[team][0].token, `/contests/${contestId}/stakes`, { questionId: q.id, points: STAKES[team][i] });
    await control(risk.id, q.id, 'open');
    const sent = [];
    for (const team of [0, 1, 2, 3]) sent.push(await answer(members[team][0], q.id, `${q.stem.slice(0, 8)}……要点${team}`, 'review'));
    await control(risk.id, q.id, 'close');
    for (const [team, id] of sent.entries()) for (const [j, judge] of judges.entries()) await post(app, judge, `/reviews/${id}`, { score: JUDGED[i][team][j] });
  }
  let last: DemoPlayed['last'] = { roundId: written.id, questionId: '', key: '' };
  for (const [i, placed] of written.questions.entries()) {
    const q = copies.get(placed.questionId) as ContestQuestion;
    await control(written.id, q.id, 'open');
    for (const [m, mark] of [...WRITTEN[i]].entries()) await answer(members[Math.floor(m / 2)][m % 2], q.id, valueOf(q, mark));
    await control(written.id, q.id, 'close');
    last = { roundId: written.id, questionId: q.id, key: String(q.answer) };
  }
  return { contestId, title: details.title, last };
}
