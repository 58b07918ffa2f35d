import { listPlaces } from '@/db/queries/places';
import { apiRoute } from '@/lib/api/route';

export const dynamic = 'force-dynamic';

/** GET /api/v1/places: the places vacancies and filters refer to, for every key. */
export async function GET(request: Request): Promise<Response> {
  return apiRoute(request, { route: '/api/v1/places', method: 'GET', name: 'api.places_list' }, async ({ db }) => {
    const rows = await listPlaces(db);
    return { body: { data: rows.map((p) => ({ id: p.id, name: p.name, country: p.country, postcode: p.postcode, state: p.state })) } };
  });
}
