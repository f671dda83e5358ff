/**
 * How the map's own data reaches MapLibre's workers without the page's main thread touching it. The data worker
 * writes each source's GeoJSON into a blob: URL (src/loaders/dataset.worker.ts); the page gives the map
 * `campaign-source://<that URL>`. Handing MapLibre the objects instead made the page serialise 20,000
 * features to its worker, and a blob: URL alone would not do: MapLibre's workers ask the page to fetch any URL that
 * is not http(s). So this file also runs inside MapLibre's workers (maplibregl.importScriptInWorkers, see
 * CampaignMap.tsx), where it registers the protocol with the `self.addProtocol` MapLibre gives them, and reads the
 * blob there.
 */
export const SOURCE_PROTOCOL = 'campaign-source';
const PREFIX = `${SOURCE_PROTOCOL}://`;

/** The URL a GeoJSON source is given for data held at a blob: URL. */
export function sourceUrl(blobUrl: string): string {
  return PREFIX + encodeURIComponent(blobUrl);
}

type LoadFn = (request: {url: string}, abort: AbortController) => Promise<{data: unknown}>;
const scope = globalThis as unknown as {addProtocol?: (name: string, load: LoadFn) => void};

// Only MapLibre's workers have `self.addProtocol`: imported by the page, this file only names the protocol.
if (typeof scope.addProtocol === 'function') {
  scope.addProtocol(SOURCE_PROTOCOL, async ({url}, abort) => {
    const response = await fetch(decodeURIComponent(url.slice(PREFIX.length)), {signal: abort.signal});
    if (!response.ok) throw new Error(`${SOURCE_PROTOCOL}: ${response.status}`);
    return {data: await response.json()};
  });
}
