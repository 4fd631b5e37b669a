/** The UI language for code outside React (error messages built in the api client). */
import { validationMessageInChinese } from './validation-messages';

export type Lang = 'zh-CN' | 'en';

let current: Lang = 'zh-CN';

export function currentLang(): Lang {
  return current;
}

export function setCurrentLang(lang: Lang): void {
  current = lang;
}

function pickOne(text: string, lang: Lang): string {
  const parts = text.split(' / ');
  if (parts.length < 2) return lang === 'en' ? text : validationMessageInChinese(text);
  return lang === 'en' ? parts.slice(1).join(' / ') : parts[0];
}

/**
 * The half of a "中文 / English" server message for a language; text without the separator stays whole (in Chinese,
 * the server's English-only request checks are said in Chinese). Several checks joined with "; " are picked one by one.
 */
export function pickHalf(text: string, lang: Lang): string {
  const checks = text.split('; ');
  if (checks.length > 1 && checks.every((check) => check.includes(' / ') || /^[\x20-\x7e]+$/.test(check))) {
    return checks.map((check) => pickOne(check, lang)).join(lang === 'en' ? '; ' : '；');
  }
  return pickOne(text, lang);
}
