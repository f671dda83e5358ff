import {execFile} from 'node:child_process';
import {cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {ROOT, writeDataset} from './generate';

/**
 * Builds the site exactly as `npm run build` does (the project's own vite.config.ts, `vite build`, NODE_ENV
 * production, in its own process), only with other data: in a temporary copy of the project whose data/ folder
 * holds the generated files, so data/ itself is never touched. node_modules is a symlink to the worktree's.
 */

const run = promisify(execFile);
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/** What a build reads besides data/ and node_modules. */
const PROJECT_FILES = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'];

async function viteBuild(cwd: string, outDir: string, extra: readonly string[] = []): Promise<void> {
  const env = {...process.env, NODE_ENV: 'production'};
  await run(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...extra], {cwd, env, maxBuffer: 64 * 1024 * 1024});
}

/** A development build would measure React's development bundle (issue 13): refuse to go on with one. */
function assertProduction(outDir: string): void {
  const assets = join(outDir, 'assets');
  const entry = readdirSync(assets).find((f) => /^index-.*\.js$/.test(f));
  if (!entry) throw new Error(`no entry script in ${assets}`);
  if (readFileSync(join(assets, entry), 'utf8').includes('jsxDEV')) throw new Error(`${entry} is a development build (it calls jsxDEV)`);
}

/** `npm run build` of the worktree as it is, only into `outDir`. */
export async function buildToday(outDir: string): Promise<void> {
  await viteBuild(ROOT, outDir);
  assertProduction(outDir);
}

/** A copy of the project (without data/) under `dir`, data/ filled with `files`. */
export function projectCopy(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, {recursive: true});
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), {recursive: true});
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeDataset(join(dir, 'data'), files);
  return dir;
}

export async function buildWithData(dir: string, files: Record<string, string>, outDir: string): Promise<void> {
  await viteBuild(projectCopy(dir, files), outDir);
  assertProduction(outDir);
}

const BARE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bare MapLibre page (bench floor)</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="map"></div>
    <script type="module" src="/src/cli/bench/bare-page.ts"></script>
  </body>
</html>
`;

/** The same build settings as vite.config.ts that matter here (relative base, nothing inlined), without React. */
const BARE_CONFIG = `export default {
  base: './',
  logLevel: 'error',
  build: {assetsInlineLimit: 0, chunkSizeWarningLimit: 5000, rollupOptions: {input: 'bare.html'}}
};
`;

/**
 * The bare MapLibre page (src/cli/bench/bare-page.ts), built by Vite from a temporary entry in a project copy; public/
 * (basemap, fonts) is copied into the build as for the app. The page is served as bare.html.
 */
export async function buildBare(dir: string, outDir: string): Promise<void> {
  mkdirSync(dir, {recursive: true});
  for (const name of ['src', 'public', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, name), join(dir, name), {recursive: true});
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'bare.html'), BARE_HTML);
  writeFileSync(join(dir, 'bare.config.mjs'), BARE_CONFIG);
  await viteBuild(dir, outDir, ['--config', 'bare.config.mjs']);
}
