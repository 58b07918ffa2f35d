import { loadPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listEmployersWithUserCount } from '@/db/queries/employers';
import { listPlaces } from '@/db/queries/places';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { CreateEmployerForm } from './_components/create-employer-form';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'admin')('employers.title') };
}

export default async function EmployersAdminPage({ params }: Props) {
  const { lng, t, db } = await loadPage(params, '/[lng]/admin/employers', 'admin');
  const [rows, germanPlaces] = await Promise.all([listEmployersWithUserCount(db), listPlaces(db, 'DE')]);
  return (
    <>
      <h1>{t('employers.title')}</h1>
      <p className="page-intro">{t('employers.intro')}</p>
      <div className="two-columns">
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption>{t('employers.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('employers.name')}</th>
                <th scope="col">{t('employers.place')}</th>
                <th scope="col">{t('employers.sector')}</th>
                <th scope="col" className="numeric">
                  {t('employers.users')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={4}>{t('common:table.empty')}</td>
                </tr>
              ) : (
                rows.map((e) => (
                  <tr key={e.id}>
                    <th scope="row" lang="de">
                      {/* The profile, contacts and vacancies are kept on the staff's employer page. */}
                      <Link href={`/${lng}/employers/${e.id}`}>{e.name}</Link>
                    </th>
                    <td>{e.placeName}</td>
                    <td>{t(`domain:sector.${e.sector}`)}</td>
                    <td className="numeric">{formatNumber(lng, e.userCount)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <section className="card" aria-labelledby="create-employer-title">
          <h2 id="create-employer-title">{t('employers.create.title')}</h2>
          <p className="field-hint">{t('employers.create.intro')}</p>
          <CreateEmployerForm places={germanPlaces.map((p) => ({ id: p.id, name: p.name, postcode: p.postcode }))} />
        </section>
      </div>
    </>
  );
}
