import {describe, expect, it} from 'vitest';
import type {Sourced} from '../../src/domain/records';
import {formatters} from '../../src/i18n/format';
import {message} from '../../src/i18n/message';
import {citedSites} from '../../src/loaders/sources';
import {english} from '../fixtures/english';

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
    const {date} = formatters('en');
    expect(date('2023-11-21')).toBe('Nov 21, 2023');
    expect(date('2024-01')).toBe('Jan 2024');
    expect(date('2024')).toBe('2024');
    expect(english(message('about.introLatest', {date: date('2026-11-21')}))).toMatch(/last checked \(most recently Nov 21, 2026\)\.$/);
  });

  it('writes its counts as whole sentences, one or many', () => {
    expect(english(message('about.records', {count: 12, n: '12', campaigns: 1, links: 3, police: 2}))).toBe(
      '12 records on the map: 1 campaign, 3 sister-city links and 2 police exchanges'
    );
    expect(english(message('about.lowConfidence', {count: 1}))).toMatch(/^1 record rests on a single/);
    expect(english(message('nearby.count', {count: 2, radius: 25}))).toBe('2 records within 25 miles, nearest first');
    expect(english(message('inView.summary', {count: 1}))).toBe('On the map here: 1 thing to open');
    expect(english(message('dataIssues.count', {count: 1}))).toBe('1 data problem');
  });
});
