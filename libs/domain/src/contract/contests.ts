/** Contests, teams, rounds and their settings as the api answers them (GET /contests, /contests/:id …). */
import type { ContestStatus, GroupScoreMode, RoundKind, RoundQuestionStatus } from '../contest';
import type { QuestionType } from '../question';
import type { AppealSettings } from './appeals';

/** Dates are ISO strings on the wire; the api annotates its returns with `Date` (serialised by JSON). */
export type WireDate = string;

export interface ContestSettings {
  /** Answers up to this many ms after the deadline still count. */
  graceMs?: number;
  /** Public board frozen from this ISO time (manual freeze), or for the last N minutes before `endsAt`. */
  freeze?: { mode: 'manual'; frozenAt: string } | { mode: 'lastMinutes'; minutes: number; contestEndsAt: string } | null;
  /** Lifelines per team for the whole contest, e.g. 2 智囊团 (think-tank) consultations. */
  lifelines?: { thinkTank: number };
  appeals?: AppealSettings;
  /** Group totals on the board: the mean of the group's teams (default) or their sum. */
  groupScore?: GroupScoreMode;
  /** The venue: whether the big screen's lobby shows the join codes, and the address phones use. */
  venue?: { showJoinCodes?: boolean; joinUrl?: string | null };
  /** The analysis report: the big screen's option bar after a question closes; the results workbook's time zone. */
  report?: { optionSharesOnScreen?: boolean; timeZone?: string };
}

export interface ContestSummary<D = WireDate> {
  id: string;
  title: string;
  status: ContestStatus;
  baseScore: number;
  version: number;
  createdAt: D;
  settings: ContestSettings;
}

export interface RoundQuestionState<D = WireDate> {
  questionId: string;
  position: number;
  status: RoundQuestionStatus;
  openedAt: D | null;
  deadline: D | null;
  closedAt: D | null;
  assignedTeamId: string | null;
}

export interface ContestTeam {
  id: string;
  name: string;
  group: string | null;
  joinCode?: string;
  /** Seats for teams without a roster; null when the team joins by roster. */
  memberCap?: number | null;
}

export type ResultVisibility = 'immediately' | 'after-close' | 'after-round';

export type MultiplePolicyInput = { kind: 'all-or-nothing' } | { kind: 'partial'; share: number; wrongPoints?: number };

/** 笔答/初赛: what each contestant draws from the round's questions, and their personal time limit. */
export interface PaperSettings {
  draw: { category?: string; type?: QuestionType; count: number }[];
  /** Personal time limit, from the moment the contestant opens the paper. */
  minutes: number;
  /** Shuffle each choice question's options per contestant (default true). */
  shuffleOptions?: boolean;
}

/** What the api keeps of a round beside the scoring rules' settings: judges, papers, tie-breaks, turns. */
export interface RoundApiSettings {
  judgesPerAnswer?: number;
  judgeRule?: 'mean' | 'median' | 'trimmed';
  maxSpread?: number;
  /** Written rounds as individual papers: the round's questions are the pool each paper is drawn from. */
  paper?: PaperSettings;
  /** 加赛: a tie-break round; its points only break ties (first key after the score). */
  tieBreak?: boolean;
  /** Tie-break round: the only teams that may answer its questions (all teams when absent). */
  tieBreakTeams?: string[];
  /** 'in-turn': each question is assigned to one team when it opens (必答 in turn). Default 'all'. */
  assignment?: 'all' | 'in-turn';
}

/** The scoring rules' settings a round may set: declared once, for the API's input and libs/scoring's RoundSettings. */
export interface RoundRuleOptions {
  /** Points of a right answer when the round overrides the question's points (partial credit scales). */
  points?: number;
  /** Points lost for a wrong answer (buzzer, required): a positive number. */
  wrongPenalty?: number;
  /** Buzzer: points lost for a buzz before open. */
  falseStartPenalty?: number;
  /** Buzzer (补答): after a wrong answer the right passes to the next buzzer. */
  passOnWrong?: boolean;
  /** Risk: stake tiers, e.g. [10, 20, 30]. */
  stakes?: number[];
  /** Risk: each tier usable once per team in the round. */
  stakeOncePerTeam?: boolean;
  /** Speed (速答): the share of the points the 1st, 2nd, … right answer earns; later ones the last tier. */
  speedTiers?: number[];
  /** Written: team score = sum or mean of members. */
  teamScore?: 'sum' | 'mean';
  /** Blanks need the exact forms: no equal numbers in other notations, no forgiven units. */
  strict?: boolean;
}

/** A round's settings, as POST /contests/:id/rounds takes them and GET /contests/:id answers them. */
export interface RoundSettingsInput extends RoundApiSettings, RoundRuleOptions {
  multiplePolicy?: MultiplePolicyInput;
  /** When contestants learn results; the server's default depends on the kind. */
  resultVisibility?: ResultVisibility;
}

export type ContestRoundSettings = RoundSettingsInput;

export interface ContestRound<D = WireDate> {
  id: string;
  title: string;
  kind: RoundKind;
  position: number;
  secondsPerQuestion: number;
  settings: ContestRoundSettings;
  questions: RoundQuestionState<D>[];
}

export interface ContestDetails<D = WireDate> extends ContestSummary<D> {
  teams: ContestTeam[];
  rounds: ContestRound<D>[];
  /** Only in a judge's own view: whether they are this contest's chief judge (who decides appeals). */
  chiefJudge?: boolean;
}

/** POST /contests/:id/teams. */
export interface CreatedTeam extends ContestTeam {
  joinCode: string;
  roster: string[] | null;
}

/** POST /contests/:id/rounds. */
export type CreatedRound = Omit<ContestRound, 'questions'> & { questionIds: string[] };

/** A judge of a contest (POST/GET /contests/:id/judges). */
export interface AssignedJudge {
  userId: string;
  username: string;
  chief: boolean;
}
