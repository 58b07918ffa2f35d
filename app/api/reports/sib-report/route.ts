import { recordAudit } from '@/db/queries/audit';
import { dropOutCodes } from '@/lib/domain/sib';
import { placementEndReasons } from '@/db/schema/enums';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { auditedRoute, authorizeRoute } from '@/lib/reports/route-guard';
import { reportSelection } from '@/lib/reports/sib-selection';
import { euros, xlsxResponse, type XlsxColumn, type XlsxValue } from '@/lib/reports/xlsx';
import { todayInAppZone } from '@/lib/time/zoned';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/sib-report?contract=&period=&lng= : the investor's report of a quarter or a
 * year as a workbook (key figures, cohorts, people), from the page's own query and with its
 * pseudonyms (reportSelection): no names, no client numbers. Managers and admins, audited.
 */
export const GET = auditedRoute('report.sib_report_xlsx', async (request: Request): Promise<Response> => {
  const auth = await authorizeRoute('report.sib_report_xlsx', routeHandlerRoles('/api/reports/sib-report'));
  if (!auth.ok) return auth.response;
  const { user, db, origin } = auth;
  const url = new URL(request.url);
  const lngParam = url.searchParams.get('lng');
  const lng = isLng(lngParam) ? lngParam : user.locale;
  const today = todayInAppZone();
  const { contract, period, report } = await reportSelection(db, Object.fromEntries(url.searchParams.entries()), today);
  if (!contract || !report) return Response.json({ error: 'not_found' }, { status: 404, headers: { 'cache-control': 'no-store' } });
  const t = getT(lng, 'sib');
  const pl = getT(lng, 'placements');
  await recordAudit(db, {
    actor: { id: user.id, role: user.role, email: user.email },
    action: 'report.sib_report_xlsx',
    objectType: 'sib_contract',
    objectId: String(contract.id),
    origin,
    details: { contract: contract.id, period },
  });
  const periodName = (p: string) => (p.length === 4 ? p : t('ledger.quarterName', { year: p.slice(0, 4), q: p.slice(6) }));

  const reasonName = (r: string) => (r === 'uncoded' ? t('report.uncoded') : pl(`endReasons.${r}`));
  const figureColumns: XlsxColumn[] = [
    { header: t('xlsx.report.item'), kind: 'text' },
    { header: t('xlsx.report.count'), kind: 'integer' },
    { header: t('xlsx.report.amount'), kind: 'euro' },
  ];
  const figures: XlsxValue[][] = [
    [t('report.peopleEntered'), report.peopleEntered, null],
    [t('contracts.placements'), report.placementsEntered, null],
    [t('report.claimed'), report.claimed, null],
    [t('report.verified'), report.verified, null],
    [t('report.denied'), report.denied, null],
    [t('report.lapsed'), report.lapsed, null],
    [t('totals.due'), null, euros(report.dueCents)],
    [t('totals.paid'), null, euros(report.paidCents)],
    [t('totals.remaining'), null, euros(report.remainingCents)],
    [t('xlsx.report.cap'), null, euros(report.capCents)],
    ...dropOutCodes.map((code): XlsxValue[] => [t(`report.dropOut.${code}`), report.dropOuts[code], null]),
    ...[...placementEndReasons, 'uncoded' as const]
      .filter((r) => (report.dropOutReasons[r] ?? 0) > 0)
      .map((r): XlsxValue[] => [`${t('report.reasonsTitle')}: ${reasonName(r)}`, report.dropOutReasons[r] ?? 0, null]),
  ];
  const cohortColumns: XlsxColumn[] = [
    { header: t('report.cohort'), kind: 'text' },
    { header: t('report.people'), kind: 'integer' },
    { header: t('contracts.placements'), kind: 'integer' },
    { header: t('report.verified'), kind: 'integer' },
    { header: t('totals.due'), kind: 'euro' },
    { header: t('report.dropOuts'), kind: 'integer' },
  ];
  const cohorts = report.cohorts.map((c): XlsxValue[] => [periodName(c.cohort), c.people, c.placements, c.verified, euros(c.amountCents), c.dropOuts]);
  const peopleColumns: XlsxColumn[] = [
    { header: t('report.pseudonym'), kind: 'text' },
    { header: t('report.cohort'), kind: 'text' },
    { header: t('report.verifiedOutcomes'), kind: 'text' },
    { header: t('totals.due'), kind: 'euro' },
    { header: t('report.dropOuts'), kind: 'text' },
    { header: t('report.reason'), kind: 'text' },
  ];
  const people = report.people.map((p): XlsxValue[] => [
    p.pseudonym,
    periodName(p.cohort),
    p.verified.map((m) => pl(`milestones.names.${m}`)).join(', '),
    euros(p.amountCents),
    p.dropOut ? t(`report.dropOut.${p.dropOut}`) : null,
    p.dropOutReason ? reasonName(p.dropOutReason) : null,
  ]);
  return xlsxResponse(`${t('xlsx.reportFile')}-${period}.xlsx`, lng, async (book) => {
    await book.sheet(t('xlsx.report.figuresSheet'), figureColumns, [figures]);
    await book.sheet(t('xlsx.report.cohortsSheet'), cohortColumns, [cohorts]);
    await book.sheet(t('xlsx.report.peopleSheet'), peopleColumns, [people]);
  });
});
