import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineListParams, listChoice, listFilter } from './list-params';

const list = defineListParams(
  z.object({
    q: listFilter(z.string().trim().max(20)),
    status: listFilter(z.enum(['open', 'closed'])),
    year: listFilter(z.coerce.number().int().min(2000).max(2100)),
    sort: listChoice(['name', 'date'], 'name'),
    dir: listChoice(['asc', 'desc'], 'asc'),
  }),
  { pageSize: 20 },
);

describe('defineListParams', () => {
  it('reads a list state from search parameters, with defaults for what is absent', () => {
    expect(list.parse({})).toEqual({ q: undefined, status: undefined, year: undefined, sort: 'name', dir: 'asc', page: 1 });
    expect(list.parse({ q: ' anna ', status: 'open', year: '2026', sort: 'date', dir: 'desc', page: '3' })).toEqual({
      q: 'anna',
      status: 'open',
      year: 2026,
      sort: 'date',
      dir: 'desc',
      page: 3,
    });
  });

  it('lets each bad value fall back on its own, so an old bookmark still opens a list', () => {
    expect(list.parse({ q: 'x'.repeat(50), status: 'gone', year: '1800', sort: 'shoe', dir: 'up', page: '-1' })).toEqual({
      q: undefined,
      status: undefined,
      year: undefined,
      sort: 'name',
      dir: 'asc',
      page: 1,
    });
    expect(list.parse({ status: ['closed', 'open'], page: ['2', '9'], q: '   ' })).toMatchObject({ status: 'closed', page: 2, q: undefined });
    expect(list.parse({ page: '1e9' }).page).toBe(1);
  });

  it('writes short links: defaults and empty values are left out', () => {
    expect(list.href('/nl/x', { sort: 'name', dir: 'asc', page: 1 })).toBe('/nl/x');
    expect(list.href('/nl/x', { q: 'de vries', status: undefined, page: 2, sort: 'date', dir: 'desc' })).toBe('/nl/x?q=de+vries&page=2&sort=date&dir=desc');
    expect(list.query({ q: '' })).toBe('');
  });

  it('round-trips: parsing a written link gives the same state', () => {
    const state = { q: 'jan', status: 'closed' as const, year: 2025, sort: 'date' as const, dir: 'desc' as const, page: 4 };
    const url = new URL(list.href('/de/x', state), 'http://localhost');
    expect(list.parse(Object.fromEntries(url.searchParams))).toEqual(state);
  });

  it('counts pages: at least one, rounded up', () => {
    expect(list.pageSize).toBe(20);
    expect(list.pageCount(0)).toBe(1);
    expect(list.pageCount(20)).toBe(1);
    expect(list.pageCount(21)).toBe(2);
  });
});
