import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import type {TestProject} from 'vitest/node';
import {preview, type PreviewServer} from 'vite';
import {CONTENT_SECURITY_POLICY} from '../../src/app/content-security-policy';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Browser tests run against exactly what `npm run build` ships: built in its own process (inside Vitest,
 * NODE_ENV is "test" and Vite would build React's development bundle), then served the way a careful static
 * host would serve it, with the strict Content-Security-Policy as a header.
 */
export async function setup(project: TestProject): Promise<void> {
  const env = {...process.env, NODE_ENV: 'production'};
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {cwd: ROOT, env, stdio: 'inherit'});
  server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: {port: 0, host: '127.0.0.1', headers: {'Content-Security-Policy': CONTENT_SECURITY_POLICY}}
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL.');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
