export const languages = ['nl', 'de'] as const;
export type Lng = (typeof languages)[number];
/** Dutch when unsure: Werkplein's own staff work in Dutch. */
export const fallbackLng: Lng = 'nl';
export const languageCookie = 'lng';

export function isLng(value: unknown): value is Lng {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl: dates and numbers follow the reader's locale. */
export const intlLocale: Record<Lng, string> = { nl: 'nl-NL', de: 'de-DE' };

/**
 * Picks nl or de from an Accept-Language header by quality, first match wins;
 * anything else (English, French, none) gets Dutch.
 */
export function languageFromAcceptHeader(header: string | null | undefined): Lng {
  if (!header) return fallbackLng;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLng) ?? fallbackLng;
}
