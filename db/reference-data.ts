import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { occupationList } from '@/lib/domain/occupations';
import { parsePlacesCsv } from '@/lib/domain/places-csv';
import type { Database } from './client';
import { occupations, places, sibMilestones, yearlyTargets } from './schema';

export const DEFAULT_TARGETS = { regular: 50, sib: 30 } as const;
/** Years that get the default targets seeded; a missing year falls back to the defaults too. */
const SEEDED_TARGET_YEARS = { from: 2016, to: 2035 } as const;

/**
 * Facts every installation needs, in every environment: places, occupations, the kinds of
 * SIB milestone (what each pays is set per contract: sib_contracts) and default yearly targets.
 * Idempotent: existing rows are updated (facts) or kept (configuration set by people).
 */
export async function syncReferenceData(db: Database): Promise<void> {
  const placeFacts = parsePlacesCsv(readFileSync(path.join(process.cwd(), 'data', 'places.csv'), 'utf8'));
  await db.transaction(async (tx) => {
    await tx
      .insert(places)
      .values(placeFacts)
      .onConflictDoUpdate({
        target: [places.country, places.name],
        set: {
          state: sql`excluded.state`,
          postcode: sql`excluded.postcode`,
          district: sql`excluded.district`,
          lat: sql`excluded.lat`,
          lon: sql`excluded.lon`,
          // A place in our own list is checked, also when the BA import added it first.
          needsReview: sql`false`,
        },
      });
    await tx
      .insert(occupations)
      .values(occupationList.map((o) => ({ code: o.code, sector: o.sector, isco: o.isco })))
      .onConflictDoUpdate({ target: occupations.code, set: { sector: sql`excluded.sector`, isco: sql`excluded.isco` } });
    await tx
      .insert(sibMilestones)
      .values([
        { code: 'contract_signed', sortOrder: 1 },
        { code: 'started', sortOrder: 2 },
        { code: 'weeks_13', sortOrder: 3 },
        { code: 'weeks_26', sortOrder: 4 },
        { code: 'weeks_52', sortOrder: 5 },
        { code: 'benefit_ended', sortOrder: 6 },
      ])
      .onConflictDoNothing();
    const targetRows = [];
    for (let year = SEEDED_TARGET_YEARS.from; year <= SEEDED_TARGET_YEARS.to; year++) {
      targetRows.push({ year, funding: 'regular' as const, target: DEFAULT_TARGETS.regular });
      targetRows.push({ year, funding: 'sib' as const, target: DEFAULT_TARGETS.sib });
    }
    await tx.insert(yearlyTargets).values(targetRows).onConflictDoNothing();
  });
}
