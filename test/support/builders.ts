import { ApiClient } from './api-client';

/** A small paper in the style users import: one single-choice, one blank, one true/false, one short answer. */
export const SMALL_PAPER = [
  '一、单项选择题',
  '1.国家电网公司承诺，供电设施计划检修停电时，提前（ ）天向社会公告。',
  'A.3 B.5 C.7 D.10',
  '答案：C',
  '2.用电检查员的人数不得少于（ ）人。',
  'A.1 B.2 C.3 D.4',
  '答案：B',
  '二、填空题',
  '3.优质服务八字方针是______、______、______、______。',
  '优质、方便、规范、快捷',
  '三、判断题',
  '4.营业厅工作人员可以与客户发生争执。（×）',
  '四、简答题',
  '5.文明服务的一般行为是什么？',
  '答：接待、会话、服务、沟通。',
].join('\n');

/** Signs in as the admin of a test app. */
export async function signInAdmin(api: ApiClient): Promise<ApiClient> {
  const res = await api.post('/api/auth/login', { username: 'admin', password: 'admin-password' });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return api.as(res.body.accessToken);
}

export interface ContestFixture {
  contestId: string;
  roundId: string;
  teams: { id: string; name: string; joinCode: string }[];
  questions: { id: string; type: string; answer?: unknown; blanks?: string[][] }[];
}

/**
 * aContest({...}): imports SMALL_PAPER, creates a contest with the given teams and one round
 * over the questions of the given types.
 */
export async function aContest(
  staff: ApiClient,
  opts: { teams?: string[]; kind?: string; types?: string[]; secondsPerQuestion?: number; settings?: Record<string, unknown>; baseScore?: number; memberCap?: number } = {},
): Promise<ContestFixture> {
  const imported = await staff.post('/api/banks/import', { format: 'text', content: SMALL_PAPER, name: '测试题库' });
  if (imported.status !== 201) throw new Error(`import failed: ${JSON.stringify(imported.body)}`);
  const questions = (await staff.get(`/api/banks/${imported.body.bankId}/questions`)).body as ContestFixture['questions'];
  const types = opts.types ?? ['single'];
  const picked = questions.filter((q) => types.includes(q.type));
  const contest = await staff.post('/api/contests', { title: '测试竞赛', baseScore: opts.baseScore ?? 0 });
  const teams = [];
  for (const name of opts.teams ?? ['城东供电所', '城西供电所']) {
    teams.push((await staff.post(`/api/contests/${contest.body.id}/teams`, { name, memberCap: opts.memberCap })).body);
  }
  const round = await staff.post(`/api/contests/${contest.body.id}/rounds`, {
    title: '必答题',
    kind: opts.kind ?? 'required',
    questionIds: picked.map((q) => q.id),
    secondsPerQuestion: opts.secondsPerQuestion ?? 30,
    // Results show at once unless a test is about holding them back (the product's default waits for the close).
    settings: { resultVisibility: 'immediately', ...opts.settings },
  });
  if (round.status !== 201) throw new Error(`round failed: ${JSON.stringify(round.body)}`);
  return { contestId: contest.body.id, roundId: round.body.id, teams, questions: picked };
}

export async function join(api: ApiClient, contestId: string, joinCode: string, name: string): Promise<{ client: ApiClient; token: string; contestantId: string; teamId: string }> {
  const res = await api.post(`/api/contests/${contestId}/join`, { joinCode, name });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { client: api.as(res.body.accessToken), token: res.body.accessToken, contestantId: res.body.contestant.id, teamId: res.body.contestant.teamId };
}
