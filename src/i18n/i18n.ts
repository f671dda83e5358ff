import i18next, {type i18n as I18n} from 'i18next';
import ICU from 'i18next-icu';
import {initReactI18next} from 'react-i18next';
import ar from './catalogs/ar.json';
import en from './catalogs/en.json';
import es from './catalogs/es.json';
import type {Language} from './languages';

/** One catalog per language (src/i18n/catalogs/): ICU messages, keyed alike; English is the reference. */
export const CATALOGS: Record<Language, Record<string, string>> = {en, ar, es};

/**
 * The interface's translator: i18next with ICU MessageFormat, so plurals follow each language's own rules (Arabic
 * has six forms) and numbers inside messages are written in its digits.
 */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources: Object.fromEntries(Object.entries(CATALOGS).map(([lng, catalog]) => [lng, {translation: catalog}])),
      lng: language,
      fallbackLng: 'en',
      initAsync: false,
      interpolation: {escapeValue: false},
      returnEmptyString: false
    });
  return instance;
}
