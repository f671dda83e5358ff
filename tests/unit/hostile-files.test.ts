import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import Papa from 'papaparse';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Dataset} from '../../src/domain/records';
import {linkEndsProblem} from '../../src/geo/arcs';
import {sisterLinkFeatures} from '../../src/geo/features';
import {PLACEMENT_FILE, readPlacementAreas} from '../../src/geo/placement';
import {parseDataset} from '../../src/loaders/dataset';
import {decodeBytes, looksLikeHtml} from '../../src/loaders/decode';
import {type FileLoadError, fetchFileText} from '../../src/loaders/fetch-file';
import {english, worded} from '../fixtures/english';
import {fixtureTexts} from '../fixtures/dataset-texts';

/** Every problem as the one line `data:check` prints. */
const lines = (dataset: Dataset) => dataset.issues.map(worded).map((i) => `${i.file}:${i.row}:${i.column || '-'} ${i.message}`);

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** Windows-1252 bytes: Latin-1 plus the curly quotes Excel writes. */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = {'\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96};
  return Uint8Array.from([...text], (c) => special[c] ?? c.charCodeAt(0));
}

const CAMPAIGNS = fixtureTexts().campaigns;

describe('spreadsheet exports as people make them', () => {
  it('reads Excel\u2019s "Unicode text" (UTF-16 with a byte-order mark, tab-separated) like the CSV it came from', () => {
    const tabbed = Papa.unparse(Papa.parse<string[]>(CAMPAIGNS.trim()).data, {delimiter: '\t'});
    const decoded = decodeBytes(utf16le(tabbed));
    expect(decoded).toMatchObject({ok: true, encoding: expect.stringContaining('UTF-16')});
    const dataset = parseDataset(fixtureTexts({campaigns: decoded.ok ? decoded.text : ''}));
    expect(lines(dataset)).toEqual([]);
    expect(dataset.campaigns.find((c) => c.id === 'dearborn-mi-ceasefire-2023')?.vote).toBe('unanimous');
  });

  it('decodes Windows-1252 accents and curly quotes instead of garbling them', () => {
    const decoded = decodeBytes(cp1252('id,name\nx,Caf\u00e9 \u201cSaint\u2019s\u201d \u2013 Espa\u00f1ola\n'));
    expect(decoded).toEqual({ok: true, text: 'id,name\nx,Caf\u00e9 \u201cSaint\u2019s\u201d \u2013 Espa\u00f1ola\n', encoding: 'Windows-1252'});
  });

  it('refuses a workbook or a PDF in one line that says what it is', () => {
    const refused = (bytes: number[]) => {
      const decoded = decodeBytes(Uint8Array.from(bytes));
      return decoded.ok ? decoded : {ok: false, reason: decoded.reason, message: english(decoded.problem)};
    };
    expect(refused([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).toEqual({ok: false, reason: 'zip', message: expect.stringContaining('Excel workbook')});
    expect(refused([0x25, 0x50, 0x44, 0x46, 0x2d])).toEqual({ok: false, reason: 'pdf', message: expect.stringContaining('PDF')});
  });

  it('reads semicolon-separated exports (Excel in many locales)', () => {
    const semi = CAMPAIGNS.replace(/"Calls for a ceasefire, and safe passage for civilians."/, 'Calls for a ceasefire').replace(/,/g, ';');
    const dataset = parseDataset(fixtureTexts({campaigns: semi}));
    expect(lines(dataset)).toEqual([]);
    expect(dataset.campaigns.filter((c) => !c.sisterLinkId)).toHaveLength(1);
  });

  it('says once, not a hundred times, when every row has the wrong number of fields', () => {
    const rows = Array.from({length: 100}, (_, i) => `row-${i},2621000,ceasefire,passed,extra,fields,here`).join('\n');
    const dataset = parseDataset(fixtureTexts({campaigns: `${CAMPAIGNS.split('\n')[0]}\n${rows}\n`}));
    const campaignLines = lines(dataset).filter((l) => l.startsWith('campaigns.csv'));
    expect(campaignLines).toEqual([expect.stringMatching(/^campaigns\.csv:2:- 100 rows \(2, 3, 4, …\) do not have the 12 fields/)]);
  });

  it('treats an optional column that is absent as empty, keeping every row', () => {
    const header = 'id,municipality_id,type,status,title,summary,source_urls,checked,confidence';
    const row = 'x-ceasefire,2621000,ceasefire,organizing,Ceasefire resolution,Organizing.,https://example.org/x,2026-11-21,high';
    const dataset = parseDataset(fixtureTexts({campaigns: `${header}\n${row}\n`, campaignSteps: 'campaign_id,date,step,summary,source_urls,checked\n'}));
    expect(lines(dataset)).toEqual([]);
    expect(dataset.campaigns.find((c) => c.id === 'x-ceasefire')).toMatchObject({status: 'organizing'});
  });

  it('still refuses a file without a column no row can do without, naming the column once', () => {
    const dataset = parseDataset(fixtureTexts({campaigns: 'id,type\nx,ceasefire\n'}));
    expect(lines(dataset).filter((l) => l.startsWith('campaigns.csv'))).toContain('campaigns.csv:1:status missing column: no row can be read without it');
  });
});

describe('GeoJSON a script or a hand edit broke', () => {
  const localities = fixtureTexts().localities;

  it('keeps the valid features around a NaN and names the feature, line and column', () => {
    const broken = localities.replace('[35.28639,32.46139]', '[NaN,32.46139]');
    const dataset = parseDataset(fixtureTexts({localities: broken}));
    expect(dataset.localities.map((l) => l.id)).toEqual(['ramallah']);
    expect(lines(dataset).filter((l) => l.startsWith('palestinian-localities'))).toEqual([
      'palestinian-localities.geojson:2:- NaN is not a value JSON allows (write null or a number) at line 3, column 61; the feature was left off'
    ]);
  });

  it('keeps the other features when one is cut off mid-way', () => {
    const broken = localities.replace('"kind":"camp",', '"kind":"camp"');
    const dataset = parseDataset(fixtureTexts({localities: broken}));
    expect(dataset.localities.map((l) => l.id)).toEqual(['ramallah']);
    expect(lines(dataset).filter((l) => l.startsWith('palestinian-localities'))).toEqual([expect.stringMatching(/^palestinian-localities\.geojson:2:- .*line 3, column \d+; the feature was left off$/)]);
  });

  it('says once that a feature has no properties', () => {
    const broken = localities.replace(/"properties":\{"id":"jenin-camp"[^}]*\}/, '"properties":null');
    const dataset = parseDataset(fixtureTexts({localities: broken}));
    expect(lines(dataset)).toEqual(['palestinian-localities.geojson:2:properties the feature has no properties, so it says nothing about what it is']);
    expect(dataset.localities).toHaveLength(1);
  });
});

describe('records that could take the map down', () => {
  it('reports a sister-city link whose ends are antipodal or identical, and leaves only it off', () => {
    expect(english(linkEndsProblem([35.20422, 31.89964], [35.20422 - 180, -31.89964])!)).toContain('opposite sides of the Earth');
    expect(english(linkEndsProblem([35.2, 31.9], [35.2, 31.9])!)).toContain('same point');
    expect(linkEndsProblem([-91.04, 41.42], [35.2, 31.9])).toBeUndefined();
    // Muscatine moved to Ramallah's antipode: its link cannot be drawn, and says so.
    const antipodal = fixtureTexts().jurisdictions.replace('[-91.04321,41.42447]', '[-144.79578,-31.89964]');
    const dataset = parseDataset(fixtureTexts({jurisdictions: antipodal}));
    expect(dataset.sisterLinks).toEqual([]);
    expect(lines(dataset)).toEqual([expect.stringMatching(/^sister-cities\.csv:2:locality_id the two ends of the link lie on opposite sides/)]);
    expect(dataset.campaigns.some((c) => c.id === 'dearborn-mi-ceasefire-2023')).toBe(true);
  });

  it('catches whatever one record\u2019s feature builder throws, keeping the rest of the layer', () => {
    const good = parseDataset(fixtureTexts());
    const ramallah = good.localities.find((l) => l.id === 'ramallah')!;
    // A dataset that skipped validation: a second link to Ramallah from its own antipode.
    const antipode = {...good.jurisdictions[0]!, id: '0100001', point: [ramallah.point[0] - 180, -ramallah.point[1]] as const};
    const dataset: Dataset = {
      ...good,
      jurisdictions: [...good.jurisdictions, antipode],
      sisterLinks: [...good.sisterLinks, {...good.sisterLinks[0]!, id: 'impossible', jurisdictionId: '0100001'}]
    };
    const problems: string[] = [];
    const arcs = sisterLinkFeatures(dataset, (issue) => problems.push(worded(issue).message));
    expect(arcs.features.map((f) => f.properties?.id)).toEqual(['muscatine-ramallah']);
    expect(problems).toEqual([expect.stringContaining('"impossible" could not be drawn')]);
  });
});

describe('the app and data:check judge alike', () => {
  const areas = readPlacementAreas(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'basemap', PLACEMENT_FILE), 'utf8')));

  it('keeps the fixture, whose points all lie where they say', () => {
    expect(lines(parseDataset(fixtureTexts(), {areas}))).toEqual([]);
  });

  it('lists a place with swapped coordinates instead of drawing it in Antarctica, and says why its records went', () => {
    const swapped = fixtureTexts().jurisdictions.replace('[-91.04321,41.42447]', '[41.42447,-91.04321]');
    const dataset = parseDataset(fixtureTexts({jurisdictions: swapped}), {areas});
    expect(dataset.jurisdictions.map((j) => j.id)).toEqual(['2621000', '50']);
    expect(lines(dataset)).toEqual([
      'municipalities.geojson:1:geometry coordinates [41.42447, -91.04321] are not [longitude, latitude] (longitude −180 to 180, latitude −90 to 90): are longitude and latitude swapped?',
      'sister-cities.csv:2:municipality_id "1955110" was left off because its own row in municipalities.geojson has a problem'
    ]);
  });

  it('lists a place whose minus sign was lost, putting Iowa in China', () => {
    const east = fixtureTexts().jurisdictions.replace('[-91.04321,41.42447]', '[91.04321,41.42447]');
    const dataset = parseDataset(fixtureTexts({jurisdictions: east}), {areas});
    expect(lines(dataset)[0]).toMatch(/^municipalities\.geojson:1:geometry \[91\.04321, 41\.42447\] lies \d+ km outside IA/);
  });

  it('lists a refugee camp placed at sea', () => {
    const atSea = fixtureTexts().localities.replace('[35.28639,32.46139]', '[33.9,32.3]');
    const dataset = parseDataset(fixtureTexts({localities: atSea}), {areas});
    expect(lines(dataset)).toEqual([expect.stringMatching(/^palestinian-localities\.geojson:2:geometry .* km outside the West Bank and Gaza/)]);
  });

  it('rejects invisible direction controls in any cell, so a name cannot spoof its neighbours', () => {
    const spoof = CAMPAIGNS.replace('Ceasefire resolution', 'Ceasefire \u202eresolution');
    expect(lines(parseDataset(fixtureTexts({campaigns: spoof})))).toEqual([
      expect.stringContaining('campaigns.csv:2:title contains an invisible text-direction control (U+202E)'),
      'campaign-steps.csv:2:campaign_id "dearborn-mi-ceasefire-2023" was left off because its own row in campaigns.csv has a problem'
    ]);
    const isolate = fixtureTexts().localities.replace('"name_en":"Ramallah"', '"name_en":"Ramallah\u2067"');
    expect(lines(parseDataset(fixtureTexts({localities: isolate})))).toEqual([
      expect.stringContaining('palestinian-localities.geojson:1:name_en contains an invisible text-direction control (U+2067)'),
      'sister-cities.csv:2:locality_id "ramallah" was left off because its own row in palestinian-localities.geojson has a problem'
    ]);
  });

  it('accepts years of a police exchange only as years', () => {
    const police = fixtureTexts().policeExchanges;
    for (const years of ['2018', '2008 2015', '2008–2010', '']) {
      expect(lines(parseDataset(fixtureTexts({policeExchanges: police.replace(',2018,', `,${years},`)})))).toEqual([]);
    }
    for (const years of ['last year', '18', '2018?']) {
      expect(lines(parseDataset(fixtureTexts({policeExchanges: police.replace(',2018,', `,${years},`)})))).toEqual([expect.stringContaining(':years must be years')]);
    }
  });
});

describe('each file stands alone', () => {
  it('keeps every other file\u2019s records when one did not load, without blaming them for it', () => {
    const dataset = parseDataset({...fixtureTexts(), jurisdictions: undefined});
    expect(dataset.issues).toEqual([]);
    expect(dataset.campaigns.map((c) => c.id)).toContain('dearborn-mi-ceasefire-2023');
    expect(dataset.localities).toHaveLength(2);
    expect(dataset.policeExchanges).toHaveLength(1);
  });

  it('still names and colours every campaign type when campaign-types.csv is missing', () => {
    const dataset = parseDataset({...fixtureTexts(), campaignTypes: undefined});
    expect(dataset.campaignTypes.map((t) => t.id)).toContain('ceasefire');
    expect(dataset.campaignTypes.find((t) => t.id === 'deadly-exchange')).toMatchObject({label: 'Deadly exchange', color: '#6b6b6b'});
  });
});

describe('files that fail to arrive', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (body: BodyInit | null, init: ResponseInit = {}) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));
  /** What the person reads when the file fails, in English. */
  const problem = (loading: Promise<string>) => loading.then(() => 'it loaded', (e: FileLoadError) => english(e.problem));

  it('names a file the server does not have', async () => {
    answer('Not found', {status: 404, statusText: 'Not Found'});
    expect(await problem(fetchFileText('/x.csv', 'police-exchanges.csv'))).toBe('police-exchanges.csv could not be loaded: the server answered HTTP 404.');
  });

  it('names a file answered with a web page', async () => {
    answer('<!doctype html><html><body>Welcome</body></html>', {headers: {'content-type': 'text/html'}});
    expect(await problem(fetchFileText('/x.csv', 'police-exchanges.csv'))).toBe('police-exchanges.csv: the server answered with a web page, not CSV.');
    expect(looksLikeHtml('  <HTML lang="en">')).toBe(true);
    expect(looksLikeHtml('id,name\n')).toBe(false);
  });

  it('names an empty file', async () => {
    answer('');
    expect(await problem(fetchFileText('/x.csv', 'campaigns.csv'))).toBe('campaigns.csv is empty.');
  });

  it('names a file that never arrives, after its own timeout', async () => {
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    })));
    expect(await problem(fetchFileText('/x.csv', 'sister-cities.csv', 50))).toBe('sister-cities.csv did not arrive within 0.05 s.');
  });

  it('decodes what arrives the way data:check does', async () => {
    answer(utf16le('id,name\nx,Ramallah\n') as BodyInit);
    await expect(fetchFileText('/x.csv', 'x.csv')).resolves.toBe('id,name\nx,Ramallah\n');
  });
});
