/** 申诉 (appeals): what the team, the chief judge and the organizer see of an appeal. */
import type { AnswerValue, QuestionType } from '../question';
import type { RevealedAnswer } from './live';

export type AppealStatus = 'pending' | 'accepted' | 'rejected';

/** An appeal as its team sees it (POST /submissions/:id/appeals, GET /contests/:id/appeals/mine, the decision). */
export interface TeamAppeal {
  id: string;
  submissionId: string;
  status: AppealStatus;
  reason: string;
  reply: string | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  createdAt: string;
  decidedAt: string | null;
}

/** One blank as the grader read it. */
export interface GraderBlank {
  index: number;
  given: string;
  correct: boolean;
  expected: string;
  match?: 'value' | 'unit';
}

/** The grade's detail: why the grader gave the score it did. */
export interface GraderDetail {
  reason?: string;
  blanks?: GraderBlank[];
  coverage?: { keyPoint: string; covered: boolean; ratio: number }[];
  suggestedScore?: number;
  selected?: string[];
  /** A judged answer: the panel's scores and the rule. */
  judges?: number;
  scores?: number[];
  rule?: string;
}

/** The appeal queue (GET /contests/:id/appeals): the answer, the key, the grader's reason and the team's. */
export interface AppealQueueItem extends TeamAppeal {
  questionId: string;
  stem: string;
  type: QuestionType;
  maxScore: number;
  key: RevealedAnswer;
  answer: AnswerValue;
  graderDetail: GraderDetail | null;
  /** The organizer only: the chief judge decides blind. */
  teamId?: string;
  teamName?: string;
}

/** PATCH /contests/:id/appeal-settings; also `settings.appeals` of the contest. */
export interface AppealSettings {
  /** Minutes after a question ends to appeal; null: until the next question opens (papers: 10 minutes). */
  windowMinutes: number | null;
  /** The big screen shows 申诉处理中 beside a team with an open appeal. */
  showOnScreen: boolean;
}
