import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseDataset} from '../../src/loaders/dataset';
import {parseCsv} from '../../src/loaders/csv';
import {FIXTURES, fixtureTexts} from '../fixtures/dataset-texts';
import {worded} from '../fixtures/english';

const hostileCampaigns = readFileSync(join(FIXTURES, 'campaigns-hostile.csv'), 'utf8');

describe('loading a good dataset', () => {
  const dataset = parseDataset(fixtureTexts());

  it('reports no problem', () => {
    expect(dataset.issues).toEqual([]);
  });

  it('reads every record with its types, points and sources', () => {
    expect(dataset.jurisdictions.map((j) => j.id)).toEqual(['1955110', '2621000', '50']);
    expect(dataset.jurisdictions[0]).toMatchObject({name: 'Muscatine', state: 'IA', kind: 'city', point: [-91.04321, 41.42447], population: 23474});
    const dearborn = dataset.campaigns.find((c) => c.id === 'dearborn-mi-ceasefire-2023');
    expect(dearborn).toMatchObject({jurisdictionId: '2621000', type: 'ceasefire', status: 'passed', decided: '2023-10-24', vote: 'unanimous'});
    expect(dearborn?.summary).toBe('Calls for a ceasefire, and safe passage for civilians.');
    expect(dearborn?.sources).toEqual(['https://example.org/dearborn', 'https://example.org/dearborn-2']);
    expect(dearborn?.introduced).toBeUndefined();
  });

  it('reads Arabic names and search aliases of localities', () => {
    const jenin = dataset.localities.find((l) => l.id === 'jenin-camp');
    expect(jenin).toMatchObject({nameAr: 'مخيم جنين', kind: 'camp', aliases: ['Janīn camp', 'Jenine']});
  });

  it('turns each sister-city link into a sister-cities campaign with the status it stands for', () => {
    const derived = dataset.campaigns.find((c) => c.sisterLinkId === 'muscatine-ramallah');
    expect(derived).toMatchObject({type: 'sister-cities', status: 'passed', jurisdictionId: '1955110', decided: '2011-06', title: 'Sister city: Ramallah'});
  });

  it('reads state anti-boycott acts, with the year only where the source gives one', () => {
    expect(dataset.stateLaws).toEqual([
      expect.objectContaining({id: 'il-law-2015', state: 'IL', year: '2015', date: '2015-07-23', type: 'law', status: 'in-effect', act: 'SB 1761'}),
      expect.objectContaining({id: 'nh-eo-2023', state: 'NH', type: 'executive-order', status: 'in-effect'}),
      expect.objectContaining({id: 'vt-law-2019', status: 'failed'})
    ]);
    expect(dataset.stateLaws[1]).not.toHaveProperty('year');
  });

  it('lower-cases campaign type colours so the map and legend agree', () => {
    expect(dataset.campaignTypes[0]?.color).toBe('#1f77b4');
  });
});

describe('loading hostile rows', () => {
  const dataset = parseDataset(fixtureTexts({campaigns: hostileCampaigns}));
  const issueAt = (row: number) => dataset.issues.filter((i) => i.file === 'campaigns.csv' && i.row === row).map(worded);

  it('keeps the valid row and drops each broken one', () => {
    expect(dataset.campaigns.filter((c) => !c.sisterLinkId).map((c) => c.id)).toEqual(['good-one']);
  });

  it('names the file, row and column of a value outside the vocabulary', () => {
    expect(issueAt(3)).toEqual([expect.objectContaining({column: 'status', message: expect.stringContaining('"adopted"')})]);
  });

  it('rejects a source that is not an http(s) link', () => {
    expect(issueAt(4)).toEqual([expect.objectContaining({column: 'source_urls', message: expect.stringContaining('http(s)')})]);
  });

  it('reports a reference to an unknown municipality instead of crashing', () => {
    expect(issueAt(5)).toEqual([expect.objectContaining({column: 'municipality_id', message: expect.stringContaining('9999999')})]);
  });

  it('refuses personal contact details (the data policy)', () => {
    expect(issueAt(6)).toEqual([expect.objectContaining({column: 'summary', message: expect.stringContaining('email')})]);
  });

  it('rejects an impossible date', () => {
    expect(issueAt(7)).toEqual([expect.objectContaining({column: 'decided'})]);
  });

  it('reports a duplicate id with the row where it was first used', () => {
    expect(issueAt(8)).toEqual([expect.objectContaining({column: 'id', message: expect.stringContaining('row 2')})]);
  });
});

describe('structural problems', () => {
  it('reports a missing column once, on the header row', () => {
    const dataset = parseDataset(fixtureTexts({campaigns: 'id,municipality_id,type\nx,2621000,ceasefire\n'}));
    expect(dataset.issues.filter((i) => i.file === 'campaigns.csv').map((i) => i.column)).toContain('status');
    expect(dataset.issues.every((i) => i.file !== 'campaigns.csv' || i.row === 1)).toBe(true);
  });

  it('reports broken JSON without losing the other files', () => {
    const dataset = parseDataset(fixtureTexts({localities: '{"type": "FeatureCollection", "features": ['}));
    expect(worded(dataset.issues[0]!)).toMatchObject({file: 'palestinian-localities.geojson', message: expect.stringContaining('cut short')});
    expect(dataset.jurisdictions).toHaveLength(3);
    // The link to Ramallah can no longer resolve, and says so.
    expect(dataset.issues.some((i) => i.file === 'sister-cities.csv' && i.column === 'locality_id')).toBe(true);
  });

  it('reports a feature whose coordinates are out of range', () => {
    const bad = fixtureTexts().jurisdictions.replace('[-91.04321,41.42447]', '[41.42447,-191.04321]');
    const dataset = parseDataset(fixtureTexts({jurisdictions: bad}));
    expect(dataset.issues[0]).toMatchObject({file: 'municipalities.geojson', row: 1, column: 'geometry'});
  });

  it('reports an unclosed quote with its row, keeping the rows before it', () => {
    const table = parseCsv('x.csv', 'id,name\na,"fine"\nb,"never closed\n');
    expect(table.rows[0]?.cells).toEqual({id: 'a', name: 'fine'});
    expect(table.issues[0]).toMatchObject({file: 'x.csv', row: 3});
  });

  it('drops a row whose fields are shifted by a stray comma, keeping its neighbours', () => {
    const table = parseCsv('x.csv', 'id,name\na,1\nb,2,3\nc,4\n');
    expect(table.rows.map((r) => r.cells.id)).toEqual(['a', 'c']);
    expect(table.issues.map(worded)).toEqual([expect.objectContaining({row: 3, message: expect.stringContaining('Too many fields')})]);
  });
});

describe('Census ids', () => {
  it('accept a New England town or a township by its 10-digit county subdivision GEOID', () => {
    const town = fixtureTexts().jurisdictions.replace('"id":"1955110"', '"id":"0917035650"').replace('"kind":"city","population":23474', '"kind":"town"');
    const dataset = parseDataset(fixtureTexts({jurisdictions: town, sisterLinks: fixtureTexts().sisterLinks.replace(',1955110,', ',0917035650,')}));
    expect(dataset.issues).toEqual([]);
    expect(dataset.jurisdictions[0]).toMatchObject({id: '0917035650', kind: 'town'});
  });

  it('reject an id of any other length', () => {
    const bad = fixtureTexts().jurisdictions.replace('"id":"1955110"', '"id":"195511"');
    expect(worded(parseDataset(fixtureTexts({jurisdictions: bad})).issues[0]!)).toMatchObject({column: 'id', message: expect.stringContaining('2, 5, 7 or 10 digits')});
  });
});
