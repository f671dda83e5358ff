import {createServer, type Server} from 'node:http';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {extname, join, relative, sep} from 'node:path';
import {gzipSync} from 'node:zlib';
import {CONTENT_SECURITY_POLICY} from '../../app/content-security-policy';

/**
 * A static host for one build, on 127.0.0.1 at a free port: it serves the folder as a careful host or CDN would,
 * gzip-compressed where that helps (compressed once, at start, so the server costs the measured browser nothing
 * while it runs), with the site's strict Content-Security-Policy as a header, like the browser tests' server.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pbf': 'application/x-protobuf',
  '.webmanifest': 'application/manifest+json'
};

/** What a CDN would compress: text, JSON and protobuf glyphs; never images. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.csv', '.txt', '.svg', '.pbf', '.webmanifest']);

interface Entry {
  body: Buffer;
  gzip?: Buffer;
  type: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface StaticServer {
  url: string;
  /** Bytes on disk and as sent (gzip where used), for the report. */
  bytes: {raw: number; sent: number};
  close: () => Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const files = new Map<string, Entry>();
  let raw = 0;
  let sent = 0;
  for (const path of walk(root)) {
    const key = `/${relative(root, path).split(sep).join('/')}`;
    const ext = extname(path).toLowerCase();
    const body = readFileSync(path);
    const gzip = COMPRESSED.has(ext) ? gzipSync(body, {level: 6}) : undefined;
    files.set(key, {body, type: TYPES[ext] ?? 'application/octet-stream', ...(gzip && gzip.length < body.length ? {gzip} : {})});
    raw += body.length;
    sent += (gzip && gzip.length < body.length ? gzip : body).length;
  }
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const entry = files.get(path);
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, {'Content-Type': 'text/plain'}).end('not found');
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip! : entry.body;
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? {'Content-Encoding': 'gzip'} : {})
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    bytes: {raw, sent},
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}
