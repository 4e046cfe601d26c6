/**
 * Every string the user reads goes through `t(key)`. Vietnamese is the default; English is
 * the second language. The choice is remembered in localStorage and also switches the
 * Ant Design and dayjs locales.
 * @module
 */
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { en } from './en.ts';
import { type MessageKey, vi } from './vi.ts';

export type Lang = 'vi' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const STORAGE_KEY = 'ketluan.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'vi' || saved === 'en') return saved;
  } catch {
    // storage unavailable: default
  }
  return 'vi';
}

/** Replaces `{name}` placeholders. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) =>
    params[k] === undefined ? m : String(params[k]),
  );
}

function applyLang(lang: Lang) {
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = lang;
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initialLang();
    applyLang(l);
    return l;
  });
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // ignore
    }
    applyLang(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dict = dictionaries[lang];
    return { lang, setLang, t: (key, params) => format(dict[key] ?? vi[key] ?? key, params) };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export function useT(): Translate {
  return useI18n().t;
}
