import { investorReport } from '@/db/queries/sib-report';
import { apiRoute } from '@/lib/api/route';
import { chosenContract } from '@/lib/api/sib-contract';
import { periodDays } from '@/lib/domain/sib';
import { todayInAppZone } from '@/lib/time/zoned';
import { apiSibQuery } from '@/lib/validation/api';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/sib/report?contract=&period=: the investor report of a year or quarter, the same
 * figures and pseudonyms as the printed report (/sib/report) of that contract and period.
 */
export async function GET(request: Request): Promise<Response> {
  return apiRoute(request, { route: '/api/v1/sib/report', method: 'GET', name: 'api.sib_report', query: apiSibQuery }, async ({ db, query }) => {
    const today = todayInAppZone();
    const period = query.period ?? today.slice(0, 4);
    const days = periodDays(period);
    if (!days) return { problem: 'validation', fieldErrors: { period: 'invalid' } };
    const contract = await chosenContract(db, query.contract, today);
    if (!contract) return { problem: 'notFound', detail: 'No such SIB contract.' };
    const secret = process.env.SIB_PSEUDONYM_SECRET ?? process.env.NEXTAUTH_SECRET ?? '';
    const report = await investorReport(db, { contractId: contract.id, from: days.from, to: days.to, today, key: `${contract.id}:${period}`, secret });
    return { body: { contract, period, from: days.from, to: days.to, ...report } };
  });
}
