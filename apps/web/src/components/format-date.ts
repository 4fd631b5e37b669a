/** Dates and times in the UI language (zh-CN: 2026/12/1 12:12:22; English: 1 Dec 2026, 12:12:22), never the browser's. */
import { useMemo } from 'react';
import { useLang, type Lang } from '../i18n/index';

const LOCALES: Record<Lang, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

export interface DateFormat {
  dateTime: (value: string | number | Date) => string;
  time: (value: string | number | Date) => string;
}

export function dateFormat(lang: Lang): DateFormat {
  const dateTime = new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: lang === 'en' ? 'short' : 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  const time = new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  const at = (value: string | number | Date) => (value instanceof Date ? value : new Date(value));
  return { dateTime: (value) => dateTime.format(at(value)), time: (value) => time.format(at(value)) };
}

export function useDateFormat(): DateFormat {
  const [lang] = useLang();
  return useMemo(() => dateFormat(lang), [lang]);
}
