/** GET /api/contests/:id/analysis (the 竞赛分析报告) and the big screen's option bar, as the api sends them. */
import type { ContestStatus, RoundKind } from '../contest';
import type { QuestionType } from '../question';

export type QuestionFlag = 'too-easy' | 'too-hard' | 'negative-discrimination' | 'unused-distractor' | 'distractor-beats-key';

export interface OptionAnalysis {
  key: string;
  picks: number;
  /** 0–1 of the on-time answers (multiple choice: the shares add up to more than 1). */
  share: number;
  isKey: boolean;
  flags: QuestionFlag[];
}

export interface ReportQuestion {
  questionId: string;
  contestQuestionId: string;
  roundId: string;
  /** `round-position` of the placement, e.g. '2-3'. */
  label: string | null;
  type: QuestionType;
  unit: 'contestant' | 'team';
  stem: string;
  points: number;
  position: number;
  tags: string[];
  answered: number;
  graded: number;
  ungraded: number;
  right: number;
  partial: number;
  wrong: number;
  tooLate: number;
  facility: number | null;
  meanShare: number | null;
  discrimination: number | null;
  pointBiserial: number | null;
  optionShares: Record<string, number> | null;
  options: OptionAnalysis[] | null;
  meanSeconds: number | null;
  judgeSpread: number | null;
  flags: QuestionFlag[];
}

export interface TagAnalysis {
  tag: string;
  questions: number;
  answers: number;
  mean: number | null;
  byTeam: Record<string, number | null>;
  byGroup: Record<string, number | null>;
}

export interface TagStanding {
  tag: string;
  share: number;
  delta: number;
}

export interface TeamAnalysis {
  teamId: string;
  name: string;
  group: string | null;
  rank: number;
  score: number;
  byRound: Record<string, number>;
  byTag: Record<string, number | null>;
  rankPath: number[];
  scorePath: number[];
  strongest: TagStanding[];
  weakest: TagStanding[];
}

export interface ContestantAnalysis {
  contestantId: string;
  teamId: string;
  name: string;
  answered: number;
  right: number;
  total: number;
  rank: number;
  byRound: Record<string, number>;
  byTag: Record<string, number | null>;
  strongest: TagStanding[];
  weakest: TagStanding[];
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
  steps: { questionId: string; roundId: string; label: string | null }[];
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
