import { and, eq, like, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { createApiKey } from '@/db/queries/api-keys';
import { migrateDatabase } from '@/db/migrate';
import type { DatabaseHandle } from '@/db/client';
import { auditEvents, employers, places, users, vacancies } from '@/db/schema';
import { seedDemoData } from '@/db/seed/seed-demo-data';

/**
 * The writes a fault is thrown at: employers' systems adding vacancies through the open API
 * (POST /api/v1/vacancies), each with its own Idempotency-Key, as a partner's system would.
 * A client that gets 503 or no answer sends the same request again, with the same key, until
 * it gets 201: afterwards every 201 must be in the database, once, with its audit row.
 */
export interface WriteSubject {
  secret: string;
  placeId: number;
}

/** Migrations and the demo data (an employer and an admin to make its key), then an employer's key. */
export async function prepareWriteSubject(handle: DatabaseHandle): Promise<WriteSubject> {
  await migrateDatabase(handle);
  await seedDemoData(handle.db, { today: new Date() });
  const db = handle.db;
  const [admin] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.role, 'admin')).limit(1);
  const [employer] = await db.select({ id: employers.id }).from(employers).orderBy(employers.id).limit(1);
  const [place] = await db.select({ id: places.id }).from(places).where(eq(places.name, 'Gronau (Westf.)')).limit(1);
  if (!admin || !employer || !place) throw new Error('faults: the demo data has no admin, employer or Gronau');
  const key = await createApiKey(
    db,
    {
      organisation: 'employer',
      employerId: employer.id,
      scopes: ['vacancies:read', 'vacancies:write'],
      note: 'faults run',
      expiresAt: new Date(Date.now() + 86_400_000),
    },
    { actor: { id: admin.id, role: 'admin', email: admin.email }, origin: null },
  );
  return { secret: key.secret, placeId: place.id };
}

export interface WriteOutcome {
  n: number;
  saved: boolean;
  /** When the 201 came (ms since epoch). */
  savedAt?: number;
  attempts: number;
}

interface LoadReport {
  outcomes: WriteOutcome[];
  /** Answers other than 201 and 503 (a 500 is a failure to say clearly that it cannot). */
  unexpected: Record<number, number>;
  answered503: number;
  networkErrors: number;
  /** The slowest answer of any kind, ms: "fail fast, not hang". */
  slowestMs: number;
}

export interface WriteLoad {
  /** Stops starting new writes; the ones under way keep retrying for up to drainMs. */
  stop(drainMs?: number): Promise<LoadReport>;
  /** Time of the last 201 (ms since epoch). */
  lastSavedAt(): number | undefined;
  /** Answers other than 201 so far (503s, other statuses, no answer). */
  refusals(): number;
}

/** The vacancy form's fields as a partner's system sends them, numbers as strings. */
export function vacancyRequestBody(scenario: string, n: number, placeId: number): string {
  return JSON.stringify({
    title: titleOf(scenario, n),
    description: 'Aangemaakt door npm run faults.',
    textLanguage: 'de',
    sector: 'elderly_care',
    occupationCode: '82101',
    placeId: String(placeId),
    hoursMin: '30',
    hoursMax: '38',
    contract: 'permanent',
    payMin: '2600',
    payMax: '3000',
    germanLevel: 'B1',
    qualificationRequired: '',
    recognitionRequired: false,
    drivingLicenceRequired: false,
    shifts: ['early'],
    startDate: '',
    positions: '1',
    closingDate: '',
    intent: 'publish',
  });
}

function titleOf(scenario: string, n: number): string {
  return `Faults ${scenario} #${n}`;
}

export function startWriteLoad(options: { baseUrl: () => string; subject: WriteSubject; scenario: string; workers?: number }): WriteLoad {
  const outcomes: WriteOutcome[] = [];
  const unexpected: Record<number, number> = {};
  let answered503 = 0;
  let networkErrors = 0;
  let slowestMs = 0;
  let next = 0;
  let stopping = false;
  let drainUntil = Number.POSITIVE_INFINITY;
  let lastSaved: number | undefined;

  async function write(outcome: WriteOutcome): Promise<void> {
    while (Date.now() < drainUntil) {
      outcome.attempts += 1;
      const started = Date.now();
      try {
        const response = await fetch(`${options.baseUrl()}/api/v1/vacancies`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${options.subject.secret}`,
            'content-type': 'application/json',
            'idempotency-key': `faults-${options.scenario}-${outcome.n}`,
          },
          body: vacancyRequestBody(options.scenario, outcome.n, options.subject.placeId),
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        slowestMs = Math.max(slowestMs, Date.now() - started);
        if (response.status === 201) {
          outcome.saved = true;
          outcome.savedAt = Date.now();
          lastSaved = outcome.savedAt;
          return;
        }
        if (response.status === 503) answered503 += 1;
        else unexpected[response.status] = (unexpected[response.status] ?? 0) + 1;
      } catch {
        slowestMs = Math.max(slowestMs, Date.now() - started);
        networkErrors += 1;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  const workers = Array.from({ length: options.workers ?? 6 }, async () => {
    while (!stopping) {
      const outcome: WriteOutcome = { n: next++, saved: false, attempts: 0 };
      outcomes.push(outcome);
      await write(outcome);
    }
  });

  return {
    lastSavedAt: () => lastSaved,
    refusals: () => answered503 + networkErrors + Object.values(unexpected).reduce((a, b) => a + b, 0),
    async stop(drainMs = 20_000) {
      stopping = true;
      drainUntil = Date.now() + drainMs;
      await Promise.all(workers);
      return { outcomes, unexpected, answered503, networkErrors, slowestMs };
    },
  };
}

export interface WriteCheck {
  lost: number;
  duplicated: number;
  /** Vacancies of the run without the audit row their transaction writes. */
  halfDone: number;
  /** Writes that never got their 201 (the client gave up). */
  unsaved: number;
  rows: number;
}

/** What the database holds of a run's writes, against what the clients were told. */
export async function checkWrites(db: Database, scenario: string, outcomes: WriteOutcome[]): Promise<WriteCheck> {
  const prefix = `Faults ${scenario} #%`;
  const rows = await db
    .select({ title: vacancies.title, n: sql<number>`count(*)::int` })
    .from(vacancies)
    .where(like(vacancies.title, prefix))
    .groupBy(vacancies.title);
  const present = new Map(rows.map((r) => [r.title, Number(r.n)]));
  const lost = outcomes.filter((o) => o.saved && !present.has(titleOf(scenario, o.n))).length;
  const duplicated = rows.reduce((sum, r) => sum + Math.max(0, Number(r.n) - 1), 0);
  const [orphans] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(vacancies)
    .where(
      and(
        like(vacancies.title, prefix),
        sql`not exists (select 1 from ${auditEvents} a where a.object_type = 'vacancy' and a.object_id = ${vacancies.id}::text)`,
      ),
    );
  return {
    lost,
    duplicated,
    halfDone: Number(orphans?.n ?? 0),
    unsaved: outcomes.filter((o) => !o.saved).length,
    rows: rows.reduce((sum, r) => sum + Number(r.n), 0),
  };
}
