import {type Message, message} from '../i18n/message';
import {publicUrl} from '../loaders/public-url';
import type {SearchRecords, Suggestion} from './place-search';
import type {PlaceContext} from '../profile/context';
import type {PlaceInfo, SearchReply, SearchRequest} from './protocol';

export type SearchStatus = {status: 'idle' | 'loading' | 'ready'; complete: boolean} | {status: 'failed'; problem: Message};

type Listener = () => void;

/**
 * The page's side of the search worker: one worker, started the first time someone uses search, answering the
 * latest query only (an answer to an older query is dropped), and county and Palestinian-place lookups.
 */
class PlaceSearchClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private latestQuery = 0;
  /** Made when the worker needs them: at national scale, 100 ms of a phone's main thread for a box not yet used. */
  private records: (() => SearchRecords) | undefined;
  private lookups = new Map<number, (info: PlaceInfo | null) => void>();
  private contexts = new Map<number, (context: PlaceContext | null) => void>();
  private listeners = new Set<Listener>();
  status: SearchStatus = {status: 'idle', complete: false};
  results: {query: string; suggestions: Suggestion[]; complete: boolean} = {query: '', suggestions: [], complete: false};
  private queries = new Map<number, string>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private post(message: SearchRequest): void {
    this.worker?.postMessage(message);
  }

  /** The dataset's places and localities changed (a file arrived, or was retried). */
  setRecords(records: () => SearchRecords): void {
    this.records = records;
    if (this.worker) this.post({type: 'records', records: records()});
  }

  /** Starts the worker (again, after a failure). */
  start(): void {
    if (this.worker || !this.records) return;
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), {type: 'module'});
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<SearchReply>) => this.receive(event.data);
    worker.onerror = () => this.fail(message('search.startFailed'));
    this.status = {status: 'loading', complete: false};
    this.emit();
    this.post({type: 'start', base: publicUrl(), records: this.records()});
  }

  private fail(problem: Message): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.status = {status: 'failed', problem};
    for (const resolve of this.lookups.values()) resolve(null);
    this.lookups.clear();
    for (const resolve of this.contexts.values()) resolve(null);
    this.contexts.clear();
    this.emit();
  }

  private receive(message: SearchReply): void {
    switch (message.type) {
      case 'status':
        this.status = {status: message.status, complete: message.complete};
        break;
      case 'failed':
        // The places with records are still searchable: only the gazetteer is missing.
        this.status = {status: 'failed', problem: message.problem};
        break;
      case 'results':
        if (message.id !== this.latestQuery) return;
        this.results = {query: this.queries.get(message.id) ?? '', suggestions: message.suggestions, complete: message.complete};
        break;
      case 'lookup':
        this.lookups.get(message.id)?.(message.info);
        this.lookups.delete(message.id);
        return;
      case 'context':
        this.contexts.get(message.id)?.(message.context);
        this.contexts.delete(message.id);
        return;
    }
    this.emit();
  }

  search(query: string): void {
    this.start();
    const id = this.nextId++;
    this.latestQuery = id;
    this.queries.clear();
    this.queries.set(id, query);
    this.post({type: 'search', id, query});
  }

  lookup(kind: PlaceInfo['kind'], placeId: string): Promise<PlaceInfo | null> {
    this.start();
    if (!this.worker) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.lookups.set(id, resolve);
      this.post({type: 'lookup', id, kind, placeId});
    });
  }

  /** A place's context for its profile: its county, and the places nearby and of its size. */
  context(placeId: string): Promise<PlaceContext | null> {
    this.start();
    if (!this.worker) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.contexts.set(id, resolve);
      this.post({type: 'context', id, placeId});
    });
  }

  /** "Try again" after the gazetteer failed to load. */
  retry(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.start();
  }
}

export const placeSearch = new PlaceSearchClient();
