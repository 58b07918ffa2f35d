import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { getEmployerProfile } from '@/db/queries/employers';
import { listPlaces } from '@/db/queries/places';
import { listVacancies } from '@/db/queries/vacancies';
import { cefrLevels, sectors } from '@/db/schema/enums';
import { requireRole } from '@/lib/auth/guards';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n/settings';
import { kmChoices, parseVacancyFilters, vacancyListHref, vacancyStatusFilters } from '@/lib/validation/vacancy-filters';
import { vacancyScopeFor } from '@/lib/vacancies/scope';
import { Pagination } from '@/app/_components/ui/pagination';
import { StatusBadge } from './_components/status-badge';
import { mayUseAction, pageRoles } from '@/lib/security/access-matrix';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'vacancies')('list.titleStaff') };
}

export default async function VacanciesPage({ params, searchParams }: Props) {
  const { lng: raw } = await params;
  const lng: Lng = isLng(raw) ? raw : 'nl';
  const user = await requireRole(lng, pageRoles('/[lng]/vacancies'));
  const t = getT(lng, 'vacancies');
  const db = await getDb();
  const isEmployer = user.role === 'employer';
  // Staff look for vacancies to fill: open ones first. Employers see all of theirs.
  const { params: query, filters } = parseVacancyFilters(await searchParams, isEmployer ? 'all' : 'open');
  const [list, allPlaces, filterEmployer] = await Promise.all([
    listVacancies(db, vacancyScopeFor(user), filters),
    isEmployer ? Promise.resolve([]) : listPlaces(db),
    !isEmployer && filters.employerId ? getEmployerProfile(db, filters.employerId) : Promise.resolve(null),
  ]);
  const base = `/${lng}/vacancies`;
  const canCreate = mayUseAction('vacancy.create', user.role);
  const hours = (min: number | null, max: number | null) =>
    min == null && max == null
      ? ''
      : min === max || max == null
        ? formatNumber(lng, min!)
        : min == null
          ? formatNumber(lng, max)
          : t('list.hours', { min: formatNumber(lng, min), max: formatNumber(lng, max) });

  return (
    <>
      <h1>{isEmployer ? t('list.titleEmployer') : t('list.titleStaff')}</h1>
      <p className="page-intro">{isEmployer ? t('list.introEmployer') : t('list.introStaff')}</p>
      {canCreate ? (
        <p>
          <Link className="button" href={`/${lng}/vacancies/new${filters.employerId ? `?employer=${filters.employerId}` : ''}`}>
            {t('list.new')}
          </Link>
        </p>
      ) : null}

      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not announced by every screen reader we support; role="search" on the form is */}
      <form method="get" action={base} className="filter-form card" aria-labelledby="vacancy-filters-title" role="search">
        <h2 id="vacancy-filters-title" className="visually-hidden">
          {t('filters.title')}
        </h2>
        {isEmployer ? null : (
          <>
            <div className="field">
              <label htmlFor="f-q">{t('filters.q')}</label>
              <input id="f-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={100} />
            </div>
            <div className="field">
              <label htmlFor="f-sector">{t('filters.sector')}</label>
              <select id="f-sector" name="sector" defaultValue={query.sector ?? ''}>
                <option value="">{t('filters.anySector')}</option>
                {sectors.map((s) => (
                  <option key={s} value={s}>
                    {t(`domain:sector.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-place">{t('filters.place')}</label>
              <select id="f-place" name="place" defaultValue={query.place ?? ''}>
                <option value="">{t('filters.anyPlace')}</option>
                {allPlaces
                  .filter((p) => p.country === 'DE')
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-from">{t('filters.from')}</label>
              <select id="f-from" name="from" defaultValue={query.from ?? list.origin?.id ?? ''}>
                {allPlaces
                  .filter((p) => p.country === 'NL')
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-km">{t('filters.km')}</label>
              <select id="f-km" name="km" defaultValue={query.km ?? ''}>
                <option value="">{t('filters.anyDistance')}</option>
                {[...new Set([...kmChoices, ...(query.km ? [query.km] : [])])]
                  .sort((a, b) => a - b)
                  .map((km) => (
                    <option key={km} value={km}>
                      {t('list.km', { km: formatNumber(lng, km) })}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-german">{t('filters.german')}</label>
              <select id="f-german" name="german" defaultValue={query.german ?? ''}>
                <option value="">{t('filters.anyGerman')}</option>
                {cefrLevels.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-hours-min">{t('filters.hoursMin')}</label>
              <input id="f-hours-min" name="hoursMin" inputMode="numeric" defaultValue={query.hoursMin ?? ''} />
            </div>
            <div className="field">
              <label htmlFor="f-hours-max">{t('filters.hoursMax')}</label>
              <input id="f-hours-max" name="hoursMax" inputMode="numeric" defaultValue={query.hoursMax ?? ''} />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor="f-status">{t('filters.status')}</label>
          <select id="f-status" name="status" defaultValue={query.status}>
            {vacancyStatusFilters.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t('filters.anyStatus') : t(`domain:vacancyStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {isEmployer ? null : (
          <div className="field">
            <label htmlFor="f-sort">{t('filters.sort')}</label>
            <select id="f-sort" name="sort" defaultValue={query.sort ?? 'newest'}>
              <option value="newest">{t('filters.sortNewest')}</option>
              <option value="closing">{t('filters.sortClosing')}</option>
              <option value="distance">{t('filters.sortDistance')}</option>
            </select>
          </div>
        )}
        {filterEmployer ? (
          <div className="field">
            <input type="hidden" name="employer" value={filterEmployer.id} />
            <span className="field-label">{t('filters.employer')}</span>
            <span lang="de">{filterEmployer.name}</span>
          </div>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button">
            {t('filters.apply')}
          </button>
          <Link href={base}>{t('filters.reset')}</Link>
        </div>
      </form>

      <div className="table-wrap" tabIndex={0}>
        <table data-testid="vacancy-list">
          <caption>{t('list.caption', { total: formatNumber(lng, list.total) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.columns.title')}</th>
              {isEmployer ? null : <th scope="col">{t('list.columns.employer')}</th>}
              <th scope="col">{t('list.columns.place')}</th>
              {isEmployer || !list.origin ? null : (
                <th scope="col" className="numeric">
                  {t('list.distanceFrom', { place: list.origin.name })}
                </th>
              )}
              <th scope="col" className="numeric">
                {t('list.columns.hours')}
              </th>
              <th scope="col">{t('list.columns.german')}</th>
              <th scope="col">{t('list.columns.status')}</th>
              <th scope="col">{t('list.columns.closing')}</th>
              {isEmployer ? (
                <th scope="col" className="numeric">
                  {t('list.columns.positions')}
                </th>
              ) : null}
              <th scope="col" className="numeric">
                {t('list.columns.candidates')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.length === 0 ? (
              <tr>
                <td colSpan={9}>{t('list.empty')}</td>
              </tr>
            ) : (
              list.rows.map((v) => (
                <tr key={v.id} data-testid={`vacancy-row-${v.id}`}>
                  <th scope="row">
                    <Link href={`${base}/${v.id}`} lang={v.textLanguage}>
                      {v.title}
                    </Link>
                    {v.occupationCode ? <div className="field-hint">{t(`domain:occupation.${v.occupationCode}`)}</div> : null}
                  </th>
                  {isEmployer ? null : <td>{v.employerName}</td>}
                  <td>{v.placeName}</td>
                  {isEmployer || !list.origin ? null : (
                    <td className="numeric">{v.distanceKm == null ? '' : t('list.km', { km: formatNumber(lng, Math.round(v.distanceKm)) })}</td>
                  )}
                  <td className="numeric">{hours(v.hoursMin, v.hoursMax)}</td>
                  <td>{v.germanLevel ?? ''}</td>
                  <td>
                    <StatusBadge status={v.effectiveStatus} label={t(`domain:vacancyStatus.${v.effectiveStatus}`)} />
                  </td>
                  <td>{formatDate(lng, v.closingDate)}</td>
                  {isEmployer ? (
                    <td className="numeric">
                      {formatNumber(lng, v.positionsFilled)} / {formatNumber(lng, v.positions)}
                    </td>
                  ) : null}
                  <td className="numeric">
                    {t('list.candidates', { total: formatNumber(lng, v.proposalsTotal), active: formatNumber(lng, v.proposalsActive) })}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination lng={lng} page={list.page} pageCount={list.pageCount} href={(page) => vacancyListHref(base, query, { page })} />
    </>
  );
}
