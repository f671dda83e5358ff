import {publicUrl} from '../loaders/public-url';
import type {GazetteerReply} from './gazetteer.worker';
import type {Gazetteer} from './search-index';

let loading: Promise<Gazetteer> | undefined;

/** The nationwide gazetteer, loaded once, in a worker, the first time someone uses search. */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= new Promise<Gazetteer>((resolve, reject) => {
    const worker = new Worker(new URL('./gazetteer.worker.ts', import.meta.url), {type: 'module'});
    worker.onmessage = (event: MessageEvent<GazetteerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.gazetteer);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The place search could not start: ${event.message}`));
    };
    worker.postMessage({base: publicUrl()});
  }).catch((error: unknown) => {
    loading = undefined; // let the next attempt try again
    throw error;
  });
  return loading;
}
