import type { ValidationError } from 'class-validator';

/** Chinese for class-validator's English default messages, keyed by constraint; numbers and lists come from the English text. */
const ZH: Record<string, (field: string, english: string) => string> = {
  isString: (f) => `${f} 须为文本`,
  isNumber: (f) => `${f} 须为数字`,
  isInt: (f) => `${f} 须为整数`,
  isBoolean: (f) => `${f} 须为 true 或 false`,
  isArray: (f) => `${f} 须为列表`,
  isObject: (f) => `${f} 须为对象`,
  isUuid: (f) => `${f} 须为合法的编号（UUID）`,
  isUrl: (f) => `${f} 须为网址`,
  isDefined: (f) => `${f} 必填`,
  isNotEmpty: (f) => `${f} 不能为空`,
  min: (f, e) => `${f} 不能小于 ${numbersIn(e)[0]}`,
  max: (f, e) => `${f} 不能大于 ${numbersIn(e)[0]}`,
  minLength: (f, e) => `${f} 至少 ${numbersIn(e)[0]} 个字符`,
  maxLength: (f, e) => `${f} 最多 ${numbersIn(e)[0]} 个字符`,
  isLength: (f, e) => {
    const [n, m] = numbersIn(e);
    return /longer.*shorter/.test(e) ? `${f} 须为 ${n}–${m} 个字符` : /longer/.test(e) ? `${f} 至少 ${n} 个字符` : `${f} 最多 ${n} 个字符`;
  },
  arrayMinSize: (f, e) => `${f} 至少 ${numbersIn(e)[0]} 项`,
  arrayMaxSize: (f, e) => `${f} 最多 ${numbersIn(e)[0]} 项`,
  isIn: (f, e) => `${f} 须为以下之一：${e.split(': ').slice(1).join(': ')}`,
  whitelistValidation: (f) => `不认识的字段 ${f}`,
  matches: (f) => `${f} 格式不对`,
};

const numbersIn = (text: string) => text.match(/-?\d+(\.\d+)?/g) ?? ['?'];
/** A DTO's own message already says it in both languages ("中文 / English"). */
const bilingual = (message: string) => /[\u4e00-\u9fff]/.test(message) && message.includes(' / ');

/**
 * Every failed check of a request body as "中文 / English", joined by "; " (clients pick their
 * language per check). Nested fields are named by their path, e.g. `blanks.0.answers`.
 */
export function validationMessage(errors: ValidationError[], parent = ''): string {
  return errors
    .flatMap((error) => {
      const field = parent ? `${parent}.${error.property}` : error.property;
      const own = Object.entries(error.constraints ?? {}).map(([constraint, english]) => {
        if (bilingual(english)) return english;
        const zh = ZH[constraint]?.(field, english) ?? `${field} 不合要求`;
        return `${zh} / ${english}`;
      });
      const nested = error.children?.length ? [validationMessage(error.children, field)] : [];
      return [...own, ...nested];
    })
    .filter(Boolean)
    .join('; ');
}
