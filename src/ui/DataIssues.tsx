import {useState} from 'react';
import type {DataIssue} from '../domain/records';
import {issueText} from '../i18n/data-issue';
import {useI18n} from '../i18n/use-i18n';

/** A discreet count of data problems that opens the list: visible to editors, out of everyone else's way. */
export function DataIssues({issues}: {issues: readonly DataIssue[]}) {
  const {t, tm, tr} = useI18n();
  const [open, setOpen] = useState(false);
  if (issues.length === 0) return null;
  return (
    <div className="data-issues" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('dataIssues.count', {count: issues.length})}
      </button>
      {open && (
        <div className="data-issues-list" role="region" aria-label={t('dataIssues.label')}>
          <p>{tr('dataIssues.intro', {command: <code>npm run data:check</code>})}</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.file}:{issue.row}{issue.column && `:${issue.column}`}</code> <bdi>{issueText(issue, tm)}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
