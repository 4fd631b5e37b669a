/**
 * The analysis e2e contest: SMALL_PAPER played by three teams of two (groups 东区/西区) over four rounds —
 * 笔答 (q1 single, q4 true/false, every member answers; one answer too late), 必答 (q2 single), 风险 (q3
 * blank on stakes 20 and 10) and 简答 (q5 short, two judges). Every figure the specs assert is worked out
 * by hand in the spec from these answers.
 */
import ExcelJS from 'exceljs';
import { ApiClient, eventually } from './api-client';
import { join, SMALL_PAPER } from './builders';
import { aStaffUser } from './live-helpers';

export interface PaperQuestion {
  id: string;
  type: string;
  stem: string;
  tags: string[];
}

export interface Member {
  client: ApiClient;
  contestantId: string;
  teamId: string;
}

export interface AnalysisContest {
  contestId: string;
  title: string;
  q: { q1: PaperQuestion; q2: PaperQuestion; q3: PaperQuestion; q4: PaperQuestion; q5: PaperQuestion };
  rounds: { written: string; required: string; risk: string; short: string };
  teams: { 甲队: string; 乙队: string; 丙队: string };
  members: Record<'甲一' | '甲二' | '乙一' | '乙二' | '丙一' | '丙二', Member>;
  judges: { client: ApiClient; username: string }[];
  /** The organizer: reads grades that a written round still holds back from the phones. */
  staff: ApiClient;
}

export const TITLE = '2026年“优质服务”知识竞赛：分析/测试';

/** `staff` organizes the contest; `admin` makes its two judges. */
export async function buildAnalysisContest(api: ApiClient, staff: ApiClient, admin: ApiClient): Promise<AnalysisContest> {
  const bank = await staff.post('/api/banks/import', { format: 'text', content: SMALL_PAPER, name: '分析题库' });
  const questions = (await staff.get(`/api/banks/${bank.body.bankId}/questions`)).body as PaperQuestion[];
  const [q1, q2] = questions.filter((q) => q.type === 'single');
  const byType = (type: string) => questions.find((q) => q.type === type) as PaperQuestion;
  const q = { q1, q2, q3: byType('blank'), q4: byType('truefalse'), q5: byType('short') };
  const contest = await staff.post('/api/contests', { title: TITLE, baseScore: 0 });
  const contestId = contest.body.id as string;
  const team = async (name: string, group: string) => (await staff.post(`/api/contests/${contestId}/teams`, { name, group })).body as { id: string; joinCode: string };
  const [a, b, c] = [await team('甲队', '东区'), await team('乙队', '东区'), await team('丙队', '西区')];
  const round = async (title: string, kind: string, questionIds: string[], settings: Record<string, unknown> = {}) =>
    (await staff.post(`/api/contests/${contestId}/rounds`, { title, kind, questionIds, secondsPerQuestion: 30, settings })).body.id as string;
  const rounds = {
    written: await round('笔答', 'written', [q.q1.id, q.q4.id]),
    required: await round('必答', 'required', [q.q2.id]),
    risk: await round('风险', 'risk', [q.q3.id], { stakes: [10, 20, 30] }),
    short: await round('简答', 'required', [q.q5.id], { judgesPerAnswer: 2, judgeRule: 'mean', maxSpread: 20 }),
  };
  const member = async (code: string, name: string): Promise<Member> => {
    const joined = await join(api, contestId, code, name);
    return { client: joined.client, contestantId: joined.contestantId, teamId: joined.teamId };
  };
  const members = {
    甲一: await member(a.joinCode, '甲一'),
    甲二: await member(a.joinCode, '甲二'),
    乙一: await member(b.joinCode, '乙一'),
    乙二: await member(b.joinCode, '乙二'),
    丙一: await member(c.joinCode, '丙一'),
    丙二: await member(c.joinCode, '丙二'),
  };
  const judges = [];
  for (const username of ['analysis-judge-a', 'analysis-judge-b']) {
    const judge = await aStaffUser(admin, 'judge', username);
    await staff.post(`/api/contests/${contestId}/judges`, { userId: judge.id });
    judges.push({ client: judge.client, username });
  }
  return { contestId, title: TITLE, q, rounds, teams: { 甲队: a.id, 乙队: b.id, 丙队: c.id }, members, judges, staff };
}

/** Submits and waits for the grade (or the review queue); returns the submission id. */
export async function answer(fx: AnalysisContest, who: Member, questionId: string, value: unknown, until: 'graded' | 'review' = 'graded'): Promise<string> {
  const sent = await who.client.post(`/api/contests/${fx.contestId}/submissions`, { questionId, answer: value });
  if (sent.status !== 202) throw new Error(`answer refused: ${sent.status} ${JSON.stringify(sent.body)}`);
  await eventually(async () => (await fx.staff.get(`/api/submissions/${sent.body.id}`)).body.status === until, 15000, `submission ${until}`);
  return sent.body.id as string;
}

export async function downloadWorkbook(baseUrl: string, contestId: string, token: string): Promise<{ book: ExcelJS.Workbook; disposition: string }> {
  const res = await fetch(`${baseUrl}/api/contests/${contestId}/results.xlsx`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`results.xlsx: ${res.status}`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
  return { book, disposition: res.headers.get('content-disposition') ?? '' };
}

/** A sheet as rows of values (ExcelJS rows are 1-based with an empty first slot). */
export function sheetRows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
