import { recordAudit } from '@/db/queries/audit';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { auditedRoute, authorizeRoute } from '@/lib/reports/route-guard';
import { loadYearSummary } from '@/lib/reports/year-summary';
import { yearSummaryHeader, yearSummaryRows } from '@/lib/reports/year-summary-table';
import { xlsxResponse, type XlsxColumn } from '@/lib/reports/xlsx';
import { parseYearParam } from '@/lib/validation/placements';
import { todayInAppZone } from '@/lib/time/zoned';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/year-summary/xlsx?year=&lng= : the year summary as an Excel sheet, the
 * same table as the CSV (section, item, regular, SIB, total) with the figures as numbers.
 * Staff only, audited.
 */
export const GET = auditedRoute('report.year_summary_xlsx', async (request: Request): Promise<Response> => {
  const auth = await authorizeRoute('report.year_summary_xlsx', routeHandlerRoles('/api/reports/year-summary/xlsx'));
  if (!auth.ok) return auth.response;
  const { user, db, origin } = auth;
  const url = new URL(request.url);
  const lngParam = url.searchParams.get('lng');
  const lng = isLng(lngParam) ? lngParam : user.locale;
  const today = todayInAppZone();
  const year = parseYearParam(url.searchParams.get('year') ?? undefined, Number(today.slice(0, 4)));
  const t = getT(lng, 'targets');
  const summary = await loadYearSummary(db, year, today);
  await recordAudit(db, {
    actor: { id: user.id, role: user.role, email: user.email },
    action: 'report.year_summary_xlsx',
    objectType: 'report',
    origin,
    details: { year },
  });
  const kinds: XlsxColumn['kind'][] = ['text', 'text', 'number', 'number', 'number'];
  const columns = yearSummaryHeader(t).map((header, i) => ({ header, kind: kinds[i]! }));
  const rows = yearSummaryRows(summary, t);
  return xlsxResponse(`${t('csv.summaryFile')}-${year}.xlsx`, lng, async (book) => {
    await book.sheet(t('xlsx.summarySheet', { year }), columns, [rows]);
  });
});
