import type { AnalysisAnswer, AnalysisInput, AnalysisQuestion } from '@jingsai/analysis';
import type { ScoreEvent } from '@jingsai/scoring';
import type { ContestQuestion } from '../answering/contest-question.repository';
import type { ContestEntity, RoundEntity, RoundQuestionEntity, StakeEntity, TeamEntity } from '../database/entities';
import type { ScoreLog } from '../leaderboard/score-log.repository';
import type { AnalysisRows, AnalysisSubmissionRow } from './analysis.repository';

/** What the analysis input is made from: the contest's tables and the leaderboard's own events. */
export interface AnalysisSources {
  contest: Pick<ContestEntity, 'baseScore'>;
  rounds: RoundEntity[];
  teams: TeamEntity[];
  copies: ContestQuestion[];
  placements: RoundQuestionEntity[];
  /** The graded answers, as the score log holds them. */
  scored: ScoreLog['submissions'];
  stakes: Pick<StakeEntity, 'roundQuestionId' | 'teamId' | 'points'>[];
  rows: AnalysisRows;
  /** The staff board's events (`LeaderboardService.scoreEvents`): the rank path ends on the board. */
  scoreEvents: ScoreEvent[];
  adjustments: { teamId: string; points: number; reason: string; at: Date }[];
}

/** A placed question's key in the analysis: its id, or `id@roundId` when a contest uses it in a second round. */
export type PlacementKeys = (roundId: string, questionId: string) => string;

export interface BuiltInput {
  input: AnalysisInput;
  keyOf: PlacementKeys;
  /** By analysis key: the placement and the contest's copy. */
  placements: Map<string, { placement: RoundQuestionEntity; copy: ContestQuestion | undefined }>;
}

/** Choice questions name their options; the key only for the kinds that have one. */
export function choiceFields(copy: ContestQuestion | undefined): Pick<AnalysisQuestion, 'options' | 'answer'> {
  if (!copy) return {};
  if (copy.type === 'single' || copy.type === 'multiple') return { options: copy.options.map((o) => o.key), answer: copy.answer };
  if (copy.type === 'truefalse') return { answer: copy.answer };
  return {};
}

/**
 * The analysis input from the contest's tables: questions from the contest's own copies (never the
 * bank), answers of every status (the graded ones from the score log) with their judges' scores and
 * stakes, and the leaderboard's events.
 */
export function buildAnalysisInput(src: AnalysisSources): BuiltInput {
  const roundById = new Map(src.rounds.map((r) => [r.id, r]));
  const copyById = new Map(src.copies.map((c) => [c.id, c]));
  // A question used again in a later round gets a key of its own there.
  const ordered = [...src.placements].sort((a, b) => (roundById.get(a.roundId)?.position ?? 0) - (roundById.get(b.roundId)?.position ?? 0) || a.position - b.position);
  const keys = new Map<string, string>();
  const seen = new Set<string>();
  const placements: BuiltInput['placements'] = new Map();
  for (const rq of ordered) {
    if (!roundById.has(rq.roundId)) continue;
    const key = seen.has(rq.questionId) ? `${rq.questionId}@${rq.roundId}` : rq.questionId;
    seen.add(rq.questionId);
    keys.set(`${rq.roundId}:${rq.questionId}`, key);
    placements.set(key, { placement: rq, copy: copyById.get(rq.questionId) });
  }
  // Almost always every question is placed once: its key is its id, no look-up per answer.
  const placedOnce = placements.size === seen.size;
  const keyOf: PlacementKeys = placedOnce ? (_roundId, questionId) => questionId : (roundId, questionId) => keys.get(`${roundId}:${questionId}`) ?? questionId;
  const paperRounds = new Set(src.rounds.filter((r) => r.settings.paper).map((r) => r.id));

  const questions: AnalysisQuestion[] = [];
  for (const [key, { placement, copy }] of placements) {
    const round = roundById.get(placement.roundId) as RoundEntity;
    questions.push({
      id: key,
      type: copy?.type ?? 'short',
      points: copy?.points ?? 0,
      tags: copy?.tags ?? [],
      ...choiceFields(copy),
      roundId: placement.roundId,
      position: placement.position,
      label: `${round.position}-${placement.position}`,
      openedAt: paperRounds.has(round.id) ? null : placement.openedAt,
    });
  }

  const openedAt = new Map(src.placements.map((rq) => [rq.id, paperRounds.has(rq.roundId) ? null : rq.openedAt]));
  const stakes = new Map(src.stakes.map((k) => [`${k.roundQuestionId}:${k.teamId}`, k.points]));
  const judged = src.rows.judgeScores.size > 0;
  const answers: AnalysisAnswer[] = [];
  // The few unscored answers are looked up, not the many scored ones.
  const unscoredIds = new Set(src.rows.unscored.map((s) => s.id));
  const gradedMeanwhile = new Set<string>();
  const add = (s: Omit<AnalysisSubmissionRow, 'status' | 'answer'>, status: AnalysisSubmissionRow['status'], answer: AnalysisSubmissionRow['answer']) =>
    answers.push({
      questionId: keyOf(s.roundId, s.questionId),
      roundId: s.roundId,
      teamId: s.teamId,
      contestantId: s.contestantId,
      answer,
      status,
      score: s.score,
      correct: s.correct,
      receivedAt: s.receivedAt,
      openedAt: openedAt.get(s.roundQuestionId) ?? null,
      judgeScores: judged ? src.rows.judgeScores.get(s.id) : undefined,
      stake: stakes.size ? stakes.get(`${s.roundQuestionId}:${s.teamId}`) : undefined,
    });
  for (const s of src.scored) {
    if (unscoredIds.size && unscoredIds.has(s.id)) gradedMeanwhile.add(s.id);
    add(s, 'graded', src.rows.choiceAnswers.get(s.id) ?? null);
  }
  // An answer graded after the unscored ones were read is in both: the graded copy counts.
  for (const s of src.rows.unscored) if (!gradedMeanwhile.has(s.id)) add(s, s.status, s.answer);

  return {
    keyOf,
    placements,
    input: {
      questions,
      rounds: src.rounds.map((r) => ({
        id: r.id,
        title: r.title,
        kind: r.kind,
        position: r.position,
        settings: { secondsPerQuestion: r.secondsPerQuestion, ...r.settings },
        tieBreak: Boolean(r.settings.tieBreak),
      })),
      teams: src.teams.map((t) => ({ id: t.id, name: t.name, group: t.groupName })),
      contestants: src.rows.contestants,
      answers,
      baseScore: src.contest.baseScore,
      adjustments: src.adjustments,
      // Events name the bank question: only a question placed twice needs them renamed.
      scoreEvents: placedOnce ? src.scoreEvents : src.scoreEvents.map((e) => ({ ...e, questionId: keyOf(e.roundId, e.questionId) })),
    },
  };
}
