import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { AnalysisService } from '../analysis/analysis.service';
import { reportSettingsOf } from '../analysis/analysis-report';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { addAnalysisSheets } from './analysis-sheets';
import { addResultSheets } from './results-sheets';
import { ResultsRepository } from './results.repository';

export { RESULT_SHEETS } from './results-sheets';
export { ANALYSIS_SHEETS } from './analysis-sheets';

/** A file name from the contest's title: what Windows and macOS refuse taken out, kept short. */
export function resultsFileName(title: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${safe || '竞赛'}-成绩与分析.xlsx`;
}

/**
 * The results workbook (成绩表): the final (staff, unfrozen) board, per round, every answer with the
 * points it counted, judges' scores, then the analysis sheets written from the same report object
 * GET /contests/:id/analysis returns. Times are date cells on the contest's clock (time zone).
 */
@Injectable()
export class ResultsService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly results: ResultsRepository,
    private readonly leaderboard: LeaderboardService,
    private readonly analysis: AnalysisService,
    private readonly clock: Clock,
  ) {}

  async workbook(principal: Principal, contestId: string): Promise<{ filename: string; buffer: Buffer }> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    const [board, rounds, teams, data, report] = await Promise.all([
      this.leaderboard.compute(contestId, 'staff', 'checked'),
      this.contests.listRounds(contestId),
      this.contests.listTeams(contestId),
      this.results.load(contestId),
      this.analysis.reportOf(contest),
    ]);

    const book = new ExcelJS.Workbook();
    book.creator = 'Jingsai';
    book.created = this.clock.now();
    addResultSheets(book, { board, rounds, teams, data, timeZone: reportSettingsOf(contest).timeZone });
    addAnalysisSheets(book, report);
    for (const sheet of book.worksheets) {
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      sheet.columns.forEach((column) => {
        if (!column.width) column.width = 14;
      });
    }
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    return { filename: resultsFileName(contest.title), buffer };
  }
}
