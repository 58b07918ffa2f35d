import { and, count, gte, lt } from 'drizzle-orm';
import { placements } from '@/db/schema';
import type { BenchCase } from '../types';
import { benchYear, fillPlacements } from './placements-fill';

/** The managers' dashboard for one year, with 200,000 placements over 20 years in the database. */
export const targetsDashboardCase: BenchCase = {
  name: 'targets-dashboard',
  role: 'manager',
  fill: fillPlacements,
  async sql({ db }) {
    const year = benchYear();
    const rows = await db
      .select({ funding: placements.funding, n: count() })
      .from(placements)
      .where(and(gte(placements.startDate, `${year}-01-01`), lt(placements.startDate, `${year + 1}-01-01`)))
      .groupBy(placements.funding);
    return rows.length;
  },
  async app(_ctx, fetchAs) {
    const response = await fetchAs(`/nl/targets?year=${benchYear()}`);
    if (response.status !== 200) throw new Error(`targets-dashboard: HTTP ${response.status}`);
    const html = await response.text();
    if (!html.includes('data-testid="stream-total-counted"')) throw new Error('targets-dashboard: no counts on the page');
  },
};
