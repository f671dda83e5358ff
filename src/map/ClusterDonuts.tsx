import type * as maplibregl from 'maplibre-gl';
import {Marker} from 'maplibre-gl';
import {useEffect} from 'react';
import {useMap} from 'react-map-gl/maplibre';
import type {CampaignTypeId} from '../domain/vocabulary';
import {clusterFilter} from '../filters/expressions';
import type {Filters} from '../filters/model';
import {type CountPacking, unpackCount} from '../geo/features';
import {useAppStore} from '../store/store';
import {donutParts} from './donut';
import {CLUSTER_RADIUS_STEPS, MARK_OUTLINE, SOURCE_IDS} from './layers';

const SVG = 'http://www.w3.org/2000/svg';

/** The campaigns of a cluster that pass the filters, per type. */
function typeCounts(properties: Record<string, unknown>, filters: Filters, packing: CountPacking): {type: CampaignTypeId; count: number}[] {
  return filters.types.map((type) => ({
    type,
    count: filters.statuses.reduce((sum, status) => sum + unpackCount(properties, packing, type, status), 0)
  }));
}

function radiusFor(total: number): number {
  let radius: number = CLUSTER_RADIUS_STEPS[0][1];
  for (const [from, r] of CLUSTER_RADIUS_STEPS) if (total >= from) radius = r;
  return radius;
}

/** A donut drawn with DOM APIs only (no markup strings): a ring split by type, the count in the middle. */
function donutElement(parts: {color: string; count: number}[], total: number): HTMLElement {
  const size = radiusFor(total) * 2;
  const el = document.createElement('div');
  el.className = 'cluster-donut';
  el.setAttribute('aria-hidden', 'true');
  // Clicks go through to the map's own cluster layer, which knows how to open the cluster.
  el.style.pointerEvents = 'none';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  const face = document.createElementNS(SVG, 'circle');
  face.setAttribute('cx', String(size / 2));
  face.setAttribute('cy', String(size / 2));
  face.setAttribute('r', String(size / 2 - 0.75));
  face.setAttribute('fill', '#ffffff');
  face.setAttribute('stroke', MARK_OUTLINE);
  face.setAttribute('stroke-width', '1.5');
  svg.append(face);
  for (const part of donutParts(parts, size, Math.max(4, size * 0.22))) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', part.path);
    path.setAttribute('fill', part.color);
    path.setAttribute('fill-rule', 'evenodd');
    svg.append(path);
  }
  const label = document.createElementNS(SVG, 'text');
  label.setAttribute('x', String(size / 2));
  label.setAttribute('y', String(size / 2));
  label.setAttribute('dy', '0.35em');
  label.setAttribute('text-anchor', 'middle');
  label.setAttribute('font-size', size > 36 ? '13' : '11');
  label.setAttribute('font-weight', '700');
  label.setAttribute('fill', MARK_OUTLINE);
  label.textContent = String(total);
  svg.append(label);
  el.append(svg);
  return el;
}

/**
 * Every cluster of campaign places drawn as a donut of its campaign types, under the current filters, so a
 * national view tells the types apart. Markers follow the map by themselves; they are refreshed when the map
 * settles, which it does after every change of the filters.
 */
export function ClusterDonuts({colors, packing}: {colors: Readonly<Partial<Record<CampaignTypeId, string>>>; packing: CountPacking}) {
  const {current} = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const shown = new Map<string, maplibregl.Marker>();
    const update = () => {
      if (!map.getSource(SOURCE_IDS.jurisdictions)) return;
      const filters = useAppStore.getState().filters;
      const wanted = new Set<string>();
      for (const feature of map.querySourceFeatures(SOURCE_IDS.jurisdictions, {filter: clusterFilter(filters, packing)})) {
        if (feature.geometry.type !== 'Point') continue;
        const counts = typeCounts(feature.properties, filters, packing);
        const total = counts.reduce((sum, c) => sum + c.count, 0);
        const parts = counts.map((c) => ({color: colors[c.type] ?? '#6b6b6b', count: c.count}));
        // One marker per cluster and look: a filter change that alters the mix draws it anew.
        const key = `${feature.properties.cluster_id}|${parts.map((p) => p.count).join(',')}`;
        if (wanted.has(key)) continue;
        wanted.add(key);
        if (!shown.has(key)) {
          const marker = new Marker({element: donutElement(parts, total)}).setLngLat(feature.geometry.coordinates as [number, number]).addTo(map);
          shown.set(key, marker);
        }
      }
      for (const [key, marker] of shown) {
        if (!wanted.has(key)) {
          marker.remove();
          shown.delete(key);
        }
      }
    };
    // Not on the filter change itself: the layers take new filters once the panel has painted, and the map settles
    // after them, so `idle` comes with the filters the map shows (a tap stays cheap for the counts to paint).
    map.on('idle', update);
    map.on('moveend', update);
    update();
    return () => {
      map.off('idle', update);
      map.off('moveend', update);
      for (const marker of shown.values()) marker.remove();
    };
  }, [current, colors, packing]);
  return null;
}
