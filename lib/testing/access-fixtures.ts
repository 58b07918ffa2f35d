import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { places, users } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import type { SessionUser } from '@/lib/auth/current-user';
import type { ActionResult } from '@/lib/domain/result';
import type { ActionRule, SampleIds } from '@/lib/security/access-matrix';
import { makeEmployer, makeUser } from './users';
import { baImportSamples } from '@/lib/security/access/ba-import.samples';
import { documentSamples } from '@/lib/security/access/documents.samples';
import { jobSeekerSamples } from '@/lib/security/access/job-seekers.samples';
import { proposalSamples } from '@/lib/security/access/proposals.samples';
import { placementSamples } from '@/lib/security/access/placements.samples';
import { sibSamples } from '@/lib/security/access/sib.samples';
import { cohortSamples } from '@/lib/security/access/cohorts.samples';
import { eventSamples } from '@/lib/security/access/events.samples';
import { vacancySamples } from '@/lib/security/access/vacancies.samples';
import { apiSamples } from '@/lib/security/access/api.samples';
import { secondFactorActorSamples } from '@/lib/security/access/second-factor.samples';

/** The base ids every feature's sample rows may build on. */
type BaseSampleIds = Omit<SampleIds, 'unique' | 'more'>;
/** Each feature makes the rows its samples need and names their ids (keys of SampleIds.more). */
export type FeatureSamples = (db: Database, base: BaseSampleIds) => Promise<Record<string, number>>;
const featureSamples: readonly FeatureSamples[] = [
  jobSeekerSamples,
  vacancySamples,
  proposalSamples,
  placementSamples,
  documentSamples,
  sibSamples,
  apiSamples,
  eventSamples,
  baImportSamples,
  cohortSamples,
];

let counter = 0;

/**
 * The rows the access-matrix samples point at, in a freshly reset database: the signed-in
 * employer's own company, another company, a staff account to act on, a German place.
 * Features whose samples need more rows (a vacancy of each company, a job seeker...) add
 * them here and their ids to SampleIds.
 */
export async function makeSampleIds(db: Database): Promise<Omit<SampleIds, 'unique'>> {
  const employerId = await makeEmployer(db, 'Eigene Pflege GmbH');
  const otherEmployerId = await makeEmployer(db, 'Fremde Pflege GmbH', 'Ahaus');
  const user = await makeUser(db, 'caseworker', { name: 'Doel Klantmanager' });
  const [place] = await db.select({ id: places.id }).from(places).where(eq(places.country, 'DE')).limit(1);
  const base = { employerId, otherEmployerId, userId: user.id, placeId: place!.id, missingId: 2_000_000_000 };
  const more: Record<string, number> = {};
  for (const make of featureSamples) Object.assign(more, await make(db, base));
  return { ...base, more };
}

/** The same ids with a fresh unique token, for one call of a sample. */
export function withUnique(ids: Omit<SampleIds, 'unique'>): SampleIds {
  counter += 1;
  return { ...ids, unique: `${Date.now().toString(36)}${counter}` };
}

/**
 * A signed-in user of the role; an employer user belongs to the sample's own company, and a
 * caseworker is the sample caseworker (ids.userId), who owns the sample rows that only their
 * owner may change (erasing a job seeker).
 */
export async function makeActor(db: Database, role: Role, ids: Omit<SampleIds, 'unique'>): Promise<SessionUser> {
  if (role === 'caseworker') {
    const [u] = await db.select().from(users).where(eq(users.id, ids.userId));
    return { id: u!.id, name: u!.name, email: u!.email, role: u!.role, employerId: u!.employerId, locale: u!.locale, mustEnrolSecondFactor: false };
  }
  return makeUser(db, role, role === 'employer' ? { employerId: ids.employerId } : {});
}

/**
 * The input an allowed actor calls the action with: the rule's sample, or for the few actions
 * whose sample needs rows of the signed-in user itself, made here for that actor.
 */
export async function sampleInputFor(db: Database, rule: ActionRule, actor: SessionUser, ids: SampleIds): Promise<unknown> {
  const forActor = secondFactorActorSamples[rule.name];
  return forActor ? forActor(db, actor, ids) : rule.sample(ids);
}

export type LoadedAction = (input: unknown) => Promise<ActionResult<unknown>>;

/** The real exported function an access-matrix entry names (import it with the test's mocks in place). */
export async function loadAction(rule: ActionRule): Promise<LoadedAction> {
  const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), `${rule.module}.ts`))) as Record<string, unknown>;
  const fn = mod[rule.export];
  if (typeof fn !== 'function') throw new Error(`${rule.module} has no export ${rule.export}`);
  return fn as LoadedAction;
}
