import { periodTotals } from '@/db/queries/sib-ledger';
import { apiRoute } from '@/lib/api/route';
import { chosenContract } from '@/lib/api/sib-contract';
import { todayInAppZone } from '@/lib/time/zoned';
import { apiSibQuery } from '@/lib/validation/api';

export const dynamic = 'force-dynamic';

/** GET /api/v1/sib/ledger?contract=: the SIB ledger's amounts per quarter against the cap. */
export async function GET(request: Request): Promise<Response> {
  return apiRoute(request, { route: '/api/v1/sib/ledger', method: 'GET', name: 'api.sib_ledger', query: apiSibQuery }, async ({ db, query }) => {
    const contract = await chosenContract(db, query.contract, todayInAppZone());
    if (!contract) return { problem: 'notFound', detail: 'No such SIB contract.' };
    const { quarters } = await periodTotals(db, contract.id);
    return { body: { contract, quarters } };
  });
}
