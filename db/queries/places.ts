import { asc, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { places, type Place } from '@/db/schema';

export function listPlaces(db: Database, country?: 'NL' | 'DE'): Promise<Place[]> {
  const query = db.select().from(places);
  return (country ? query.where(eq(places.country, country)) : query).orderBy(asc(places.name));
}
