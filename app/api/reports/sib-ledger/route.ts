import { recordAudit } from '@/db/queries/audit';
import { exportLedgerRows } from '@/db/queries/sib-ledger';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { auditedRoute, authorizeRoute } from '@/lib/reports/route-guard';
import { ledgerSelection } from '@/lib/reports/sib-selection';
import { euros, excelDay, excelMoment, xlsxResponse, type XlsxColumn, type XlsxValue } from '@/lib/reports/xlsx';
import { todayInAppZone } from '@/lib/time/zoned';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/sib-ledger?contract=&quarter=&status=&lng= : the outcome ledger of a
 * quarter as an Excel sheet, with the page's filters (ledgerSelection, the page's own query
 * without paging). Managers and admins, audited. The client number, not the name: an export
 * leaves the building.
 */
export const GET = auditedRoute('report.sib_ledger_xlsx', async (request: Request): Promise<Response> => {
  const auth = await authorizeRoute('report.sib_ledger_xlsx', routeHandlerRoles('/api/reports/sib-ledger'));
  if (!auth.ok) return auth.response;
  const { user, db, origin } = auth;
  const url = new URL(request.url);
  const lngParam = url.searchParams.get('lng');
  const lng = isLng(lngParam) ? lngParam : user.locale;
  const today = todayInAppZone();
  const selection = await ledgerSelection(db, Object.fromEntries(url.searchParams.entries()), today);
  const { contract, quarter, status } = selection;
  if (!contract) return Response.json({ error: 'not_found' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  const t = getT(lng, 'sib');
  const pl = getT(lng, 'placements');
  await recordAudit(db, {
    actor: { id: user.id, role: user.role, email: user.email },
    action: 'report.sib_ledger_xlsx',
    objectType: 'sib_contract',
    objectId: String(contract.id),
    origin,
    details: { contract: contract.id, quarter, status },
  });

  const c = (key: string, kind: XlsxColumn['kind']): XlsxColumn => ({ header: t(`xlsx.ledger.${key}`), kind });
  const columns = [
    c('placement', 'integer'),
    c('clientNumber', 'text'),
    c('startDate', 'date'),
    c('milestone', 'text'),
    c('dueOn', 'date'),
    c('price', 'euro'),
    c('countsPer', 'text'),
    c('status', 'text'),
    c('lapsedOn', 'date'),
    c('caseworker', 'text'),
    c('claimedBy', 'text'),
    c('claimedAt', 'datetime'),
    c('evidence', 'integer'),
    c('decidedBy', 'text'),
    c('decidedAt', 'datetime'),
    c('reason', 'text'),
    c('deniedBefore', 'integer'),
  ];
  const anonymised = pl('anonymised');
  async function* rows(): AsyncGenerator<XlsxValue[][]> {
    for await (const chunk of exportLedgerRows(db, { contractId: contract!.id, from: selection.from, to: selection.to, status, today })) {
      yield chunk.map((r) => [
        r.placementId,
        r.clientNumber ?? anonymised,
        excelDay(r.startDate),
        pl(`milestones.names.${r.milestone}`),
        excelDay(r.dueOn),
        euros(r.priceCents),
        t(`outcome.per.${r.countsPer}`),
        t(`status.${r.status}`),
        excelDay(r.lapsedOn),
        r.caseworkerName,
        r.claimedByName,
        excelMoment(r.claimedAt),
        r.evidenceCount,
        r.decidedByName,
        excelMoment(r.decidedAt),
        r.reason,
        r.deniedBefore,
      ]);
    }
  }
  const quarterName = t('ledger.quarterName', { year: quarter.slice(0, 4), q: quarter.slice(6) });
  return xlsxResponse(`${t('xlsx.ledgerFile')}-${quarter}${status ? `-${status}` : ''}.xlsx`, lng, async (book) => {
    await book.sheet(t('xlsx.ledgerSheet', { quarter: quarterName }), columns, rows());
  });
});
