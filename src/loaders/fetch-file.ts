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

/** A file's bytes as they arrived, before they are read as text (which a worker can do). */
export interface FetchedFile {
  file: string;
  bytes: Uint8Array;
  contentType: string;
}

/**
 * Fetches one file with its own timeout, so a file that hangs or fails is named on its own and never holds up the
 * others. Every failure becomes a FileLoadError whose message a person can act on.
 */
export async function fetchFileBytes(url: string, file: string, timeoutMs = FILE_TIMEOUT_MS): Promise<FetchedFile> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const failure = () =>
    controller.signal.aborted
      ? failed(file, 'load.timeout', {seconds: timeoutMs / 1000})
      : failed(file, offline() ? 'load.offline' : 'load.connection');
  try {
    let response: Response;
    try {
      response = await fetch(url, {signal: controller.signal});
    } catch {
      throw failure();
    }
    if (!response.ok) throw failed(file, 'load.http', {status: response.status});
    try {
      return {file, bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? ''};
    } catch {
      throw failure();
    }
  } finally {
    clearTimeout(timer);
  }
}

function failed(file: string, key: string, values: Message['values'] = {}): FileLoadError {
  return new FileLoadError(file, message(key, {file, ...values}));
}

/** The text of a fetched file; a file that is not text, is empty, or is a web page is a FileLoadError. */
export function fileText({file, bytes, contentType}: FetchedFile): string {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw failed(file, `load.refused.${decoded.reason}`);
  if (decoded.text.trim() === '') throw failed(file, 'load.empty');
  if (contentType.includes('text/html') || looksLikeHtml(decoded.text)) throw failed(file, 'load.webPage', {kind: kindOf(file)});
  return decoded.text;
}

/** Fetches one file as text (fetchFileBytes, then fileText). */
export async function fetchFileText(url: string, file: string, timeoutMs = FILE_TIMEOUT_MS): Promise<string> {
  return fileText(await fetchFileBytes(url, file, timeoutMs));
}
