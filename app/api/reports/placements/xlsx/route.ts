import { exportPlacements } from '@/db/queries/placement-export';
import { contractTypes, fundingStreams, placementEndReasons, retentionOutcomes, sectors } from '@/db/schema/enums';
import { recordAudit } from '@/db/queries/audit';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { auditedRoute, authorizeRoute } from '@/lib/reports/route-guard';
import { excelDay, xlsxResponse, type XlsxColumn, type XlsxValue } from '@/lib/reports/xlsx';
import { parsePlacementFilters } from '@/lib/validation/placements';
import { todayInAppZone } from '@/lib/time/zoned';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/placements/xlsx?year=&funding=&caseworker=&employer=&status=&lng=
 * The placements list's filters as an Excel workbook, streamed chunk by chunk from the same
 * query as the CSV (exportPlacements, which applies the list's own filter code). Staff only,
 * audited with its filters; no names, the client number (gone once a person is erased).
 */
export const GET = auditedRoute('report.placements_xlsx', async (request: Request): Promise<Response> => {
  const auth = await authorizeRoute('report.placements_xlsx', routeHandlerRoles('/api/reports/placements/xlsx'));
  if (!auth.ok) return auth.response;
  const { user, db, origin } = auth;
  const url = new URL(request.url);
  const lngParam = url.searchParams.get('lng');
  const lng = isLng(lngParam) ? lngParam : user.locale;
  const { page: _page, ...filters } = parsePlacementFilters(Object.fromEntries(url.searchParams.entries()));
  const today = todayInAppZone();
  const t = getT(lng, 'targets');
  await recordAudit(db, {
    actor: { id: user.id, role: user.role, email: user.email },
    action: 'report.placements_xlsx',
    objectType: 'report',
    origin,
    details: { filters },
  });

  const c = (key: string, kind: XlsxColumn['kind']): XlsxColumn => ({ header: t(`csv.placements.${key}`), kind });
  const columns = [
    c('id', 'integer'),
    c('startDate', 'date'),
    c('year', 'integer'),
    c('funding', 'text'),
    c('clientNumber', 'text'),
    c('jobTitle', 'text'),
    c('hoursPerWeek', 'integer'),
    c('contract', 'text'),
    c('employer', 'text'),
    c('employerPlace', 'text'),
    c('district', 'text'),
    c('sector', 'text'),
    c('vacancyId', 'integer'),
    c('caseworker', 'text'),
    c('endDate', 'date'),
    c('endReasonCode', 'text'),
    c('endReason', 'text'),
    c('check1', 'text'),
    c('check3', 'text'),
    c('check6', 'text'),
    c('check12', 'text'),
  ];
  // Words looked up once, not per row.
  const words = (prefix: string, codes: readonly string[]) => new Map(codes.map((code) => [code, t(`${prefix}.${code}`)]));
  const fundingWord = words('domain:funding', fundingStreams);
  const contractWord = words('domain:contract', contractTypes);
  const sectorWord = words('domain:sector', sectors);
  const outcomeWord = words('csv.outcome', retentionOutcomes);
  const endReasonWord = words('placements:endReasons', placementEndReasons);
  const outcome = (o: string | null) => (o ? (outcomeWord.get(o) ?? o) : null);
  const anonymised = t('csv.anonymised');

  async function* rows(): AsyncGenerator<XlsxValue[][]> {
    for await (const chunk of exportPlacements(db, filters, { userId: user.id, today })) {
      yield chunk.map((r) => [
        r.id,
        excelDay(r.startDate),
        Number(r.startDate.slice(0, 4)),
        fundingWord.get(r.funding),
        r.clientNumber ?? anonymised,
        r.jobTitle,
        r.hoursPerWeek,
        contractWord.get(r.contract),
        r.employerName,
        r.employerPlace,
        r.district,
        sectorWord.get(r.sector),
        r.vacancyId,
        r.caseworkerName,
        excelDay(r.endDate),
        r.endReasonCode ? endReasonWord.get(r.endReasonCode) : null,
        r.endReason,
        outcome(r.check1),
        outcome(r.check3),
        outcome(r.check6),
        outcome(r.check12),
      ]);
    }
  }
  const name = `${t('csv.placementsFile')}${filters.year ? `-${filters.year}` : ''}${filters.funding ? `-${filters.funding}` : ''}.xlsx`;
  return xlsxResponse(name, lng, async (book) => {
    await book.sheet(t('xlsx.placementsSheet'), columns, rows());
  });
});
