/** The UI language for code outside React (error messages built in the api client). */
export type Lang = 'zh-CN' | 'en';

let current: Lang = 'zh-CN';

export function currentLang(): Lang {
  return current;
}

export function setCurrentLang(lang: Lang): void {
  current = lang;
}

/** The half of a "中文 / English" server message for a language; text without the separator stays whole. */
export function pickHalf(text: string, lang: Lang): string {
  const parts = text.split(' / ');
  if (parts.length < 2) return text;
  return lang === 'en' ? parts.slice(1).join(' / ') : parts[0];
}
