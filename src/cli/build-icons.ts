/**
 * Draws the app's icons and writes them into public/icons/: `npm run icons:build` (tsx src/cli/build-icons.ts).
 * Offline: the drawing is the SVG below, rasterised with resvg (an npm package with a prebuilt binary).
 *
 *   public/icons/icon.svg               the favicon, and the drawing every PNG comes from
 *   public/icons/icon-192.png           manifest icon, purpose "any" (rounded square, transparent corners)
 *   public/icons/icon-512.png           manifest icon, purpose "any"
 *   public/icons/maskable-512.png       manifest icon, purpose "maskable": full bleed, the motif inside the
 *                                       central circle (radius 40%) that every launcher mask keeps
 *   public/icons/apple-touch-icon.png   180 × 180, full bleed: iOS rounds the corners itself and shows
 *                                       transparency as black
 *
 * The PNGs are committed; run this again only after changing the drawing.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Resvg} from '@resvg/resvg-js';

/** The header green of src/app/styles.css (--accent), also the manifest's theme colour. */
export const ICON_GREEN = '#137a4b';
const GOLD = '#f2c14e';
const WHITE = '#ffffff';

/**
 * The motif on a 512 grid, centred on (256, 256): an arc from a small dot to a map pin, for links between
 * places and the places themselves.
 */
const MOTIF = [
  `<path d="M120 340 Q 220 180 336 362" fill="none" stroke="${GOLD}" stroke-width="26" stroke-linecap="round"/>`,
  `<circle cx="120" cy="340" r="30" fill="${WHITE}"/>`,
  // The pin: a circle (centre 340, 204) whose sides run straight down to a point at (340, 366).
  `<path d="M340 366 L 280 236 A 68 68 0 1 1 400 236 Z" fill="${WHITE}"/>`,
  `<circle cx="340" cy="204" r="26" fill="${ICON_GREEN}"/>`
].join('');

type Shape = 'rounded' | 'full';

/** The icon as SVG: `scale` shrinks the motif about the centre (maskable icons keep it in the safe circle). */
export function iconSvg(shape: Shape, scale = 1): string {
  const background =
    shape === 'rounded'
      ? `<rect width="512" height="512" rx="112" fill="${ICON_GREEN}"/>`
      : `<rect width="512" height="512" fill="${ICON_GREEN}"/>`;
  const motif = scale === 1 ? MOTIF : `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${MOTIF}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}${motif}</svg>\n`;
}

function png(svg: string, size: number): Buffer {
  return new Resvg(svg, {fitTo: {mode: 'width', value: size}}).render().asPng();
}

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = path.join(root, 'public', 'icons');
  await mkdir(dir, {recursive: true});
  const any = iconSvg('rounded');
  const files: [string, string | Buffer][] = [
    ['icon.svg', any],
    ['icon-192.png', png(any, 192)],
    ['icon-512.png', png(any, 512)],
    // The motif reaches 190 px from the centre (the dot); at 0.8, 152 px: well inside the 205 px safe circle.
    ['maskable-512.png', png(iconSvg('full', 0.8), 512)],
    ['apple-touch-icon.png', png(iconSvg('full', 0.9), 180)]
  ];
  for (const [name, content] of files) {
    await writeFile(path.join(dir, name), content);
    console.log(`public/icons/${name}`);
  }
}

await main();
