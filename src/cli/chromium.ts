import {existsSync} from 'node:fs';
import {chromium, type Browser} from 'playwright-core';

/**
 * Debian's Chromium, as the browser tests and the bench drive it: no browser download is possible on these machines
 * (GUIDE.md §5). One launcher, so the tests and the bench measure the same browser with the same flags.
 */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage'
];

/** WebGL in software: there is no GPU here, and Chromium 144+ no longer falls back by itself. */
export const SOFTWARE_WEBGL = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export async function launchChromium(graphics: readonly string[] = SOFTWARE_WEBGL): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) {
    throw new Error(`Chromium not found at ${EXECUTABLE}: run "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  return chromium.launch({executablePath: EXECUTABLE, args: [...BASE_ARGS, ...graphics]});
}
