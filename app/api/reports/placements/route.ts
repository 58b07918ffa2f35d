import { exportPlacements } from '@/db/queries/placement-export';
import { contractTypes, fundingStreams, placementEndReasons, retentionOutcomes, sectors } from '@/db/schema/enums';
import { recordAudit } from '@/db/queries/audit';
import { routeHandlerRoles } from '@/lib/security/access-matrix';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { attachment, CSV_BOM, csvLine } from '@/lib/reports/csv';
import { auditedRoute, authorizeRoute } from '@/lib/reports/route-guard';
import { parsePlacementFilters } from '@/lib/validation/placements';
import { todayInAppZone } from '@/lib/time/zoned';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/placements?year=&funding=&caseworker=&employer=&status=&lng=
 * The placements list's filters as a CSV for Excel, streamed from the database chunk by chunk.
 * Staff only; every export is in the audit trail with its filters. No names: the job centre's
 * client number identifies a person, and an erased person's row stays without it.
 */
export const GET = auditedRoute('report.placements_csv', async (request: Request): Promise<Response> => {
  const auth = await authorizeRoute('report.placements_csv', routeHandlerRoles('/api/reports/placements'));
  if (!auth.ok) return auth.response;
  const { user, db, origin } = auth;
  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams.entries());
  const lngParam = url.searchParams.get('lng');
  const lng = isLng(lngParam) ? lngParam : user.locale;
  const { page: _page, ...filters } = parsePlacementFilters(params);
  const today = todayInAppZone();
  const t = getT(lng, 'targets');
  await recordAudit(db, {
    actor: { id: user.id, role: user.role, email: user.email },
    action: 'report.placements_csv',
    objectType: 'report',
    origin,
    details: { filters },
  });

  const header = [
    'id',
    'startDate',
    'year',
    'funding',
    'clientNumber',
    'jobTitle',
    'hoursPerWeek',
    'contract',
    'employer',
    'employerPlace',
    'district',
    'sector',
    'vacancyId',
    'caseworker',
    'endDate',
    'endReasonCode',
    'endReason',
    'check1',
    'check3',
    'check6',
    'check12',
  ].map((k) => t(`csv.placements.${k}`));
  // Words looked up once, not per row: 10,000 rows would otherwise be 70,000 lookups.
  const words = (prefix: string, codes: readonly string[]) => new Map(codes.map((c) => [c, t(`${prefix}.${c}`)]));
  const fundingWord = words('domain:funding', fundingStreams);
  const contractWord = words('domain:contract', contractTypes);
  const sectorWord = words('domain:sector', sectors);
  const outcomeWord = words('csv.outcome', retentionOutcomes);
  const endReasonWord = words('placements:endReasons', placementEndReasons);
  const outcome = (o: string | null) => (o ? (outcomeWord.get(o) ?? o) : '');
  const anonymised = t('csv.anonymised');
  const encoder = new TextEncoder();
  const chunks = exportPlacements(db, filters, { userId: user.id, today });
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) {
          controller.close();
          return;
        }
        let text = '';
        for (const r of next.value) {
          text += csvLine([
            r.id,
            r.startDate,
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
            r.endDate,
            r.endReasonCode ? endReasonWord.get(r.endReasonCode) : null,
            r.endReason,
            outcome(r.check1),
            outcome(r.check3),
            outcome(r.check6),
            outcome(r.check12),
          ]);
        }
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        console.error('placements export failed', error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const name = `${t('csv.placementsFile')}${filters.year ? `-${filters.year}` : ''}${filters.funding ? `-${filters.funding}` : ''}.csv`;
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(name),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
