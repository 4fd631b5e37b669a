import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { currentLang, pickHalf, setCurrentLang, type Lang } from './current-lang';
import { en } from './en';
import { zhCN, type Dictionary, type MessageKey } from './zh-CN';

export type { Lang } from './current-lang';

const STORAGE_KEY = 'jingsai.lang';
const dictionaries: Record<Lang, Dictionary> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  setCurrentLang(stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN');
  return currentLang();
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setCurrentLang(next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const t = useCallback<Translate>(
    (key, vars) => {
      let text: string = dictionaries[lang][key];
      if (vars) for (const [name, value] of Object.entries(vars)) text = text.split(`{${name}}`).join(String(value));
      return text;
    },
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('I18nProvider missing');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLang(): [Lang, (lang: Lang) => void] {
  const { lang, setLang } = useI18n();
  return [lang, setLang];
}

/** Picks the half of a "中文 / English" pair (or a {zh,en} label) for the current language. */
export function useBilingual(): (text: string | { zh: string; en: string }) => string {
  const [lang] = useLang();
  return useCallback(
    (text) => {
      if (typeof text !== 'string') return lang === 'en' ? text.en : text.zh;
      return pickHalf(text, lang);
    },
    [lang],
  );
}
