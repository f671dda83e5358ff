import type {PlaceContext} from '../profile/context';
import type {SearchGazetteer, SearchRecords, Suggestion} from './place-search';

/** What a Palestinian place of the gazetteer is, for its details: looked up in the gazetteer the worker holds. */
export type PlaceInfo = {kind: 'ps-place'; id: string; nameEn: string; nameAr: string; region: 'west-bank' | 'gaza'; population: number; point: [number, number]};

/** Messages from the page to the search worker. */
export type SearchRequest =
  | {type: 'start'; base: string; records: SearchRecords}
  | {type: 'records'; records: SearchRecords}
  | {type: 'search'; id: number; query: string}
  | {type: 'lookup'; id: number; kind: PlaceInfo['kind']; placeId: string}
  | {type: 'context'; id: number; placeId: string};

/** Messages from the search worker to the page. */
export type SearchReply =
  | {type: 'status'; status: 'loading' | 'ready'; /** Every place indexed, not just the largest. */ complete: boolean}
  | {type: 'failed'; message: string}
  | {type: 'results'; id: number; suggestions: Suggestion[]; complete: boolean}
  | {type: 'lookup'; id: number; info: PlaceInfo | null}
  | {type: 'context'; id: number; context: PlaceContext | null};

export type {SearchGazetteer};
