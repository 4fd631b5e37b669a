import type { AnswerValue, QuestionType, RoundKind, SubmissionStatus } from '@jingsai/domain';
import type { Adjustment, AnsweringUnit, RoundSettings, ScoreEvent } from '@jingsai/scoring';

// ---------------------------------------------------------------------------------------------
// Input: plain data the API fills from its tables (no DB types).
// ---------------------------------------------------------------------------------------------

export interface AnalysisQuestion {
  id: string;
  type: QuestionType;
  /** The question's points: the max score of its answers unless an answer says otherwise. */
  points: number;
  /** Knowledge points: the paper's part/section headings plus the organizer's tags. */
  tags: string[];
  /** Choice questions: option keys ('A', 'B', …). Derived from the picks and the key when absent. */
  options?: string[];
  /** The key: single 'B', multiple ['A','C'], truefalse true|false; absent/null/'' for a draft. */
  answer?: AnswerValue | null;
  roundId: string;
  /** Place within the round (any comparable number). */
  position: number;
  /** Display label, e.g. '笔答 3'. */
  label?: string;
  /** When the question opened; places adjustments on the rank path (else the answers' openedAt). */
  openedAt?: Date | null;
}

export interface AnalysisRound {
  id: string;
  title: string;
  kind: RoundKind;
  position: number;
  /** Scoring settings of the round (points override, penalties, teamScore…), as the leaderboard uses them. */
  settings?: Partial<Omit<RoundSettings, 'kind'>>;
  /** 加赛: its points only break ties, as on the leaderboard. */
  tieBreak?: boolean;
}

export interface AnalysisTeam {
  id: string;
  name: string;
  /** Region or any roll-up group. */
  group?: string | null;
}

export interface AnalysisContestant {
  id: string;
  teamId: string;
  name: string;
}

export interface AnalysisAnswer {
  questionId: string;
  roundId: string;
  teamId: string;
  /** Who submitted: the member in a written round, whoever typed for the team otherwise. */
  contestantId: string;
  answer: AnswerValue | null;
  status: SubmissionStatus;
  /** Grader's or judges' aggregated score, 0..maxScore; null until graded. */
  score: number | null;
  /** Defaults to the question's points. */
  maxScore?: number;
  /** null = judged short answer (or not graded yet). */
  correct: boolean | null;
  /** Server receive time. */
  receivedAt: Date;
  openedAt: Date | null;
  /** Each judge's score, for short answers. */
  judgeScores?: number[];
  /** Risk rounds: the team's stake on this question. */
  stake?: number;
}

/** A buzz before open (buzzer rounds): a scoring event of its own, not an answer. */
export interface AnalysisFalseStart {
  questionId: string;
  roundId: string;
  teamId: string;
  contestantId: string;
  at: Date;
}

export interface AnalysisThresholds {
  /** Flag `too-easy` above this facility. Default 0.95. */
  tooEasy: number;
  /** Flag `too-hard` below this facility. Default 0.10. */
  tooHard: number;
  /** No flag on a question with fewer answers than this: noise, not evidence. Default 5. */
  minAnswers: number;
  /** Share of answering units in each of the upper and lower groups. Default 0.27. */
  groupShare: number;
  /** Strongest/weakest tags listed per team and contestant. Default 3. */
  topTags: number;
}

export interface AnalysisInput {
  questions: AnalysisQuestion[];
  rounds: AnalysisRound[];
  teams: AnalysisTeam[];
  contestants: AnalysisContestant[];
  answers: AnalysisAnswer[];
  /** Every team starts with it (as on the leaderboard). */
  baseScore: number;
  adjustments?: Adjustment[];
  falseStarts?: AnalysisFalseStart[];
  /**
   * The exact events the leaderboard was computed from. When given they are used as they are;
   * otherwise they are derived from the graded answers with the round rules (`contestScoreEvents`).
   */
  scoreEvents?: ScoreEvent[];
  thresholds?: Partial<AnalysisThresholds>;
}

// ---------------------------------------------------------------------------------------------
// Output. Shares are 0..1 rounded to 4 decimals, points to 2, seconds to 2; null = no data.
// ---------------------------------------------------------------------------------------------

export type DistractorFlag = 'unused-distractor' | 'distractor-beats-key';
export type QuestionFlag = 'too-easy' | 'too-hard' | 'negative-discrimination' | DistractorFlag;

export interface OptionAnalysis {
  key: string;
  /** On-time answers that picked this option. */
  picks: number;
  /** picks / answered (multiple choice: the shares add up to more than 1). */
  share: number;
  isKey: boolean;
  flags: DistractorFlag[];
}

export interface QuestionAnalysis {
  questionId: string;
  roundId: string;
  label: string | null;
  type: QuestionType;
  /** Who answers it, by round kind: contestants (written) or teams (required/buzzer/risk). */
  unit: AnsweringUnit;
  /** On-time answers: graded + awaiting a grade. */
  answered: number;
  graded: number;
  /** On time but not graded yet (pending, judges' review). */
  ungraded: number;
  right: number;
  partial: number;
  wrong: number;
  tooLate: number;
  /** right / graded. */
  facility: number | null;
  /** Mean of score / maxScore over graded answers. */
  meanShare: number | null;
  /** Upper minus lower 27% of answering units (by contest total), on score share; −1..1. */
  discrimination: number | null;
  /** Pearson correlation of score share with the rest of the unit's total (corrected item–total). */
  pointBiserial: number | null;
  /** Choice questions with answers: share per option key (the route's shape). */
  optionShares: Record<string, number> | null;
  options: OptionAnalysis[] | null;
  /** Mean receivedAt − openedAt of on-time answers. */
  meanSeconds: number | null;
  /** Mean over answers with ≥ 2 judge scores of (max − min), in points. */
  judgeSpread: number | null;
  flags: QuestionFlag[];
}

export interface TagAnalysis {
  tag: string;
  questions: number;
  /** Graded answers on questions with this tag. */
  answers: number;
  /** Points earned / points available over those answers. */
  mean: number | null;
  /** Every team, null where it has no graded answer with this tag. */
  byTeam: Record<string, number | null>;
  /** Every group that has teams. */
  byGroup: Record<string, number | null>;
}

export interface TagStanding {
  tag: string;
  share: number;
  /** share − the tag's overall mean: how far above (+) or below (−) the field. */
  delta: number;
}

/** One point of the contest timeline: a question, in contest order. */
export interface AnalysisStep {
  questionId: string;
  roundId: string;
  label: string | null;
}

export interface TeamAnalysis {
  teamId: string;
  name: string;
  group: string | null;
  /** Final rank and score, identical to the staff leaderboard. */
  rank: number;
  score: number;
  /** Leaderboard points per round (tie-break rounds excluded, as on the board). */
  byRound: Record<string, number>;
  /** Share of points per tag, all the team's answers (its own and its members'). */
  byTag: Record<string, number | null>;
  /** Rank after each step (`ContestAnalysis.steps`), ties sharing a rank. */
  rankPath: number[];
  /** Score after each step. */
  scorePath: number[];
  strongest: TagStanding[];
  weakest: TagStanding[];
}

export interface ContestantAnalysis {
  contestantId: string;
  teamId: string;
  name: string;
  /** Figures over the contestant-answered (written) rounds only; team rounds are the team's. */
  answered: number;
  right: number;
  /** Round-rule points over those rounds, to the cent. */
  total: number;
  /** Among contestants, by total; ties share a rank. */
  rank: number;
  byRound: Record<string, number>;
  byTag: Record<string, number | null>;
  strongest: TagStanding[];
  weakest: TagStanding[];
}

export interface ContestAnalysis {
  steps: AnalysisStep[];
  questions: QuestionAnalysis[];
  tags: TagAnalysis[];
  teams: TeamAnalysis[];
  contestants: ContestantAnalysis[];
}
