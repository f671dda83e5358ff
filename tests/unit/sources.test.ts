import {describe, expect, it} from 'vitest';
import {parseDataset} from '../../src/loaders/dataset';
import {isHomepage, isWeakSource, weakSourceProblem} from '../../src/loaders/sources';
import {fixtureTexts} from '../fixtures/dataset-texts';
import {english, worded} from '../fixtures/english';

describe('strong sources', () => {
  it('knows Wikipedia, its mirrors and content farms, on any subdomain', () => {
    expect(isWeakSource('https://en.wikipedia.org/wiki/X')).toBe(true);
    expect(isWeakSource('https://simple.m.wikipedia.org/wiki/X')).toBe(true);
    expect(isWeakSource('http://en.m.wiki.x.io/wiki/X')).toBe(true);
    expect(isWeakSource('https://citizenportal.ai/articles/1')).toBe(true);
    expect(isWeakSource('https://www.pressherald.com/2024/04/04/x')).toBe(false);
    // A name that merely ends the same way is not the host.
    expect(isWeakSource('https://notwikipedia.org.example.com/')).toBe(false);
  });

  it('tells a homepage from a page about a fact', () => {
    expect(isHomepage('https://burlingtonbethlehemarad.org')).toBe(true);
    expect(isHomepage('http://www.alanclemmons.com/')).toBe(true);
    expect(isHomepage('https://example.org/2024/vote')).toBe(false);
  });

  it('allows a row resting only on weak pages to be low confidence at best', () => {
    expect(english(weakSourceProblem({sources: ['https://en.wikipedia.org/wiki/X'], confidence: 'medium'})!)).toContain('wikipedia.org');
    expect(weakSourceProblem({sources: ['https://en.wikipedia.org/wiki/X'], confidence: 'low'})).toBeUndefined();
    expect(weakSourceProblem({sources: ['https://en.wikipedia.org/wiki/X', 'https://www.nytimes.com/x'], confidence: 'high'})).toBeUndefined();
  });

  it('reports such a row in the data by file, row and column', () => {
    const campaigns = fixtureTexts().campaigns.replace('https://example.org/dearborn https://example.org/dearborn-2', 'https://en.wikipedia.org/wiki/Dearborn');
    const issues = parseDataset(fixtureTexts({campaigns})).issues.filter((i) => i.file === 'campaigns.csv');
    expect(issues.map(worded)).toEqual([expect.objectContaining({row: 2, column: 'source_urls', message: expect.stringContaining('mark it low')})]);
  });
});
