import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { employers } from '@/db/schema';
import { demoEmployerName } from '@/db/seed/demo-accounts';
import { pages } from '@/lib/security/access-matrix';
import { jobSeekerResolvers } from '@/lib/security/access/job-seekers.sample-ids';
import { proposalResolvers } from '@/lib/security/access/proposals.sample-ids';
import { placementResolvers } from '@/lib/security/access/placements.sample-ids';
import { sibResolvers } from '@/lib/security/access/sib.sample-ids';
import { cohortResolvers } from '@/lib/security/access/cohorts.sample-ids';
import { eventResolvers } from '@/lib/security/access/events.sample-ids';
import { vacancyResolvers } from '@/lib/security/access/vacancies.sample-ids';
import { baPostingResolvers } from '@/lib/security/access/ba-postings.sample-ids';

/**
 * Ids for the ':name' placeholders of the access matrix's sample paths, found in the demo
 * data once, by e2e/serve.ts, after seeding and before the server opens the database (PGlite
 * allows one process per folder). The specs read them from SAMPLE_IDS_FILE.
 *   own:     an object the demo employer's company owns (or any, for pages without ownership)
 *   foreign: the same kind of object of another company (ownership pages only)
 * A nonexistent id is MISSING_ID. A feature with id pages adds its resolver here.
 */
export interface SampleId {
  own: number;
  foreign?: number;
}

export type SampleIdResolver = (db: Database, ctx: { demoEmployerId: number }) => Promise<SampleId>;

/** Each feature adds its resolvers in lib/security/access/<feature>.sample-ids.ts, beside its access file. */
export const sampleIdResolvers: Record<string, SampleIdResolver> = {
  ...jobSeekerResolvers,
  ...vacancyResolvers,
  ...proposalResolvers,
  ...placementResolvers,
  ...sibResolvers,
  ...eventResolvers,
  ...cohortResolvers,
  ...baPostingResolvers,
};

export const MISSING_ID = 2_000_000_000;
const SAMPLE_IDS_FILE = path.join(process.cwd(), '.data-e2e-meta', 'sample-ids.json');

export function placeholdersOf(sample: string): string[] {
  return [...sample.matchAll(/:([a-zA-Z]+)/g)].map((m) => m[1]!);
}

export async function writeSampleIds(db: Database): Promise<void> {
  const [employer] = await db.select({ id: employers.id }).from(employers).where(eq(employers.name, demoEmployerName));
  const needed = [...new Set(pages.flatMap((p) => placeholdersOf(p.sample)))];
  const ids: Record<string, SampleId> = {};
  for (const name of needed) {
    const resolve = sampleIdResolvers[name];
    if (!resolve) throw new Error(`e2e/sample-ids.ts: no resolver for the placeholder ":${name}" used in lib/security/access-matrix.ts`);
    ids[name] = await resolve(db, { demoEmployerId: employer?.id ?? 0 });
  }
  mkdirSync(path.dirname(SAMPLE_IDS_FILE), { recursive: true });
  writeFileSync(SAMPLE_IDS_FILE, JSON.stringify(ids, null, 2));
}

export function readSampleIds(): Record<string, SampleId> {
  return JSON.parse(readFileSync(SAMPLE_IDS_FILE, 'utf8')) as Record<string, SampleId>;
}

/** A sample path with its placeholders filled: 'own' ids, 'foreign' ids or nonexistent ids. */
export function fillSample(sample: string, ids: Record<string, SampleId>, which: 'own' | 'foreign' | 'missing'): string {
  return sample.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    if (which === 'missing') return String(MISSING_ID);
    const id = ids[name]?.[which];
    if (id === undefined) throw new Error(`no ${which} sample id for :${name}`);
    return String(id);
  });
}
