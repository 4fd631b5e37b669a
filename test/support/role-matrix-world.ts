/** The principals of the role matrix (role-matrix.e2e-spec.ts) and the contest world they act in. */
import { type ApiClient, eventually } from './api-client';
import { join, SMALL_PAPER } from './builders';
import { aStaffUser } from './live-helpers';

export type Who = 'anon' | 'teamA' | 'teamB' | 'judge' | 'otherJudge' | 'owner' | 'otherOrganizer' | 'admin';
export const EVERYONE: Who[] = ['anon', 'teamA', 'teamB', 'judge', 'otherJudge', 'owner', 'otherOrganizer', 'admin'];
export const SIGNED_IN = EVERYONE.filter((w) => w !== 'anon');
export const STAFF: Who[] = ['judge', 'otherJudge', 'owner', 'otherOrganizer', 'admin'];
export const ORGANIZERS: Who[] = ['owner', 'otherOrganizer', 'admin'];
export const MANAGERS: Who[] = ['owner', 'admin'];
export const CONTESTANTS: Who[] = ['teamA', 'teamB'];

export interface Expectation {
  allowed: Who[];
  body?: () => unknown;
  /** Path parameters for this call (a fresh resource for calls that consume one). */
  params?: () => Promise<Record<string, string>>;
}

/**
 * Eight principals and what they act on: the owner's bank, contest, teams A–C, a required round with team A's
 * answer waiting for the (chief) judge, an appeal of team A on a closed question, and a new phone's pending claim.
 */
export async function matrixWorld(api: ApiClient, admin: ApiClient): Promise<{ client: Record<Who, ApiClient>; ids: Record<string, string> }> {
  const client = {} as Record<Who, ApiClient>;
  const ids = {} as Record<string, string>;
  const owner = await aStaffUser(admin, 'organizer', 'matrix-owner');
  const other = await aStaffUser(admin, 'organizer', 'matrix-other');
  const judge = await aStaffUser(admin, 'judge', 'matrix-judge');
  const otherJudge = await aStaffUser(admin, 'judge', 'matrix-other-judge');
  const sacrificialJudge = await aStaffUser(admin, 'judge', 'matrix-spare-judge');
  Object.assign(client, { anon: api, admin, owner: owner.client, otherOrganizer: other.client, judge: judge.client, otherJudge: otherJudge.client });
  Object.assign(ids, { judge: judge.id, spareJudge: sacrificialJudge.id });

  const bank = await owner.client.post('/api/banks/import', { format: 'text', content: SMALL_PAPER, name: '矩阵题库' });
  ids.bank = bank.body.bankId;
  const questions = (await owner.client.get(`/api/banks/${ids.bank}/questions`)).body as { id: string; type: string }[];
  ids.question = questions.find((q) => q.type === 'short')!.id;
  const contest = await owner.client.post('/api/contests', { title: '矩阵竞赛' });
  ids.contest = contest.body.id;
  const [teamA, teamB, teamC] = await Promise.all(['甲队', '乙队', '丙队'].map((name) => owner.client.post(`/api/contests/${ids.contest}/teams`, { name, memberCap: 50 })));
  Object.assign(ids, { teamA: teamA.body.id, teamB: teamB.body.id, teamC: teamC.body.id, codeA: teamA.body.joinCode });
  const round = await owner.client.post(`/api/contests/${ids.contest}/rounds`, { title: '必答题', kind: 'required', questionIds: [ids.question], secondsPerQuestion: 60 });
  ids.round = round.body.id;
  await owner.client.post(`/api/contests/${ids.contest}/judges`, { userId: judge.id, chief: true });
  const a = await join(api, ids.contest, teamA.body.joinCode, '甲一');
  const b = await join(api, ids.contest, teamB.body.joinCode, '乙一');
  Object.assign(client, { teamA: a.client, teamB: b.client });
  ids.memberA = a.contestantId;

  // An answer of team A waiting for the judge, its question closed.
  await owner.client.post(`/api/rounds/${ids.round}/questions/${ids.question}/open`);
  const sent = await a.client.post(`/api/contests/${ids.contest}/submissions`, { questionId: ids.question, answer: '接待、会话' });
  ids.submission = sent.body.id;
  await eventually(async () => (await owner.client.get(`/api/submissions/${ids.submission}`)).body.status === 'review', 10000, 'the answer in review');
  await owner.client.post(`/api/rounds/${ids.round}/questions/${ids.question}/close`);
  // An appeal of team A on a graded answer of a closed question (for the decision route).
  const single = questions.find((q) => q.type === 'single')!.id;
  const appealRound = await owner.client.post(`/api/contests/${ids.contest}/rounds`, { title: '申诉轮', kind: 'required', questionIds: [single], secondsPerQuestion: 60, settings: { resultVisibility: 'immediately' } });
  await owner.client.post(`/api/rounds/${appealRound.body.id}/questions/${single}/open`);
  const wrong = await a.client.post(`/api/contests/${ids.contest}/submissions`, { questionId: single, answer: 'A' });
  await eventually(async () => (await owner.client.get(`/api/submissions/${wrong.body.id}`)).body.status === 'graded', 10000, 'the wrong answer graded');
  await owner.client.post(`/api/rounds/${appealRound.body.id}/questions/${single}/close`);
  ids.appeal = (await a.client.post(`/api/submissions/${wrong.body.id}/appeals`, { reason: '矩阵申诉' })).body.id;
  // A new phone asking to continue as 甲一 (its claim stays pending).
  const request = await api.post(`/api/contests/${ids.contest}/join`, { joinCode: ids.codeA, name: '甲一', secret: 'matrix-phone-secret-0001' });
  ids.request = request.body.requestId;
  return { client, ids };
}
