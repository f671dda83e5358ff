import {type Message, message} from '../i18n/message';
import {decodeBytes} from './decode';
import {looksLikeHtml} from './decode';

/** How long one file may take before we say so: long enough for a slow phone, short enough to act on. */
export const FILE_TIMEOUT_MS = 20_000;

/** A file that could not be had, with a message that names it and says what went wrong. */
export class FileLoadError extends Error {
  constructor(readonly file: string, readonly problem: Message) {
    super(`${file}: ${problem.key}`);
    this.name = 'FileLoadError';
  }
}

/** What a file should have been, for the message's select: csv, geojson, or other (data). */
function kindOf(file: string): 'csv' | 'geojson' | 'other' {
  if (file.endsWith('.csv')) return 'csv';
  if (file.endsWith('.geojson') || file.endsWith('.json')) return 'geojson';
  return 'other';
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
  const fail = (key: string, values: Message['values'] = {}) => new FileLoadError(file, message(key, {file, ...values}));
  const failure = () =>
    controller.signal.aborted
      ? fail('load.timeout', {seconds: timeoutMs / 1000})
      : fail(offline() ? 'load.offline' : 'load.connection');
  try {
    let response: Response;
    try {
      response = await fetch(url, {signal: controller.signal});
    } catch {
      throw failure();
    }
    if (!response.ok) throw fail('load.http', {status: response.status});
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch {
      throw failure();
    }
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw fail(`load.refused.${decoded.reason}`);
    if (decoded.text.trim() === '') throw fail('load.empty');
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html') || looksLikeHtml(decoded.text)) throw fail('load.webPage', {kind: kindOf(file)});
    return decoded.text;
  } finally {
    clearTimeout(timer);
  }
}
