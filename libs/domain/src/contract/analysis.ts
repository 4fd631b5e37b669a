/** GET /api/contests/:id/analysis (the 竞赛分析报告) and the big screen's option bar, as the api sends them. */
import type { ContestStatus, RoundKind } from '../contest';
import type { QuestionType } from '../question';

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
  unit: 'contestant' | 'team';
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

/** A question of the report: its analysis, and what the report shows of the question itself. */
export interface ReportQuestion extends QuestionAnalysis {
  contestQuestionId: string;
  stem: string;
  points: number;
  position: number;
  tags: string[];
}

export interface ReportSettings {
  optionSharesOnScreen: boolean;
  timeZone: string;
}

export interface AnalysisReport {
  contestId: string;
  title: string;
  status: ContestStatus;
  generatedAt: string;
  settings: ReportSettings;
  rounds: { id: string; title: string; kind: RoundKind; position: number; tieBreak: boolean }[];
  groups: string[];
  steps: AnalysisStep[];
  questions: ReportQuestion[];
  tags: TagAnalysis[];
  teams: TeamAnalysis[];
  contestants: ContestantAnalysis[];
}

/** Why the big screen shows no option bar for a closed question. */
export type OptionSharesHidden = 'off' | 'held' | 'not-choice' | 'no-answers';

/** GET /api/contests/:id/questions/:questionId/option-shares (public). */
export interface OptionSharesView {
  questionId: string;
  shown: boolean;
  hidden?: OptionSharesHidden;
  answered?: number;
  options?: { key: string; picks: number; share: number; isKey?: boolean }[];
  keyRevealed?: boolean;
}
