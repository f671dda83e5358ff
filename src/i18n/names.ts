import type {Language} from './languages';

/**
 * A Palestinian place's two names, the reader's first: Arabic before English in the Arabic interface, English
 * before Arabic otherwise. Either may be missing.
 */
export function bilingualName(nameEn: string, nameAr: string, language: Language): string {
  const [first, second] = language === 'ar' ? [nameAr, nameEn] : [nameEn, nameAr];
  return [first, second].filter(Boolean).join(' ');
}
