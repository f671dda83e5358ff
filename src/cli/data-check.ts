import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DATA_FILES, type DatasetTexts, parseDataset} from '../loaders/dataset';

/**
 * `npm run data:check`: validates data/ with the very schemas the app uses and prints each problem as
 * file:row:column message. Exits 1 on any problem, so CI refuses data the map would silently drop.
 */
const dataDir = join(import.meta.dirname, '..', '..', 'data');
const texts = Object.fromEntries(
  Object.entries(DATA_FILES).map(([key, file]) => [key, readFileSync(join(dataDir, file), 'utf8')])
) as DatasetTexts;

const dataset = parseDataset(texts);
for (const issue of dataset.issues) {
  console.log(`data/${issue.file}:${issue.row}:${issue.column || '-'} ${issue.message}`);
}
const counts = [
  `${dataset.campaignTypes.length} campaign types`,
  `${dataset.jurisdictions.length} municipalities`,
  `${dataset.campaigns.length - dataset.sisterLinks.length} campaigns`,
  `${dataset.sisterLinks.length} sister-city links`,
  `${dataset.localities.length} Palestinian localities`,
  `${dataset.policeExchanges.length} police exchange records`
];
console.log(`${dataset.issues.length === 0 ? 'OK' : `${dataset.issues.length} problem(s)`}: ${counts.join(', ')}`);
process.exitCode = dataset.issues.length === 0 ? 0 : 1;
