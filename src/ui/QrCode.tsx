import QRCode from 'qrcode';

/** A QR code drawn as SVG squares from the `qrcode` package's module matrix: made offline, no markup strings. */
export function QrCode({text, size = 96, label}: {text: string; size?: number; label: string}) {
  const {modules} = QRCode.create(text, {errorCorrectionLevel: 'M'});
  const n = modules.size;
  const quiet = 2;
  const cells: [number, number][] = [];
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (modules.get(y, x)) cells.push([x, y]);
  return (
    <svg className="qr" width={size} height={size} viewBox={`${-quiet} ${-quiet} ${n + 2 * quiet} ${n + 2 * quiet}`} role="img" aria-label={label}>
      <rect x={-quiet} y={-quiet} width={n + 2 * quiet} height={n + 2 * quiet} fill="#ffffff" />
      {cells.map(([x, y]) => <rect key={`${x},${y}`} x={x} y={y} width={1.02} height={1.02} fill="#000000" />)}
    </svg>
  );
}
