import type {TestProject} from 'vitest/node';
import {build, preview, type PreviewServer} from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Browser tests run against the production build, served the way any static host would serve it. */
export async function setup(project: TestProject): Promise<void> {
  await build({logLevel: 'warn'});
  server = await preview({logLevel: 'warn', preview: {port: 0, host: '127.0.0.1'}});
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL.');
  project.provide('baseUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
