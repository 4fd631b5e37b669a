import { analyseContest, type AnalysisAnswer, type AnalysisQuestion, type AnalysisRound } from '@jingsai/analysis';
import type { OptionSharesView, OptionSharesHidden } from '@jingsai/domain';

export type { OptionSharesHidden };

export type { OptionSharesView };

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
