import { listApiPlacements } from '@/db/queries/api-placements';
import { decodeCursor, nextLink } from '@/lib/api/cursor';
import { organisationOf, pseudonymFor } from '@/lib/api/pseudonym';
import { apiRoute } from '@/lib/api/route';
import { apiPlacementsQuery } from '@/lib/validation/api';

export const dynamic = 'force-dynamic';

/** GET /api/v1/placements: per year and stream, without names (a pseudonym per person). */
export async function GET(request: Request): Promise<Response> {
  return apiRoute(
    request,
    { route: '/api/v1/placements', method: 'GET', name: 'api.placements_list', query: apiPlacementsQuery },
    async ({ key, db, query, url }) => {
      const afterId = decodeCursor(query.cursor);
      if (afterId === null) return { problem: 'validation', fieldErrors: { cursor: 'invalid' } };
      const { rows, hasMore } = await listApiPlacements(db, { year: query.year, funding: query.funding }, { limit: query.limit ?? 25, afterId });
      const organisation = organisationOf(key);
      return {
        body: {
          data: rows.map((r) => ({
            id: r.id,
            person: pseudonymFor(organisation, r.jobSeekerId),
            employer: { id: r.employerId, name: r.employerName },
            vacancyId: r.vacancyId,
            startDate: r.startDate,
            year: Number(r.startDate.slice(0, 4)),
            funding: r.funding,
            jobTitle: r.jobTitle,
            hoursPerWeek: r.hoursPerWeek,
            contract: r.contract,
            endDate: r.endDate,
          })),
          next: nextLink(url, rows.at(-1)?.id, hasMore),
        },
      };
    },
  );
}
