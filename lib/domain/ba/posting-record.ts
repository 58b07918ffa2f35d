import type { OccupationCode } from '@/lib/domain/occupations';
import type { BaApiPosting } from './api-shape';
import { decodeHtmlEntities } from './html-entities';

/** A Jobbörse posting mapped to our words: what the import stores (before place and employer are looked up). */
export interface BaPostingRecord {
  reference: string;
  title: string;
  employerName: string | null;
  anonymous: boolean;
  place: { name: string; postcode: string | null; country: 'DE' | 'NL'; state: string; district: string; lat: number | null; lon: number | null } | null;
  hoursMin: number | null;
  hoursMax: number | null;
  payMin: number | null;
  payMax: number | null;
  payUnit: 'hour' | 'month' | 'year' | null;
  startDate: string | null;
  occupationName: string | null;
  occupationCode: OccupationCode | null;
  url: string;
  changedAt: string | null;
}

/** The public posting page on arbeitsagentur.de for a reference number. */
export function baPostingUrl(reference: string): string {
  return `https://www.arbeitsagentur.de/jobsuche/jobdetail/${encodeURIComponent(reference)}`;
}

// "Chiffre" ads hide the employer; the API then leaves `firma` empty or says so in it.
const ANONYMOUS = /chiffre|anonym/i;

const STATES: Record<string, string> = {
  'nordrhein-westfalen': 'NW',
  niedersachsen: 'NI',
  overijssel: 'OV',
  gelderland: 'GE',
};

const COUNTRIES: Record<string, 'DE' | 'NL'> = { deutschland: 'DE', germany: 'DE', niederlande: 'NL', netherlands: 'NL', nederland: 'NL' };

/**
 * `hauptberuf` is free text of the BA's occupation names; the ones our KldB list holds are
 * recognised by their words. Helper patterns come before qualified ones ("Altenpflegehelfer"
 * contains "Altenpfleg"). Anything else keeps its name and no code: matching then goes by sector.
 */
const OCCUPATION_PATTERNS: ReadonlyArray<readonly [RegExp, OccupationCode]> = [
  [/altenpflegehelfer|pflegehelfer|pflegeassistent|helfer\W*(?:in\W*)?-?\s*alten|helfer.*pflege/i, '82101'],
  [/altenpfleger|fachkraft.*altenpflege|pflegefachkraft.*alten/i, '82102'],
  [/heilerziehungspfleger/i, '83132'],
  [/pflegefach(?:frau|mann|kraft)|krankenpfleger|krankenschwester/i, '81302'],
  [/berufskraftfahrer|lkw-?fahrer|kraftfahrer/i, '52122'],
  [/fachkraft.*lager|fachlagerist/i, '51312'],
  [/lager|kommission/i, '51301'],
  [/reinigung|gebäudereinig/i, '54101'],
];

export function occupationFromHauptberuf(hauptberuf: string | null | undefined): OccupationCode | null {
  if (!hauptberuf) return null;
  for (const [pattern, code] of OCCUPATION_PATTERNS) if (pattern.test(hauptberuf)) return code;
  return null;
}

/**
 * Hours from the working-time models: the API says full or part time, not hours. We store the
 * range a caseworker would read into it (full time 35-40, part time 15-30, mini job up to 10),
 * so the hours filter and matching treat an imported posting like one typed in.
 */
export function hoursFromModels(models: readonly string[] | null | undefined): { min: number; max: number } | null {
  if (!models || models.length === 0) return null;
  const words = models.map((m) => m.toLowerCase());
  const full = words.some((w) => w.includes('vollzeit') || w === 'vz');
  const part = words.some((w) => w.includes('teilzeit') || w === 'tz');
  const mini = words.some((w) => w.includes('minijob') || w === 'mj');
  if (full && part) return { min: 15, max: 40 };
  if (full) return { min: 35, max: 40 };
  if (part) return { min: 15, max: 30 };
  if (mini) return { min: 1, max: 10 };
  return null;
}

function payUnitOf(text: string | null | undefined): BaPostingRecord['payUnit'] {
  if (!text) return null;
  const t = text.toLowerCase();
  if (t.includes('stunde')) return 'hour';
  if (t.includes('monat')) return 'month';
  if (t.includes('jahr')) return 'year';
  return null;
}

function wholeEuro(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
}

function isoDate(value: string | null | undefined): string | null {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2})/);
  return match?.[1] ?? null;
}

function isoTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function coordinate(value: number | null | undefined, limit: number): number | null {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

function placeOf(posting: BaApiPosting): BaPostingRecord['place'] {
  for (const location of posting.stellenlokationen ?? []) {
    const a = location.adresse;
    const name = a?.ort?.trim();
    if (!name) continue;
    const country = COUNTRIES[(a?.land ?? 'Deutschland').trim().toLowerCase()];
    if (!country) continue;
    const region = a?.region?.trim() ?? '';
    return {
      name,
      postcode: a?.plz?.trim() || null,
      country,
      state: STATES[region.toLowerCase()] ?? (region || '?'),
      district: region,
      lat: coordinate(a?.breite ?? location.breite, 90),
      lon: coordinate(a?.laenge ?? location.laenge, 180),
    };
  }
  return null;
}

export function baPostingRecord(posting: BaApiPosting): BaPostingRecord {
  const reference = posting.referenznummer.trim();
  const firma = posting.firma?.trim() || null;
  const anonymous = !firma || ANONYMOUS.test(firma);
  const hours = hoursFromModels(posting.arbeitszeitmodelle);
  let payMin = wholeEuro(posting.gehaltsspanneVon);
  let payMax = wholeEuro(posting.gehaltsspanneBis);
  if (payMin !== null && payMax !== null && payMin > payMax) [payMin, payMax] = [payMax, payMin];
  const hasPay = payMin !== null || payMax !== null;
  return {
    reference,
    title: decodeHtmlEntities(posting.stellenangebotsTitel).replace(/\s+/g, ' ').trim().slice(0, 300),
    employerName: anonymous ? null : decodeHtmlEntities(firma as string).slice(0, 200),
    anonymous,
    place: placeOf(posting),
    hoursMin: hours?.min ?? null,
    hoursMax: hours?.max ?? null,
    payMin,
    payMax,
    // Unknown unit stays unknown: a figure without its unit is not read as a monthly wage.
    payUnit: hasPay ? payUnitOf(posting.verguetungsangabe) : null,
    startDate: isoDate(posting.eintrittszeitraum?.von),
    occupationName: posting.hauptberuf?.trim() || null,
    occupationCode: occupationFromHauptberuf(posting.hauptberuf),
    url: baPostingUrl(reference),
    changedAt: isoTimestamp(posting.aenderungsdatum),
  };
}
