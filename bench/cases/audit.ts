import { and, count, desc, eq, or, sql } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { BenchCase, BenchContext } from '../types';

/**
 * The audit trail of a busy installation: 200,000 events over about three years (sign-ins,
 * views and changes of 5,000 job seekers' data by 40 staff). Idempotent: fills only once.
 */
const EVENTS = 200_000;

async function fill({ db, ids }: BenchContext): Promise<void> {
  const [row] = await db.select({ n: count() }).from(auditEvents).where(sql`${auditEvents.details} ->> 'bench' = '1'`);
  if ((row?.n ?? 0) >= EVENTS) return;
  const actor = ids.managerUserId!;
  await db.execute(sql`
    insert into audit_events (at, actor_id, actor_role, actor_email, action, object_type, object_id, job_seeker_id, result, origin, details)
    select now() - (n * interval '8 minutes'),
           case when n % 40 = 0 then ${actor}::int else 100000 + n % 40 end,
           'caseworker',
           'staff' || (n % 40) || '@werkplein.bench',
           (array['sign_in.ok', 'job_seeker.view', 'job_seeker.update', 'vacancy.update', 'placement.create', 'sign_in.failed', 'job_seeker.view', 'proposal.create'])[1 + n % 8],
           case when n % 8 in (1, 2, 6) then 'job_seeker' when n % 8 = 3 then 'vacancy' when n % 8 = 4 then 'placement' when n % 8 = 7 then 'proposal' else null end,
           (n % 5000 + 1)::text,
           case when n % 8 in (1, 2, 4, 6, 7) then n % 5000 + 1 else null end,
           case when n % 8 = 5 then 'denied'::audit_result else 'ok'::audit_result end,
           ('10.0.0.' || (n % 200 + 1))::inet,
           '{"bench": "1"}'::jsonb
    from generate_series(1, ${EVENTS}) n`);
}

const page = (where?: ReturnType<typeof and>) => (ctx: BenchContext) =>
  ctx.db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(51)
    .then((r) => r.length);

export const auditCase: BenchCase = {
  name: 'audit',
  role: 'manager',
  fill,
  sql: page(),
  async app(_ctx, fetchAs) {
    const response = await fetchAs('/nl/audit');
    if (response.status !== 200) throw new Error(`audit: HTTP ${response.status}`);
    await response.text();
  },
};

export const auditPersonCase: BenchCase = {
  name: 'audit-person',
  role: 'manager',
  fill,
  sql: page(and(eq(auditEvents.jobSeekerId, 1234))),
  async app(_ctx, fetchAs) {
    const response = await fetchAs('/nl/audit?person=1234');
    if (response.status !== 200) throw new Error(`audit-person: HTTP ${response.status}`);
    await response.text();
  },
};

export const auditActionCase: BenchCase = {
  name: 'audit-action',
  role: 'manager',
  fill,
  // A rare family in a date range: the hardest common search.
  sql: page(
    and(
      or(eq(auditEvents.action, 'placement'), sql`starts_with(${auditEvents.action}, 'placement.')`),
      sql`${auditEvents.at} >= now() - interval '400 days'`,
      sql`${auditEvents.at} < now() - interval '30 days'`,
    ),
  ),
  async app(_ctx, fetchAs) {
    const from = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const response = await fetchAs(`/nl/audit?action=placement&from=${from}&to=${to}`);
    if (response.status !== 200) throw new Error(`audit-action: HTTP ${response.status}`);
    await response.text();
  },
};
