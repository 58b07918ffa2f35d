import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { eventEmployers, events } from '@/db/schema';
import type { SampleIdResolver } from '@/e2e/sample-ids';

/** 'own': an event the demo employer's company takes part in; 'foreign': one it is not at (demo data, db/seed/plan-events.ts). */
export const eventResolvers: Record<string, SampleIdResolver> = {
  eventId: async (db, { demoEmployerId }) => {
    const [own] = await db
      .select({ id: events.id })
      .from(events)
      .innerJoin(eventEmployers, and(eq(eventEmployers.eventId, events.id), eq(eventEmployers.employerId, demoEmployerId)))
      .orderBy(asc(events.id))
      .limit(1);
    const [foreign] = await db
      .select({ id: events.id })
      .from(events)
      .where(
        notExists(
          db
            .select({ one: sql`1` })
            .from(eventEmployers)
            .where(and(eq(eventEmployers.eventId, events.id), eq(eventEmployers.employerId, demoEmployerId))),
        ),
      )
      .orderBy(asc(events.id))
      .limit(1);
    if (!own || !foreign) throw new Error('lib/security/access/events.sample-ids.ts: the demo data needs an event with and one without the demo employer');
    return { own: own.id, foreign: foreign.id };
  },
};
