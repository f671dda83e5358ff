/**
 * A cluster's ring, split by campaign type: the SVG path of each type's share, so a cluster says what it holds
 * at a glance. Pure geometry, shared by the map's cluster markers and the legend.
 */
export interface DonutPart {
  color: string;
  /** An SVG path in a box of `size` × `size`. */
  path: string;
}

function point(cx: number, cy: number, r: number, turn: number): string {
  const angle = 2 * Math.PI * turn - Math.PI / 2;
  return `${(cx + r * Math.cos(angle)).toFixed(2)} ${(cy + r * Math.sin(angle)).toFixed(2)}`;
}

/** Ring segments for `parts` (colour and count), from the top, clockwise, largest first. */
export function donutParts(parts: readonly {color: string; count: number}[], size: number, thickness: number): DonutPart[] {
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  if (total === 0) return [];
  const c = size / 2;
  const outer = c - 0.75;
  const inner = outer - thickness;
  const sorted = [...parts].filter((p) => p.count > 0).sort((a, b) => b.count - a.count);
  if (sorted.length === 1) {
    // A full ring cannot be one arc: two half rings.
    const ring = `M ${point(c, c, outer, 0)} A ${outer} ${outer} 0 1 1 ${point(c, c, outer, 0.5)} A ${outer} ${outer} 0 1 1 ${point(c, c, outer, 0)} Z ` +
      `M ${point(c, c, inner, 0)} A ${inner} ${inner} 0 1 0 ${point(c, c, inner, 0.5)} A ${inner} ${inner} 0 1 0 ${point(c, c, inner, 0)} Z`;
    return [{color: sorted[0]!.color, path: ring}];
  }
  let start = 0;
  return sorted.map((p) => {
    const end = start + p.count / total;
    const large = end - start > 0.5 ? 1 : 0;
    const path = `M ${point(c, c, outer, start)} A ${outer} ${outer} 0 ${large} 1 ${point(c, c, outer, end)} ` +
      `L ${point(c, c, inner, end)} A ${inner} ${inner} 0 ${large} 0 ${point(c, c, inner, start)} Z`;
    start = end;
    return {color: p.color, path};
  });
}
