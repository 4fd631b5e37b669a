/** One pass over the graded answers: per question, unit and tag the sums the report's analyses read, each answer scored by its round's rule. Pure. */
import { round2 } from '@jingsai/scoring';
import type { GradedAnswer, ScoringContext } from '@jingsai/scoring';
import type { AnalysisAnswer } from './analysis.types';
import { isRight, maxScoreOf, type ContestIndex, type IndexedQuestion, type IndexedRound } from './contest-index';

type PointsOf = (round: IndexedRound, answer: AnalysisAnswer, score: number, max: number) => number;

/**
 * The round rule's points for one answer (the grade, rescaled when the round overrides the
 * points). One reused argument object: pointsFor is pure and keeps nothing, and a million
 * answers then make no million short-lived objects.
 */
function roundPoints(): PointsOf {
  const graded: GradedAnswer = { teamId: '', contestantId: '', questionId: '', score: 0, maxScore: 0, correct: null, at: new Date(0) };
  const context: ScoringContext = { settings: { kind: 'written', secondsPerQuestion: 0 }, answer: graded };
  return (round, answer, score, max) => {
    graded.teamId = answer.teamId;
    graded.contestantId = answer.contestantId;
    graded.questionId = answer.questionId;
    graded.score = score;
    graded.maxScore = max;
    graded.correct = answer.correct;
    graded.at = answer.receivedAt;
    graded.stake = answer.stake;
    context.settings = round.settings;
    return round.rule.pointsFor(context);
  };
}

/** Sums of one pass over the graded answers. Per-unit × per-tag sums are flat arrays: unit * nTags + tag. */
export interface AnswerTally {
  tagEarned: Float64Array;
  tagMax: Float64Array;
  tagAnswers: Int32Array;
  teamEarned: Float64Array;
  teamMax: Float64Array;
  contestantEarned: Float64Array;
  contestantMax: Float64Array;
  /** unit * nRounds + round: round-rule points in contestant-answered rounds. */
  contestantRound: Float64Array;
  /** Sum of those points, to the cent (as on the board) so that equal totals tie exactly. */
  contestantTotal: Float64Array;
  contestantAnswered: Int32Array;
  contestantRight: Int32Array;
  /** Per question, per answer: its round-rule points when a contestant answered it alone (else 0). */
  answerPoints: Float64Array[];
}

export function tallyAnswers(ix: ContestIndex): AnswerTally {
  const nTags = ix.tags.length;
  const nTeams = ix.teams.length;
  const nContestants = ix.contestants.length;
  const nRounds = ix.rounds.length;
  const t: AnswerTally = {
    tagEarned: new Float64Array(nTags),
    tagMax: new Float64Array(nTags),
    tagAnswers: new Int32Array(nTags),
    teamEarned: new Float64Array(nTeams * nTags),
    teamMax: new Float64Array(nTeams * nTags),
    contestantEarned: new Float64Array(nContestants * nTags),
    contestantMax: new Float64Array(nContestants * nTags),
    contestantRound: new Float64Array(nContestants * nRounds),
    contestantTotal: new Float64Array(nContestants),
    contestantAnswered: new Int32Array(nContestants),
    contestantRight: new Int32Array(nContestants),
    answerPoints: ix.questions.map((q) => new Float64Array(q.round.unit === 'contestant' ? q.answers.length : 0)),
  };
  const pointsOf = roundPoints();
  for (const q of ix.questions) tallyQuestion(t, q, ix, pointsOf);
  for (let c = 0; c < nContestants; c++) t.contestantTotal[c] = round2(t.contestantTotal[c]);
  return t;
}

function tallyQuestion(t: AnswerTally, q: IndexedQuestion, ix: ContestIndex, pointsOf: PointsOf): void {
  const nTags = ix.tags.length;
  const nRounds = ix.rounds.length;
  const { round, tagIdx } = q;
  const byContestant = round.unit === 'contestant';
  q.answers.forEach((answer, i) => {
    const c = q.contestantOf[i];
    const team = q.teamOf[i];
    if (byContestant && c >= 0 && answer.status !== 'too_late') t.contestantAnswered[c]++;
    if (answer.status !== 'graded') return;
    const max = maxScoreOf(answer, q.question);
    const score = answer.score ?? 0;
    for (const tag of tagIdx) {
      t.tagEarned[tag] += score;
      t.tagMax[tag] += max;
      t.tagAnswers[tag]++;
      if (team >= 0) {
        t.teamEarned[team * nTags + tag] += score;
        t.teamMax[team * nTags + tag] += max;
      }
    }
    // Contestant figures come from the rounds each member answers alone.
    if (!byContestant || c < 0) return;
    const points = pointsOf(round, answer, score, max);
    t.answerPoints[q.idx][i] = points;
    t.contestantRound[c * nRounds + round.idx] += points;
    t.contestantTotal[c] += points;
    if (isRight(answer, max)) t.contestantRight[c]++;
    for (const tag of tagIdx) {
      t.contestantEarned[c * nTags + tag] += score;
      t.contestantMax[c * nTags + tag] += max;
    }
  });
}
