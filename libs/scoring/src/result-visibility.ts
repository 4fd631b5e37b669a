import { roundRuleFor } from './rules/round-rule.registry';
import type { RoundSettings } from './rules/round-rule.types';

/** When a contestant may learn an answer's result (right/wrong, points). */
export const RESULT_VISIBILITIES = ['immediately', 'after-close', 'after-round'] as const;
export type ResultVisibility = (typeof RESULT_VISIBILITIES)[number];

/**
 * The round's setting, or its kind's default (the rule's `defaultResultVisibility`): a written paper
 * shows results when the round ends, live questions when they close — so a team with several phones
 * cannot try options to learn the key, and a cheer in the hall gives nothing away while others still answer.
 */
export function resultVisibilityOf(settings: Pick<RoundSettings, 'kind' | 'resultVisibility'>): ResultVisibility {
  return settings.resultVisibility ?? roundRuleFor(settings.kind).defaultResultVisibility;
}

export function isResultVisible(visibility: ResultVisibility, state: { questionClosed: boolean; roundEnded: boolean }): boolean {
  switch (visibility) {
    case 'immediately':
      return true;
    case 'after-close':
      return state.questionClosed || state.roundEnded;
    case 'after-round':
      return state.roundEnded;
  }
}
