import { analyseContest, type AnalysisAnswer, type AnalysisQuestion, type AnalysisRound } from '@jingsai/analysis';

/** Why the big screen shows no option bar for a closed question. */
export type OptionSharesHidden = 'off' | 'held' | 'not-choice' | 'no-answers';

/**
 * GET /api/contests/:id/questions/:questionId/option-shares (public, for the big screen): the share of
 * on-time answers that picked each option, once the question has closed and the organizer switched the
 * bar on. The key is marked only once it has been revealed.
 */
export interface OptionSharesView {
  questionId: string;
  shown: boolean;
  hidden?: OptionSharesHidden;
  /** On-time answers (the denominator of each share). */
  answered?: number;
  options?: { key: string; picks: number; share: number; isKey?: boolean }[];
  keyRevealed?: boolean;
}

/**
 * One question's option shares, computed by the same `analyseContest` as the report (a slice of the
 * contest holding only this question and its answers), so the screen and the report never disagree.
 */
export function optionSharesOf(question: AnalysisQuestion, round: AnalysisRound, answers: AnalysisAnswer[], keyRevealed: boolean): OptionSharesView {
  const analysis = analyseContest({ questions: [question], rounds: [round], teams: [], contestants: [], answers, baseScore: 0, scoreEvents: [] });
  const item = analysis.questions[0];
  if (!item?.options) return { questionId: question.id, shown: false, hidden: item && item.answered === 0 ? 'no-answers' : 'not-choice' };
  return {
    questionId: question.id,
    shown: true,
    answered: item.answered,
    keyRevealed,
    options: item.options.map((o) => ({ key: o.key, picks: o.picks, share: o.share, ...(keyRevealed ? { isKey: o.isKey } : {}) })),
  };
}
