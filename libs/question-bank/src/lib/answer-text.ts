/** Reads answer keys written the way exam papers write them. Pure. */
import { foldWidth, trimClause } from './text.util';

/** Option letters, also full width (Ａ–Ｆ) as typed with a Chinese input method. */
const LETTERS = '[A-Fa-fＡ-Ｆ]';
const LETTER_LIST = `${LETTERS}(?:[\\s\\u3000、,，.．]*${LETTERS})*`;

/** 'A、C、D' / 'A,B' / 'ABCD' → ['A','C','D'] (sorted, unique, upper case). */
export function letterList(text: string): string[] {
  return [...new Set(foldWidth(text).toUpperCase().match(/[A-F]/g) ?? [])].sort();
}

/** A prefix that introduces an answer: 答案：, 正确答案:, 参考答案：, 答：, 选择 (as in "选择D"). */
export const ANSWER_PREFIX =
  /[【\[](?:参考|正确|标准)?答案[】\]]\s*[:：]?|(?:(?:参考|正确|标准)?答案|答)\s*[:：]|(?:参考|正确|标准)?答案[为是]?(?=\s*[A-FＡ-Ｆ√×✓✗对错正])|^\s*选择(?=\s*[A-FＡ-Ｆ])/;

/** A line that is only an answer to a choice question: "选择D", "答案：A、C", "正确答案: B". */
export const CHOICE_ANSWER_LINE = new RegExp(`^(?:选择|[【\\[](?:参考|正确|标准)?答案[】\\]]\\s*[:：]?|(?:(?:参考|正确|标准)?答案[为是]?|答)\\s*[:：]?)\\s*(${LETTER_LIST})\\s*[。.]?$`);

/** Letters in brackets inside a stem: (B) （ A、C、D ） (A,B,C,D); "9C)" is a common typo for "(C)" (9 is shift-( on a keyboard). */
export const BRACKET_LETTERS = new RegExp(
  `(?:[(（【]|(?<=[^\\d]\\s?)9)[\\s\\u3000]*(${LETTER_LIST})[\\s\\u3000]*[)）】]|“[\\s\\u3000]*([A-FＡ-Ｆ])[\\s\\u3000]*”`,
  'g',
);

const TRUE_WORDS = ['√', '✓', '✔', '对', '正确', 'T', 'TRUE', 'Y', 'YES', '是'];
const FALSE_WORDS = ['×', '✗', '✘', 'X', '错', '错误', 'F', 'FALSE', 'N', 'NO', '否', '╳'];

/** '√' / '对' / '正确' → true, '×' / '错' / '错误' → false, else null. */
export function trueFalseWord(text: string): boolean | null {
  const t = foldWidth(trimClause(text).replace(/^[(（【[]\s*|\s*[)）】\]]$/g, '')).toUpperCase();
  if (TRUE_WORDS.includes(t)) return true;
  if (FALSE_WORDS.includes(t)) return false;
  return null;
}

export const TF_BRACKET = /[(（【\[][\s\u3000]*(√|✓|✔|×|✗|✘|╳|[xXＸ]|对|错|正确|错误)[\s\u3000]*[)）】\]]/;

/**
 * Splits a blank answer into one item per blank. Papers separate blanks with ； or ;, and
 * items inside one clause with 、 or ，. We try the coarse split first, then the fine one,
 * and when the count lies between, split the leftmost clauses first.
 */
export function splitBlankAnswer(answer: string, blankCount: number): { items: string[]; exact: boolean } {
  const clean = (xs: string[]): string[] => xs.map(trimClause).filter((x) => x.length > 0);
  const coarse = clean(answer.split(/[;；\n]/));
  const fine = clean(answer.split(/[;；\n、，,]/));
  if (blankCount <= 0) return { items: coarse, exact: false };
  if (coarse.length === blankCount) return { items: coarse, exact: true };
  if (fine.length === blankCount) return { items: fine, exact: true };
  if (coarse.length < blankCount && fine.length > blankCount) {
    const items: string[] = [];
    let missing = blankCount - coarse.length;
    for (const clause of coarse) {
      const parts = clean(clause.split(/[、，,]/));
      if (missing > 0 && parts.length > 1 && parts.length - 1 <= missing) {
        items.push(...parts);
        missing -= parts.length - 1;
      } else items.push(clause);
    }
    if (items.length === blankCount) return { items, exact: true };
  }
  // Spaces, slashes or bars sometimes separate items when no punctuation does.
  const spaced = clean(answer.split(/[\s\u3000;；、，,]+/));
  if (spaced.length === blankCount) return { items: spaced, exact: true };
  const slashed = clean(answer.split(/[/／|｜]/));
  if (slashed.length === blankCount) return { items: slashed, exact: true };
  return { items: coarse.length >= blankCount ? coarse : fine, exact: false };
}

export { keyPointsOf } from './key-points';
