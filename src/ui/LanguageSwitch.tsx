import {LANGUAGE_NAMES, LANGUAGES} from '../i18n/languages';
import {useI18n} from '../i18n/use-i18n';
import {useAppStore} from '../store/store';

/** The three languages, each written in itself, so a person finds theirs without reading the current one. */
export function LanguageSwitch() {
  const {t, language} = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="link-button"
          aria-pressed={l === language}
          onClick={() => useAppStore.setState({language: l})}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
