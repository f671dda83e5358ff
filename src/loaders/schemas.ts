import {z} from 'zod';
import {type Message, message} from '../i18n/message';
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_TYPE_IDS,
  JURISDICTION_KINDS,
  LOCALITY_KINDS,
  PALESTINIAN_REGIONS,
  POLICE_OUTCOMES,
  SISTER_LINK_STATUSES,
  BOND_STATUSES,
  CAMPAIGN_STEPS,
  STATE_LAW_STATUSES,
  STATE_LAW_TYPES
} from '../domain/vocabulary';
import {USPS_CODES} from '../domain/us-states';
import {
  confidence,
  fastCheckOf,
  fields,
  geoid,
  hexColor,
  matching,
  httpUrl,
  isoDate,
  oneOf,
  optionalPartialDate,
  optionalSourceUrls,
  optionalText,
  optionalYears,
  partialDate,
  requiredText,
  reshaped,
  slug,
  sourceUrls,
  trimmed,
  UNCHECKED,
  withFastCheck
} from './fields';

/**
 * One schema per file, written against the raw cells (strings) so that a bad cell is reported with its
 * column name. Each schema's output is the domain record, so nothing downstream re-checks the data.
 */

export const campaignTypeCells = fields({
  id: oneOf(CAMPAIGN_TYPE_IDS),
  label: requiredText,
  description: requiredText,
  color: hexColor,
  learn_more_url: httpUrl,
  source_urls: sourceUrls,
  checked: isoDate,
  label_ar: optionalText,
  description_ar: optionalText,
  label_es: optionalText,
  description_es: optionalText,
  translation_source_urls: optionalSourceUrls
});

/** The languages campaign-types.csv can give a type's name and description in, besides English. */
const TYPE_LANGUAGES = ['ar', 'es'] as const;

/**
 * A type's row. A name in a language without its description (or the reverse) would leave English inside a
 * translated panel: that half-translation is left out and named in `incomplete`, while the row itself, valid in
 * English, is kept.
 */
export const campaignTypeRow = reshaped(campaignTypeCells, (r) => {
  const incomplete: {column: string; text: Message}[] = [];
  const translations = Object.fromEntries(
    TYPE_LANGUAGES.flatMap((language) => {
      const label = r[`label_${language}`];
      const description = r[`description_${language}`];
      if (label && description) return [[language, {label, description}]];
      if (label) incomplete.push({column: `description_${language}`, text: message('issue.halfTranslation', {given: `label_${language}`, language})});
      if (description) incomplete.push({column: `label_${language}`, text: message('issue.halfTranslation', {given: `description_${language}`, language})});
      return [];
    })
  );
  return {
    type: {
      id: r.id,
      label: r.label,
      description: r.description,
      color: r.color.toLowerCase(),
      learnMoreUrl: r.learn_more_url,
      translations,
      ...(r.translation_source_urls.length > 0 ? {translationSources: r.translation_source_urls} : {})
    },
    incomplete
  };
});

export const campaignCells = fields({
  id: slug,
  municipality_id: geoid,
  type: oneOf(CAMPAIGN_TYPE_IDS),
  status: oneOf(CAMPAIGN_STATUSES),
  title: requiredText,
  summary: requiredText,
  introduced: optionalPartialDate,
  decided: optionalPartialDate,
  vote: optionalText,
  source_urls: sourceUrls,
  checked: isoDate,
  confidence,
  no_date_reason: optionalText
});

export const campaignRow = reshaped(campaignCells, ({municipality_id, source_urls, no_date_reason, ...r}) => ({
  ...r,
  jurisdictionId: municipality_id,
  ...(no_date_reason ? {noDateReason: no_date_reason} : {}),
  sources: source_urls
}));

export const campaignStepCells = fields({
  campaign_id: slug,
  date: partialDate,
  step: oneOf(CAMPAIGN_STEPS),
  vote: optionalText,
  body: optionalText,
  summary: requiredText,
  source_urls: sourceUrls,
  checked: isoDate
});

export const campaignStepRow = reshaped(campaignStepCells, ({campaign_id, source_urls, vote, body, ...r}) => ({
  ...r,
  campaignId: campaign_id,
  ...(vote ? {vote} : {}),
  ...(body ? {body} : {}),
  sources: source_urls
}));

export const sisterLinkCells = fields({
  id: slug,
  municipality_id: geoid,
  locality_id: slug,
  status: oneOf(SISTER_LINK_STATUSES),
  proposed: optionalPartialDate,
  rejected: optionalPartialDate,
  approved: optionalPartialDate,
  signed: optionalPartialDate,
  summary: requiredText,
  source_urls: sourceUrls,
  checked: isoDate,
  confidence
});

export const sisterLinkRow = reshaped(sisterLinkCells, ({municipality_id, locality_id, source_urls, ...r}) => ({
  ...r,
  jurisdictionId: municipality_id,
  localityId: locality_id,
  sources: source_urls
}));

export const policeExchangeCells = fields({
  id: slug,
  agency: requiredText,
  municipality_id: geoid,
  program: requiredText,
  sponsor: requiredText,
  years: optionalYears,
  outcome: oneOf(POLICE_OUTCOMES),
  summary: requiredText,
  source_urls: sourceUrls,
  checked: isoDate,
  confidence
});

export const policeExchangeRow = reshaped(policeExchangeCells, ({municipality_id, source_urls, ...r}) => ({
  ...r,
  jurisdictionId: municipality_id,
  sources: source_urls
}));

export const stateLawCells = fields({
  id: slug,
  state: requiredText.refine((code) => USPS_CODES.includes(code), 'issue.stateCodeIL'),
  year: optionalText.pipe(z.string().regex(/^\d{4}$/, 'issue.year').optional()),
  date: optionalPartialDate,
  type: oneOf(STATE_LAW_TYPES),
  status: oneOf(STATE_LAW_STATUSES),
  act: optionalText,
  summary: requiredText,
  source_urls: sourceUrls,
  checked: isoDate,
  confidence
});

export const stateLawRow = stateLawCells
  .superRefine(({year, date}, ctx) => {
    if (year && date && !date.startsWith(year)) ctx.addIssue({code: 'custom', path: ['date'], message: 'issue.otherYear', params: {year}});
  })
  .transform(({source_urls, year, date, act, ...r}) => ({
    ...r,
    ...(year ?? date ? {year: year ?? date!.slice(0, 4)} : {}),
    ...(date ? {date} : {}),
    ...(act ? {act} : {}),
    sources: source_urls
  }));

export const israelBondCells = fields({
  id: slug,
  municipality_id: geoid,
  holder: requiredText,
  status: oneOf(BOND_STATUSES),
  amount_usd: trimmed.refine((v) => v === '' || /^\d+$/.test(v), 'issue.wholeDollars'),
  as_of: optionalPartialDate,
  summary: requiredText,
  source_urls: sourceUrls,
  checked: isoDate,
  confidence
});

export const israelBondRow = reshaped(israelBondCells, ({municipality_id, amount_usd, as_of, source_urls, ...r}) => ({
  ...r,
  jurisdictionId: municipality_id,
  ...(amount_usd ? {amountUsd: Number(amount_usd)} : {}),
  ...(as_of ? {asOf: as_of} : {}),
  sources: source_urls
}));

/** GeoJSON properties arrive typed by JSON; numbers are accepted where a spreadsheet would give text. */
const text = z.union([z.string(), z.number()]).transform(String);

/** A field read from a string or a number, with its cheap check (on the number written as text). */
function fromText<S extends z.ZodType<unknown, string>>(field: S) {
  const check = fastCheckOf(field)!;
  return withFastCheck(text.pipe(field), (value) =>
    typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? check(String(value)) : UNCHECKED
  );
}

/** A population, when one is given. */
const population = withFastCheck(z.number().int().nonnegative().optional(), (value) =>
  value === undefined || (Number.isSafeInteger(value) && (value as number) >= 0) ? (value as number | undefined) : UNCHECKED
);

export const jurisdictionProperties = reshaped(
  fields({
    id: fromText(geoid),
    name: fromText(requiredText),
    state: fromText(matching(/^[A-Z]{2}$/, 'issue.stateCodeMI', requiredText)),
    kind: oneOf(JURISDICTION_KINDS),
    population,
    source_urls: fromText(sourceUrls),
    checked: fromText(isoDate)
  }),
  ({id, name, state, kind, population}) => ({id, name, state, kind, ...(population === undefined ? {} : {population})})
);

export const localityProperties = z
  .object({
    id: text.pipe(slug),
    name_en: text.pipe(requiredText),
    name_ar: text.pipe(requiredText),
    aliases: z
      .string()
      .default('')
      .transform((v) => v.split(';').map((a) => a.trim()).filter(Boolean)),
    kind: oneOf(LOCALITY_KINDS),
    governorate: text.pipe(requiredText),
    region: oneOf(PALESTINIAN_REGIONS),
    source_urls: text.pipe(sourceUrls),
    checked: text.pipe(isoDate),
    confidence
  })
  .transform(({name_en, name_ar, source_urls, ...r}) => ({
    ...r,
    nameEn: name_en,
    nameAr: name_ar,
    sources: source_urls
  }));

/** A GeoJSON Point position: [longitude, latitude] within the valid ranges; swapped values are named as such. */
export const pointGeometry = z.object({
  type: z.literal('Point', {error: 'issue.notPoint'}),
  coordinates: z
    .tuple([z.number(), z.number()], {error: 'issue.coordinatesShape'})
    .superRefine(([lon, lat], ctx) => {
      if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return;
      const swapped = Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? 'yes' : 'no';
      // Written as the file gives them, not as a number of the reader's language: they are values to find in it.
      ctx.addIssue({code: 'custom', message: 'issue.coordinatesRange', params: {lon: String(lon), lat: String(lat), swapped}});
    })
});
