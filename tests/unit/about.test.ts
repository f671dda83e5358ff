import {describe, expect, it} from 'vitest';
import type {Sourced} from '../../src/domain/records';
import {citedSites} from '../../src/ui/AboutData';
import {formatPartialDate} from '../../src/ui/format';

const record = (...sources: string[]): Sourced => ({sources, checked: '2026-11-21', confidence: 'high'});

describe('about the data', () => {
  it('counts each cited site once per record, most cited first', () => {
    const sites = citedSites([
      record('https://www.example.org/a', 'https://example.org/b'),
      record('https://news.example.com/x'),
      record('https://example.org/c')
    ]);
    expect(sites).toEqual([['example.org', 2], ['news.example.com', 1]]);
  });

  it('never shows a date more precise than its source', () => {
    expect(formatPartialDate('2023-11-21')).toBe('Nov 21, 2023');
    expect(formatPartialDate('2024-01')).toBe('Jan 2024');
    expect(formatPartialDate('2024')).toBe('2024');
  });
});
