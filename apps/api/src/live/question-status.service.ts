import { Injectable } from '@nestjs/common';
import type { QuestionStatus, TeamRef } from '@jingsai/domain';
import { resolveBuzzOrder } from '@jingsai/scoring';
import { AppError } from '../common/app-error';
import type { Principal } from '../common/principal';
import { ContestAccess } from '../contests/contest-access';
import { ContestRepository } from '../contests/contest.repository';
import type { BuzzEntity, SubmissionEntity, TeamEntity } from '../database/entities';
import { SubmissionRepository } from '../answering/submission.repository';
import { AnswerStateRepository } from '../answering/answer-state.repository';

/** The organizer's per-question view: who answered, who is waiting, the buzz order and the stakes. */
@Injectable()
export class QuestionStatusService {
  constructor(
    private readonly contests: ContestRepository,
    private readonly submissions: SubmissionRepository,
    private readonly state: AnswerStateRepository,
  ) {}

  async status(principal: Principal, roundId: string, questionId: string): Promise<QuestionStatus> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw new AppError('ROUND_NOT_FOUND');
    const contest = await this.contests.findContest(round.contestId);
    if (!contest) throw new AppError('ROUND_NOT_FOUND');
    ContestAccess.assertManage(principal, contest);
    const rq = await this.contests.findRoundQuestion(roundId, questionId);
    if (!rq) throw new AppError('QUESTION_NOT_FOUND');

    const [teams, submissions, buzzes, stakes] = await Promise.all([
      this.contests.listTeams(contest.id),
      this.submissions.listForRoundQuestion(rq.id),
      this.state.listBuzzes(rq.id),
      this.state.listStakes(rq.id),
    ]);
    const names = new Map(teams.map((t) => [t.id, t.name]));
    const ref = (teamId: string): TeamRef => ({ teamId, teamName: names.get(teamId) ?? '' });
    const answered = answeredTeams(teams, submissions);
    const answeredIds = new Set(answered.map((a) => a.teamId));
    return {
      questionId,
      status: rq.status,
      openedAt: rq.openedAt?.toISOString() ?? null,
      deadline: rq.deadline?.toISOString() ?? null,
      answered: answered.map((a) => ({ ...ref(a.teamId), contestants: a.count, lastAt: a.lastAt.toISOString() })),
      waiting: teams.filter((t) => !answeredIds.has(t.id)).map((t) => ref(t.id)),
      buzzOrder: buzzRows(buzzes).map((b) => ({ ...ref(b.teamId), rank: b.rank, at: b.at.toISOString(), falseStart: b.falseStart })),
      stakes: stakes.map((s) => ({ ...ref(s.teamId), points: s.points })),
    };
  }
}

/** Accepted answers (not too late) per team, in team order. */
function answeredTeams(teams: TeamEntity[], submissions: SubmissionEntity[]): { teamId: string; count: number; lastAt: Date }[] {
  const byTeam = new Map<string, { count: number; lastAt: Date }>();
  for (const s of submissions) {
    if (s.status === 'too_late') continue;
    const entry = byTeam.get(s.teamId);
    if (!entry) byTeam.set(s.teamId, { count: 1, lastAt: s.receivedAt });
    else byTeam.set(s.teamId, { count: entry.count + 1, lastAt: s.receivedAt > entry.lastAt ? s.receivedAt : entry.lastAt });
  }
  return teams.flatMap((t) => {
    const entry = byTeam.get(t.id);
    return entry ? [{ teamId: t.id, ...entry }] : [];
  });
}

function buzzRows(buzzes: BuzzEntity[]): { teamId: string; rank: number | null; at: Date; falseStart: boolean }[] {
  const { order } = resolveBuzzOrder(buzzes);
  const first = new Map<string, BuzzEntity>();
  for (const b of buzzes) if (!first.has(b.teamId)) first.set(b.teamId, b);
  const ranked = order.flatMap((teamId, i) => {
    const b = first.get(teamId);
    return b ? [{ teamId, rank: i + 1, at: b.at, falseStart: false }] : [];
  });
  const others = [...first.values()].filter((b) => !order.includes(b.teamId)).map((b) => ({ teamId: b.teamId, rank: null, at: b.at, falseStart: true }));
  return [...ranked, ...others];
}
