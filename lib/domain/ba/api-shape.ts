import { z } from 'zod';

/**
 * The shape of one page of `GET /pc/v6/jobs` of the Bundesagentur für Arbeit's Jobsuche API,
 * as far as the import reads it. Lenient on purpose: optional fields are often missing and
 * unknown fields are ignored, so a new field upstream never stops the import. A posting
 * without its reference number or title is unusable and counted as failed, not guessed.
 */
const address = z
  .object({
    plz: z.string().nullish(),
    ort: z.string().nullish(),
    region: z.string().nullish(),
    land: z.string().nullish(),
    breite: z.number().nullish(),
    laenge: z.number().nullish(),
  })
  .passthrough();

const location = z
  .object({
    adresse: address.nullish(),
    breite: z.number().nullish(),
    laenge: z.number().nullish(),
  })
  .passthrough();

export const baPostingShape = z
  .object({
    referenznummer: z.string().min(1),
    stellenangebotsTitel: z.string().min(1),
    firma: z.string().nullish(),
    hauptberuf: z.string().nullish(),
    stellenlokationen: z.array(location).nullish(),
    arbeitszeitmodelle: z.array(z.string()).nullish(),
    eintrittszeitraum: z.object({ von: z.string().nullish(), bis: z.string().nullish() }).passthrough().nullish(),
    verguetungsangabe: z.string().nullish(),
    gehaltsspanneVon: z.number().nullish(),
    gehaltsspanneBis: z.number().nullish(),
    externeURL: z.string().nullish(),
    aenderungsdatum: z.string().nullish(),
  })
  .passthrough();

export type BaApiPosting = z.infer<typeof baPostingShape>;

/** The page itself: `ergebnisliste` is absent when nothing matches. Postings stay unparsed here. */
export const baPageShape = z
  .object({
    ergebnisliste: z.array(z.unknown()).optional(),
    maxErgebnisse: z.union([z.number(), z.string()]).optional(),
    page: z.union([z.number(), z.string()]).optional(),
    size: z.union([z.number(), z.string()]).optional(),
  })
  .passthrough();

/** The API serves at most this many results of one query: 100 pages of 100. */
export const BA_MAX_RESULTS_PER_QUERY = 10_000;
export const BA_MAX_PAGE_SIZE = 100;
