import { publishCheck } from '@/lib/vacancies/publish-check';
import { getApiVacancy, updateApiVacancy } from '@/db/queries/api-vacancies';
import { apiRoute } from '@/lib/api/route';
import { vacancyWrite } from '@/lib/api/vacancy-writes';
import { routeId } from '@/lib/params';
import { apiVacancyUpdate } from '@/lib/validation/api';
import { vacancyRecord } from '@/lib/validation/vacancies';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

/** GET /api/v1/vacancies/{id}: another company's vacancy answers 404, like a missing one. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const id = routeId((await params).id);
  return apiRoute(request, { route: '/api/v1/vacancies/[id]', method: 'GET', name: 'api.vacancy_get' }, async ({ key, db }) => {
    const vacancy =
      id === null ? null : await getApiVacancy(db, key.employerId !== null ? { kind: 'employer', employerId: key.employerId } : { kind: 'published' }, id);
    return vacancy ? { body: vacancy } : { problem: 'notFound' };
  });
}

/** PUT /api/v1/vacancies/{id}: the whole form again with the version read; a stale version is 409. */
export async function PUT(request: Request, { params }: Params): Promise<Response> {
  const id = routeId((await params).id);
  return apiRoute(request, { route: '/api/v1/vacancies/[id]', method: 'PUT', name: 'api.vacancy_update', body: apiVacancyUpdate }, async (ctx) => {
    const employerId = ctx.key.employerId;
    if (employerId === null) return { problem: 'forbidden', detail: 'Only an employer key writes vacancies.' };
    if (id === null) return { problem: 'notFound' };
    return vacancyWrite(ctx, employerId, false, (tx) =>
      updateApiVacancy(
        tx,
        { employerId, id, version: ctx.body.version, record: vacancyRecord(ctx.body), intent: ctx.body.intent, check: publishCheck },
        ctx.audit,
      ),
    );
  });
}
