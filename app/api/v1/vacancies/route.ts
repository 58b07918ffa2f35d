import { publishCheck } from '@/lib/vacancies/publish-check';
import { createApiVacancy, listApiVacancies, type ApiVacancyScope } from '@/db/queries/api-vacancies';
import { decodeCursor, nextLink } from '@/lib/api/cursor';
import { apiRoute } from '@/lib/api/route';
import { vacancyWrite } from '@/lib/api/vacancy-writes';
import { apiVacancyCreate, apiVacancyQuery } from '@/lib/validation/api';
import { vacancyRecord } from '@/lib/validation/vacancies';
import type { ActiveApiKey } from '@/db/queries/api-keys';

export const dynamic = 'force-dynamic';

function scopeOf(key: ActiveApiKey): ApiVacancyScope {
  return key.employerId !== null ? { kind: 'employer', employerId: key.employerId } : { kind: 'published' };
}

/** GET /api/v1/vacancies: filtered like the app's list, newest first, a cursor per page. */
export async function GET(request: Request): Promise<Response> {
  return apiRoute(
    request,
    { route: '/api/v1/vacancies', method: 'GET', name: 'api.vacancies_list', query: apiVacancyQuery },
    async ({ key, db, query, url }) => {
      const afterId = decodeCursor(query.cursor);
      if (afterId === null) return { problem: 'validation', fieldErrors: { cursor: 'invalid' } };
      const { rows, hasMore } = await listApiVacancies(
        db,
        scopeOf(key),
        {
          q: query.q || undefined,
          sector: query.sector,
          placeId: query.place,
          fromPlaceId: query.from,
          km: query.km,
          germanMax: query.german,
          hoursMin: query.hoursMin,
          hoursMax: query.hoursMax,
          status: query.status,
          employerId: query.employer,
        },
        { limit: query.limit ?? 25, afterId },
      );
      return { body: { data: rows, next: nextLink(url, rows.at(-1)?.id, hasMore) } };
    },
  );
}

/** POST /api/v1/vacancies: an employer's key adds a vacancy to its own company (Idempotency-Key honoured). */
export async function POST(request: Request): Promise<Response> {
  return apiRoute(request, { route: '/api/v1/vacancies', method: 'POST', name: 'api.vacancy_create', body: apiVacancyCreate }, async (ctx) => {
    const employerId = ctx.key.employerId;
    if (employerId === null) return { problem: 'forbidden', detail: 'Only an employer key writes vacancies.' };
    return vacancyWrite(ctx, employerId, true, (tx) =>
      createApiVacancy(tx, { employerId, record: vacancyRecord(ctx.body), publish: ctx.body.intent === 'publish', check: publishCheck }, ctx.audit),
    );
  });
}
