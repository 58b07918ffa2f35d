import { count } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { BenchCase } from '../types';

/** The cheapest signed-in page: the floor of the whole stack (session check, shell, one query). */
export const healthCase: BenchCase = {
  name: 'home',
  role: 'caseworker',
  async sql({ db }) {
    const rows = await db.select({ n: count() }).from(users);
    return rows.length;
  },
  async app(_ctx, fetchAs) {
    const response = await fetchAs('/nl');
    if (response.status !== 200) throw new Error(`home: HTTP ${response.status}`);
    await response.text();
  },
};
