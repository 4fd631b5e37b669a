import { Injectable } from '@nestjs/common';
import type { Leaderboard } from '@jingsai/domain';
import { computeLeaderboard, isFrozenAt, type FreezeSetting, type GradedAnswer, type ScoreEvent } from '@jingsai/scoring';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { roundSettingsOf, type ContestSettings } from '../database/entities';
import { ScoreLogRepository, type ScoreLog, type ScoreLogRead } from './score-log.repository';
import { endedRoundsOf, isReleased } from '../answering/result-release';
import { roundKind } from '../round-kinds/registry';

export type LeaderboardViewer = 'public' | 'staff';

function freezeSetting(settings: ContestSettings): FreezeSetting {
  const f = settings.freeze;
  if (!f) return null;
  return f.mode === 'manual'
    ? { mode: 'manual', frozenAt: new Date(f.frozenAt) }
    : { mode: 'lastMinutes', minutes: f.minutes, contestEndsAt: new Date(f.contestEndsAt) };
}

/** The leaderboard is always a full recompute from the score log (never incremented in place). */
@Injectable()
export class LeaderboardService {
  constructor(
    private readonly log: ScoreLogRepository,
    private readonly clock: Clock,
  ) {}

  /** `read: 'checked'` for the results (results.xlsx); everything else reads the score log incrementally. */
  async compute(contestId: string, viewer: LeaderboardViewer, read: ScoreLogRead = 'incremental'): Promise<Leaderboard> {
    const log = await this.log.load(contestId, read);
    if (!log) throw new AppError('CONTEST_NOT_FOUND');
    return LeaderboardService.fromLog(log, viewer, this.clock.now());
  }

  /** Both boards from one read of the log (pushes go to public and staff rooms at once). */
  async computeForAll(contestId: string): Promise<Record<LeaderboardViewer, Leaderboard>> {
    const log = await this.log.load(contestId);
    if (!log) throw new AppError('CONTEST_NOT_FOUND');
    const now = this.clock.now();
    return { public: LeaderboardService.fromLog(log, 'public', now), staff: LeaderboardService.fromLog(log, 'staff', now) };
  }

  /** Pure: the board a viewer sees, from a loaded log. */
  static fromLog(log: ScoreLog, viewer: LeaderboardViewer, now: Date): Leaderboard {
    const events = LeaderboardService.scoreEvents(log, viewer);
    const frozenFrom = isFrozenAt(now, freezeSetting(log.contest.settings));
    return computeLeaderboard({
      contestId: log.contest.id,
      version: log.contest.version,
      teams: log.teams.map((t) => ({ id: t.id, name: t.name, group: t.groupName })),
      rounds: log.rounds.map((r) => ({ id: r.id, title: r.title })),
      baseScore: log.contest.baseScore,
      events,
      adjustments: log.adjustments.map((a) => ({ teamId: a.teamId, points: a.points, reason: a.reason, at: a.createdAt })),
      freeze: frozenFrom ? { from: frozenFrom } : null,
      viewer,
      // 加赛 rounds only break ties: their points are the first key after the score.
      tieBreakRoundIds: log.rounds.filter((r) => r.settings.tieBreak).map((r) => r.id),
      // Groups of different sizes compare by their mean unless the organizer chose the sum.
      groupScore: log.contest.settings.groupScore ?? 'mean',
    });
  }

  /** Pure: the score events a viewer's board is computed from (the contest analysis replays the staff ones). */
  static scoreEvents(log: ScoreLog, viewer: LeaderboardViewer): ScoreEvent[] {
    const events: ScoreEvent[] = [];
    // The public board (big screen, phones) holds a result back as long as its team may not see it yet.
    const released = viewer === 'staff' ? () => true : LeaderboardService.releaseCheck(log);
    for (const round of log.rounds) {
      const settings = roundSettingsOf(round);
      const kind = roundKind(round.kind);
      const answers: GradedAnswer[] = log.submissions
        .filter((s) => s.roundId === round.id && released(s))
        .map((s) => {
          const stake = log.stakes.find((k) => k.roundQuestionId === s.roundQuestionId && k.teamId === s.teamId);
          return {
            id: s.id,
            teamId: s.teamId,
            contestantId: s.contestantId,
            questionId: s.questionId,
            score: s.score ?? 0,
            maxScore: log.questionPoints.get(s.questionId) ?? 0,
            correct: s.correct,
            at: s.receivedAt,
            stake: stake?.points,
          };
        });
      // Entries of the kind's own beside the answers: 抢答 false starts.
      for (const extra of kind.extraAnswers(round.id, log)) answers.push(extra);
      // A loop, not push(...): a preliminary's round yields more events than a call takes arguments.
      for (const event of kind.rule.toScoreEvents(round.id, answers, settings, log.teamSizes)) events.push(event);
    }
    return events;
  }

  private static releaseCheck(log: ScoreLog): (s: ScoreLog['submissions'][number]) => boolean {
    const ended = endedRoundsOf(log.rounds, log.roundQuestions, log.collectedPaperRounds);
    const rounds = new Map(log.rounds.map((r) => [r.id, r]));
    const placements = new Map(log.roundQuestions.map((rq) => [rq.id, rq]));
    return (s) => {
      const round = rounds.get(s.roundId);
      return round !== undefined && isReleased(round, placements.get(s.roundQuestionId), ended.has(s.roundId));
    };
  }
}
