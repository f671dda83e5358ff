import type {CampaignType} from '../domain/records';
import type {Language} from './languages';

/** A campaign type's name and description in a language, from campaign-types.csv; English where it has none. */
export function typeText(type: CampaignType | undefined, language: Language): {label: string; description: string} {
  if (!type) return {label: '', description: ''};
  const translated = language === 'en' ? undefined : type.translations?.[language];
  return translated ?? {label: type.label, description: type.description};
}
