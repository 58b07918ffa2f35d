import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { searchAuditEvents, type AuditRow } from '@/db/queries/audit';
import { listBreakGlassGrants, listReadBlocks } from '@/db/queries/need-to-know';
import { NeedToKnowSection } from './_components/need-to-know-section';
import { auditResults, roles } from '@/db/schema/enums';
import { formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n/settings';
import { auditObjectTypes, auditSearchSchema, type AuditSearch } from '@/lib/validation/audit';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'audit')('title') };
}

/** Read-only: the app has no path that edits or deletes audit events (and the database refuses it). */
export default async function AuditPage({ params, searchParams }: Props) {
  const { lng, t, db, audit } = await loadPage(params, '/[lng]/audit', 'audit');
  const search = auditSearchSchema.parse(await searchParams);
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
    { page: search.page, pageSize: PAGE_SIZE },
  );
  // Looking at the trail is itself in the trail, with what was searched for.
  const { page, ...filters } = search;
  await audit({
    action: 'audit.view',
    jobSeekerId: search.person,
    details: { filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)), page, rows: rows.length },
  });

  const hrefFor = (p: number) => `/${lng}/audit?${queryOf(search, p)}`;
  // The need-to-know overview on the unfiltered first page: what a manager checks every day.
  const overview = search.page === 1 && Object.values(filters).every((v) => v === undefined);
  const [grants, blocks] = overview ? await Promise.all([listBreakGlassGrants(db, { limit: 20 }), listReadBlocks(db, { limit: 10 })]) : [[], []];
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="page-intro">{t('intro')}</p>
      {overview ? <NeedToKnowSection lng={lng} t={t} grants={grants} blocks={blocks} /> : null}
      <form method="get" action={`/${lng}/audit`} className="filter-form" aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title" className="visually-hidden">
          {t('filter.title')}
        </h2>
        <div className="filter-grid">
          <FilterInput id="audit-person" name="person" label={t('filter.person')} hint={t('filter.personHint')} value={search.person} inputMode="numeric" />
          <FilterInput id="audit-actor" name="actor" label={t('filter.actor')} hint={t('filter.actorHint')} value={search.actor} />
          <FilterInput id="audit-action" name="action" label={t('filter.action')} hint={t('filter.actionHint')} value={search.action} />
          <div className="field">
            <label htmlFor="audit-object-type">{t('filter.objectType')}</label>
            <select id="audit-object-type" name="objectType" defaultValue={search.objectType ?? ''}>
              <option value="">{t('filter.any')}</option>
              {auditObjectTypes.map((o) => (
                <option key={o} value={o}>
                  {t(`objectType.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <FilterInput id="audit-object-id" name="objectId" label={t('filter.objectId')} value={search.objectId} />
          <FilterInput id="audit-from" name="from" label={t('filter.from')} value={search.from} type="date" />
          <FilterInput id="audit-to" name="to" label={t('filter.to')} value={search.to} type="date" />
          <div className="field">
            <label htmlFor="audit-result">{t('filter.result')}</label>
            <select id="audit-result" name="result" defaultValue={search.result ?? ''}>
              <option value="">{t('filter.any')}</option>
              {auditResults.map((r) => (
                <option key={r} value={r}>
                  {t(`result.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            {t('filter.submit')}
          </button>
          <Link href={`/${lng}/audit`} className="button button-secondary">
            {t('filter.reset')}
          </Link>
        </div>
      </form>

      <div className="table-wrap" tabIndex={0}>
        <table className="audit-table">
          <caption>{t('caption', { page: search.page })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.at')}</th>
              <th scope="col">{t('col.actor')}</th>
              <th scope="col">{t('col.action')}</th>
              <th scope="col">{t('col.object')}</th>
              <th scope="col">{t('col.person')}</th>
              <th scope="col">{t('col.result')}</th>
              <th scope="col">{t('col.origin')}</th>
              <th scope="col">{t('col.details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={8}>{t('empty')}</td>
              </tr>
            ) : (
              rows.map((row) => <AuditTableRow key={row.id} row={row} lng={lng} />)
            )}
          </tbody>
        </table>
      </div>
      <nav aria-label={t('pagination.label')} className="pagination">
        <ul>
          {search.page > 1 ? (
            <li>
              <Link href={hrefFor(search.page - 1)} rel="prev">
                {t('pagination.previous')}
              </Link>
            </li>
          ) : null}
          <li aria-current="page">{t('pagination.page', { page: search.page })}</li>
          {hasNext ? (
            <li>
              <Link href={hrefFor(search.page + 1)} rel="next">
                {t('pagination.next')}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}

function AuditTableRow({ row, lng }: { row: AuditRow; lng: Lng }) {
  const t = getT(lng, 'audit');
  const role = row.actorRole && (roles as readonly string[]).includes(row.actorRole) ? t(`domain:role.${row.actorRole}`) : null;
  // The code once, as the secondary line; alone only for an action this version has no words for.
  const translated = t(`action.${row.action}`, { defaultValue: '' });
  const label = typeof translated === 'string' && translated !== '' ? translated : null;
  return (
    <tr>
      <td>
        <time dateTime={row.at.toISOString()}>{formatDateTime(lng, row.at)}</time>
      </td>
      <td>
        {row.actorEmail ?? <span className="field-hint">{t('unknownActor')}</span>}
        {role ? <div className="field-hint">{role}</div> : null}
      </td>
      <td>
        {label === null ? (
          <code>{row.action}</code>
        ) : (
          <>
            {label}
            <div className="field-hint">
              <code>{row.action}</code>
            </div>
          </>
        )}
      </td>
      <td>{row.objectType ? `${t(`objectType.${row.objectType}`, { defaultValue: row.objectType })} ${row.objectId ?? ''}` : null}</td>
      <td>{row.jobSeekerId ?? null}</td>
      <td>
        <span className={`badge ${row.result === 'ok' ? 'badge-ok' : 'badge-off'}`}>{t(`result.${row.result}`)}</span>
      </td>
      <td>{row.origin ?? null}</td>
      <td className="audit-details-cell">{row.details ? <AuditDetails details={row.details} /> : null}</td>
    </tr>
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

function FilterInput(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value?: string | number;
  type?: 'text' | 'date';
  inputMode?: 'numeric';
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        defaultValue={props.value ?? ''}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      />
    </div>
  );
}

function queryOf(search: AuditSearch, page: number): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (key !== 'page' && value !== undefined) q.set(key, String(value));
  }
  if (page > 1) q.set('page', String(page));
  return q.toString();
}
