/** The languages of the interface: English, Arabic (right to left) and Spanish. */
export const LANGUAGES = ['en', 'ar', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language by its own name, as a person looking for it reads it. */
export const LANGUAGE_NAMES: Record<Language, string> = {en: 'English', ar: 'العربية', es: 'Español'};

/** The locale numbers, dates and distances are written in. */
export const LOCALES: Record<Language, string> = {en: 'en-US', ar: 'ar', es: 'es'};

export function isRtl(language: Language): boolean {
  return language === 'ar';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's languages the interface speaks ("es-MX" → es), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
