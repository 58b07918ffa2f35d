import { recordAudit } from '@/db/queries/audit';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { attachment, CSV_BOM, csvLine, type CsvValue } from '@/lib/reports/csv';
import { authorizeRoute } from '@/lib/reports/route-guard';
import { loadYearSummary, type Breakdown } from '@/lib/reports/year-summary';
import { parseYearParam } from '@/lib/validation/placements';
import { todayInAppZone } from '@/lib/time/zoned';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/year-summary?year=&lng= : the year's summary (targets, counts, pro rata,
 * forecast, months, breakdowns, retention, pipeline) as one CSV table for Excel:
 * section; item; regular; SIB; total. Staff only, audited.
 */
export async function GET(request: Request): Promise<Response> {
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

  const [regular, sib] = s.streams;
  const lines: CsvValue[][] = [[t('csv.summary.section'), t('csv.summary.item'), t('domain:funding.regular'), t('domain:funding.sib'), t('breakdown.total')]];
  const section = (name: string) => t(`csv.summary.sections.${name}`);
  const row = (sec: string, item: string, r: CsvValue, si: CsvValue, total: CsvValue) => lines.push([section(sec), item, r, si, total]);
  const round1 = (v: number) => Math.round(v * 10) / 10;

  row('progress', t('csv.summary.target'), regular!.target, sib!.target, s.total.target);
  row('progress', t('csv.summary.counted'), regular!.counted, sib!.counted, s.total.counted);
  row(
    'progress',
    t('csv.summary.expectedToday', { date: today }),
    round1(regular!.progress.expectedToDate),
    round1(sib!.progress.expectedToDate),
    round1(s.total.progress.expectedToDate),
  );
  row('progress', t('csv.summary.forecast'), regular!.progress.forecast, sib!.progress.forecast, s.total.progress.forecast);
  row(
    'progress',
    t('csv.summary.status'),
    t(`status.${regular!.progress.status}`),
    t(`status.${sib!.progress.status}`),
    t(`status.${s.total.progress.status}`),
  );
  row('progress', t('csv.summary.ended'), regular!.ended, sib!.ended, s.total.ended);
  for (const m of s.months) row('months', t(`months.${m.month}`), m.regular, m.sib, m.regular + m.sib);
  const breakdownRows = (name: string, data: Breakdown, label: (key: string | null, text: string | null) => string) => {
    for (const r of data.rows) row(name, label(r.key, r.label), r.regular, r.sib, r.total);
  };
  breakdownRows('sector', s.bySector, (key) => (key ? t(`domain:sector.${key}`) : t('breakdown.unknown')));
  breakdownRows('district', s.byDistrict, (key) => key ?? t('breakdown.noPlace'));
  breakdownRows('employer', s.byEmployer, (_key, label) => label ?? t('breakdown.unknown'));
  breakdownRows('caseworker', s.byCaseworker, (_key, label) => label ?? t('breakdown.noCaseworker'));
  breakdownRows('event', s.byEvent, (_key, label) => label ?? t('breakdown.notViaEvent'));
  for (const months of [3, 6, 12] as const) {
    const get = (f: string) => s.retention.find((r) => r.months === months && r.funding === f)!;
    row(
      'retention',
      t('csv.summary.eligible', { after: t(`retention.months.${months}`) }),
      get('regular').eligible,
      get('sib').eligible,
      get('total').eligible,
    );
    row('retention', t('csv.summary.lasted', { after: t(`retention.months.${months}`) }), get('regular').lasted, get('sib').lasted, get('total').lasted);
  }
  for (const step of ['proposed', 'interviewed', 'hired', 'rejected', 'withdrawn'] as const) {
    lines.push([section('pipeline'), t(`pipeline.${step}`), null, null, s.pipeline[step]]);
  }
  for (const p of s.programmes) {
    lines.push([section('programmes'), `${p.name} (${p.fromYear}–${p.toYear})`, null, null, `${p.counted} / ${p.target}`]);
  }

  return new Response(CSV_BOM + lines.map(csvLine).join(''), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(`${t('csv.summaryFile')}-${year}.csv`),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
