import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {PLACEMENT_FILE, readPlacementAreas} from '../../src/geo/placement';
import {assembleDataset, DATA_FILES, DATA_KEYS, type DatasetTexts, parseDataset, readDataFile} from '../../src/loaders/dataset';
import {FileLoadError} from '../../src/loaders/fetch-file';
import {sourceLabel} from '../../src/loaders/fields';
import {citedSites} from '../../src/loaders/sources';
import type {Dataset} from '../../src/domain/records';
import {
  campaignFacts,
  CAMPAIGN_WORDS_FILE,
  PREPARED_FORMAT,
  prepareCampaignWords,
  prepareDataFile,
  prepareDataFiles,
  readCampaignSites,
  readCampaignWords,
  prepareCampaignSites,
  CAMPAIGN_SITES_FILE,
  wordsShard,
  readPreparedFile,
  readPreparedFiles
} from '../../src/loaders/prepared';
import {fixtureTexts} from '../fixtures/dataset-texts';
import {english} from '../fixtures/english';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const committed = (key: keyof typeof DATA_FILES) => readFileSync(join(DATA, DATA_FILES[key]), 'utf8');
const areas = readPlacementAreas(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'basemap', PLACEMENT_FILE), 'utf8')));

/** What the data worker makes of the files as the build prepares them. */
function loadPrepared(texts: DatasetTexts) {
  return assembleDataset(readPreparedFiles(prepareDataFiles(texts, areas)));
}

/** A dataset as the page holds it: campaigns without their words and steps. */
const facts = (dataset: Dataset) => ({...dataset, campaigns: dataset.campaigns.map(campaignFacts)});

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FileLoadError) return english(error.problem);
  }
  return 'not refused';
}

describe('data prepared at build', () => {
  it('reads back, for every committed file, exactly what checking its text at runtime gives', () => {
    for (const key of DATA_KEYS.filter((k) => k !== 'campaigns')) {
      const text = committed(key);
      expect(readPreparedFile(key, prepareDataFile(key, text)), DATA_FILES[key]).toEqual(readDataFile(key, text));
    }
  });

  it('splits each campaign into its facts and its words, which together are the checked row, and nothing else', () => {
    const text = committed('campaigns');
    const checked = readDataFile('campaigns', text);
    const prepared = readPreparedFile('campaigns', prepareDataFile('campaigns', text));
    const [shard, ...more] = prepareCampaignWords(text);
    expect(more, 'today\'s words fit in one shard').toEqual([]);
    const words = readCampaignWords(shard ?? '', 0, 1);
    expect({...prepared, records: []}).toEqual({...checked, records: []});
    expect(prepared.records.map((r) => r.row)).toEqual(checked.records.map((r) => r.row));
    expect(prepared.records.map(({record}) => ({...record, ...words.get(record.id)}))).toEqual(checked.records.map((r) => r.record));
    expect(prepared.records.every(({record}) => !('summary' in record) && !('sources' in record) && !('title' in record))).toBe(true);
    expect([...words.keys()]).toEqual(checked.records.map((r) => r.record.id));
  });

  it('shards the words by place, so one fetch gives every campaign of a place, and loses none', () => {
    const text = committed('campaigns');
    const whole = readCampaignWords(prepareCampaignWords(text)[0] ?? '', 0, 1);
    const shards = prepareCampaignWords(text, 4096);
    expect(shards.length).toBeGreaterThan(10);
    const read = shards.map((shardText, shard) => readCampaignWords(shardText, shard, shards.length));
    expect(read.filter((words) => words.size > 0).length).toBeGreaterThan(shards.length / 2);
    expect(new Map(read.flatMap((words) => [...words]))).toEqual(whole);
    expect(read.reduce((sum, words) => sum + words.size, 0)).toBe(whole.size);
    const campaigns = readDataFile('campaigns', text).records.map((r) => r.record);
    for (const campaign of campaigns) {
      expect(read[wordsShard(campaign.jurisdictionId, shards.length)]?.has(campaign.id), campaign.id).toBe(true);
    }
    const places = new Set(campaigns.map((c) => c.jurisdictionId));
    expect(places.size, 'some place has more than one campaign').toBeLessThan(campaigns.length);
  });

  it('makes the same dataset as the runtime checks, problems included, named by the data file row and column', () => {
    const texts = fixtureTexts();
    const bad = `${texts.campaigns!.trimEnd()}\nbad-row,2621000,ceasefire,adopted,Ceasefire resolution,A status outside the vocabulary.,,2024,,https://example.org/x,2026-11-21,high\n`;
    const withBad = {...texts, campaigns: bad};
    const dataset = loadPrepared(withBad);
    expect(facts(dataset)).toEqual(facts(parseDataset(withBad, {areas})));
    expect(dataset.campaigns.map((c) => c.steps)).toEqual(parseDataset(withBad, {areas}).campaigns.map((c) => c.steps));
    expect(dataset.issues).toEqual([expect.objectContaining({file: 'campaigns.csv', column: 'status'})]);
    expect(dataset.campaigns.length).toBe(parseDataset(texts).campaigns.length);
  });

  it('places points at build: one outside its state is left off, with its problem and the records it took along', () => {
    const texts = fixtureTexts();
    const swapped = fixtureTexts({jurisdictions: texts.jurisdictions.replace('[-91.04321,41.42447]', '[41.42447,-91.04321]')});
    const dataset = loadPrepared(swapped);
    expect(facts(dataset)).toEqual(facts(parseDataset(swapped, {areas})));
    expect(dataset.jurisdictions.map((j) => j.id)).not.toContain('1955110');
    expect(dataset.issues).toEqual([
      expect.objectContaining({file: 'municipalities.geojson', row: 1, column: 'geometry'}),
      expect.objectContaining({file: 'sister-cities.csv', column: 'municipality_id'})
    ]);
  });

  it('refuses, by the data file name, what is not a prepared file of this version', () => {
    const good = JSON.parse(prepareDataFile('sisterLinks', committed('sisterLinks'))) as Record<string, unknown>;
    const cases = {
      'the raw CSV': committed('sisterLinks'),
      'another format': JSON.stringify({...good, format: 'campaign-map/prepared/0'}),
      'another file': JSON.stringify({...good, file: 'campaigns.csv'}),
      'records not a list': JSON.stringify({...good, records: {}}),
      'a bare value': 'null'
    };
    for (const [what, text] of Object.entries(cases)) {
      expect(refusal(() => readPreparedFile('sisterLinks', text)), what).toBe(
        'sister-cities.csv was not prepared by this version of the map: rebuild the site with npm run build.'
      );
    }
    expect(good.format).toBe(PREPARED_FORMAT);
  });

  it('refuses, by its name, campaign words that are not of this version', () => {
    const good = JSON.parse(prepareCampaignWords(committed('campaigns'))[0] ?? '') as Record<string, unknown>;
    const cases = {
      'a data file': prepareDataFile('campaigns', committed('campaigns')),
      'another format': JSON.stringify({...good, format: 'campaign-map/prepared/1'}),
      'words a list': JSON.stringify({...good, words: []}),
      'a shard of another split': JSON.stringify({...good, shards: 2}),
      'another shard': JSON.stringify({...good, shard: 1, shards: 1}),
      'not JSON': '<!doctype html><title>Not found</title>'
    };
    for (const [what, text] of Object.entries(cases)) {
      expect(refusal(() => readCampaignWords(text, 0, 1)), what).toBe(
        `${CAMPAIGN_WORDS_FILE} was not prepared by this version of the map: rebuild the site with npm run build.`
      );
    }
    expect(readCampaignWords(JSON.stringify(good), 0, 1).size).toBeGreaterThan(100);
  });

  it('gives About the sites each campaign cites, as its words would, in a file a tenth their size', () => {
    const text = committed('campaigns');
    const campaigns = readDataFile('campaigns', text).records.map((r) => r.record);
    const sitesText = prepareCampaignSites(text);
    const sites = readCampaignSites(sitesText, campaigns);
    expect([...sites.keys()]).toEqual(campaigns.map((c) => c.id));
    for (const c of campaigns) expect(sites.get(c.id), c.id).toEqual([...new Set(c.sources.map(sourceLabel))]);
    expect(citedSites([], sites.values())).toEqual(citedSites(campaigns));
    expect(sitesText.length * 10).toBeLessThan(prepareCampaignWords(text).join('').length);
  });

  it('refuses, by its name, campaign sites that are not of this version or not of these campaigns', () => {
    const text = committed('campaigns');
    const campaigns = readDataFile('campaigns', text).records.map((r) => r.record);
    const good = JSON.parse(prepareCampaignSites(text)) as {sites: string[]; cited: number[][]};
    const cases = {
      'the words': prepareCampaignWords(text)[0] ?? '',
      'another format': JSON.stringify({...good, format: 'campaign-map/prepared/1'}),
      'one campaign fewer': JSON.stringify({...good, cited: good.cited.slice(1)}),
      'a site it does not name': JSON.stringify({...good, cited: [[good.sites.length], ...good.cited.slice(1)]}),
      'a site that is not a number': JSON.stringify({...good, cited: [['0'], ...good.cited.slice(1)]}),
      'not JSON': '<!doctype html><title>Not found</title>'
    };
    for (const [what, bad] of Object.entries(cases)) {
      expect(refusal(() => readCampaignSites(bad, campaigns)), what).toBe(
        `${CAMPAIGN_SITES_FILE} was not prepared by this version of the map: rebuild the site with npm run build.`
      );
    }
  });
});
