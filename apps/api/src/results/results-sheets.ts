import type ExcelJS from 'exceljs';
import { ROUND_KIND_LABELS, type AnswerValue, type Leaderboard } from '@jingsai/domain';
import type { RoundEntity, TeamEntity } from '../database/entities';
import { countedPoints } from './counted-points';
import { answerPlaces } from '../round-kinds/answer-places';
import { EXCEL_DATE_FORMAT, wallClock } from './excel-time';
import type { ResultsData } from './results.repository';

export const RESULT_SHEETS = { ranking: '总排名', rounds: '各轮得分', contestants: '选手明细', reviews: '评委评分', appeals: '申诉' } as const;

const STATUS_LABELS: Record<string, string> = { pending: '待评分', graded: '已评分', review: '待评委评分', too_late: '超时' };
const APPEAL_LABELS: Record<string, string> = { pending: '处理中', accepted: '已接受', rejected: '已驳回' };

function answerText(answer: AnswerValue | null): string {
  if (answer === null || answer === undefined) return '';
  if (Array.isArray(answer)) return answer.join('、');
  if (typeof answer === 'boolean') return answer ? '√' : '×';
  return String(answer);
}

/** 必答/抢答/风险/笔答, and 加赛 for a tie-break round. */
export function roundKindLabel(round: Pick<RoundEntity, 'kind' | 'settings'>): string {
  const label = ROUND_KIND_LABELS[round.kind]?.zh ?? round.kind;
  return round.settings.tieBreak ? `${label}（加赛）` : label;
}

export interface ResultsContext {
  board: Leaderboard;
  rounds: RoundEntity[];
  teams: TeamEntity[];
  data: ResultsData;
  timeZone: string;
}

/** The results sheets: the final (staff, unfrozen) board, per round, every answer, every judge's score, every appeal. */
export function addResultSheets(book: ExcelJS.Workbook, ctx: ResultsContext): void {
  const { board, rounds, teams, data, timeZone } = ctx;
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const roundById = new Map(rounds.map((r) => [r.id, r]));
  const contestantName = new Map(data.contestants.map((c) => [c.id, c.name]));
  const questionNo = new Map(data.roundQuestions.map((rq) => [rq.id, rq.position]));
  const question = new Map(data.questions.map((q) => [q.id, q]));
  const teamSize = new Map<string, number>();
  for (const c of data.contestants) teamSize.set(c.teamId, (teamSize.get(c.teamId) ?? 0) + 1);

  const ranking = book.addWorksheet(RESULT_SHEETS.ranking);
  ranking.addRow(['名次', '队伍', '分组', '总分', ...rounds.map((r) => r.title), '答对', '答错']);
  for (const row of board.rows) {
    ranking.addRow([row.rank, row.teamName, row.group ?? '', row.score, ...rounds.map((r) => row.rounds[r.id] ?? 0), row.correct, row.wrong]);
  }

  const perRound = book.addWorksheet(RESULT_SHEETS.rounds);
  perRound.addRow(['轮次', '题型', '队伍', '得分', '本轮名次']);
  for (const round of rounds) {
    const rows = board.rows.map((r) => ({ team: r.teamName, score: r.rounds[round.id] ?? 0 })).sort((a, b) => b.score - a.score);
    // Competition ranking: equal scores share the better place (1, 1, 3).
    for (const r of rows) perRound.addRow([round.title, roundKindLabel(round), r.team, r.score, rows.findIndex((x) => x.score === r.score) + 1]);
  }

  const detail = book.addWorksheet(RESULT_SHEETS.contestants);
  detail.addRow(['选手', '队伍', '轮次', '题号', '题目', '答案', '状态', '是否正确', '评分', '计分', '提交时间']);
  const places = answerPlaces(data.submissions, roundById, (s) => question.get(s.questionId)?.points ?? 0);
  for (const s of data.submissions) {
    const round = roundById.get(s.roundId);
    const points = question.get(s.questionId)?.points ?? 0;
    detail.addRow([
      contestantName.get(s.contestantId) ?? '',
      teamName.get(s.teamId) ?? '',
      round?.title ?? '',
      questionNo.get(s.roundQuestionId) ?? '',
      question.get(s.questionId)?.stem ?? '',
      answerText(s.answer),
      STATUS_LABELS[s.status] ?? s.status,
      s.correct === null ? '' : s.correct ? '是' : '否',
      s.score,
      countedPoints(s, round, points, { stake: data.stakes.get(`${s.roundQuestionId}:${s.teamId}`), teamSize: teamSize.get(s.teamId) ?? 1, place: places.get(s.id) }),
      wallClock(s.receivedAt, timeZone),
    ]);
  }
  detail.getColumn(11).numFmt = EXCEL_DATE_FORMAT;

  const submission = new Map(data.submissions.map((s) => [s.id, s]));
  const reviews = book.addWorksheet(RESULT_SHEETS.reviews);
  reviews.addRow(['队伍', '轮次', '题号', '题目', '评委', '评分', '评语', '评分时间']);
  for (const r of data.reviews) {
    const s = submission.get(r.submissionId);
    reviews.addRow([
      s ? teamName.get(s.teamId) ?? '' : '',
      s ? roundById.get(s.roundId)?.title ?? '' : '',
      s ? questionNo.get(s.roundQuestionId) ?? '' : '',
      question.get(r.questionId)?.stem ?? '',
      r.judgeUsername,
      r.score,
      r.comment ?? '',
      wallClock(r.at, timeZone),
    ]);
  }
  reviews.getColumn(8).numFmt = EXCEL_DATE_FORMAT;

  const appeals = book.addWorksheet(RESULT_SHEETS.appeals);
  appeals.addRow(['队伍', '轮次', '题号', '题目', '答案', '申诉理由', '状态', '原评分', '改判评分', '回复', '处理人', '申诉时间', '处理时间']);
  for (const a of data.appeals) {
    const s = submission.get(a.submissionId);
    appeals.addRow([
      teamName.get(a.teamId) ?? '',
      s ? roundById.get(s.roundId)?.title ?? '' : '',
      s ? questionNo.get(s.roundQuestionId) ?? '' : '',
      s ? question.get(s.questionId)?.stem ?? '' : '',
      s ? answerText(s.answer) : '',
      a.reason,
      APPEAL_LABELS[a.status] ?? a.status,
      a.scoreBefore,
      a.scoreAfter ?? '',
      a.reply ?? '',
      a.decidedByUsername,
      wallClock(a.createdAt, timeZone),
      a.decidedAt ? wallClock(a.decidedAt, timeZone) : '',
    ]);
  }
  appeals.getColumn(12).numFmt = EXCEL_DATE_FORMAT;
  appeals.getColumn(13).numFmt = EXCEL_DATE_FORMAT;
}
