import {setWorkerUrl} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

// MapLibre 6 under a bundler needs its worker's URL once, before any map exists; `?worker&url` (not `?url`)
// makes Vite emit the worker in production builds too (maplibre-gl-js PR #7981).
setWorkerUrl(workerUrl);
