import {chromium, type Browser, type Page} from 'playwright-core';
import {existsSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';

/** Debian's Chromium: no browser download is possible on these machines (see GUIDE.md §5). */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const SCREENSHOT_DIR = join(import.meta.dirname, 'screenshots');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(`Chromium not found at ${EXECUTABLE}: run "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
      // WebGL in software: there is no GPU here, and Chromium 144+ no longer falls back by itself.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader'
    ]
  });
}

/** Waits until the map has drawn everything it asked for (tiles, glyphs, fades). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as {__campaignMap?: unknown}).__campaignMap !== undefined, null, {timeout: 30_000});
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as {__campaignMap: {loaded(): boolean; areTilesLoaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void}}).__campaignMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      })
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, {recursive: true});
  await page.screenshot({path: join(SCREENSHOT_DIR, `${name}.png`)});
}
