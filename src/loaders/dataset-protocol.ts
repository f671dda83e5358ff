import type {Dataset} from '../domain/records';
import type {MapSources} from '../geo/map-sources';
import type {Message} from '../i18n/message';
import type {Tally} from '../filters/predicates';
import type {DataKey} from './dataset';
import type {FetchedFile} from './fetch-file';

/**
 * The page and the data worker (src/loaders/dataset.worker.ts). The page fetches each file (with its own timeout)
 * and hands its bytes over; the worker reads and checks each file once, when it arrives, and assembles the dataset
 * when asked, sending it back in parts so that no single message costs the page a long task to receive.
 */
export type DatasetRequest =
  /** A file's bytes, transferred: read them, and answer `read` with the same id. */
  | {type: 'file'; id: number; key: DataKey; fetched: FetchedFile}
  /** The file could not be had this time: leave it out of the dataset. */
  | {type: 'forget'; key: DataKey}
  | {type: 'publish'; id: number};

export type DatasetReply =
  /** A file was read (no problem) or refused (the problem names it). */
  | {type: 'read'; id: number; problem?: Message}
  | DatasetPart
  /** The map's sources of the same dataset, as GeoJSON bytes (transferred), sent before `published`. */
  | ({type: 'map'; id: number} & MapSources<ArrayBuffer>)
  /** What is derived from every record once per dataset, made where the records already are (see `tally`). */
  | {type: 'summary'; id: number; tally: Tally}
  | {type: 'published'; id: number};

export type DatasetField = keyof Dataset;

export interface DatasetPart {
  type: 'part';
  id: number;
  field: DatasetField;
  records: Dataset[DatasetField];
}

export const DATASET_FIELDS: readonly DatasetField[] = [
  'campaignTypes', 'jurisdictions', 'campaigns', 'localities', 'sisterLinks', 'policeExchanges', 'stateLaws', 'israelBonds', 'issues'
];

/**
 * Records per message. Receiving a message costs the page a task that rebuilds its records (structured clone): 2,000
 * national-scale campaigns are 2.5 MB and took 65-250 ms to rebuild in Node on a busy machine, the whole dataset
 * (82 MB) 5.7 s. Parts of 500 still cost the phone profile (4× CPU throttling) 100-440 ms each, garbage collection
 * included; 100 keep each under the 50 ms of a long task there.
 */
export const PART_SIZE = 100;

export function* datasetParts(id: number, dataset: Dataset, size = PART_SIZE): Generator<DatasetPart> {
  for (const field of DATASET_FIELDS) {
    const records = dataset[field];
    for (let start = 0; start < records.length; start += size) yield {type: 'part', id, field, records: records.slice(start, start + size)};
  }
}

/** Collects the parts of one dataset, in the order they were sent. */
export class DatasetParts {
  private readonly records = new Map<DatasetField, unknown[]>();

  add(part: DatasetPart): void {
    const list = this.records.get(part.field);
    if (list) for (const record of part.records) list.push(record);
    else this.records.set(part.field, [...part.records]);
  }

  dataset(): Dataset {
    return Object.fromEntries(DATASET_FIELDS.map((field) => [field, this.records.get(field) ?? []])) as unknown as Dataset;
  }
}
