import { roundRuleFor } from '@jingsai/scoring';
import type { AnsweringUnit, RoundRule, RoundSettings } from '@jingsai/scoring';
import type {
  AnalysisAnswer, AnalysisContestant, AnalysisInput, AnalysisQuestion, AnalysisRound, AnalysisTeam, AnalysisThresholds,
} from './analysis.types';
import { compareText } from './numbers.util';

export const DEFAULT_THRESHOLDS: AnalysisThresholds = { tooEasy: 0.95, tooHard: 0.1, minAnswers: 5, groupShare: 0.27, topTags: 3 };

export interface IndexedRound {
  round: AnalysisRound;
  /** Place in contest order. */
  idx: number;
  settings: RoundSettings;
  rule: RoundRule;
  unit: AnsweringUnit;
  tieBreak: boolean;
}

export interface IndexedQuestion {
  question: AnalysisQuestion;
  /** Place in contest order: the step of the rank path. */
  idx: number;
  round: IndexedRound;
  /** Indexes into ContestIndex.tags, without repeats. */
  tagIdx: number[];
  /** Every answer to it, in input order. */
  answers: AnalysisAnswer[];
  /** Per answer: index of its contestant, −1 if unknown. */
  contestantOf: number[];
  /** Per answer: index of its team, −1 if unknown. */
  teamOf: number[];
  /** When it opened: its own openedAt, else the earliest answer's; null if unknown. */
  openedAt: number | null;
}

/**
 * Everything looked up more than once, built in one pass over the input so that the
 * analysis never scans a list inside a loop.
 */
export interface ContestIndex {
  thresholds: AnalysisThresholds;
  rounds: IndexedRound[];
  roundById: Map<string, IndexedRound>;
  /** Contest order: round position, then question position, then id. */
  questions: IndexedQuestion[];
  questionById: Map<string, IndexedQuestion>;
  /** Distinct tags in order of first appearance along the contest. */
  tags: string[];
  teams: AnalysisTeam[];
  teamIdx: Map<string, number>;
  /** Distinct team groups, in team order. */
  groups: string[];
  /** Per team: index into groups, −1 without a group. */
  teamGroup: Int32Array;
  contestants: AnalysisContestant[];
  contestantIdx: Map<string, number>;
  /** Per contestant: index of its team, −1 when the team is unknown. */
  contestantTeam: Int32Array;
  /** Contestants per team (the written rule's divisor for teamScore 'mean'). */
  teamSizes: Record<string, number>;
}

/** Questions of an unknown round, and answers to unknown questions, are left out: they cannot be placed. */
export function indexContest(input: AnalysisInput): ContestIndex {
  const rounds = [...input.rounds]
    .sort((a, b) => a.position - b.position || compareText(a.id, b.id))
    .map((round, idx): IndexedRound => {
      const settings: RoundSettings = { secondsPerQuestion: 0, ...round.settings, kind: round.kind };
      const rule = roundRuleFor(round.kind);
      return { round, idx, settings, rule, unit: rule.answeringUnit(settings), tieBreak: round.tieBreak === true };
    });
  const roundById = new Map(rounds.map((r) => [r.round.id, r]));

  const placed = input.questions
    .filter((q) => roundById.has(q.roundId))
    .sort((a, b) => {
      const ra = roundById.get(a.roundId) as IndexedRound;
      const rb = roundById.get(b.roundId) as IndexedRound;
      return ra.idx - rb.idx || a.position - b.position || compareText(a.id, b.id);
    });
  const tags: string[] = [];
  const tagIndex = new Map<string, number>();
  const questions = placed.map((question, idx): IndexedQuestion => {
    const tagIdx: number[] = [];
    for (const tag of question.tags) {
      let t = tagIndex.get(tag);
      if (t === undefined) {
        t = tags.length;
        tags.push(tag);
        tagIndex.set(tag, t);
      }
      if (!tagIdx.includes(t)) tagIdx.push(t);
    }
    const openedAt = question.openedAt ? question.openedAt.getTime() : null;
    return { question, idx, round: roundById.get(question.roundId) as IndexedRound, tagIdx, answers: [], contestantOf: [], teamOf: [], openedAt };
  });
  const teamIdx = new Map(input.teams.map((t, i) => [t.id, i]));
  const contestantIdx = new Map(input.contestants.map((c, i) => [c.id, i]));
  const contestantTeam = Int32Array.from(input.contestants, (c) => teamIdx.get(c.teamId) ?? -1);
  const questionById = new Map(questions.map((q) => [q.question.id, q]));
  for (const answer of input.answers) {
    const q = questionById.get(answer.questionId);
    if (!q) continue;
    q.answers.push(answer);
    // Every later pass reads these indexes: the only map look-ups per answer are here.
    const c = contestantIdx.get(answer.contestantId) ?? -1;
    q.contestantOf.push(c);
    q.teamOf.push(c >= 0 && input.contestants[c].teamId === answer.teamId ? contestantTeam[c] : teamIdx.get(answer.teamId) ?? -1);
    if (!q.question.openedAt && answer.openedAt) {
      const opened = answer.openedAt.getTime();
      if (q.openedAt === null || opened < q.openedAt) q.openedAt = opened;
    }
  }

  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  const teamGroup = new Int32Array(input.teams.length).fill(-1);
  input.teams.forEach((team, i) => {
    if (team.group == null) return;
    let g = groupIndex.get(team.group);
    if (g === undefined) {
      g = groups.length;
      groups.push(team.group);
      groupIndex.set(team.group, g);
    }
    teamGroup[i] = g;
  });

  const teamSizes: Record<string, number> = {};
  for (const c of input.contestants) teamSizes[c.teamId] = (teamSizes[c.teamId] ?? 0) + 1;

  return {
    thresholds: { ...DEFAULT_THRESHOLDS, ...input.thresholds },
    rounds,
    roundById,
    questions,
    questionById,
    tags,
    teams: input.teams,
    teamIdx,
    groups,
    teamGroup,
    contestants: input.contestants,
    contestantIdx,
    contestantTeam,
    teamSizes,
  };
}

/** The answer's max score: its own, else its question's points. */
export function maxScoreOf(answer: AnalysisAnswer, question: AnalysisQuestion): number {
  return answer.maxScore ?? question.points;
}

/**
 * Fully right: marked correct, or (judged, correct null) given every point. A `correct: false`
 * answer with points (少选 partial credit) is partial, never right.
 */
export function isRight(answer: AnalysisAnswer, maxScore: number): boolean {
  if (answer.correct !== null) return answer.correct;
  return maxScore > 0 && (answer.score ?? 0) >= maxScore;
}
