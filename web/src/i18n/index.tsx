/**
 * Tiny i18n: Danish by default, English as second locale, the choice kept in
 * localStorage. `useT()` gives `t(key, params)`; `{name}` placeholders are
 * replaced from params.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { da } from './da.ts';
import type { MessageKey } from './da.ts';
import { en } from './en.ts';

export type { MessageKey } from './da.ts';
export type Lang = 'da' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const storageKey = 'jobspor.lang';
const catalogues: Record<Lang, Record<MessageKey, string>> = { da, en };

function storedLang(): Lang {
  try {
    return window.localStorage.getItem(storageKey) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Looks up a key that is built at run time (e.g. `benefit.${type}`), falling back to the raw value. */
export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(da, key);
}

interface I18nValue {
  lang: Lang;
  locale: string;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);

  const value = useMemo<I18nValue>(() => {
    const catalogue = catalogues[lang];
    return {
      lang,
      locale: lang === 'da' ? 'da-DK' : 'en-GB',
      setLang,
      t: (key, params) => format(catalogue[key], params),
    };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The translate function for the current language. */
export function useT(): Translate {
  return useI18n().t;
}

/** Message keys that come as a pair `${base}.one` / `${base}.other`; the base is passed to `plural`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never }[MessageKey];

/**
 * The singular or plural form of a counted phrase, with `{count}` filled in:
 * `plural(t, 'count.overdue', 1)` is '1 forfalden', with 3 it is '3 forfaldne'.
 * Danish and English both use the singular for exactly one.
 */
export function plural(t: Translate, key: PluralKey, count: number, params?: Params): string {
  return t(`${key}.${count === 1 ? 'one' : 'other'}` as MessageKey, { ...params, count });
}
