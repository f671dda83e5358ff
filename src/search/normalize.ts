/**
 * Folds a name for matching, so "Janīn" is found by typing "janin" and "رام الله" without its vowel marks.
 * Latin diacritics, ʿayn and hamza marks and punctuation are dropped; Arabic loses its vowel marks and tatweel,
 * and its alef, ya and ta marbuta variants are unified, as people type them. The short and long forms of
 * Saint, Fort and Mount read alike ("St. Paul", "Saint Paul"). Other spellings ("Jenin") come from aliases.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .replace(/[ʻʼʿʾ‘’'`´".]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\b(saint|st|sainte|ste)\b/g, 'st')
    .replace(/\b(fort|ft)\b/g, 'ft')
    .replace(/\b(mount|mt)\b/g, 'mt');
}

/** Edits between two names, a swap of neighbours counting as one (optimal string alignment distance). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({length: b.length + 1}, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
