import {formatters} from './format';
import {createI18n} from './i18n';
import type {Message} from './message';

const i18n = createI18n('en');
const f = formatters('en');

/** A message in English words, as the interface shows it in English: what data:check prints. */
export function english(m: Message | string): string {
  const {key, values} = typeof m === 'string' ? {key: m, values: undefined} : m;
  const written = values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? f.list(v) : v]));
  return i18n.t(key, written);
}
