import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { AnswerValue } from '@jingsai/domain';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { ResultsRepository } from './results.repository';

export const RESULT_SHEETS = { ranking: '总排名', rounds: '各轮得分', contestants: '选手明细', reviews: '评委评分' } as const;

const STATUS_LABELS: Record<string, string> = { pending: '待评分', graded: '已评分', review: '待评委评分', too_late: '超时' };

function answerText(answer: AnswerValue): string {
  if (Array.isArray(answer)) return answer.join('、');
  if (typeof answer === 'boolean') return answer ? '√' : '×';
  return String(answer);
}

/** The results workbook (成绩表): the final (staff, unfrozen) board, per round, per contestant, judges' scores. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly results: ResultsRepository,
    private readonly leaderboard: LeaderboardService,
  ) {}

  async workbook(principal: Principal, contestId: string): Promise<{ filename: string; buffer: Buffer }> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw AppError.notFound({ zh: '竞赛', en: 'Contest' });
    ContestAccess.assertManage(principal, contest);
    const [board, rounds, teams, data] = await Promise.all([
      this.leaderboard.compute(contestId, 'staff'),
      this.contests.listRounds(contestId),
      this.contests.listTeams(contestId),
      this.results.load(contestId),
    ]);
    const teamName = new Map(teams.map((t) => [t.id, t.name]));
    const roundTitle = new Map(rounds.map((r) => [r.id, r.title]));
    const contestantName = new Map(data.contestants.map((c) => [c.id, c.name]));
    const questionNo = new Map(data.roundQuestions.map((rq) => [rq.id, rq.position]));
    const questionStem = new Map(data.questions.map((q) => [q.id, q.stem]));

    const book = new ExcelJS.Workbook();
    book.creator = 'Jingsai';
    book.created = new Date();

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
      for (const r of rows) perRound.addRow([round.title, round.kind, r.team, r.score, rows.findIndex((x) => x.score === r.score) + 1]);
    }

    const detail = book.addWorksheet(RESULT_SHEETS.contestants);
    detail.addRow(['选手', '队伍', '轮次', '题号', '题目', '答案', '状态', '是否正确', '得分', '提交时间']);
    for (const s of data.submissions) {
      detail.addRow([
        contestantName.get(s.contestantId) ?? s.contestantId,
        teamName.get(s.teamId) ?? s.teamId,
        roundTitle.get(s.roundId) ?? s.roundId,
        questionNo.get(s.roundQuestionId) ?? '',
        questionStem.get(s.questionId) ?? '',
        answerText(s.answer),
        STATUS_LABELS[s.status] ?? s.status,
        s.correct === null ? '' : s.correct ? '是' : '否',
        s.score ?? '',
        s.receivedAt.toISOString(),
      ]);
    }

    const reviews = book.addWorksheet(RESULT_SHEETS.reviews);
    reviews.addRow(['答卷', '题目', '评委', '评分', '评语', '评分时间']);
    for (const r of data.reviews) {
      reviews.addRow([r.submissionId, questionStem.get(r.questionId) ?? '', r.judgeUsername, r.score, r.comment ?? '', r.at.toISOString()]);
    }

    for (const sheet of book.worksheets) {
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    return { filename: `results-${contestId}.xlsx`, buffer };
  }
}
