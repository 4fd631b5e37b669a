import type { LeaderboardRow } from '@jingsai/domain';
import { computeLeaderboard, round2 } from '@jingsai/scoring';
import type { ScoreEvent } from '@jingsai/scoring';
import type { AnalysisInput, ContestAnalysis, ContestantAnalysis, QuestionAnalysis, TagAnalysis, TeamAnalysis } from './analysis.types';
import { type AnswerTally, tallyAnswers } from './answer-tally';
import { indexContest, maxScoreOf, type ContestIndex } from './contest-index';
import { analyseQuestion, shareOf } from './item-analysis';
import { sortedSamples, unitRanks } from './item-samples';
import { competitionRanks, ratio } from './numbers.util';
import { rankPathsOf, stepsOf } from './rank-path';
import { scoreEventsOf } from './score-events';
import { tagStandings } from './tag-standing';

/**
 * The 竞赛分析报告 from the graded log, like the leaderboard: item analysis per question,
 * knowledge points (tags) overall, per team and per group, and per team and contestant their
 * scores by round and tag, rank path and strongest/weakest tags. Pure; definitions in README.md.
 */
export function analyseContest(input: AnalysisInput): ContestAnalysis {
  const ix = indexContest(input);
  const adjustments = input.adjustments ?? [];
  const events = input.scoreEvents ?? scoreEventsOf(ix, input.falseStarts ?? []);
  const board = computeLeaderboard({
    contestId: '',
    version: 0,
    teams: ix.teams,
    rounds: ix.rounds.map((r) => ({ id: r.round.id, title: r.round.title })),
    baseScore: input.baseScore,
    events,
    adjustments,
    freeze: null,
    viewer: 'staff',
    tieBreakRoundIds: ix.rounds.filter((r) => r.tieBreak).map((r) => r.round.id),
  });
  const rowOf = new Map(board.rows.map((row) => [row.teamId, row]));
  const teamTotals = Float64Array.from(ix.teams, (t) => (rowOf.get(t.id) as LeaderboardRow).score);

  const tally = tallyAnswers(ix);
  const questions = itemAnalyses(ix, events, tally, { totals: teamTotals, rankOf: unitRanks(teamTotals) });

  const nTags = ix.tags.length;
  const tagMeans = ix.tags.map((_, t) => ratio(tally.tagEarned[t], tally.tagMax[t]));
  const tags = tagAnalyses(ix, tally, tagMeans);

  const { rankPaths, scorePaths } = rankPathsOf(ix, events, adjustments, input.baseScore);
  const teams = ix.teams.map((team, i): TeamAnalysis => {
    const row = rowOf.get(team.id) as LeaderboardRow;
    const share = (t: number) => ratio(tally.teamEarned[i * nTags + t], tally.teamMax[i * nTags + t]);
    return {
      teamId: team.id,
      name: team.name,
      group: team.group ?? null,
      rank: row.rank,
      score: row.score,
      byRound: row.rounds,
      byTag: Object.fromEntries(ix.tags.map((tag, t) => [tag, share(t)])),
      rankPath: rankPaths[i],
      scorePath: scorePaths[i],
      ...tagStandings(ix.tags, share, tagMeans, ix.thresholds.topTags),
    };
  });

  return { steps: stepsOf(ix), questions, tags, teams, contestants: contestantAnalyses(ix, tally, tagMeans) };
}

/** A unit's total over the contest and its place when sorted by it. */
interface UnitScale {
  totals: ArrayLike<number>;
  rankOf: Int32Array;
}

/**
 * Item analysis of every question. Discrimination is over the question's answering units:
 * contestants ranked by their own total in written rounds, teams ranked by their leaderboard
 * score in team rounds; the rest score takes out the item's own points (the grade rescaled by
 * the round, or the team's leaderboard points on the question).
 */
function itemAnalyses(ix: ContestIndex, events: ScoreEvent[], tally: AnswerTally, teams: UnitScale): QuestionAnalysis[] {
  const contestants: UnitScale = { totals: tally.contestantTotal, rankOf: unitRanks(tally.contestantTotal) };
  const nTeams = ix.teams.length;
  const teamItemPoints = new Map<number, number>();
  for (const event of events) {
    const q = ix.questionById.get(event.questionId);
    const team = ix.teamIdx.get(event.teamId);
    if (!q || team === undefined || q.round.unit !== 'team' || q.round.tieBreak) continue;
    const key = q.idx * nTeams + team;
    teamItemPoints.set(key, (teamItemPoints.get(key) ?? 0) + event.points);
  }
  return ix.questions.map((q) => {
    const byContestant = q.round.unit === 'contestant';
    const unitOf = byContestant ? q.contestantOf : q.teamOf;
    const contestantPoints = tally.answerPoints[q.idx];
    const units: number[] = [];
    const shares: number[] = [];
    const points: number[] = [];
    q.answers.forEach((answer, i) => {
      const unit = unitOf[i];
      if (answer.status !== 'graded' || unit < 0) return;
      const max = maxScoreOf(answer, q.question);
      const score = answer.score ?? 0;
      units.push(unit);
      shares.push(shareOf(score, max, answer));
      points.push(byContestant ? contestantPoints[i] : teamItemPoints.get(q.idx * nTeams + unit) ?? 0);
    });
    const scale = byContestant ? contestants : teams;
    return analyseQuestion(q, sortedSamples(units, shares, points, scale.totals, scale.rankOf), ix.thresholds);
  });
}

function tagAnalyses(ix: ContestIndex, tally: AnswerTally, tagMeans: (number | null)[]): TagAnalysis[] {
  const nTags = ix.tags.length;
  const groupEarned = new Float64Array(ix.groups.length * nTags);
  const groupMax = new Float64Array(ix.groups.length * nTags);
  ix.teams.forEach((_, i) => {
    const g = ix.teamGroup[i];
    if (g < 0) return;
    for (let t = 0; t < nTags; t++) {
      groupEarned[g * nTags + t] += tally.teamEarned[i * nTags + t];
      groupMax[g * nTags + t] += tally.teamMax[i * nTags + t];
    }
  });
  const questionsPerTag = new Int32Array(nTags);
  for (const q of ix.questions) for (const t of q.tagIdx) questionsPerTag[t]++;
  return ix.tags.map((tag, t) => ({
    tag,
    questions: questionsPerTag[t],
    answers: tally.tagAnswers[t],
    mean: tagMeans[t],
    byTeam: Object.fromEntries(ix.teams.map((team, i) => [team.id, ratio(tally.teamEarned[i * nTags + t], tally.teamMax[i * nTags + t])])),
    byGroup: Object.fromEntries(ix.groups.map((group, g) => [group, ratio(groupEarned[g * nTags + t], groupMax[g * nTags + t])])),
  }));
}

function contestantAnalyses(ix: ContestIndex, tally: AnswerTally, tagMeans: (number | null)[]): ContestantAnalysis[] {
  const nTags = ix.tags.length;
  const nRounds = ix.rounds.length;
  const total = tally.contestantTotal;
  const order = Array.from({ length: ix.contestants.length }, (_, i) => i).sort((a, b) => total[b] - total[a] || a - b);
  const sortedRanks = competitionRanks(order.length, (p, c) => total[order[p]] === total[order[c]]);
  const rank = new Int32Array(order.length);
  order.forEach((c, i) => (rank[c] = sortedRanks[i]));
  const writtenRounds = ix.rounds.filter((r) => r.unit === 'contestant');
  return ix.contestants.map((contestant, c): ContestantAnalysis => {
    const share = (t: number) => ratio(tally.contestantEarned[c * nTags + t], tally.contestantMax[c * nTags + t]);
    return {
      contestantId: contestant.id,
      teamId: contestant.teamId,
      name: contestant.name,
      answered: tally.contestantAnswered[c],
      right: tally.contestantRight[c],
      total: total[c],
      rank: rank[c],
      byRound: Object.fromEntries(writtenRounds.map((r) => [r.round.id, round2(tally.contestantRound[c * nRounds + r.idx])])),
      byTag: Object.fromEntries(ix.tags.map((tag, t) => [tag, share(t)])),
      ...tagStandings(ix.tags, share, tagMeans, ix.thresholds.topTags),
    };
  });
}
