import type { AnswerValue, Question } from '@jingsai/domain';

/** Size limits on contestant input; the API rejects anything larger before it is stored. */
export const ANSWER_LIMITS = {
  choiceChars: 50,
  choiceEntries: 26,
  truefalseChars: 10,
  blankEntries: 50,
  blankChars: 500,
  shortChars: 5000,
} as const;

function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isStringList(value: unknown, maxEntries: number, maxChars: number): value is string[] {
  return Array.isArray(value) && value.length <= maxEntries && value.every((v) => isShortString(v, maxChars));
}

/**
 * Right JS type and size for the question type. Shapes accepted beyond the HTTP contract, because
 * grading can read them: multiple as 'ACD'; truefalse as '√'/'对'/…; blank as one string (one field).
 */
export function isValidAnswerShape(question: Question, answer: unknown): answer is AnswerValue {
  const L = ANSWER_LIMITS;
  switch (question.type) {
    case 'single':
      return isShortString(answer, L.choiceChars);
    case 'multiple':
      return isShortString(answer, L.choiceChars) || isStringList(answer, L.choiceEntries, L.choiceChars);
    case 'truefalse':
      return typeof answer === 'boolean' || isShortString(answer, L.truefalseChars);
    case 'blank':
      return isShortString(answer, L.blankChars) || isStringList(answer, L.blankEntries, L.blankChars);
    case 'short':
      return isShortString(answer, L.shortChars);
    default:
      return false;
  }
}
