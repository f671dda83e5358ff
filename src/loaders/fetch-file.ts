import {decodeBytes, looksLikeHtml} from './decode';

/** How long one file may take before we say so: long enough for a slow phone, short enough to act on. */
export const FILE_TIMEOUT_MS = 20_000;

/** A file that could not be had, with a message that names it and says what went wrong. */
export class FileLoadError extends Error {
  constructor(readonly file: string, message: string) {
    super(message);
    this.name = 'FileLoadError';
  }
}

function kindOf(file: string): string {
  if (file.endsWith('.csv')) return 'CSV';
  if (file.endsWith('.geojson') || file.endsWith('.json')) return 'GeoJSON';
  return 'data';
}

function offline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Fetches one file as text with its own timeout, so a file that hangs or fails is named on its own and never
 * holds up the others. Every failure becomes a FileLoadError whose message a person can act on.
 */
export async function fetchFileText(url: string, file: string, timeoutMs = FILE_TIMEOUT_MS): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {signal: controller.signal});
    } catch {
      throw new FileLoadError(file, failureMessage(file, controller.signal.aborted, timeoutMs));
    }
    if (!response.ok) {
      throw new FileLoadError(file, `${file} could not be loaded: the server answered HTTP ${response.status}${response.statusText ? ` (${response.statusText})` : ''}.`);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch {
      throw new FileLoadError(file, failureMessage(file, controller.signal.aborted, timeoutMs));
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new FileLoadError(file, `${file} ${decoded.message}.`);
    if (decoded.text.trim() === '') throw new FileLoadError(file, `${file} is empty.`);
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html') || looksLikeHtml(decoded.text)) {
      throw new FileLoadError(file, `${file}: the server answered with a web page, not ${kindOf(file)}.`);
    }
    return decoded.text;
  } finally {
    clearTimeout(timer);
  }
}

function failureMessage(file: string, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `${file} did not arrive within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}.`;
  if (offline()) return `${file} could not be loaded: this device is offline.`;
  return `${file} could not be loaded: the connection failed.`;
}
