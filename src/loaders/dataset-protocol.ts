import type {CampaignDetails, Dataset} from '../domain/records';
import type {MapSources} from '../geo/map-sources';
import type {Message} from '../i18n/message';
import type {Tally} from '../filters/predicates';
import type {DataKey} from './dataset';
import type {FetchedFile} from './fetch-file';

/**
 * The page and the data worker (src/loaders/dataset.worker.ts). The page fetches each file (with its own timeout)
 * and hands its bytes over; the worker reads and checks each file once, when it arrives, and assembles the dataset
 * when asked, sending it back in parts so that no single message costs the page a long task to receive. The next
 * part is sent when the page has received the one before: queued all at once, the parts held back MapLibre's own
 * workers' messages (the map's tiles) behind seconds of records on a phone.
 */
export type DatasetRequest =
  /** A file's bytes, transferred: read them, and answer `read` with the same id. */
  | {type: 'file'; id: number; key: DataKey; fetched: FetchedFile}
  /** A shard of the campaigns' words (src/loaders/prepared.ts), fetched when a card first needs it: answer `read`. */
  | {type: 'words'; id: number; shard: number; shards: number; fetched: FetchedFile}
  /** The sites each campaign cites (src/loaders/prepared.ts), fetched when About first needs them: answer `read`. */
  | {type: 'campaignSites'; id: number; fetched: FetchedFile}
  /** The file could not be had this time: leave it out of the dataset. */
  | {type: 'forget'; key: DataKey}
  | {type: 'publish'; id: number}
  /** A part of the dataset `id` was received: send the next one (see `datasetParts`). */
  | {type: 'more'; id: number}
  /** The details of these campaigns of the latest dataset, for their cards. */
  | {type: 'details'; id: number; campaignIds: readonly string[]}
  /** The sites the latest dataset's records cite, for "About the data". */
  | {type: 'sites'; id: number};

export type DatasetReply =
  /** A file was read (no problem) or refused (the problem names it). */
  | {type: 'read'; id: number; problem?: Message}
  /** The map's sources of the dataset, as blob: URLs of their GeoJSON made by the worker, sent before its parts. */
  | ({type: 'map'; id: number} & MapSources<string>)
  | DatasetPart
  /** What is derived from every record once per dataset, made where the records already are (see `tally`). */
  | {type: 'summary'; id: number; tally: Tally}
  | {type: 'published'; id: number}
  /** In the order asked; null for a campaign the dataset no longer holds. */
  | {type: 'details'; id: number; details: (CampaignDetails | null)[]}
  | {type: 'sites'; id: number; sites: [string, number][]};

export type DatasetField = keyof Dataset;

export interface DatasetPart {
  type: 'part';
  id: number;
  field: DatasetField;
  /** The part's records as JSON text (see PART_SIZE). */
  json: string;
}

export const DATASET_FIELDS: readonly DatasetField[] = [
  'campaignTypes', 'jurisdictions', 'campaigns', 'localities', 'sisterLinks', 'policeExchanges', 'stateLaws', 'israelBonds', 'issues'
];

/**
 * Records per message, sent as JSON text. The page pays for each message it receives: as structured-cloned objects,
 * the national-scale dataset cost the phone profile (4× CPU throttling) 9 s of its main thread, in parts of 100 so
 * that no one task was long; the same records as text cost a copy to receive and `JSON.parse` (about 2 µs a record
 * here, unthrottled), so parts of 1,000 stay short tasks and are a tenth as many messages.
 */
export const PART_SIZE = 1000;

export function* datasetParts(id: number, dataset: Dataset, size = PART_SIZE): Generator<DatasetPart> {
  for (const field of DATASET_FIELDS) {
    const records = dataset[field];
    for (let start = 0; start < records.length; start += size) yield {type: 'part', id, field, json: JSON.stringify(records.slice(start, start + size))};
  }
}

/** Collects the parts of one dataset, in the order they were sent. */
export class DatasetParts {
  private readonly records = new Map<DatasetField, unknown[]>();

  add(part: DatasetPart): void {
    const records = JSON.parse(part.json) as unknown[];
    const list = this.records.get(part.field);
    if (list) for (const record of records) list.push(record);
    else this.records.set(part.field, records);
  }

  dataset(): Dataset {
    return Object.fromEntries(DATASET_FIELDS.map((field) => [field, this.records.get(field) ?? []])) as unknown as Dataset;
  }
}
