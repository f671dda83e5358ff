import {type Language, LOCALES} from './languages';

/**
 * Numbers, dates and distances written the way each language writes them (Intl), never more precise than their
 * source: "2024-01" is a month, "2024" a year.
 */
export interface Formatters {
  number: (n: number) => string;
  /** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: (partial: string) => string;
  miles: (miles: number) => string;
  km: (km: number) => string;
  list: (items: readonly string[]) => string;
  usd: (amount: number) => string;
}

const cache = new Map<Language, Formatters>();

export function formatters(language: Language): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = LOCALES[language];
  const number = new Intl.NumberFormat(locale);
  const day = new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'});
  const month = new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'short', timeZone: 'UTC'});
  const year = new Intl.DateTimeFormat(locale, {year: 'numeric', timeZone: 'UTC'});
  const miles = (digits: number) => new Intl.NumberFormat(locale, {style: 'unit', unit: 'mile', maximumFractionDigits: digits});
  const near = miles(1);
  const far = miles(0);
  const km = new Intl.NumberFormat(locale, {style: 'unit', unit: 'kilometer', maximumFractionDigits: 0});
  const list = new Intl.ListFormat(locale, {style: 'long', type: 'conjunction'});
  const usd = new Intl.NumberFormat(locale, {style: 'currency', currency: 'USD', maximumFractionDigits: 0});
  const result: Formatters = {
    number: (n) => number.format(n),
    date: (partial) => {
      const [y, m, d] = partial.split('-').map(Number);
      if (!y) return partial;
      const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
      return (d ? day : m ? month : year).format(at);
    },
    miles: (n) => (n < 10 ? near : far).format(n),
    km: (n) => km.format(n),
    list: (items) => list.format(items),
    usd: (n) => usd.format(n)
  };
  cache.set(language, result);
  return result;
}
