/**
 * Postings in the shape of `GET /pc/v6/jobs` (written by us from the documented shape, not
 * copied from the live API): umlauts, HTML entities in titles, missing optional fields, an
 * anonymous (Chiffre) ad, a place our list lacks, and the employers of the demo data.
 */
export interface FixturePosting {
  referenznummer: string;
  stellenangebotsTitel: string;
  firma?: string;
  hauptberuf?: string;
  stellenlokationen?: Array<{ adresse: { plz?: string; ort?: string; region?: string; land?: string; breite?: number; laenge?: number } }>;
  arbeitszeitmodelle?: string[];
  eintrittszeitraum?: { von?: string; bis?: string };
  verguetungsangabe?: string;
  gehaltsspanneVon?: number;
  gehaltsspanneBis?: number;
  externeURL?: string;
  aenderungsdatum?: string;
}

const gronau = { plz: '48599', ort: 'Gronau (Westf.)', region: 'Nordrhein-Westfalen', land: 'Deutschland', breite: 52.2125, laenge: 7.0228 };
const nordhorn = { plz: '48529', ort: 'Nordhorn', region: 'Niedersachsen', land: 'Deutschland', breite: 52.4319, laenge: 7.0678 };
const bentheim = { plz: '48455', ort: 'Bad Bentheim', region: 'Niedersachsen', land: 'Deutschland', breite: 52.3031, laenge: 7.1597 };
// Not in data/places.csv: the import adds it with these coordinates and flags it.
const epe = { plz: '48599', ort: 'Epe', region: 'Nordrhein-Westfalen', land: 'Deutschland', breite: 52.1789, laenge: 7.0331 };

export const altenpflegeGronau: FixturePosting[] = [
  {
    referenznummer: '10000-1190001234-S',
    stellenangebotsTitel: 'Pflegefachkraft (m&#x2F;w&#x2F;d) f&uuml;r die station&auml;re Altenpflege',
    firma: 'Seniorenzentrum Sonnenhof Gronau',
    hauptberuf: 'Altenpfleger/in',
    stellenlokationen: [{ adresse: gronau }],
    arbeitszeitmodelle: ['VOLLZEIT', 'TEILZEIT'],
    eintrittszeitraum: { von: '2027-01-01' },
    verguetungsangabe: 'MONATSGEHALT',
    gehaltsspanneVon: 3400,
    gehaltsspanneBis: 3900,
    aenderungsdatum: '2026-11-20T08:15:00.000',
  },
  {
    referenznummer: '10000-1190001235-S',
    stellenangebotsTitel: 'Altenpflegehelfer/in – Nachtdienst',
    firma: 'Pflegezentrum Haus Vechteblick',
    hauptberuf: 'Helfer/in - Altenpflege',
    stellenlokationen: [{ adresse: nordhorn }],
    arbeitszeitmodelle: ['TEILZEIT'],
    verguetungsangabe: 'STUNDENLOHN',
    gehaltsspanneVon: 16,
    gehaltsspanneBis: 18,
    aenderungsdatum: '2026-11-18T10:00:00.000',
  },
  {
    referenznummer: '10000-1190001236-S',
    stellenangebotsTitel: 'Pflegehelfer (m/w/d) ambulante Pflege &amp; Betreuung',
    firma: 'Ambulanter Pflegedienst Bentheimer Land GmbH',
    hauptberuf: 'Pflegehelfer/in',
    stellenlokationen: [{ adresse: bentheim }],
    arbeitszeitmodelle: ['VOLLZEIT'],
    aenderungsdatum: '2026-11-10T07:00:00.000',
  },
  {
    // Anonymous ad: no employer.
    referenznummer: '10000-1190001237-S',
    stellenangebotsTitel: 'Examinierte Altenpflegerin / Altenpfleger',
    firma: 'Chiffre-Anzeige',
    hauptberuf: 'Altenpfleger/in',
    stellenlokationen: [{ adresse: epe }],
    aenderungsdatum: '2026-11-12T12:00:00.000',
  },
  {
    // The bare minimum the API returns: everything optional missing.
    referenznummer: '10000-1190001238-S',
    stellenangebotsTitel: 'Betreuungskraft nach § 43b SGB XI',
    aenderungsdatum: '2026-11-05T09:30:00.000',
  },
  {
    referenznummer: '10000-1190001239-S',
    stellenangebotsTitel: 'Pflegefachkraft für Wohnbereich „Dinkelaue“',
    firma: 'Caritas-Altenheim St. Josef Gronau',
    hauptberuf: 'Pflegefachmann/-frau',
    stellenlokationen: [{ adresse: gronau }],
    arbeitszeitmodelle: ['VOLLZEIT'],
    eintrittszeitraum: { von: '2026-12-15' },
    verguetungsangabe: 'MONATSGEHALT',
    gehaltsspanneVon: 3600,
    aenderungsdatum: '2026-11-21T14:45:00.000',
  },
];

/** A generated posting for the bench and paging tests: unique reference, a border town. */
export function generatedPosting(n: number, changed = '2026-11-01T00:00:00.000'): FixturePosting {
  const towns = [gronau, nordhorn, bentheim, epe];
  const firms = ['Seniorenzentrum Sonnenhof Gronau', 'Pflegezentrum Haus Vechteblick', 'Logistik Münsterland GmbH', 'Spedition Többen'];
  const jobs = ['Altenpfleger/in', 'Helfer/in - Altenpflege', 'Fachkraft - Lagerlogistik', 'Berufskraftfahrer/in'];
  return {
    referenznummer: `10000-${String(2000000000 + n)}-S`,
    stellenangebotsTitel: `${jobs[n % 4]} (m&#x2F;w&#x2F;d) Nr. ${n}`,
    firma: n % 17 === 0 ? 'Chiffre' : firms[n % 4],
    hauptberuf: jobs[n % 4],
    stellenlokationen: [{ adresse: towns[n % 4] as NonNullable<FixturePosting['stellenlokationen']>[number]['adresse'] }],
    arbeitszeitmodelle: n % 3 === 0 ? ['TEILZEIT'] : ['VOLLZEIT'],
    verguetungsangabe: 'MONATSGEHALT',
    gehaltsspanneVon: 2800 + (n % 10) * 50,
    gehaltsspanneBis: 3300 + (n % 10) * 50,
    aenderungsdatum: changed,
  };
}
