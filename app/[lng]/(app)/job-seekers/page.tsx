import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listJobSeekers } from '@/db/queries/job-seeker-list';
import { listCaseworkers } from '@/db/queries/job-seekers';
import { listPlaces } from '@/db/queries/places';
import { cefrLevels, jobSeekerStatuses, sectors } from '@/db/schema/enums';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { listQuery, PAGE_SIZE, parseListParams, type ListParams, type ListSort } from '@/lib/validation/job-seekers';
import { FilterForm } from './_components/filter-form';
import { pageLng } from '@/lib/params';
import { todayInAppZone } from '@/lib/time/zoned';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'jobSeekers')('list.title') };
}

export default async function JobSeekersPage({ params, searchParams }: Props) {
  const { lng, t, user, db, audit } = await loadPage(params, '/[lng]/job-seekers', 'jobSeekers');
  const raw = await searchParams;
  const p = parseListParams(raw);
  const justErased = raw.erased === '1';
  // "My caseload" is a caseworker's default view; managers and admins have no caseload of their own.
  const view = p.caseworker ?? (user.role === 'caseworker' ? 'me' : 'all');
  const caseworkerId = view === 'me' ? user.id : view === 'all' ? undefined : Number(view);
  const today = todayInAppZone();

  const [{ rows, total }, caseworkers, allPlaces] = await Promise.all([
    listJobSeekers(db, {
      q: p.q,
      caseworkerId,
      status: p.status,
      germanAtLeast: p.german,
      sector: p.sector,
      placeId: p.place,
      km: p.place !== undefined ? p.km : undefined,
      consent: p.consent === undefined ? undefined : p.consent === 'yes',
      sib: p.sib === undefined ? undefined : p.sib === 'yes',
      availableBefore: p.availableBefore,
      sort: p.sort,
      dir: p.dir,
      page: p.page,
      pageSize: PAGE_SIZE,
      today,
    }),
    listCaseworkers(db),
    listPlaces(db),
  ]);
  // Seeing a list is seeing personal data: one audit event naming who was shown.
  await audit({
    action: 'job_seeker.list',
    details: { shown: rows.map((r) => r.id), total, page: p.page },
  });

  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const state: Partial<ListParams> = { ...p, caseworker: p.caseworker };
  const href = (change: Partial<ListParams>) => `/${lng}/job-seekers${listQuery({ ...state, ...change })}`;
  const sortLink = (sort: ListSort) => href({ sort, dir: p.sort === sort && p.dir === 'asc' ? 'desc' : 'asc', page: 1 });
  const ariaSort = (sort: ListSort) => (p.sort === sort ? (p.dir === 'asc' ? 'ascending' : 'descending') : undefined);
  const nlPlaces = allPlaces.filter((pl) => pl.country === 'NL');
  const dePlaces = allPlaces.filter((pl) => pl.country === 'DE');
  const filtersActive = [p.q, p.status, p.german, p.sector, p.place, p.consent, p.sib, p.availableBefore].some((v) => v !== undefined);

  // biome-ignore lint/correctness/noComponentHookFactories: a server component without hooks; it closes over this request's sort state
  function SortHeader({ sort, label }: { sort: ListSort; label: string }) {
    return (
      <th scope="col" aria-sort={ariaSort(sort)}>
        <Link href={sortLink(sort)}>
          {label}
          <span aria-hidden="true">{p.sort === sort ? (p.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
          <span className="visually-hidden">{p.sort === sort ? t(p.dir === 'asc' ? 'list.sortedAsc' : 'list.sortedDesc') : t('list.sortBy')}</span>
        </Link>
      </th>
    );
  }

  return (
    <>
      <div className="page-head">
        <h1>{t('list.title')}</h1>
        <Link className="button" href={`/${lng}/job-seekers/new`}>
          {t('list.register')}
        </Link>
      </div>
      <p className="page-intro">{t('list.intro')}</p>
      {justErased ? (
        <div className="form-message form-message-success" role="status" data-testid="erased-message">
          {t('erase.done')}
        </div>
      ) : null}

      <nav aria-label={t('list.viewLabel')} className="view-switch">
        <ul>
          {user.role === 'caseworker' ? (
            <li>
              <Link href={href({ caseworker: 'me', page: 1 })} aria-current={view === 'me' ? 'page' : undefined}>
                {t('list.viewMine')}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={href({ caseworker: 'all', page: 1 })} aria-current={view === 'all' ? 'page' : undefined}>
              {t('list.viewAll')}
            </Link>
          </li>
        </ul>
      </nav>

      {/* Keyed by the URL state: after a navigation the fields show the new filters. */}
      <FilterForm key={JSON.stringify(p)} action={`/${lng}/job-seekers`} labelledBy="filters-title">
        <h2 id="filters-title" className="visually-hidden">
          {t('list.filtersTitle')}
        </h2>
        <div className="filter-grid">
          <div className="field">
            <label htmlFor="f-q">{t('list.search')}</label>
            <input id="f-q" name="q" type="search" defaultValue={p.q ?? ''} aria-describedby="f-q-hint" />
            <p id="f-q-hint" className="field-hint">
              {t('list.searchHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="f-caseworker">{t('list.caseworker')}</label>
            <select id="f-caseworker" name="caseworker" defaultValue={view}>
              {user.role === 'caseworker' ? <option value="me">{t('list.viewMine')}</option> : null}
              <option value="all">{t('list.anyCaseworker')}</option>
              {caseworkers.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-status">{t('list.status')}</label>
            <select id="f-status" name="status" defaultValue={p.status ?? ''}>
              <option value="">{t('list.any')}</option>
              {jobSeekerStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`domain:jobSeekerStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-german">{t('list.germanAtLeast')}</label>
            <select id="f-german" name="german" defaultValue={p.german ?? ''}>
              <option value="">{t('list.any')}</option>
              {cefrLevels.map((l) => (
                <option key={l} value={l}>
                  {t(`cefr.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-sector">{t('list.sector')}</label>
            <select id="f-sector" name="sector" defaultValue={p.sector ?? ''}>
              <option value="">{t('list.any')}</option>
              {sectors.map((s) => (
                <option key={s} value={s}>
                  {t(`domain:sector.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-place">{t('list.place')}</label>
            <select id="f-place" name="place" defaultValue={p.place ? String(p.place) : ''}>
              <option value="">{t('list.anyPlace')}</option>
              <optgroup label={t('list.placesNl')}>
                {nlPlaces.map((pl) => (
                  <option key={pl.id} value={String(pl.id)}>
                    {pl.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('list.placesDe')}>
                {dePlaces.map((pl) => (
                  <option key={pl.id} value={String(pl.id)} lang="de">
                    {pl.name}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-km">{t('list.withinKm')}</label>
            <input id="f-km" name="km" type="number" min={1} max={500} inputMode="numeric" defaultValue={p.km ?? ''} aria-describedby="f-km-hint" />
            <p id="f-km-hint" className="field-hint">
              {t('list.withinKmHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="f-consent">{t('list.consent')}</label>
            <select id="f-consent" name="consent" defaultValue={p.consent ?? ''}>
              <option value="">{t('list.any')}</option>
              <option value="yes">{t('list.consentYes')}</option>
              <option value="no">{t('list.consentNo')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-sib">{t('list.sib')}</label>
            <select id="f-sib" name="sib" defaultValue={p.sib ?? ''}>
              <option value="">{t('list.any')}</option>
              <option value="yes">{t('list.yes')}</option>
              <option value="no">{t('list.no')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-available">{t('list.availableBefore')}</label>
            <input id="f-available" name="availableBefore" type="date" defaultValue={p.availableBefore ?? ''} />
          </div>
        </div>
        {p.sort !== 'name' ? <input type="hidden" name="sort" value={p.sort} /> : null}
        {p.dir !== 'asc' ? <input type="hidden" name="dir" value={p.dir} /> : null}
        <div className="form-actions">
          <button type="submit" className="button">
            {t('list.apply')}
          </button>
          {filtersActive ? (
            <Link className="button button-secondary" href={`/${lng}/job-seekers${listQuery({ caseworker: p.caseworker })}`}>
              {t('list.clear')}
            </Link>
          ) : null}
        </div>
      </FilterForm>

      <p className="result-count" data-testid="result-count">
        {t('list.count', { n: formatNumber(lng, total) })}
        {total > 0 ? ` ${t('list.pageOf', { page: formatNumber(lng, p.page), pages: formatNumber(lng, pages) })}` : null}
      </p>

      <div className="table-wrap" tabIndex={0}>
        <table className="job-seeker-table">
          <caption>{view === 'me' ? t('list.captionMine') : t('list.captionAll')}</caption>
          <thead>
            <tr>
              <SortHeader sort="name" label={t('list.colName')} />
              <SortHeader sort="clientNumber" label={t('list.colClientNumber')} />
              <SortHeader sort="status" label={t('list.colStatus')} />
              <SortHeader sort="place" label={t('list.colPlace')} />
              <th scope="col">{t('list.colGerman')}</th>
              <th scope="col">{t('list.colCaseworker')}</th>
              <SortHeader sort="availableFrom" label={t('list.colAvailableFrom')} />
              <th scope="col">{t('list.colConsent')}</th>
              <SortHeader sort="registered" label={t('list.colRegistered')} />
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={9}>
                  {total > 0 ? t('list.pastLastPage') : filtersActive ? t('list.noMatches') : view === 'me' ? t('list.emptyMine') : t('list.empty')}
                </td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link href={`/${lng}/job-seekers/${r.id}`}>
                      {r.lastName}, {r.firstName}
                    </Link>
                    {r.sibCohort ? <span className="badge badge-sib">{t('list.sibBadge')}</span> : null}
                  </th>
                  <td>{r.clientNumber}</td>
                  <td>{t(`domain:jobSeekerStatus.${r.status}`)}</td>
                  <td>
                    {r.placeName}
                    {r.distanceKm !== null ? <div className="field-hint">{t('list.distance', { km: formatNumber(lng, Math.round(r.distanceKm)) })}</div> : null}
                  </td>
                  <td>{r.germanLevel ?? t('list.noGerman')}</td>
                  <td>{r.caseworkerId === user.id ? t('list.you') : r.caseworkerName}</td>
                  <td>{r.availableFrom ? formatDate(lng, r.availableFrom) : t('list.unknown')}</td>
                  <td>
                    {r.consentValid ? (
                      <span className="badge badge-ok">{t('list.consentValid')}</span>
                    ) : (
                      <span className="badge badge-off">{t('list.consentNone')}</span>
                    )}
                  </td>
                  <td>{formatDate(lng, r.registeredAt)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      {pages > 1 ? (
        <nav aria-label={t('list.pagination')} className="pagination">
          <ul>
            <li>{p.page > 1 ? <Link href={href({ page: 1 })}>{t('list.first')}</Link> : <span aria-disabled="true">{t('list.first')}</span>}</li>
            <li>
              {p.page > 1 ? (
                <Link href={href({ page: Math.min(p.page - 1, pages) })} rel="prev">
                  {t('list.previous')}
                </Link>
              ) : (
                <span aria-disabled="true">{t('list.previous')}</span>
              )}
            </li>
            <li aria-current="page">{t('list.pageOf', { page: formatNumber(lng, p.page), pages: formatNumber(lng, pages) })}</li>
            <li>
              {p.page < pages ? (
                <Link href={href({ page: p.page + 1 })} rel="next">
                  {t('list.next')}
                </Link>
              ) : (
                <span aria-disabled="true">{t('list.next')}</span>
              )}
            </li>
            <li>{p.page < pages ? <Link href={href({ page: pages })}>{t('list.last')}</Link> : <span aria-disabled="true">{t('list.last')}</span>}</li>
          </ul>
        </nav>
      ) : null}
    </>
  );
}
