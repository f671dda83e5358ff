import {isHttpUrl} from '../loaders/fields';

/** A short, readable name for a source link: its host without "www.". */
export function sourceLabel(url: string): string {
  return isHttpUrl(url) ? new URL(url).hostname.replace(/^www\./, '') : url;
}
