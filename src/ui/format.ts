import {isHttpUrl} from '../loaders/fields';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-11-21" → "Nov 21, 2023"; "2024-01" → "Jan 2024"; "2024" → "2024": never more precise than the source. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${monthName} ${Number(day)}, ${year}` : `${monthName} ${year}`;
}

/** A short, readable name for a source link: its host without "www.". */
export function sourceLabel(url: string): string {
  return isHttpUrl(url) ? new URL(url).hostname.replace(/^www\./, '') : url;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
