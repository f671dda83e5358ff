import {useEffect, useState} from 'react';
import {retryFile} from '../app/load-dataset';
import {useI18n} from '../i18n/use-i18n';
import {type LoadedFile, useAppStore} from '../store/store';

/**
 * Files that failed, each with its own "Try again", and files still on their way. A failed file never hides the
 * others: the message names it, and everything else is already on the map.
 */
export function FileProblems() {
  const {t, tm} = useI18n();
  const files = useAppStore((s) => s.files);
  const entries = Object.entries(files) as [LoadedFile, NonNullable<(typeof files)[LoadedFile]>][];
  const failed = entries.filter(([, state]) => state.status === 'failed');
  const loading = entries.filter(([, state]) => state.status === 'loading').length;
  return (
    <>
      {failed.length > 0 && (
        <div className="panel-message error" role="alert">
          <p>{t('load.partly')}</p>
          <ul className="file-problems">
            {failed.map(([file, state]) => (
              <li key={file}>
                <span>{state.status === 'failed' && tm(state.problem)}</span>{' '}
                <button type="button" className="button secondary" onClick={() => void retryFile(file)}>{t('load.tryAgain')}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {loading > 0 && (
        <p className="panel-message files-loading" role="status" data-files-loading={loading}>
          {t('load.stillLoading', {count: loading})}
        </p>
      )}
    </>
  );
}

/** Short messages for the person, such as what a shared link asked for that no longer exists. */
export function Notices() {
  const {t, tm} = useI18n();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{tm(n.message)}</span>
          <button type="button" className="link-button" onClick={() => dismiss(n.id)} aria-label={t('notice.dismissLabel', {text: tm(n.message)})}>{t('notice.dismiss')}</button>
        </p>
      ))}
    </div>
  );
}

/** Says when the connection drops: what has loaded keeps working, and what has not yet will need the network. */
export function OfflineNotice() {
  const {t} = useI18n();
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  if (online) return null;
  return <p className="offline-notice" role="status">{t('offline.notice')}</p>;
}
