import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { openProposalsOfCaseload, waitingForCaseworker } from '@/db/queries/proposals';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'pipeline')('waiting.title') };
}

/** Caseworker: what waits on me in the pipeline, and my people's open proposals. */
export default async function ProposalsPage({ params }: Props) {
  const { lng, t, user, db } = await loadPage(params, '/[lng]/proposals', 'pipeline');
  const [waiting, open] = await Promise.all([waitingForCaseworker(db, user.id, new Date()), openProposalsOfCaseload(db, user.id)]);
  type Waiting = (typeof waiting)[number];
  type Open = (typeof open)[number];
  const waitingColumns: Column<Waiting>[] = [
    {
      key: 'what',
      header: t('waiting.what'),
      rowHeader: true,
      cell: (w) => (
        <>
          <Link href={`/${lng}/proposals/${w.proposalId}`}>{t(`waiting.reason.${w.reason}`)}</Link>
          <div className="field-hint">{t(`domain:proposalStage.${w.stage}`)}</div>
        </>
      ),
    },
    { key: 'who', header: t('waiting.who'), cell: (w) => `${w.firstName} ${w.lastName}` },
    {
      key: 'where',
      header: t('waiting.where'),
      cell: (w) => (
        <span>
          <span lang="de">{w.vacancyTitle}</span>
          <span className="field-hint gz-block" lang="de">
            {w.employerName}
          </span>
        </span>
      ),
    },
    {
      key: 'when',
      header: t('waiting.when'),
      cell: (w) => (w.reason === 'interviewSoon' && w.interviewAt ? formatDateTime(lng, w.interviewAt) : formatDate(lng, w.stageChangedAt)),
    },
  ];
  const openColumns: Column<Open>[] = [
    {
      key: 'who',
      header: t('waiting.who'),
      rowHeader: true,
      cell: (p) => (
        <Link href={`/${lng}/proposals/${p.id}`}>
          {p.firstName} {p.lastName}
        </Link>
      ),
    },
    {
      key: 'where',
      header: t('waiting.where'),
      cell: (p) => (
        <span>
          <span lang={p.textLanguage}>{p.vacancyTitle}</span>
          <span className="field-hint gz-block" lang="de">
            {p.employerName}
          </span>
        </span>
      ),
    },
    { key: 'stage', header: t('candidates.stage'), cell: (p) => t(`domain:proposalStage.${p.stage}`) },
    { key: 'since', header: t('candidates.since'), cell: (p) => formatDate(lng, p.stageChangedAt) },
  ];
  return (
    <>
      <PageHeader lng={lng} title={t('waiting.title')} intro={t('waiting.intro')} />
      <DataTable
        lng={lng}
        testId="waiting-table"
        caption={t('waiting.caption')}
        columns={waitingColumns}
        rows={waiting}
        rowKey={(w) => `${w.proposalId}-${w.reason}`}
        empty={t('waiting.none')}
      />
      <DataTable lng={lng} caption={t('waiting.openCaption')} columns={openColumns} rows={open} rowKey={(p) => p.id} empty={t('waiting.openNone')} />
    </>
  );
}
