import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import {useCallback, useEffect, useMemo, useState} from 'react';
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
import {USPS_BY_STATE_FIPS} from '../domain/us-states';
import {datasetIndex, mapSources} from '../store/derived';
import {type AppState, type Camera, type Focus, type Region, sameSelection, type Selection, selectDataset, useAppStore} from '../store/store';
import {BASEMAP_FILES, BASEMAP_FIRST_LABEL_LAYER_ID, buildBasemapStyle} from './basemap-style';
import {cameraTargetFor, initialView, REGIONS, roundedCamera} from './camera';
import {moveFeatureState} from './feature-states';
import {PLACE_LABELS_FILE} from '../gazetteer/labels';
import {CLUSTER_PROPERTIES, INTERACTIVE_LAYER_IDS, LAYER_IDS, SOURCE_IDS, thematicLayers} from './layers';
import {HIGHLIGHT_LAYERS, highlightFeatures, NEAR_AREA_LAYERS, nearAreaFeatures, PLACE_LABELS_MIN_ZOOM, placeLabelLayer} from './place-layers';
import {publicUrl} from '../loaders/public-url';
import './setup';

/**
 * The map style: the offline basemap by default. VITE_MAP_STYLE_URL (see README) points the map at an
 * online style instead; our own layers still need its glyphs to carry the Noto fontstacks.
 */
const ONLINE_STYLE = import.meta.env.VITE_MAP_STYLE_URL as string | undefined;

function mapStyle(): maplibregl.StyleSpecification | string {
  return ONLINE_STYLE || buildBasemapStyle(publicUrl());
}

const ATTRIBUTION = 'Natural Earth · US Census · GeoNames (CC BY 4.0)';

function selectionOf(event: MapLayerMouseEvent): Selection | null {
  const feature = event.features?.[0];
  const id = feature?.properties?.id as string | undefined;
  if (!feature || id === undefined) return null;
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

/** Moves the map when the camera in the store changes elsewhere: Back and Forward restoring a link's view. */
function jumpToStoredCamera(map: maplibregl.Map, camera: Camera | null) {
  if (!camera) return;
  const here = roundedCamera(map.getCenter().toArray(), map.getZoom());
  const moved = here.zoom !== camera.zoom || here.center[0] !== camera.center[0] || here.center[1] !== camera.center[1];
  if (moved) map.jumpTo({center: [...camera.center], zoom: camera.zoom});
}

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
      const padding = Math.min(60, map.getContainer().clientWidth / 8);
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

function ThematicLayers({dataset}: {dataset: Dataset}) {
  const filters = useAppStore((s) => s.filters);
  const sources = mapSources(dataset);
  const {typeColors, stateActByFips} = datasetIndex(dataset);
  // New specs only when filters change; react-map-gl then calls setFilter / setPaintProperty, never setData.
  const layers = useMemo(() => thematicLayers(filters, {typeColors, stateActByFips}), [filters, typeColors, stateActByFips]);
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
      <Source id={SOURCE_IDS.sisterLinks} type="geojson" data={sources.sisterLinks} promoteId="id">
        {layers.links.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
      <Source id={SOURCE_IDS.police} type="geojson" data={sources.police} promoteId="id">
        {layers.police.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
      <Source id={SOURCE_IDS.localities} type="geojson" data={sources.localities} promoteId="id">
        {layers.localities.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
      <Source
        id={SOURCE_IDS.jurisdictions}
        type="geojson"
        data={sources.jurisdictions}
        cluster
        clusterMaxZoom={5}
        clusterRadius={36}
        clusterProperties={CLUSTER_PROPERTIES}
      >
        {layers.campaigns.map((spec) => <Layer key={spec.id} {...spec} />)}
      </Source>
      <GazetteerLabels dataset={dataset} />
      <PlaceMarks />
      <StoreSync dataset={dataset} />
    </>
  );
}

export function CampaignMap() {
  const dataset = useAppStore(selectDataset);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const style = useMemo(() => mapStyle(), []);
  const setCamera = useAppStore((s) => s.setCamera);
  const showRegion = useAppStore((s) => s.showRegion);
  const [opening] = useState(() => initialView(useAppStore.getState()));
  const [cursor, setCursor] = useState<string>('');
  const [mapState, setMapState] = useState<'loading' | 'ready' | 'context-lost'>('loading');
  const [mapProblem, setMapProblem] = useState<string | null>(null);

  async function onClick(event: MapLayerMouseEvent) {
    const feature = event.features?.[0];
    if (feature?.layer.id === LAYER_IDS.clusters) {
      const source = event.target.getSource<maplibregl.GeoJSONSource>(SOURCE_IDS.jurisdictions);
      const zoom = await source?.getClusterExpansionZoom(feature.properties.cluster_id as number);
      if (zoom !== undefined && feature.geometry.type === 'Point') {
        event.target.easeTo({center: feature.geometry.coordinates as [number, number], zoom});
      }
      return;
    }
    select(selectionOf(event));
  }

  function onMouseMove(event: MapLayerMouseEvent) {
    const over = selectionOf(event);
    const overCluster = event.features?.[0]?.layer.id === LAYER_IDS.clusters;
    setCursor(over || overCluster ? 'pointer' : '');
    if (!sameSelection(useAppStore.getState().hovered, over)) hover(over);
  }

  return (
    <div className="map-wrap">
      <MapGL
        mapLib={maplibregl}
        initialViewState={
          'camera' in opening
            ? {longitude: opening.camera.center[0], latitude: opening.camera.center[1], zoom: opening.camera.zoom}
            : {bounds: opening.bounds, fitBoundsOptions: {padding: 16}}
        }
        onMoveEnd={(e) => setCamera(roundedCamera(e.target.getCenter().toArray(), e.target.getZoom()))}
        mapStyle={style}
        interactiveLayerIds={dataset ? INTERACTIVE_LAYER_IDS : []}
        cursor={cursor}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => hover(null)}
        onLoad={(e) => {
          setMapState('ready');
          // Context loss: MapLibre restores itself; we only tell the person why the map went blank (P7).
          e.target.on('webglcontextlost', () => setMapState('context-lost'));
          e.target.on('webglcontextrestored', () => setMapState('ready'));
          // Exposed for browser tests and for curious users' consoles; it holds only public data.
          (window as unknown as {__campaignMap?: maplibregl.Map}).__campaignMap = e.target;
        }}
        onError={(e) => {
          console.error('Map error:', e.error);
          // A source that fails (a basemap file that did not arrive) is named; the rest of the map goes on.
          const source = (e as unknown as {sourceId?: string}).sourceId;
          if (source) setMapProblem(`Part of the map (${source}) could not be loaded: ${e.error?.message ?? 'unknown error'}`);
        }}
        attributionControl={false}
        dragRotate={false}
        touchPitch={false}
        minZoom={1.5}
        maxZoom={13}
        style={{position: 'absolute', inset: 0}}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="imperial" />
        <AttributionControl position="bottom-right" compact customAttribution={ATTRIBUTION} />
        <NearArea />
        {dataset && <ThematicLayers dataset={dataset} />}
      </MapGL>
      <div className="map-regions" role="group" aria-label="Go to">
        {(Object.keys(REGIONS) as Region[]).map((region) => (
          <button key={region} type="button" onClick={() => showRegion(region)}>{REGIONS[region].label}</button>
        ))}
      </div>
      {mapProblem && <div className="map-problem" role="alert">{mapProblem}</div>}
      {mapState !== 'ready' && (
        <div className="map-status" role="status">
          {mapState === 'loading' ? 'Loading the map…' : 'The graphics context was lost; the map is restoring itself…'}
        </div>
      )}
    </div>
  );
}
