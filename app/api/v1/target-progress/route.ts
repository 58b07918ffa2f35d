import { yearFigures } from '@/db/queries/target-dashboard';
import { apiRoute } from '@/lib/api/route';
import { yearProgress } from '@/lib/targets/target-progress';
import { todayInAppZone } from '@/lib/time/zoned';
import { apiYearQuery } from '@/lib/validation/api';

export const dynamic = 'force-dynamic';

/** GET /api/v1/target-progress?year=: counted against target per funding stream, pro rata and forecast (the targets page's figures). */
export async function GET(request: Request): Promise<Response> {
  return apiRoute(request, { route: '/api/v1/target-progress', method: 'GET', name: 'api.target_progress', query: apiYearQuery }, async ({ db, query }) => {
    const today = todayInAppZone();
    const year = query.year ?? Number(today.slice(0, 4));
    const figures = await yearFigures(db, year, today);
    return {
      body: {
        year,
        asOf: today,
        streams: figures.streams.map((s) => {
          const p = yearProgress({ year, today, target: s.target, counted: s.counted, startedToDate: s.startedToDate });
          return {
            funding: s.funding,
            target: s.target,
            counted: s.counted,
            startedToDate: s.startedToDate,
            ended: s.ended,
            expectedToDate: Math.round(p.expectedToDate * 100) / 100,
            forecast: p.forecast,
            status: p.status,
          };
        }),
      },
    };
  });
}
