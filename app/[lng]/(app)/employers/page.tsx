import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/app/_components/ui/pagination';
import { getDb } from '@/db/client';
import { listEmployers } from '@/db/queries/employers';
import { sectors } from '@/db/schema/enums';
import { requireRole } from '@/lib/auth/guards';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng, type Lng } from '@/lib/i18n/settings';
import { pageRoles } from '@/lib/security/access-matrix';

type Props = { params: Promise<{ lng: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'employers')('list.title') };
}

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

export default async function EmployersPage({ params, searchParams }: Props) {
  const { lng: raw } = await params;
  const lng: Lng = isLng(raw) ? raw : 'nl';
  const user = await requireRole(lng, pageRoles('/[lng]/employers'));
  const t = getT(lng, 'employers');
  const search = await searchParams;
  // Bad values fall back to "no filter" / page 1 instead of failing the page.
  // Control characters are never typed into a search (and a NUL would make PostgreSQL refuse the query).
  const q = one(search.q)
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .slice(0, 100)
    .trim();
  const sector = (sectors as readonly string[]).includes(one(search.sector)) ? (one(search.sector) as (typeof sectors)[number]) : undefined;
  const pageParam = Number(one(search.page));
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const db = await getDb();
  const list = await listEmployers(db, { q: q || undefined, sector, page });
  const base = `/${lng}/employers`;
  const href = (p: number) => {
    const query = new URLSearchParams();
    if (q) query.set('q', q);
    if (sector) query.set('sector', sector);
    query.set('page', String(p));
    return `${base}?${query}`;
  };
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="page-intro">{t('list.intro')}</p>
      <p className="button-row">
        <Link className="button" href={`${base}/new`}>
          {t('list.new')}
        </Link>
        {user.role === 'admin' ? <Link href={`/${lng}/admin/employers`}>{t('list.adminLink')}</Link> : null}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not announced by every screen reader we support; role="search" on the form is */}
      <form method="get" action={base} className="filter-form card" role="search" aria-label={t('list.apply')}>
        <div className="field">
          <label htmlFor="e-q">{t('list.q')}</label>
          <input id="e-q" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="e-sector">{t('list.sector')}</label>
          <select id="e-sector" name="sector" defaultValue={sector ?? ''}>
            <option value="">{t('list.anySector')}</option>
            {sectors.map((s) => (
              <option key={s} value={s}>
                {t(`domain:sector.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('list.apply')}
          </button>
        </div>
      </form>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t('list.caption', { total: formatNumber(lng, list.total) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.columns.name')}</th>
              <th scope="col">{t('list.columns.place')}</th>
              <th scope="col">{t('list.columns.sector')}</th>
              <th scope="col" className="numeric">
                {t('list.columns.accounts')}
              </th>
              <th scope="col" className="numeric">
                {t('list.columns.openVacancies')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.length === 0 ? (
              <tr>
                <td colSpan={5}>{t('list.empty')}</td>
              </tr>
            ) : (
              list.rows.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link href={`${base}/${e.id}`}>{e.name}</Link>
                  </th>
                  <td>{e.placeName}</td>
                  <td>{t(`domain:sector.${e.sector}`)}</td>
                  <td className="numeric">{e.userCount === 0 ? t('list.noAccount') : formatNumber(lng, e.userCount)}</td>
                  <td className="numeric">
                    <Link href={`/${lng}/vacancies?employer=${e.id}&status=open`}>{formatNumber(lng, e.openVacancies)}</Link>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination lng={lng} page={list.page} pageCount={list.pageCount} href={href} />
    </>
  );
}
