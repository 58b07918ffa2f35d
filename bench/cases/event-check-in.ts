import { eq, sql } from 'drizzle-orm';
import { eventRegistrations, events, places } from '@/db/schema';
import { registrationsOf } from '@/db/queries/events';
import type { BenchCase, BenchContext } from '../types';

/**
 * The door of a big job fair: 2,000 registrations (walk-in leads with generated Dutch names), a
 * search by part of a name that matches about a hundred of them (the page shows 20). Idempotent.
 */
const REGISTRATIONS = 2_000;
const TITLE = 'Bench Banenmarkt Gieterij';

async function fill(ctx: BenchContext): Promise<void> {
  const { db } = ctx;
  let [event] = await db.select({ id: events.id }).from(events).where(eq(events.title, TITLE));
  if (!event) {
    const [hengelo] = await db.select({ id: places.id }).from(places).where(eq(places.name, 'Hengelo'));
    const startsAt = new Date(Date.now() + 2 * 3_600_000);
    [event] = await db
      .insert(events)
      .values({
        kind: 'job_fair',
        title: TITLE,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 5 * 3_600_000),
        venue: 'De Gieterij',
        placeId: hengelo!.id,
        capacity: 5_000,
        descriptionNl: 'Bench',
        descriptionDe: 'Bench',
      })
      .returning({ id: events.id });
  }
  ctx.ids.benchEventId = event!.id;
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, event!.id));
  if ((row?.n ?? 0) >= REGISTRATIONS) return;
  await db.execute(sql`
    insert into event_registrations (event_id, origin, lead_name, lead_phone, interest, contact_consent, erase_after, checked_in_at)
    select ${event!.id}, 'lead',
           (array['Anna', 'Bram', 'Cor', 'Dewi', 'Eva', 'Femke', 'Gijs', 'Henk', 'Ilse', 'Joost'])[1 + n % 10] || ' ' ||
           (array['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos',
                  'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'Oosterhuis'])[1 + (n / 10) % 20] || ' ' || n,
           '06-' || (10000000 + n), 'Altenpflege', true, (current_date + 180),
           case when n % 3 = 0 then now() else null end
    from generate_series(1, ${REGISTRATIONS}) n`);
}

export const eventCheckInSearchCase: BenchCase = {
  name: 'event-checkin-search',
  role: 'caseworker',
  fill,
  sql: async (ctx) => (await registrationsOf(ctx.db, ctx.ids.benchEventId!, { q: 'jans', limit: 20 })).length,
  async app(ctx, fetchAs) {
    const response = await fetchAs(`/nl/events/${ctx.ids.benchEventId}/check-in?q=jans`);
    if (response.status !== 200) throw new Error(`event-checkin-search: HTTP ${response.status}`);
    const html = await response.text();
    return (html.match(/data-testid="check-in-person-/g) ?? []).length;
  },
};
