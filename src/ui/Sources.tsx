import type {Sourced} from '../domain/records';
import {isHttpUrl} from '../loaders/fields';
import {useI18n} from '../i18n/use-i18n';
import {sourceLabel} from '../loaders/fields';

/** Source links of a record. Only http(s) URLs become links; anything else is shown as plain text. */
export function Sources({record}: {record: Sourced}) {
  const {t, f} = useI18n();
  return (
    <div className="sources">
      <span className="sources-label">{t('sources.label')}</span>{' '}
      {record.sources.map((url, i) => (
        <span key={url}>
          {i > 0 && ', '}
          {isHttpUrl(url) ? (
            <a href={url} target="_blank" rel="noopener noreferrer">{sourceLabel(url)}</a>
          ) : (
            <span>{url}</span>
          )}
        </span>
      ))}
      <span className="checked"> · {t('sources.checked', {date: f.date(record.checked)})}</span>
      {record.confidence === 'low' && <span className="badge badge-low" title={t('sources.lowConfidenceTitle')}>{t('sources.lowConfidence')}</span>}
      {record.confidence === 'medium' && <span className="badge badge-medium" title={t('sources.mediumConfidenceTitle')}>{t('sources.mediumConfidence')}</span>}
    </div>
  );
}
