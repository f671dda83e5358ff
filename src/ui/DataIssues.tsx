import {useState} from 'react';
import type {DataIssue} from '../domain/records';
import {plural} from './format';

/** A discreet count of data problems that opens the list: visible to editors, out of everyone else's way. */
export function DataIssues({issues}: {issues: readonly DataIssue[]}) {
  const [open, setOpen] = useState(false);
  if (issues.length === 0) return null;
  return (
    <div className="data-issues" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {plural(issues.length, 'data problem')}
      </button>
      {open && (
        <div className="data-issues-list" role="region" aria-label="Data problems">
          <p>These rows were left off the map. Fix them in data/ and run <code>npm run data:check</code>.</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.file}:{issue.row}{issue.column && `:${issue.column}`}</code> {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
