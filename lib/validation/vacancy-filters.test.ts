import { describe, expect, it } from 'vitest';
import { parseVacancyFilters, vacancyListHref } from './vacancy-filters';

describe('vacancy list filters from the URL', () => {
  it('reads every filter', () => {
    const { filters } = parseVacancyFilters(
      {
        q: ' pflege ',
        sector: 'elderly_care',
        place: '12',
        from: '1',
        km: '30',
        german: 'B1',
        hoursMin: '20',
        hoursMax: '32',
        status: 'expired',
        employer: '7',
        sort: 'distance',
        page: '3',
      },
      'open',
    );
    expect(filters).toEqual({
      q: 'pflege',
      sector: 'elderly_care',
      placeId: 12,
      fromPlaceId: 1,
      km: 30,
      germanMax: 'B1',
      hoursMin: 20,
      hoursMax: 32,
      status: 'expired',
      employerId: 7,
      sort: 'distance',
      page: 3,
    });
  });

  it('falls back to defaults for bad or missing values, without failing', () => {
    const { filters, params } = parseVacancyFilters({ sector: 'space', km: '-4', german: 'B7', page: 'zwei', place: ['x', '3'], status: 'gone' }, 'open');
    expect(filters).toMatchObject({ sector: undefined, km: undefined, germanMax: undefined, page: 1, placeId: undefined, status: 'open' });
    expect(params.status).toBe('open');
    expect(parseVacancyFilters({ status: 'all' }, 'open').filters.status).toBeUndefined();
    expect(parseVacancyFilters({}, 'all').filters.status).toBeUndefined();
  });

  it('drops a search with control characters (PostgreSQL refuses a NUL) but keeps real text', () => {
    expect(parseVacancyFilters({ q: 'Pflege\u0000' }, 'open').filters.q).toBeUndefined();
    expect(parseVacancyFilters({ q: 'Große-Weßeling 👩🏽‍⚕️' }, 'open').filters.q).toBe('Große-Weßeling 👩🏽‍⚕️');
  });

  it('builds bookmarkable links without empty values', () => {
    const { params } = parseVacancyFilters({ q: 'Pflege & Hilfe', sector: 'nursing' }, 'open');
    expect(vacancyListHref('/nl/vacancies', params, { page: 2 })).toBe('/nl/vacancies?q=Pflege+%26+Hilfe&sector=nursing&page=2&status=open');
  });
});
