/**
 * The Content-Security-Policy the built site runs under: nothing but its own files, no inline script or style,
 * no outside connection. Shipped as a meta tag (vite.config.ts) and documented as a header in the README; the
 * browser tests serve it as a header and fail on any violation.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  // blob: only for what the page itself made: the map's sources, read by MapLibre's workers (src/map/source-protocol.ts).
  "connect-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'"
].join('; ');
