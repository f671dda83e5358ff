import {Fragment, type ReactNode, createElement} from 'react';
import {useTranslation} from 'react-i18next';
import {useAppStore} from '../store/store';
import {type Formatters, formatters} from './format';
import type {Language} from './languages';
import type {Message} from './message';

export interface I18nTools {
  /** The catalog's message for a key, with its values (ICU: plurals, numbers). */
  t: (key: string, values?: Record<string, unknown>) => string;
  /** A Message (from pure code) in words: list values written with the language's list words. */
  tm: (message: Message) => string;
  /**
   * A message with parts that are elements (a link, a button) where its placeholders are: "Read {about}" with
   * `{about: <a …/>}`. The translator moves the placeholder; the element stays whole.
   */
  tr: (key: string, slots: Record<string, ReactNode>, values?: Record<string, unknown>) => ReactNode;
  f: Formatters;
  language: Language;
}

const SLOT = '\u0000';

export function useI18n(): I18nTools {
  const {t} = useTranslation();
  const language = useAppStore((s) => s.language);
  const f = formatters(language);
  const tm = (m: Message) => t(m.key, m.values && Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, Array.isArray(v) ? f.list(v) : v])));
  const tr = (key: string, slots: Record<string, ReactNode>, values?: Record<string, unknown>) => {
    const marked = Object.fromEntries(Object.keys(slots).map((name) => [name, `${SLOT}${name}${SLOT}`]));
    const parts = t(key, {...values, ...marked}).split(SLOT);
    // Every odd part is a slot's name: "a \0link\0 b" splits into ["a ", "link", " b"].
    return parts.map((part, i) => createElement(Fragment, {key: i}, i % 2 ? slots[part] : part));
  };
  return {t: (key, values) => t(key, values), tm, tr, f, language};
}
