import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import { placements, users } from '@/db/schema';
import { createApiKey } from '@/db/queries/api-keys';
import type { ApiOrganisation, ApiScope } from '@/lib/validation/api-keys';
import type { BenchCase, BenchContext } from '../types';
import { benchYear, fillPlacements } from './placements-fill';
import { vacanciesListCase } from './vacancies-list';

/**
 * The open API as another system calls it: with a key (made once per bench run: only its hash is
 * kept, so an earlier run's key cannot be reused), no session. The key is made in the fill step:
 * on PGlite the bench's own connection is closed once the server runs.
 */
const secrets = new Map<string, string>();
const MUNICIPALITY_SCOPES: ApiScope[] = ['vacancies:read', 'placements:read'];
async function makeKey(ctx: BenchContext, organisation: ApiOrganisation, scopes: ApiScope[]): Promise<void> {
  if (secrets.has(organisation)) return;
  const [admin] = await ctx.db.select({ id: users.id, email: users.email }).from(users).where(eq(users.role, 'admin')).limit(1);
  const key = await createApiKey(
    ctx.db,
    { organisation, employerId: null, scopes, note: 'bench', expiresAt: new Date(Date.now() + 86_400_000) },
    { actor: { id: admin!.id, role: 'admin', email: admin!.email }, origin: null },
  );
  secrets.set(organisation, key.secret);
}

function keyFor(organisation: ApiOrganisation): string {
  const secret = secrets.get(organisation);
  if (!secret) throw new Error(`bench: no API key made for ${organisation}`);
  return secret;
}

/** A page of 100 open elderly-care vacancies, German at most B2, 20+ hours, of the 20,000 in the database. */
const VACANCIES_PATH = '/api/v1/vacancies?status=open&sector=elderly_care&german=B2&hoursMin=20&limit=100';

export const apiVacanciesCase: BenchCase = {
  name: 'api-vacancies',
  role: 'admin',
  async fill(ctx) {
    await vacanciesListCase.fill?.(ctx);
    await makeKey(ctx, 'municipality', MUNICIPALITY_SCOPES);
  },
  async sql({ db }) {
    const result = await db.execute(sql`
      select v.*, e.name as employer_name, p.name as place_name, p.country, p.postcode
      from vacancies v
      join employers e on e.id = v.employer_id
      left join places p on p.id = v.place_id
      where v.status <> 'draft' and v.status = 'open' and (v.closing_date is null or v.closing_date >= (now() at time zone 'Europe/Berlin')::date)
        and v.sector = 'elderly_care' and (v.german_level is null or v.german_level <= 'B2') and coalesce(v.hours_max, v.hours_min) >= 20
      order by v.id desc
      limit 101`);
    return Array.isArray(result) ? result.length : (result as unknown as { rows: unknown[] }).rows.length;
  },
  async app(_ctx, fetchAs) {
    const secret = keyFor('municipality');
    const response = await fetchAs(VACANCIES_PATH, { headers: { authorization: `Bearer ${secret}` } });
    if (response.status !== 200) throw new Error(`api-vacancies: HTTP ${response.status}`);
    const body = (await response.json()) as { data: unknown[] };
    if (body.data.length !== 100) throw new Error(`api-vacancies: ${body.data.length} vacancies, not 100`);
    return body.data.length;
  },
};

/** Counted against target per stream for one year, with 200,000 placements over 20 years. */
export const apiTargetProgressCase: BenchCase = {
  name: 'api-target-progress',
  role: 'admin',
  async fill(ctx) {
    await fillPlacements(ctx);
    await makeKey(ctx, 'municipality', MUNICIPALITY_SCOPES);
  },
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
    const secret = keyFor('municipality');
    const response = await fetchAs(`/api/v1/target-progress?year=${benchYear()}`, { headers: { authorization: `Bearer ${secret}` } });
    if (response.status !== 200) throw new Error(`api-target-progress: HTTP ${response.status}`);
    const body = (await response.json()) as { streams: unknown[] };
    return body.streams.length;
  },
};
