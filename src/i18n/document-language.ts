import type {i18n as I18n} from 'i18next';
import {useAppStore} from '../store/store';
import {isRtl, type Language} from './languages';

/**
 * Keeps the translator and the page in the store's language: `lang` so screen readers and fonts read Arabic as
 * Arabic, `dir` so the whole layout mirrors, and the title of the tab.
 */
export function startLanguageSync(i18n: I18n): () => void {
  const apply = (language: Language) => {
    void i18n.changeLanguage(language);
    const root = document.documentElement;
    root.lang = language;
    root.dir = isRtl(language) ? 'rtl' : 'ltr';
    document.title = i18n.t('app.title');
  };
  apply(useAppStore.getState().language);
  return useAppStore.subscribe((s) => s.language, apply);
}
