import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import { searchAuditEvents, type AuditRow } from '@/db/queries/audit';
import { listBreakGlassGrants, listReadBlocks } from '@/db/queries/need-to-know';
import { NeedToKnowSection } from './_components/need-to-know-section';
import { auditResults, roles } from '@/db/schema/enums';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { auditList, auditObjectTypes } from '@/lib/validation/audit';
import { Button, ButtonLink } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { FilterInput, FilterSelect } from '@/app/_components/ui/field-frame';
import { FilterBar } from '@/app/_components/ui/filter-bar';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pagination } from '@/app/_components/ui/pagination';
import { type BadgeStatus, StatusBadge } from '@/app/_components/ui/status-badge';
import './audit.css';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const resultStatus: Record<AuditRow['result'], BadgeStatus> = { ok: 'safe', denied: 'warning', error: 'danger' };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'audit')('title') };
}

/** Read-only: the app has no path that edits or deletes audit events (and the database refuses it). */
export default async function AuditPage({ params, searchParams }: Props) {
  const { lng, t, db, audit } = await loadPage(params, '/[lng]/audit', 'audit');
  const search = auditList.parse(await searchParams);
  const { rows, hasNext } = await searchAuditEvents(
    db,
    {
      jobSeekerId: search.person,
      actor: search.actor,
      action: search.action,
      objectType: search.objectType,
      objectId: search.objectId,
      from: search.from,
      to: search.to,
      result: search.result,
    },
    { page: search.page, pageSize: auditList.pageSize },
  );
  // Looking at the trail is itself in the trail, with what was searched for.
  const { page, ...filters } = search;
  const activeFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  await audit({
    action: 'audit.view',
    jobSeekerId: search.person,
    details: { filters: activeFilters, page, rows: rows.length },
  });

  const base = `/${lng}/audit`;
  const active = Object.keys(activeFilters).length;
  // The need-to-know overview on the unfiltered first page: what a manager checks every day.
  const overview = search.page === 1 && active === 0;
  const [grants, blocks] = overview ? await Promise.all([listBreakGlassGrants(db, { limit: 20 }), listReadBlocks(db, { limit: 10 })]) : [[], []];
  const any = { value: '', label: t('filter.any') };

  const columns: Column<AuditRow>[] = [
    {
      key: 'at',
      header: t('col.at'),
      rowHeader: true,
      cell: (row) => <time dateTime={row.at.toISOString()}>{formatDateTime(lng, row.at)}</time>,
    },
    {
      key: 'actor',
      header: t('col.actor'),
      cell: (row) => {
        const role = row.actorRole && (roles as readonly string[]).includes(row.actorRole) ? t(`domain:role.${row.actorRole}`) : null;
        // One element per cell: on a phone the cell is a grid of its label and its value.
        return (
          <span>
            {row.actorEmail ?? <span className="field-hint">{t('unknownActor')}</span>}
            {role ? <span className="field-hint gz-block">{role}</span> : null}
          </span>
        );
      },
    },
    { key: 'action', header: t('col.action'), className: 'audit-action-cell', cell: (row) => <AuditAction action={row.action} lng={lng} /> },
    {
      key: 'object',
      header: t('col.object'),
      cell: (row) => (row.objectType ? `${t(`objectType.${row.objectType}`, { defaultValue: row.objectType })} ${row.objectId ?? ''}` : null),
    },
    { key: 'person', header: t('col.person'), cell: (row) => row.jobSeekerId ?? null },
    { key: 'result', header: t('col.result'), cell: (row) => <StatusBadge status={resultStatus[row.result]}>{t(`result.${row.result}`)}</StatusBadge> },
    { key: 'origin', header: t('col.origin'), className: 'audit-origin-cell', cell: (row) => row.origin ?? null },
    { key: 'details', header: t('col.details'), className: 'audit-details-cell', cell: (row) => (row.details ? <AuditDetails details={row.details} /> : null) },
  ];

  return (
    <>
      <PageHeader lng={lng} title={t('title')} intro={t('intro')} />
      {overview ? <NeedToKnowSection lng={lng} t={t} grants={grants} blocks={blocks} /> : null}
      {/* Keyed by the URL state: after a navigation the fields show the new filters. */}
      <FilterBar
        key={JSON.stringify(search)}
        action={base}
        testId="audit-filters"
        title={t('filter.title')}
        activeFilters={active}
        actions={
          <>
            <Button type="submit">{t('filter.submit')}</Button>
            <ButtonLink appearance="secondary" href={base}>
              {t('filter.reset')}
            </ButtonLink>
          </>
        }
      >
        <FilterInput
          id="audit-person"
          name="person"
          label={t('filter.person')}
          hint={t('filter.personHint')}
          defaultValue={search.person}
          inputMode="numeric"
        />
        <FilterInput id="audit-actor" name="actor" label={t('filter.actor')} hint={t('filter.actorHint')} defaultValue={search.actor} />
        <FilterInput id="audit-action" name="action" label={t('filter.action')} hint={t('filter.actionHint')} defaultValue={search.action} />
        <FilterSelect
          id="audit-object-type"
          name="objectType"
          label={t('filter.objectType')}
          defaultValue={search.objectType}
          options={[any, ...auditObjectTypes.map((o) => ({ value: o, label: t(`objectType.${o}`) }))]}
        />
        <FilterInput id="audit-object-id" name="objectId" label={t('filter.objectId')} defaultValue={search.objectId} />
        <FilterInput id="audit-from" name="from" type="date" label={t('filter.from')} defaultValue={search.from} />
        <FilterInput id="audit-to" name="to" type="date" label={t('filter.to')} defaultValue={search.to} />
        <FilterSelect
          id="audit-result"
          name="result"
          label={t('filter.result')}
          defaultValue={search.result}
          options={[any, ...auditResults.map((r) => ({ value: r, label: t(`result.${r}`) }))]}
        />
      </FilterBar>

      <DataTable
        lng={lng}
        caption={t('caption', { page: formatNumber(lng, search.page) })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={t('empty')}
        className="audit-table"
      />
      <Pagination lng={lng} page={search.page} hasNext={hasNext} firstLast={false} href={(p) => auditList.href(base, { ...search, page: p })} />
    </>
  );
}

/** The action in words, its code once below; the code alone only for an action this version has no words for. */
function AuditAction({ action, lng }: { action: string; lng: Parameters<typeof getT>[0] }) {
  const t = getT(lng, 'audit');
  const translated = t(`action.${action}`, { defaultValue: '' });
  const label = typeof translated === 'string' && translated !== '' ? translated : null;
  return label === null ? (
    <code>{action}</code>
  ) : (
    <span>
      {label}
      <span className="field-hint gz-block">
        <code>{action}</code>
      </span>
    </span>
  );
}

/** Details as one "key: value" line each, values as recorded (JSON for nested ones). */
function AuditDetails({ details }: { details: unknown }) {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return <code className="audit-details">{JSON.stringify(details)}</code>;
  return (
    <ul className="audit-details">
      {Object.entries(details as Record<string, unknown>).map(([key, value]) => (
        <li key={key}>
          <code>
            {key}: {typeof value === 'string' ? value : JSON.stringify(value)}
          </code>
        </li>
      ))}
    </ul>
  );
}
