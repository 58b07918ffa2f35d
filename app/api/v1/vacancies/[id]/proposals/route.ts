import { getApiVacancy } from '@/db/queries/api-vacancies';
import { recordAudit } from '@/db/queries/audit';
import { proposalsOfVacancy, sharedCandidates } from '@/db/queries/proposals';
import { apiRoute } from '@/lib/api/route';
import { routeId } from '@/lib/params';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

/**
 * GET /api/v1/vacancies/{id}/proposals: the candidates proposed to one of the key's own
 * company's vacancies, each with only what the person agreed to share (today's consent, narrowed
 * to what was shared at the proposal), exactly as the employer's candidates page shows them.
 * Employer keys only: the municipality's and the investor's systems get no person's data.
 * Each candidate shown is a row in the audit trail under that person, as every read of personal data.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const id = routeId((await params).id);
  return apiRoute(request, { route: '/api/v1/vacancies/[id]/proposals', method: 'GET', name: 'api.proposals_list' }, async ({ key, db, audit }) => {
    if (key.employerId === null) return { problem: 'forbidden', detail: 'Proposals are for the employer of the vacancy only.' };
    const vacancy = id === null ? null : await getApiVacancy(db, { kind: 'employer', employerId: key.employerId }, id);
    if (!vacancy) return { problem: 'notFound' };
    const rows = await proposalsOfVacancy(db, vacancy.id);
    const shared = await sharedCandidates(db, rows);
    for (const r of rows) {
      await recordAudit(db, { ...audit, action: 'api.candidate_view', objectType: 'proposal', objectId: r.id, jobSeekerId: r.jobSeekerId });
    }
    return {
      body: {
        data: rows.flatMap((r) => {
          const candidate = shared.get(r.jobSeekerId);
          if (!candidate) return [];
          return [
            {
              id: r.id,
              vacancyId: vacancy.id,
              stage: r.stage,
              stageChangedAt: r.stageChangedAt.toISOString(),
              interviewAt: r.interviewAt?.toISOString() ?? null,
              candidate,
            },
          ];
        }),
      },
    };
  });
}
