/** One expected question of a paper, and shorthands for writing them by type. */
import type { QuestionType } from '@jingsai/domain';

export interface PaperExpectation {
  type: QuestionType;
  stem: string;
  options?: string[];
  answer?: string | string[] | boolean;
  blanks?: string[];
  keyPoints?: string[];
}

export const TF = (stem: string, answer: boolean): PaperExpectation => ({ type: 'truefalse', stem, answer });
export const S = (stem: string, options: string[], answer: string): PaperExpectation => ({ type: 'single', stem, options, answer });
export const M = (stem: string, options: string[], answer: string): PaperExpectation => ({ type: 'multiple', stem, options, answer: answer.split('') });
export const B = (stem: string, ...blanks: string[]): PaperExpectation => ({ type: 'blank', stem, blanks });
export const Q = (stem: string, ...keyPoints: string[]): PaperExpectation => ({ type: 'short', stem, keyPoints });
