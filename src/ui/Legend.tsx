import {donutParts} from '../map/donut';
import {MARK_OUTLINE} from '../map/layers';

/** Legend swatches drawn with the map's own colours, widths and line patterns, so a swatch looks like its mark. */

export function LineSwatch({color, dash, width}: {color: string; dash: readonly number[] | null; width: number}) {
  // MapLibre's dash lengths are in line widths; SVG's in pixels.
  const dashArray = dash?.map((d) => Math.max(d * width, 1)).join(' ');
  return (
    <svg className="swatch-svg" width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
      <line x1="2" y1="5" x2="26" y2="5" stroke={color} strokeWidth={width} strokeDasharray={dashArray} strokeLinecap={dash ? 'butt' : 'round'} />
    </svg>
  );
}

export function RingSwatch({color, double = false}: {color: string; double?: boolean}) {
  return (
    <svg className="swatch-svg" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="10" r="5.5" fill="none" stroke={color} strokeWidth="2" />
      {double && <circle cx="10" cy="10" r="8.8" fill="none" stroke={color} strokeWidth="1.3" />}
    </svg>
  );
}

export function AreaSwatch({color, opacity, dash}: {color: string; opacity: number; dash: readonly number[] | null}) {
  const dashArray = dash?.map((d) => Math.max(d * 1.6, 1.2)).join(' ');
  return (
    <svg className="swatch-svg" width="24" height="16" viewBox="0 0 24 16" aria-hidden="true">
      <rect x="1.5" y="1.5" width="21" height="13" fill={color} fillOpacity={opacity} stroke={color} strokeWidth="1.6" strokeDasharray={dashArray} />
    </svg>
  );
}

export function MarkerSwatch({color, label}: {color: string; label?: string}) {
  return (
    <svg className="swatch-svg" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <circle cx="9" cy="9" r="7" fill={color} stroke={MARK_OUTLINE} strokeWidth="1.5" />
      {label && <text x="9" y="12.5" textAnchor="middle" fontSize="9" fontWeight="700" fill="#ffffff">{label}</text>}
    </svg>
  );
}

export function DonutSwatch({parts, label}: {parts: readonly {color: string; count: number}[]; label: string}) {
  return (
    <svg className="swatch-svg" width="26" height="26" viewBox="0 0 26 26" aria-hidden="true">
      <circle cx="13" cy="13" r="12" fill="#ffffff" stroke={MARK_OUTLINE} strokeWidth="1" />
      {donutParts(parts, 26, 5).map((p, i) => <path key={i} d={p.path} fill={p.color} fillRule="evenodd" />)}
      <text x="13" y="16.5" textAnchor="middle" fontSize="9" fontWeight="700" fill={MARK_OUTLINE}>{label}</text>
    </svg>
  );
}
