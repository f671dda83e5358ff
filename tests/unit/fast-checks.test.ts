import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {isDeepStrictEqual} from 'node:util';
import {describe, expect, it} from 'vitest';
import type {z} from 'zod';
import {parseCsv} from '../../src/loaders/csv';
import {DATA_FILES} from '../../src/loaders/dataset';
import * as field from '../../src/loaders/fields';
import {fastCheckOf, isHttpUrl, plainHttpHost, UNCHECKED} from '../../src/loaders/fields';
import * as schemas from '../../src/loaders/schemas';
import {FIXTURES} from '../fixtures/dataset-texts';

/**
 * The cheap checks beside the schemas (src/loaders/fields.ts) must never accept what their schema refuses, and must
 * give exactly the schema's output: otherwise the national-scale path would keep a bad row the app would report.
 */
function disagreement(schema: z.ZodType, value: unknown): string | undefined {
  const fast = fastCheckOf(schema);
  if (!fast) return undefined;
  const quick = fast(value);
  if (quick === UNCHECKED) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success) return `accepted ${JSON.stringify(value)}, which the schema refuses`;
  if (!isDeepStrictEqual(quick, parsed.data)) return `gave ${JSON.stringify(quick)} for ${JSON.stringify(value)}, the schema ${JSON.stringify(parsed.data)}`;
  return undefined;
}

const TRICKY_CELLS: unknown[] = [
  '', ' ', 'x', ' x ', 'high', ' high', 'HIGH', 'passed', 'ceasefire', '2024', '2024-13', '2024-02-30', '2024-02-3', '2024-1-01',
  ' 2024-04-03 ', '2008 2015', '2008  2015', '2008–2010', '2008 - 2010', '08', '17', '1955110', '12345678', '0123456789',
  'a-b', 'a--b', '-a', 'A-b', '#1f77b4', '#1F77B4', '#1f77b', 'https://example.org/a', ' https://example.org/a  http://x.org ',
  'http://', 'https://', 'http://1.2.3.999/', 'http://exa mple.org', 'http://[::1]/', 'http://a:99999/', 'http://user@host/',
  'ftp://example.org/', 'javascript:alert(1)', 'https://xn--nxasmq6b.example/', 'https://example.org/%zz', 'IL', 'il', 'I L',
  0, 12, -1, 1.5, Number.NaN, Infinity, 2 ** 60, null, undefined, true, [], {}, ['https://example.org/']
];

describe('each field with a cheap check', () => {
  const fields = Object.entries(field).filter(([, v]) => typeof v === 'object' && v !== null && fastCheckOf(v as z.ZodType));

  it('covers the fields the large files use', () => {
    expect(fields.map(([name]) => name)).toEqual(expect.arrayContaining(['slug', 'geoid', 'sourceUrls', 'optionalPartialDate', 'confidence', 'requiredText']));
  });

  it('accepts only what its schema accepts, with the same output', () => {
    const problems = fields.flatMap(([name, schema]) => TRICKY_CELLS.map((v) => disagreement(schema as z.ZodType, v)).filter(Boolean).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('each row schema with a cheap check', () => {
  const csvRows: [keyof typeof DATA_FILES, z.ZodType][] = [
    ['campaignTypes', schemas.campaignTypeRow],
    ['campaigns', schemas.campaignRow],
    ['campaignSteps', schemas.campaignStepRow],
    ['sisterLinks', schemas.sisterLinkRow],
    ['policeExchanges', schemas.policeExchangeRow],
    ['israelBonds', schemas.israelBondRow]
  ];
  const rowsOf = (dir: string, key: keyof typeof DATA_FILES) => parseCsv(DATA_FILES[key], readFileSync(join(dir, DATA_FILES[key]), 'utf8')).rows;
  const data = join(import.meta.dirname, '..', '..', 'data');

  it('has one for the files of national size', () => {
    for (const schema of [schemas.campaignRow, schemas.campaignStepRow, schemas.sisterLinkRow, schemas.policeExchangeRow, schemas.jurisdictionProperties]) {
      expect(fastCheckOf(schema)).toBeDefined();
    }
  });

  it('gives the schema output for every row of data/ and of the hostile fixtures, or leaves the row to the schema', () => {
    const problems = csvRows.flatMap(([key, schema]) =>
      [...rowsOf(data, key), ...rowsOf(FIXTURES, key)].flatMap(({row, cells}) => {
        const problem = disagreement(schema, cells);
        return problem ? [`${key} ${row}: ${problem}`] : [];
      })
    );
    const hostile = parseCsv('campaigns.csv', readFileSync(join(FIXTURES, 'campaigns-hostile.csv'), 'utf8')).rows;
    problems.push(...hostile.map(({cells}) => disagreement(schemas.campaignRow, cells)).filter((p): p is string => p !== undefined));
    const features = (JSON.parse(readFileSync(join(data, DATA_FILES.jurisdictions), 'utf8')) as {features: {properties: unknown}[]}).features;
    problems.push(...features.map((f) => disagreement(schemas.jurisdictionProperties, f.properties)).filter((p): p is string => p !== undefined));
    expect(problems).toEqual([]);
  });

  it('leaves a row with a bad or missing cell to the schema, which names the problem', () => {
    const good = rowsOf(data, 'campaigns')[0]!.cells;
    const fast = fastCheckOf(schemas.campaignRow)!;
    expect(fast(good)).not.toBe(UNCHECKED);
    expect(fast({...good, status: 'won'})).toBe(UNCHECKED);
    expect(fast({...good, source_urls: 'javascript:alert(1)'})).toBe(UNCHECKED);
    const withoutChecked: Record<string, string> = {...good};
    delete withoutChecked.checked;
    expect(fast(withoutChecked)).toBe(UNCHECKED);
    const place = features0(data);
    expect(fastCheckOf(schemas.jurisdictionProperties)!({...place, population: -3})).toBe(UNCHECKED);
    expect(disagreement(schemas.jurisdictionProperties, {...place, population: undefined})).toBeUndefined();
  });
});

describe('isHttpUrl without the URL parser for plain links', () => {
  const parsed = (v: string) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  };

  it('agrees with the URL parser, and reads the host as it does', () => {
    // Cells are trimmed before the check (the URL parser would trim them itself).
    const urls = TRICKY_CELLS.filter((v): v is string => typeof v === 'string' && v === v.trim()).concat([
      'HTTPS://Example.ORG/A', 'http://a-.b-/x', 'http://a.b1/', 'http://a.1b/', 'http://a.b:65536/', 'http://a.b:8080', 'https://a.b?q#f',
      'http://a.b/\\c', 'http://a..b/', 'http://a.b./', 'http://a.0x1f/', 'http://1.2.3.4/', 'https://XN--nxasmq6b.com/', 'http://a.b/ c'
    ]);
    expect(urls.filter((u) => isHttpUrl(u) !== parsed(u))).toEqual([]);
    for (const u of urls) {
      const host = plainHttpHost(u);
      if (host !== undefined) expect([u, host]).toEqual([u, new URL(u).hostname]);
    }
    expect(plainHttpHost('https://News.Example.org/a')).toBe('news.example.org');
  });
});

function features0(data: string): Record<string, unknown> {
  const collection = JSON.parse(readFileSync(join(data, DATA_FILES.jurisdictions), 'utf8')) as {features: {properties: Record<string, unknown>}[]};
  return {...collection.features[0]!.properties, population: 1000};
}
