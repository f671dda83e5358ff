import {describe, expect, it} from 'vitest';
import type {DataIssue} from '../../src/domain/records';
import {issueText} from '../../src/i18n/data-issue';
import {formatters} from '../../src/i18n/format';
import {createI18n} from '../../src/i18n/i18n';
import type {Language} from '../../src/i18n/languages';
import type {Message} from '../../src/i18n/message';
import {parseDataset} from '../../src/loaders/dataset';
import {fixtureTexts} from '../fixtures/dataset-texts';
import {english} from '../fixtures/english';

/** A writer of messages in a language, as the interface's `tm` is: list values in the language's list words. */
function writer(language: Language): (m: Message) => string {
  const i18n = createI18n(language);
  const f = formatters(language);
  return (m) => i18n.t(m.key, m.values && Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, Array.isArray(v) ? f.list(v) : v])));
}

/** The words of a problem's template: its text without the values from the data (ids, file names, the cell). */
function templateWords(issue: DataIssue, text: string): string[] {
  const values = [...Object.values(issue.text.values ?? {}).flatMap((v) => (Array.isArray(v) ? v : [String(v)])), ...(issue.found === undefined ? [] : [issue.found])];
  const bare = values.sort((a, b) => b.length - a.length).reduce((t, v) => t.split(v).join(' '), text);
  return bare.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('a data problem in the reader’s language', () => {
  const fixture = fixtureTexts();
  // One bad row: its status is outside the vocabulary.
  const dataset = parseDataset({...fixture, campaigns: fixture.campaigns.replace(',passed,', ',adopted,')});
  const issues = dataset.issues.filter((i) => i.file === 'campaigns.csv');

  it('is a message of the catalogs, worded as before in English', () => {
    expect(issues.map((i) => `${i.row}:${i.column} ${issueText(i, english)}`)).toEqual([
      '2:status must be one of: organizing, introduced, passed, overridden, failed, vetoed, withdrawn, rescinded, ended (found "adopted")'
    ]);
  });

  it.each(['ar', 'es'] as const)('in %s, keeps no English word of its template, only the values from the file', (language) => {
    const write = writer(language);
    for (const issue of issues) {
      const text = issueText(issue, write);
      expect(text).toContain('adopted');
      expect(text).toContain('organizing');
      const englishWords = new Set(templateWords(issue, issueText(issue, english)));
      expect(englishWords.size).toBeGreaterThan(0);
      expect(templateWords(issue, text).filter((w) => englishWords.has(w)), text).toEqual([]);
      if (language === 'ar') expect(templateWords(issue, text), text).toEqual([]);
    }
  });

  it.each(['ar', 'es'] as const)('in %s, words the common problems without English', (language) => {
    const write = writer(language);
    const problems: DataIssue[] = [
      {file: 'campaigns.csv', row: 3, column: 'id', text: {key: 'issue.duplicateId', values: {id: 'dearborn-x', first: '2'}}},
      {file: 'campaigns.csv', row: 4, column: 'summary', text: {key: 'issue.empty'}},
      {file: 'campaigns.csv', row: 5, column: 'decided', text: {key: 'issue.needsDecided', values: {status: 'passed'}}},
      {file: 'campaigns.csv', row: 1, column: 'title', text: {key: 'issue.missingColumn'}},
      {file: 'campaigns.csv', row: 7, column: '', text: {key: 'issue.csvMismatched', values: {count: 5, n: '5', rows: '2, 3, 4', fields: 12}}},
      {file: 'municipalities.geojson', row: 0, column: '', text: {key: 'issue.refused.zip'}}
    ];
    for (const issue of problems) {
      const text = issueText(issue, write);
      const englishWords = new Set(templateWords(issue, issueText(issue, english)));
      const left = templateWords(issue, text).filter((w) => englishWords.has(w) || language === 'ar');
      // Names of formats and columns (CSV, UTF, no_date_reason) are the file's words, the same in every language.
      expect(left.filter((w) => !['CSV', 'UTF', 'no', 'date', 'reason', 'Excel', 'zip'].includes(w)), text).toEqual([]);
    }
  });
});
