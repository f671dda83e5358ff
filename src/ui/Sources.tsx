import type {Sourced} from '../domain/records';
import {isHttpUrl} from '../loaders/fields';
import {formatPartialDate, sourceLabel} from './format';

/** Source links of a record. Only http(s) URLs become links; anything else is shown as plain text. */
export function Sources({record}: {record: Sourced}) {
  return (
    <div className="sources">
      <span className="sources-label">Sources:</span>{' '}
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
      <span className="checked"> · checked {formatPartialDate(record.checked)}</span>
      {record.confidence === 'low' && <span className="badge badge-low" title="Only a crowd-sourced or ambiguous source supports this record">low confidence</span>}
      {record.confidence === 'medium' && <span className="badge badge-medium" title="Supported by a secondary or aggregated source">medium confidence</span>}
    </div>
  );
}
