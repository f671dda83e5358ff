import {describe, expect, it} from 'vitest';
import {parseDataset} from '../../src/loaders/dataset';
import {DatasetParts, datasetParts} from '../../src/loaders/dataset-protocol';
import {fixtureTexts} from '../fixtures/dataset-texts';

describe('the dataset sent from the data worker in parts', () => {
  const dataset = parseDataset(fixtureTexts({campaigns: fixtureTexts().campaigns + '\nbad row,,,\n'}));

  it('arrives whole and in order, however small the parts', () => {
    for (const size of [1, 2, 1000]) {
      const parts = [...datasetParts(7, dataset, size)];
      expect(parts.every((p) => (JSON.parse(p.json) as unknown[]).length <= size && p.id === 7)).toBe(true);
      const collected = new DatasetParts();
      for (const part of parts) collected.add(part);
      // As JSON, a property whose value is undefined is left out (the prepared files leave it out too).
      expect(collected.dataset()).toEqual(dataset);
      expect(JSON.stringify(collected.dataset())).toBe(JSON.stringify(dataset));
    }
  });

  it('sends a large file as several messages', () => {
    expect([...datasetParts(1, dataset, 1)].filter((p) => p.field === 'campaigns').length).toBe(dataset.campaigns.length);
    expect(dataset.issues.length).toBeGreaterThan(0);
  });

  it('gives empty lists for what sent nothing', () => {
    expect(new DatasetParts().dataset()).toStrictEqual({
      campaignTypes: [], jurisdictions: [], campaigns: [], localities: [], sisterLinks: [], policeExchanges: [], stateLaws: [], israelBonds: [], issues: []
    });
  });
});
