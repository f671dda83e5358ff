import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import {useCallback, useDeferredValue, useEffect, useMemo, useState} from 'react';
import MapGL, {
  AttributionControl,
  Layer,
  type MapLayerMouseEvent,
  NavigationControl,
  ScaleControl,
  Source,
  useMap
} from 'react-map-gl/maplibre';
import type {Dataset} from '../domain/records';
import type {Bounds} from '../geo/bounds';
import {USPS_BY_STATE_FIPS} from '../domain/us-states';
import {useI18n} from '../i18n/use-i18n';
import {datasetIndex, describeSelection} from '../store/derived';
import {type AppState, type Camera, type Focus, type Region, sameSelection, type Selection, useAppStore, useLoadState} from '../store/store';
import type {MapSources} from '../geo/map-sources';
import type {Language} from '../i18n/languages';
import {BASEMAP_FILES, BASEMAP_FIRST_LABEL_LAYER_ID, buildBasemapStyle} from './basemap-style';
import {cameraTargetFor, initialView, REGIONS, roundedCamera} from './camera';
import {ClusterDonuts} from './ClusterDonuts';
import {type Choice, FeatureChoice} from './FeatureChoice';
import {moveFeatureState} from './feature-states';
import {useValueAfterPaint} from './after-paint';
import {PLACE_LABELS_FILE} from '../gazetteer/labels';
import {prevalidatedMapLib} from './prevalidated-map';
import {clusterProperties, INTERACTIVE_LAYER_IDS, LAYER_IDS, SOURCE_IDS, thematicLayers} from './layers';
import {HIGHLIGHT_LAYERS, highlightFeatures, NEAR_AREA_LAYERS, nearAreaFeatures, PLACE_LABELS_MIN_ZOOM, placeLabelLayer} from './place-layers';
import {publicUrl} from '../loaders/public-url';
import {PHONE_QUERY, SHEET_SHARE} from '../ui/Sheet';
import './setup';
import sourceProtocolScript from './source-protocol.ts?worker&url';
import {SOURCE_PROTOCOL} from './source-protocol';

/**
 * The map style: the offline basemap by default. VITE_MAP_STYLE_URL (see README) points the map at an
 * online style instead; our own layers still need its glyphs to carry the Noto fontstacks.
 */
const ONLINE_STYLE = import.meta.env.VITE_MAP_STYLE_URL as string | undefined;

function mapStyle(language: Language): maplibregl.StyleSpecification | string {
  return ONLINE_STYLE || buildBasemapStyle(publicUrl(), language);
}

/** What a rendered feature stands for, or null for a cluster or a layer nothing can be selected on. */
function selectionOfFeature(feature: maplibregl.MapGeoJSONFeature): Selection | null {
  const id = feature.properties?.id as string | undefined;
  if (id === undefined) return null;
  switch (feature.layer.id) {
    case LAYER_IDS.places:
    case LAYER_IDS.police:
      return {kind: 'jurisdiction', id};
    case LAYER_IDS.localities:
      return {kind: 'locality', id};
    case LAYER_IDS.linksHit:
      return {kind: 'link', id};
    case LAYER_IDS.stateLaws: {
      const usps = USPS_BY_STATE_FIPS[id];
      return usps ? {kind: 'state', id: usps} : null;
    }
    default:
      return null;
  }
}

/** A finger is not a pixel: what lies within this many pixels of a click or tap counts as under it. */
const TOUCH_SLOP = 7;

/**
 * Everything under a point, top-most first and each once: the campaign marker and police ring of one city are
 * one place; a state's tint counts only where nothing else is there.
 */
function selectionsAt(map: maplibregl.Map, point: {x: number; y: number}): {selections: Selection[]; cluster?: maplibregl.MapGeoJSONFeature} {
  const box: [[number, number], [number, number]] = [[point.x - TOUCH_SLOP, point.y - TOUCH_SLOP], [point.x + TOUCH_SLOP, point.y + TOUCH_SLOP]];
  const features = map.queryRenderedFeatures(box, {layers: INTERACTIVE_LAYER_IDS.filter((id) => map.getLayer(id))});
  const found: Selection[] = [];
  for (const f of features) {
    const selection = selectionOfFeature(f);
    if (selection && !found.some((s) => sameSelection(s, selection))) found.push(selection);
  }
  const cluster = features.find((f) => f.layer.id === LAYER_IDS.clusters);
  const local = found.filter((s) => s.kind !== 'state');
  return {selections: local.length > 0 || cluster ? local : found, ...(cluster ? {cluster} : {})};
}

/**
 * Runs `apply` on the map whenever the selected store value changes, for as long as the map lives: the store
 * drives the map through subscriptions, never through React re-renders. `select` and `apply` must be stable.
 */
function useStoreToMap<T>(select: (s: AppState) => T, apply: (map: maplibregl.Map, next: T, previous: T) => void, fireImmediately = false) {
  const {current} = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    return useAppStore.subscribe(select, (next, previous) => apply(map, next, previous), {fireImmediately});
  }, [current, select, apply, fireImmediately]);
}

const selectSelection = (s: AppState) => s.selection;
const selectHovered = (s: AppState) => s.hovered;
const selectFocus = (s: AppState) => s.focus;
const selectCamera = (s: AppState) => s.camera;
const showSelected = (map: maplibregl.Map, next: Selection | null, previous: Selection | null) => moveFeatureState(map, 'selected', previous, next);
const showHovered = (map: maplibregl.Map, next: Selection | null, previous: Selection | null) => moveFeatureState(map, 'hovered', previous, next);

/**
 * Moves the map when the camera in the store changes elsewhere: Back and Forward restoring a link's view. An entry
 * from before the map ever moved has no camera: it goes back to where the map opened.
 */
function jumpToStoredCamera(map: maplibregl.Map, camera: Camera | null) {
  if (!camera) {
    const opening = initialView(useAppStore.getState());
    if ('bounds' in opening) map.fitBounds(opening.bounds, {padding: 16, animate: false});
    return;
  }
  const here = roundedCamera(map.getCenter().toArray(), map.getZoom());
  const moved = here.zoom !== camera.zoom || here.center[0] !== camera.center[0] || here.center[1] !== camera.center[1];
  if (moved) map.jumpTo({center: [...camera.center], zoom: camera.zoom});
}

const selectLanguage = (s: AppState) => s.language;
const selectMapSources = (s: AppState) => s.mapSources;

/**
 * MapLibre's own words (its buttons' names, the scale's units), which it reads once, when the map is made: the
 * controls this map shows, in the catalog's words.
 */
function controlWords(t: (key: string) => string): Record<string, string> {
  return {
    'Map.Title': t('map.title'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'NavigationControl.ResetBearing': t('map.resetBearing'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
    'AttributionControl.MapFeedback': t('map.feedback'),
    'ScaleControl.Feet': t('map.unit.feet'),
    'ScaleControl.Miles': t('map.unit.miles')
  };
}

/** The least height of map above a phone's panel that a revealed place or area is fitted into. */
const MIN_REVEALED_PX = 120;

/** Keeps the map's feature-state (selected, hovered) and camera in step with the store. */
function StoreSync({dataset}: {dataset: Dataset}) {
  useStoreToMap(selectSelection, showSelected, true);
  useStoreToMap(selectHovered, showHovered, true);
  useStoreToMap(selectCamera, jumpToStoredCamera);
  // Brings what a person just chose into view: their area, a link's both ends, a locality or a place off
  // screen. A place clicked on the map is already in view, so nothing jumps under the person's finger.
  const reveal = useCallback(
    (map: maplibregl.Map, focus: Focus | null) => {
      const target = focus && cameraTargetFor(focus, datasetIndex(dataset), useAppStore.getState());
      if (!target) return;
      const {clientWidth: width, clientHeight: height} = map.getContainer();
      const edge = Math.min(60, width / 8);
      // On a phone the panel covers the bottom of the map: keep what is revealed above it. A panel pulled up over
      // nearly all of it still leaves a strip to fit into: padding taller than the map makes MapLibre refuse to move
      // at all, and the place would be off screen when the panel comes down.
      const sheet = window.matchMedia(PHONE_QUERY).matches ? SHEET_SHARE[useAppStore.getState().sheet] * height : 0;
      const padding = {top: edge, left: edge, right: edge, bottom: Math.max(edge, Math.min(edge + sheet, height - edge - MIN_REVEALED_PX))};
      if ('bounds' in target) {
        map.fitBounds(target.bounds, {padding, maxZoom: 9});
      } else if (!map.getBounds().contains([...target.center]) || map.getZoom() < target.minZoom) {
        map.easeTo({center: [...target.center], zoom: Math.max(map.getZoom(), target.minZoom)});
      }
    },
    [dataset]
  );
  useStoreToMap(selectFocus, reveal);
  return null;
}

/** The chosen place and its radius: a light disc, a dashed edge and a dot at the centre (named by NearLabel). */
function NearArea() {
  const place = useAppStore((s) => s.place);
  const radius = useAppStore((s) => s.radius);
  const data = useMemo(() => nearAreaFeatures(place, radius), [place, radius]);
  return (
    <Source id={SOURCE_IDS.nearArea} type="geojson" data={data}>
      {NEAR_AREA_LAYERS.filter((spec) => spec.id !== LAYER_IDS.nearLabel).map((spec) => <Layer key={spec.id} {...spec} />)}
    </Source>
  );
}

/** Added after the campaign layers, so the names of the chosen place and of a highlighted place win over the rest. */
function PlaceMarks() {
  const highlight = useAppStore((s) => s.highlight);
  const data = useMemo(() => highlightFeatures(highlight), [highlight]);
  const nearLabel = NEAR_AREA_LAYERS.find((spec) => spec.id === LAYER_IDS.nearLabel)!;
  return (
    <>
      <Layer {...nearLabel} />
      <Source id={SOURCE_IDS.highlight} type="geojson" data={data}>
        {HIGHLIGHT_LAYERS.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
    </>
  );
}

/**
 * The names of the gazetteer's cities and towns once a person zooms in (the file loads only then), under the
 * campaign layers, so a person zoomed on their county sees their city's name.
 */
function GazetteerLabels({dataset}: {dataset: Dataset}) {
  const {current} = useMap();
  const [wanted, setWanted] = useState(() => (current?.getZoom() ?? 0) >= PLACE_LABELS_MIN_ZOOM);
  useEffect(() => {
    const map = current?.getMap();
    if (!map || wanted) return;
    const check = () => {
      if (map.getZoom() >= PLACE_LABELS_MIN_ZOOM) setWanted(true);
    };
    check();
    map.on('zoomend', check);
    return () => {
      map.off('zoomend', check);
    };
  }, [current, wanted]);
  const layer = useMemo(() => placeLabelLayer(dataset.jurisdictions.map((j) => j.id)), [dataset]);
  if (!wanted) return null;
  return (
    <Source id={SOURCE_IDS.placeLabels} type="geojson" data={`${publicUrl()}gazetteer/${PLACE_LABELS_FILE}`}>
      <Layer {...layer} beforeId={LAYER_IDS.links} />
    </Source>
  );
}

/**
 * The campaign layers: drawn from the map's sources alone, which arrive before the dataset (src/store/store.ts);
 * what needs the records (the gazetteer's names, bringing a choice into view) joins when the dataset does.
 */
function ThematicLayers({dataset, sources}: {dataset: Dataset | null; sources: MapSources<string>}) {
  // After the paint: a tap's counts and list show first, and the map takes the new filters in the next frame.
  const filters = useValueAfterPaint(useAppStore((s) => s.filters));
  const language = useAppStore(selectLanguage);
  const {typeColors, stateActByFips} = sources.style;
  // New specs only when filters or the language change; react-map-gl then calls setFilter / setPaintProperty /
  // setLayoutProperty, never setData.
  const {packing} = sources;
  const layers = useMemo(() => thematicLayers(filters, {typeColors, stateActByFips, language, packing}), [filters, typeColors, stateActByFips, language, packing]);
  const sums = useMemo(() => clusterProperties(packing), [packing]);
  return (
    <>
      {ONLINE_STYLE ? (
        // An online style has no state boundaries of ours: load them for the tint.
        <Source id={SOURCE_IDS.stateLaws} type="geojson" data={`${publicUrl()}basemap/${BASEMAP_FILES.states}`} promoteId="id">
          {layers.stateLaws.map((spec) => <Layer key={spec.id} {...spec} />)}
        </Source>
      ) : (
        // Under the basemap's labels, so state names stay readable through the tint.
        layers.stateLaws.map((spec) => <Layer key={spec.id} {...spec} beforeId={BASEMAP_FIRST_LABEL_LAYER_ID} />)
      )}
      <Source id={SOURCE_IDS.sisterLinks} type="geojson" data={sources.data.sisterLinks} promoteId="id">
        {layers.links.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
      <Source id={SOURCE_IDS.police} type="geojson" data={sources.data.police} promoteId="id">
        {layers.police.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
      <Source id={SOURCE_IDS.localities} type="geojson" data={sources.data.localities} promoteId="id">
        {layers.localities.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
      {/* A source's clusterProperties are fixed when it is added: a dataset packed otherwise gets a new source. */}
      <Source
        key={`${packing.bits}/${packing.perProperty}`}
        id={SOURCE_IDS.jurisdictions}
        type="geojson"
        data={sources.data.jurisdictions}
        cluster
        clusterMaxZoom={5}
        clusterRadius={36}
        clusterProperties={sums}
      >
        {layers.campaigns.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
      {dataset && <GazetteerLabels dataset={dataset} />}
      <PlaceMarks />
      <ClusterDonuts colors={typeColors} packing={packing} />
      {dataset && <StoreSync dataset={dataset} />}
    </>
  );
}

/**
 * MapLibre's workers learn to read the sources the data worker wrote (src/map/source-protocol.ts). Asked once, when
 * this chunk loads: the workers are shared by every map this page makes.
 */
const sourceProtocol = maplibregl.importScriptInWorkers(moduleUrl(sourceProtocolScript));

/**
 * MapLibre's workers import a script whose URL ends in `.mjs` (which `script-src 'self'` allows) and `eval` any other
 * (which the strict policy forbids). The script is one plain statement, so it runs as a module too; the fragment
 * says `.mjs` without changing what is fetched.
 */
function moduleUrl(script: string): string {
  return `${new URL(script, document.baseURI).href}#.mjs`;
}

export function CampaignMap() {
  const {dataset} = useLoadState();
  // Deferred, so that React renders the new layers in a transition, cut into slices: react-map-gl adds each layer
  // as it renders, and MapLibre parses its expressions then. In one render, the first sources cost a phone's main
  // thread a 220 ms task at national scale.
  const sources = useDeferredValue(useAppStore(selectMapSources));
  const [protocolReady, setProtocolReady] = useState(false);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const {t, tm, f, language} = useI18n();
  // Built in the language the map opens in: a change of language opens a new map (see App).
  const style = useMemo(() => mapStyle(language), [language]);
  const locale = useMemo(() => controlWords(t), [t]);
  // The globe view, where the arcs read as the great circles they are; the choice lives in the store and the link.
  // A prop, not a subscription: react-map-gl applies it once the style has loaded, which a new map's has not.
  const projection = useAppStore((s) => s.projection);
  const setCamera = useAppStore((s) => s.setCamera);
  const showRegion = useAppStore((s) => s.showRegion);
  const [opening] = useState(() => initialView(useAppStore.getState()));
  const [cursor, setCursor] = useState<string>('');
  const [mapState, setMapState] = useState<'loading' | 'ready' | 'context-lost' | 'cannot-draw'>('loading');
  const [mapProblem, setMapProblem] = useState<{source: string; error: string} | null>(null);
  useEffect(() => {
    let live = true;
    sourceProtocol.then(
      () => live && setProtocolReady(true),
      (error: unknown) => live && setMapProblem({source: SOURCE_PROTOCOL, error: error instanceof Error ? error.message : String(error)})
    );
    return () => {
      live = false;
    };
  }, []);
  const [tip, setTip] = useState<{point: {x: number; y: number}; text: string; detail: string} | null>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  const globe = useAppStore((s) => s.projection === 'globe');
  const setGlobe = (on: boolean) => useAppStore.setState({projection: on ? 'globe' : 'mercator'});

  async function onClick(event: MapLayerMouseEvent) {
    const map = event.target;
    const {selections, cluster} = selectionsAt(map, event.point);
    setChoice(null);
    if (cluster && selections.length === 0 && cluster.geometry.type === 'Point') {
      const source = map.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.jurisdictions);
      const id = cluster.properties.cluster_id as number;
      const zoom = await source?.getClusterExpansionZoom(id);
      const center = cluster.geometry.coordinates as [number, number];
      if (zoom !== undefined && zoom <= map.getMaxZoom() && zoom > map.getZoom()) {
        map.easeTo({center, zoom});
      } else {
        // A cluster that cannot open further: its places lie on top of each other, so list them.
        const leaves = (await source?.getClusterLeaves(id, 50, 0)) ?? [];
        const places = leaves.flatMap((leaf): Selection[] => (typeof leaf.properties?.id === 'string' ? [{kind: 'jurisdiction', id: leaf.properties.id}] : []));
        setChoice({point: event.point, selections: places});
      }
      return;
    }
    if (selections.length > 1) setChoice({point: event.point, selections});
    else select(selections[0] ?? null);
  }

  function onMouseMove(event: MapLayerMouseEvent) {
    const {selections, cluster} = selectionsAt(event.target, event.point);
    const over = selections[0] ?? null;
    setCursor(over || cluster ? 'pointer' : '');
    if (!sameSelection(useAppStore.getState().hovered, over)) hover(over);
    const words = over && dataset ? describeSelection(over, datasetIndex(dataset), language) : null;
    setTip(words && over?.kind !== 'state' ? {point: event.point, text: words.title, detail: f.list(words.details.map(tm))} : null);
  }

  return (
    <div className="map-wrap">
      <MapGL
        mapLib={prevalidatedMapLib}
        initialViewState={
          'camera' in opening
            ? {longitude: opening.camera.center[0], latitude: opening.camera.center[1], zoom: opening.camera.zoom}
            : {bounds: opening.bounds, fitBoundsOptions: {padding: 16}}
        }
        onMoveEnd={(e) => {
          setCamera(roundedCamera(e.target.getCenter().toArray(), e.target.getZoom()));
          useAppStore.setState({viewBounds: e.target.getBounds().toArray() as Bounds});
        }}
        mapStyle={style}
        projection={projection}
        locale={locale}
        interactiveLayerIds={dataset ? INTERACTIVE_LAYER_IDS : []}
        cursor={cursor}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => {
          hover(null);
          setTip(null);
        }}
        onLoad={(e) => {
          setMapState('ready');
          useAppStore.setState({viewBounds: e.target.getBounds().toArray() as Bounds});
          // Context loss: MapLibre restores itself; we only tell the person why the map went blank (P7).
          e.target.on('webglcontextlost', () => setMapState('context-lost'));
          e.target.on('webglcontextrestored', () => setMapState('ready'));
          // Exposed for browser tests and for curious users' consoles; it holds only public data.
          const exposed = window as unknown as {__campaignMap?: maplibregl.Map};
          exposed.__campaignMap = e.target;
          // A new language makes a new map: the old one must not be the one a console or test waits on.
          e.target.once('remove', () => {
            if (exposed.__campaignMap === e.target) delete exposed.__campaignMap;
          });
        }}
        onError={(e) => {
          // No map was made (react-map-gl says so with no target): MapLibre 6 needs WebGL 2. Asking MapLibre instead
          // of making a WebGL context of our own first saves a phone the cost of a second context at start-up.
          if (!e.target) {
            setMapState('cannot-draw');
            return;
          }
          console.error('Map error:', e.error);
          // A source that fails (a basemap file that did not arrive) is named; the rest of the map goes on.
          const source = (e as unknown as {sourceId?: string}).sourceId;
          if (source) setMapProblem({source, error: e.error?.message ?? ''});
        }}
        attributionControl={false}
        // The style and every layer spec are validated against the style spec in tests/unit (basemap-style, layers),
        // for each filter state: see PrevalidatedMap.
        validateStyle={false}
        dragRotate={false}
        touchPitch={false}
        minZoom={1.5}
        maxZoom={13}
        style={{position: 'absolute', inset: 0}}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="imperial" />
        <AttributionControl position="bottom-right" compact customAttribution={t('map.attribution')} />
        <NearArea />
        {sources && protocolReady && <ThematicLayers dataset={dataset} sources={sources} />}
      </MapGL>
      {mapState !== 'cannot-draw' && (
        <div className="map-regions" role="group" aria-label={t('map.goTo')}>
          {(Object.keys(REGIONS) as Region[]).map((region) => (
            <button key={region} type="button" onClick={() => showRegion(region)}>{t(`map.region.${region}`)}</button>
          ))}
          <button type="button" aria-pressed={globe} onClick={() => setGlobe(!globe)} title={t('map.globeTitle')}>
            {t('map.globe')}
          </button>
        </div>
      )}
      {tip && !choice && (
        <div className="map-tip" role="tooltip" style={{left: tip.point.x, top: tip.point.y}}>
          <bdi className="map-tip-title">{tip.text}</bdi>
          {tip.detail && <span className="map-tip-detail">{tip.detail}</span>}
        </div>
      )}
      {choice && dataset && (
        <FeatureChoice choice={choice} dataset={dataset} onChoose={(selection) => {
          setChoice(null);
          select(selection);
        }} onClose={() => setChoice(null)} />
      )}
      {mapProblem && <div className="map-problem" role="alert">{t('map.sourceFailed', {source: mapProblem.source})} <bdi lang="en">{mapProblem.error}</bdi></div>}
      {mapState === 'cannot-draw' ? (
        <div className="map-status" role="alert">{t('map.noWebgl')}</div>
      ) : mapState !== 'ready' && (
        <div className="map-status" role="status">
          {mapState === 'loading' ? t('map.loading') : t('map.contextLost')}
        </div>
      )}
    </div>
  );
}
