import { recordAudit } from '@/db/queries/audit';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { attachment, CSV_BOM, csvLine } from '@/lib/reports/csv';
import { auditedRoute, authorizeRoute } from '@/lib/reports/route-guard';
import { loadYearSummary } from '@/lib/reports/year-summary';
import { yearSummaryHeader, yearSummaryRows } from '@/lib/reports/year-summary-table';
import { parseYearParam } from '@/lib/validation/placements';
import { todayInAppZone } from '@/lib/time/zoned';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/year-summary?year=&lng= : the year's summary (targets, counts, pro rata,
 * forecast, months, breakdowns, retention, pipeline) as one CSV table for Excel:
 * section; item; regular; SIB; total. Staff only, audited.
 */
export const GET = auditedRoute('report.year_summary_csv', async (request: Request): Promise<Response> => {
  const auth = await authorizeRoute('report.year_summary_csv', routeHandlerRoles('/api/reports/year-summary'));
  if (!auth.ok) return auth.response;
  const { user, db, origin } = auth;
  const url = new URL(request.url);
  const lngParam = url.searchParams.get('lng');
  const lng = isLng(lngParam) ? lngParam : user.locale;
  const today = todayInAppZone();
  const year = parseYearParam(url.searchParams.get('year') ?? undefined, Number(today.slice(0, 4)));
  const t = getT(lng, 'targets');
  const s = await loadYearSummary(db, year, today);
  await recordAudit(db, {
    actor: { id: user.id, role: user.role, email: user.email },
    action: 'report.year_summary_csv',
    objectType: 'report',
    origin,
    details: { year },
  });

  const lines = [yearSummaryHeader(t), ...yearSummaryRows(s, t)];

  return new Response(CSV_BOM + lines.map(csvLine).join(''), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(`${t('csv.summaryFile')}-${year}.csv`),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
