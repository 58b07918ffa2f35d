import { and, asc, gte, lt } from 'drizzle-orm';
import { placements } from '@/db/schema';
import type { BenchCase } from '../types';
import { benchYear, fillPlacements } from './placements-fill';

/** The CSV export of one year's placements (about 10,000 rows): time to receive the whole stream. */
export const placementsCsvCase: BenchCase = {
  name: 'placements-csv',
  role: 'manager',
  fill: fillPlacements,
  async sql({ db }) {
    const year = benchYear();
    const rows = await db
      .select()
      .from(placements)
      .where(and(gte(placements.startDate, `${year}-01-01`), lt(placements.startDate, `${year + 1}-01-01`)))
      .orderBy(asc(placements.startDate), asc(placements.id));
    return rows.length;
  },
  async app(_ctx, fetchAs) {
    const response = await fetchAs(`/api/reports/placements?year=${benchYear()}&lng=nl`);
    if (response.status !== 200) throw new Error(`placements-csv: HTTP ${response.status}`);
    const text = await response.text();
    // Header + rows: the caller's timing covers the whole stream.
    return text.split('\r\n').length - 2;
  },
};
