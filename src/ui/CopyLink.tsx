import {useState} from 'react';
import {useI18n} from '../i18n/use-i18n';

/** Copies the address of the current view; where the clipboard is unavailable, shows the link to copy by hand. */
export function CopyLink() {
  const {t} = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(location.href);
      setState('copied');
      setTimeout(() => setState('idle'), 2500);
    } catch {
      setState('manual');
    }
  }
  return (
    <span className="copy-link">
      <button type="button" className="link-button" onClick={copy}>{t('share.copy')}</button>
      <span role="status" className="copy-status">{state === 'copied' ? t('share.copied') : ''}</span>
      {state === 'manual' && (
        <input aria-label={t('share.linkLabel')} readOnly value={location.href} onFocus={(e) => e.target.select()} autoFocus />
      )}
    </span>
  );
}
