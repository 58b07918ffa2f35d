import type { Metadata } from 'next';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { DataList } from '@/app/_components/ui/data-list';
import { DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import type { BaImportRun } from '@/db/schema';
import { baImportSummary, listBaRuns, listBaSlices } from '@/db/queries/ba-import';
import { baClientOptionsFromEnv } from '@/lib/ba/client';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadPage } from '@/lib/pages/load-page';
import { AddSliceForm } from './_components/add-slice-form';
import { RunPanel, type RunProgress } from './_components/run-panel';
import { SliceToggle } from './_components/slice-toggle';
import { runDurationSeconds, runStatusBadge } from './_components/run-status';

function progressOf(run: BaImportRun): RunProgress {
  const { id, status, slicesTotal, slicesDone, pagesFetched, created, updated, unchanged, expired, failed, truncatedSlices, error } = run;
  return { id, status, slicesTotal, slicesDone, pagesFetched, created, updated, unchanged, expired, failed, truncatedSlices, error };
}

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'admin')('baImport.title') };
}

export default async function BaImportPage({ params }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/admin/ba-import', 'admin');
  const [slices, runs, summary] = await Promise.all([listBaSlices(db), listBaRuns(db, 20), baImportSummary(db)]);
  const configured = baClientOptionsFromEnv() !== null;
  const active = runs.find((r) => r.status === 'queued' || r.status === 'running') ?? null;
  return (
    <>
      <PageHeader lng={lng} title={t('baImport.title')} intro={t('baImport.intro')} />
      {configured ? null : (
        <Alert type="warning" live={false} testId="ba-not-configured">
          {t('baImport.notConfigured')}
        </Alert>
      )}
      <Card title={t('baImport.summary.title')}>
        <DataList
          items={[
            { key: 'current', label: t('baImport.summary.current'), value: formatNumber(lng, summary.current), testId: 'ba-summary-current' },
            { key: 'linked', label: t('baImport.summary.linked'), value: formatNumber(lng, summary.linked), testId: 'ba-summary-linked' },
            { key: 'unlinked', label: t('baImport.summary.unlinked'), value: formatNumber(lng, summary.unlinked), testId: 'ba-summary-unlinked' },
            { key: 'expired', label: t('baImport.summary.expired'), value: formatNumber(lng, summary.expired), testId: 'ba-summary-expired' },
            {
              key: 'placesToReview',
              label: t('baImport.summary.placesToReview'),
              value: formatNumber(lng, summary.placesToReview),
              testId: 'ba-summary-placesToReview',
            },
          ]}
        />
      </Card>
      <Card title={t('baImport.run.title')}>
        <RunPanel configured={configured} initialRun={active ? progressOf(active) : null} />
      </Card>
      <DataTable
        lng={lng}
        caption={t('baImport.log.caption')}
        testId="ba-run-log"
        rows={runs}
        rowKey={(r) => r.id}
        empty={t('baImport.log.empty')}
        columns={[
          { key: 'queued', header: t('baImport.log.started'), rowHeader: true, cell: (r) => formatDateTime(lng, r.startedAt ?? r.queuedAt) },
          { key: 'trigger', header: t('baImport.log.trigger'), cell: (r) => t(`baImport.trigger.${r.trigger}`) },
          {
            key: 'status',
            header: t('baImport.log.status'),
            cell: (r) => <StatusBadge status={runStatusBadge(r.status)}>{t(`baImport.status.${r.status}`)}</StatusBadge>,
          },
          { key: 'created', header: t('baImport.counts.created'), numeric: true, cell: (r) => formatNumber(lng, r.created) },
          { key: 'updated', header: t('baImport.counts.updated'), numeric: true, cell: (r) => formatNumber(lng, r.updated) },
          { key: 'unchanged', header: t('baImport.counts.unchanged'), numeric: true, cell: (r) => formatNumber(lng, r.unchanged) },
          { key: 'expired', header: t('baImport.counts.expired'), numeric: true, cell: (r) => formatNumber(lng, r.expired) },
          { key: 'failed', header: t('baImport.counts.failed'), numeric: true, cell: (r) => formatNumber(lng, r.failed) },
          {
            key: 'duration',
            header: t('baImport.log.duration'),
            numeric: true,
            cell: (r) => {
              const seconds = runDurationSeconds(r.startedAt, r.finishedAt);
              return seconds === null ? '' : t('baImport.log.seconds', { seconds: formatNumber(lng, seconds, { maximumFractionDigits: 1 }) });
            },
          },
          { key: 'error', header: t('baImport.log.error'), cell: (r) => r.error ?? '' },
        ]}
      />
      <DataTable
        lng={lng}
        caption={t('baImport.slices.caption')}
        testId="ba-slices"
        rows={slices}
        rowKey={(s) => s.id}
        empty={t('baImport.slices.empty')}
        columns={[
          { key: 'keyword', header: t('baImport.slices.keyword'), rowHeader: true, lang: () => 'de', cell: (s) => s.keyword },
          { key: 'place', header: t('baImport.slices.place'), lang: () => 'de', cell: (s) => s.place },
          { key: 'radius', header: t('baImport.slices.radius'), numeric: true, cell: (s) => t('baImport.slices.km', { km: formatNumber(lng, s.radiusKm) }) },
          {
            key: 'active',
            header: t('baImport.slices.active'),
            cell: (s) => <StatusBadge status={s.active ? 'active' : 'inactive'}>{t(s.active ? 'baImport.slices.on' : 'baImport.slices.off')}</StatusBadge>,
          },
        ]}
        actions={(s) => <SliceToggle id={s.id} active={s.active} label={`${s.keyword} / ${s.place}`} />}
      />
      <Card title={t('baImport.add.title')}>
        <AddSliceForm />
      </Card>
    </>
  );
}
