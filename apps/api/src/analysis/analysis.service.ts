import { Injectable } from '@nestjs/common';
import { analyseContest } from '@jingsai/analysis';
import { AuditRepository } from '../audit/audit.repository';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Principal } from '../common/principal';
import { ContestQuestionRepository } from '../answering/contest-question.repository';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import type { ContestEntity } from '../database/entities';
import { LeaderboardService } from '../leaderboard/leaderboard.service';
import { ScoreLogRepository } from '../leaderboard/score-log.repository';
import { endedRoundsOf, isReleased } from '../answering/result-release';
import { buildAnalysisInput, choiceFields } from './analysis-input';
import { reportSettingsOf, toReport, type AnalysisReport, type ReportSettings } from './analysis-report';
import { AnalysisRepository } from './analysis.repository';
import type { UpdateReportSettingsDto } from './analysis.dto';
import { optionSharesOf, type OptionSharesView } from './option-shares';

/** A public option bar is computed once per question per this long on a node, however many screens ask. */
const SHARES_MAX_AGE_MS = 2_000;
const SHARES_MAX_ENTRIES = 500;
/** Reports kept per node (a preliminary's is a few MB). */
const REPORTS_KEPT = 4;

/**
 * The 竞赛分析报告: item analysis, knowledge points, teams and contestants, computed by `analyseContest`
 * from the graded log with the staff leaderboard's own events (so each rank path ends on the board).
 * The route, results.xlsx and the big screen's option bar all come from here.
 */
@Injectable()
export class AnalysisService {
  private readonly shares = new Map<string, { at: number; view: Promise<OptionSharesView> }>();
  private readonly reports = new Map<string, { fingerprint: string; report: Promise<AnalysisReport> }>();

  constructor(
    private readonly contests: ContestRepository,
    private readonly questions: ContestQuestionRepository,
    private readonly scoreLog: ScoreLogRepository,
    private readonly rows: AnalysisRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** GET /contests/:id/analysis: the contest's organizer and admins. */
  async report(principal: Principal, contestId: string): Promise<AnalysisReport> {
    return this.reportOf(await this.managed(principal, contestId));
  }

  /**
   * The one function behind the route and the workbook's sheets (the caller has checked access). A report
   * is kept per contest while nothing it is made of has changed (see AnalysisRepository.fingerprint): a
   * preliminary's report costs seconds, and the tab, the print view and the workbook ask for it in turn.
   */
  async reportOf(contest: ContestEntity): Promise<AnalysisReport> {
    const fingerprint = await this.rows.fingerprint(contest);
    const cached = this.reports.get(contest.id);
    if (cached && cached.fingerprint === fingerprint) return cached.report;
    const report = this.compute(contest);
    this.reports.delete(contest.id);
    if (this.reports.size >= REPORTS_KEPT) this.reports.delete(this.reports.keys().next().value as string);
    this.reports.set(contest.id, { fingerprint, report });
    report.catch(() => this.reports.delete(contest.id));
    return report;
  }

  private async compute(contest: ContestEntity): Promise<AnalysisReport> {
    const copies = await this.questions.listForContest(contest.id);
    const choices = copies.filter((q) => q.type === 'single' || q.type === 'multiple' || q.type === 'truefalse').map((q) => q.id);
    // The unscored answers before the score log: see AnalysisRepository.load.
    const rows = await this.rows.load(contest.id, choices);
    // Checked against the database: the report goes into results.xlsx beside the results.
    const log = await this.scoreLog.load(contest.id, 'checked');
    if (!log) throw new AppError('CONTEST_NOT_FOUND');
    const built = buildAnalysisInput({
      contest: log.contest,
      rounds: log.rounds,
      teams: log.teams,
      copies,
      placements: log.roundQuestions,
      scored: log.submissions,
      stakes: log.stakes,
      rows,
      scoreEvents: LeaderboardService.scoreEvents(log, 'staff'),
      adjustments: log.adjustments.map((a) => ({ teamId: a.teamId, points: a.points, reason: a.reason, at: a.createdAt })),
    });
    return toReport(log.contest, log.rounds, built, analyseContest(built.input), this.clock.now());
  }

  /** The big screen's option bar switch and the workbook's time zone. Audited. */
  async updateSettings(principal: Principal, contestId: string, dto: UpdateReportSettingsDto): Promise<ReportSettings> {
    const contest = await this.managed(principal, contestId);
    if (dto.optionSharesOnScreen === undefined && dto.timeZone === undefined) {
      throw new AppError('ANALYSIS_NOTHING_TO_CHANGE');
    }
    if (dto.timeZone !== undefined && !isTimeZone(dto.timeZone)) {
      throw new AppError('UNKNOWN_TIME_ZONE', { zone: dto.timeZone });
    }
    const before = reportSettingsOf(contest);
    const report = { ...contest.settings.report, ...definedOf(dto) };
    await this.contests.updateContest(contestId, { settings: { ...contest.settings, report } });
    const after = reportSettingsOf({ settings: { ...contest.settings, report } });
    await this.audit.insert({
      contestId,
      actorId: principal.kind === 'staff' ? principal.userId : '',
      action: 'contest.report-settings',
      entityId: contestId,
      before: { ...before },
      after: { ...after },
      reason: null,
      createdAt: this.clock.now(),
    });
    for (const key of this.shares.keys()) if (key.startsWith(`${contestId}:`)) this.shares.delete(key);
    return after;
  }

  /** Public: a closed question's option shares, if the organizer switched the bar on and its results may show. */
  optionShares(contestId: string, questionId: string): Promise<OptionSharesView> {
    const key = `${contestId}:${questionId}`;
    const now = this.clock.now().getTime();
    const cached = this.shares.get(key);
    if (cached && now - cached.at <= SHARES_MAX_AGE_MS) return cached.view;
    const view = this.computeOptionShares(contestId, questionId);
    if (this.shares.size >= SHARES_MAX_ENTRIES) this.shares.delete(this.shares.keys().next().value as string);
    this.shares.set(key, { at: now, view });
    view.catch(() => this.shares.delete(key));
    return view;
  }

  private async computeOptionShares(contestId: string, questionId: string): Promise<OptionSharesView> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    const [placement] = await this.rows.placementsOf(contestId, questionId);
    const copy = placement ? await this.questions.find(contestId, questionId) : null;
    const round = placement ? await this.contests.findRound(placement.roundId) : null;
    if (!placement || !copy || !round) throw new AppError('CONTEST_QUESTION_NOT_FOUND');
    const collected = round.settings.paper ? await this.rows.paperCollected(round.id) : false;
    const closed = placement.status === 'closed' || placement.status === 'revealed' || collected;
    if (!closed) {
      throw new AppError('OPTION_SHARES_NOT_CLOSED');
    }
    if (!reportSettingsOf(contest).optionSharesOnScreen) return { questionId, shown: false, hidden: 'off' };
    const placements = await this.contests.listRoundQuestions(contestId);
    const roundEnded = endedRoundsOf([round], placements, new Set(collected ? [round.id] : [])).has(round.id);
    if (!isReleased(round, placement, roundEnded)) return { questionId, shown: false, hidden: 'held' };
    const answers = (await this.rows.answersTo(placement.id)).map((s) => ({ ...s, questionId, openedAt: null }));
    return optionSharesOf(
      { id: questionId, type: copy.type, points: copy.points, tags: [], ...choiceFields(copy), roundId: round.id, position: placement.position },
      { id: round.id, title: round.title, kind: round.kind, position: round.position, settings: { secondsPerQuestion: round.secondsPerQuestion, ...round.settings } },
      answers,
      placement.status === 'revealed',
    );
  }

  private async managed(principal: Principal, contestId: string): Promise<ContestEntity> {
    const contest = await this.contests.findContest(contestId);
    if (!contest) throw new AppError('CONTEST_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    return contest;
  }
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function definedOf(dto: UpdateReportSettingsDto): Partial<ReportSettings> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<ReportSettings>;
}
