import { describe, expect, it } from 'vitest';
import { baPostingShape } from './api-shape';
import { decodeHtmlEntities } from './html-entities';
import { baPostingRecord, baPostingUrl, hoursFromModels, occupationFromHauptberuf } from './posting-record';

describe('mapping a Jobbörse posting', () => {
  it('decodes HTML entities, numeric and named, and leaves unknown ones', () => {
    expect(decodeHtmlEntities('Pflegefachkraft (m&#x2F;w&#x2F;d) K&uuml;che &amp; Hauswirtschaft &#8211; &foo;')).toBe(
      'Pflegefachkraft (m/w/d) Küche & Hauswirtschaft – &foo;',
    );
    expect(decodeHtmlEntities('&#0; &#xD800;')).toBe('&#0; &#xD800;');
  });

  it('maps hauptberuf to our KldB codes where it can, helpers before qualified', () => {
    expect(occupationFromHauptberuf('Altenpflegehelfer/in')).toBe('82101');
    expect(occupationFromHauptberuf('Helfer/in - Altenpflege')).toBe('82101');
    expect(occupationFromHauptberuf('Altenpfleger/in')).toBe('82102');
    expect(occupationFromHauptberuf('Pflegefachmann/-frau')).toBe('81302');
    expect(occupationFromHauptberuf('Berufskraftfahrer/in')).toBe('52122');
    expect(occupationFromHauptberuf('Fachkraft - Lagerlogistik')).toBe('51312');
    expect(occupationFromHauptberuf('Softwareentwickler/in')).toBeNull();
    expect(occupationFromHauptberuf(undefined)).toBeNull();
  });

  it('reads hours from full and part time', () => {
    expect(hoursFromModels(['VOLLZEIT'])).toEqual({ min: 35, max: 40 });
    expect(hoursFromModels(['TEILZEIT'])).toEqual({ min: 15, max: 30 });
    expect(hoursFromModels(['VOLLZEIT', 'TEILZEIT'])).toEqual({ min: 15, max: 40 });
    expect(hoursFromModels(['MINIJOB'])).toEqual({ min: 1, max: 10 });
    expect(hoursFromModels([])).toBeNull();
  });

  it('keeps an unknown pay unit unknown, orders a reversed range, links to arbeitsagentur.de', () => {
    const record = baPostingRecord(
      baPostingShape.parse({
        referenznummer: ' 10000-1-S ',
        stellenangebotsTitel: '  Lager\u00a0helfer   (m/w/d) ',
        firma: 'Spedition Többen',
        gehaltsspanneVon: 3000,
        gehaltsspanneBis: 2500,
        verguetungsangabe: 'NACH_VEREINBARUNG',
        stellenlokationen: [{ adresse: { ort: 'Hengelo', land: 'Niederlande', breite: 52.27, laenge: 6.79 } }],
        eintrittszeitraum: { von: '2027-02-01T00:00:00' },
        aenderungsdatum: 'kein Datum',
        unbekanntesFeld: 1,
      }),
    );
    expect(record).toMatchObject({
      reference: '10000-1-S',
      title: 'Lager helfer (m/w/d)',
      employerName: 'Spedition Többen',
      anonymous: false,
      payMin: 2500,
      payMax: 3000,
      payUnit: null,
      startDate: '2027-02-01',
      changedAt: null,
      place: { name: 'Hengelo', country: 'NL', lat: 52.27, lon: 6.79 },
      url: baPostingUrl('10000-1-S'),
    });
    expect(record.url).toBe('https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1-S');
  });

  it('refuses a posting without reference number or title', () => {
    expect(baPostingShape.safeParse({ stellenangebotsTitel: 'x' }).success).toBe(false);
    expect(baPostingShape.safeParse({ referenznummer: '1', stellenangebotsTitel: '' }).success).toBe(false);
  });
});
