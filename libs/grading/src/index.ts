export type { BlankDetail, BlankMatch, GradeDetail, GradeReason, GradeResult, GradingOptions, KeyPointCoverage } from './grading.types';
export { gradeAnswer } from './grade-answer';
export { diffGrades } from './grade-result';
export { regradeChanges, type RegradeItem } from './regrade-preview';
export { normalizeBlankText } from './text-normalizer';
export { chineseNumeralToArabic, replaceChineseNumerals } from './chinese-numerals';
export { suggestShortAnswerScore, DEFAULT_COVERAGE_THRESHOLD } from './short.grader';
export { isValidAnswerShape, ANSWER_LIMITS } from './answer-shape';
export { parseChoiceKeys } from './choice-keys';
