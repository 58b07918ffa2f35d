import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import { ButtonLink } from '@/app/_components/ui/button';
import { DataList } from '@/app/_components/ui/data-list';
import { PageHeader } from '@/app/_components/ui/page-header';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { FormMessage } from '@/app/_components/ui/fields';
import { getEmployerProfile } from '@/db/queries/employers';
import { getVacancy } from '@/db/queries/vacancies';
import { formatDate, formatDateTime, formatEuro, formatNumber } from '@/lib/i18n/format';
import { vacancyScopeFor } from '@/lib/vacancies/scope';
import { routeId } from '@/lib/params';
import { visibleVacancyTitle } from '@/lib/pages/titles';
import { allowedActions, isEditable } from '@/lib/vacancies/status';
import { VacancyStatusBadge as StatusBadge } from '../_components/status-badge';
import { StatusBadge as KitBadge } from '@/app/_components/ui/status-badge';
import { VacancyStatusActions } from '../_components/vacancy-status-actions';
import { mayOpenPage, mayUseAction, pageRoles } from '@/lib/security/access-matrix';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<{ saved?: string }> };

// The title makes its own ownership check (lib/pages/titles.ts): another company's id and a
// missing one both get no title, so the two 404 pages stay alike.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = routeId((await params).id);
  const title = id === null ? null : await visibleVacancyTitle(id, pageRoles('/[lng]/vacancies/[id]'));
  return title === null ? {} : { title };
}

export default async function VacancyPage({ params, searchParams }: Props) {
  const { lng, t, user, db, id } = await loadIdPage(params, '/[lng]/vacancies/[id]', 'vacancies');
  // Another company's vacancy is "not found", exactly like one that does not exist.
  const vacancy = await getVacancy(db, vacancyScopeFor(user), id);
  if (!vacancy) notFound();
  const { saved } = await searchParams;
  const isStaff = user.role !== 'employer';
  const canEdit = mayUseAction('vacancy.update', user.role);
  const contacts = isStaff ? ((await getEmployerProfile(db, vacancy.employerId))?.contacts ?? []) : [];
  const notSet = <span className="not-set">{t('detail.notSet')}</span>;
  const savedText = saved === 'draft' ? t('form.savedDraft') : saved === 'publish' || saved === 'save' ? t('form.saved') : null;

  const pay =
    vacancy.payMin != null && vacancy.payMax != null
      ? t('detail.payRange', { min: formatEuro(lng, vacancy.payMin), max: formatEuro(lng, vacancy.payMax) })
      : vacancy.payMin != null
        ? t('detail.payFrom', { min: formatEuro(lng, vacancy.payMin) })
        : vacancy.payMax != null
          ? t('detail.payUpTo', { max: formatEuro(lng, vacancy.payMax) })
          : null;
  const km = vacancy.distanceFromEnschedeKm;
  const facts: [string, ReactNode][] = [
    [
      t('detail.employer'),
      mayOpenPage('/[lng]/employers/[id]', user.role) ? (
        // biome-ignore lint/correctness/useJsxKeyInIterable: a [label, value] pair; the list below keys each row by its label
        <Link href={`/${lng}/employers/${vacancy.employerId}`}>{vacancy.employerName}</Link>
      ) : (
        vacancy.employerName
      ),
    ],
    [
      t('detail.place'),
      vacancy.placeName
        ? `${vacancy.placeName} (${vacancy.placeCountry === 'DE' ? t(`domain:germanState.${vacancy.placeState}`) : vacancy.placeCountry})`
        : notSet,
    ],
    ...(km != null && vacancy.placeName
      ? ([
          [
            t('detail.distance'),
            t('detail.distanceFromEnschede', {
              km: formatNumber(lng, Math.round(km)),
              roadMin: formatNumber(lng, Math.round(km * 1.2)),
              roadMax: formatNumber(lng, Math.round(km * 1.4)),
            }),
          ],
        ] as [string, ReactNode][])
      : []),
    [t('detail.sector'), vacancy.sector ? t(`domain:sector.${vacancy.sector}`) : notSet],
    [
      t('detail.occupation'),
      vacancy.occupationCode ? `${t(`domain:occupation.${vacancy.occupationCode}`)} (${t('detail.kldb', { code: vacancy.occupationCode })})` : notSet,
    ],
    [
      t('detail.hours'),
      vacancy.hoursMin != null && vacancy.hoursMax != null
        ? t('detail.hoursValue', { min: formatNumber(lng, vacancy.hoursMin), max: formatNumber(lng, vacancy.hoursMax) })
        : notSet,
    ],
    [t('detail.contract'), vacancy.contract ? t(`domain:contract.${vacancy.contract}`) : notSet],
    [t('detail.pay'), pay ?? notSet],
    [t('detail.germanLevel'), vacancy.germanLevel ?? t('detail.noGermanLevel')],
    [t('detail.qualification'), vacancy.qualificationRequired ? t(`domain:qualification.${vacancy.qualificationRequired}`) : t('detail.noQualification')],
    [t('detail.recognition'), vacancy.recognitionRequired ? t('detail.recognitionNeeded') : t('detail.recognitionNotNeeded')],
    [t('detail.drivingLicence'), vacancy.drivingLicenceRequired ? t('common:yes') : t('common:no')],
    [t('detail.shifts'), vacancy.shifts.length ? vacancy.shifts.map((s) => t(`domain:shift.${s}`)).join(', ') : notSet],
    [t('detail.startDate'), vacancy.startDate ? formatDate(lng, vacancy.startDate) : t('detail.startNow')],
    [
      t('detail.positions'),
      t('detail.positionsValue', { filled: formatNumber(lng, vacancy.positionsFilled), positions: formatNumber(lng, vacancy.positions) }),
    ],
    [t('detail.closingDate'), vacancy.closingDate ? formatDate(lng, vacancy.closingDate) : t('detail.noClosingDate')],
    [t('detail.candidates'), t('list.candidates', { total: formatNumber(lng, vacancy.proposalsTotal), active: formatNumber(lng, vacancy.proposalsActive) })],
    ...(vacancy.source === 'ba'
      ? ([
          [
            t('ba.detail.source'),
            <span key="ba" data-testid="vacancy-ba-source">
              <KitBadge status="active">{t('ba.mark')}</KitBadge>{' '}
              {vacancy.baUrl ? (
                <a href={vacancy.baUrl} rel="noopener noreferrer" target="_blank">
                  {t('ba.original')}
                  <span className="visually-hidden"> {t('ba.newWindow')}</span>
                </a>
              ) : null}
              {isStaff && vacancy.baPostingId && mayOpenPage('/[lng]/ba-postings/[id]', user.role) ? (
                <>
                  {' · '}
                  <Link href={`/${lng}/ba-postings/${vacancy.baPostingId}`}>{t('ba.detail.linkPage')}</Link>
                </>
              ) : null}
            </span>,
          ],
        ] as [string, ReactNode][])
      : []),
    ...(vacancy.publishedAt ? ([[t('detail.published'), formatDateTime(lng, vacancy.publishedAt)]] as [string, ReactNode][]) : []),
    ...(isStaff && vacancy.createdByName ? ([[t('detail.createdBy'), vacancy.createdByName]] as [string, ReactNode][]) : []),
  ];

  return (
    <>
      <PageHeader
        lng={lng}
        title={vacancy.title}
        titleLang={vacancy.textLanguage}
        breadcrumbs={[{ href: `/${lng}/vacancies`, label: t('detail.back') }]}
        actions={
          <>
            <ButtonLink appearance="secondary" href={`/${lng}/vacancies/${vacancy.id}/pipeline`}>
              {t('pipeline:board.viewPipeline')}
            </ButtonLink>
            {mayOpenPage('/[lng]/vacancies/[id]/matches', user.role) && vacancy.effectiveStatus === 'open' ? (
              <ButtonLink appearance="secondary" href={`/${lng}/vacancies/${vacancy.id}/matches`}>
                {t('pipeline:board.findMatches')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <p className="vacancy-summary">
        <span>{vacancy.employerName}</span> <StatusBadge status={vacancy.effectiveStatus} label={t(`domain:vacancyStatus.${vacancy.effectiveStatus}`)} />
      </p>
      {savedText ? (
        <FormMessage kind="success" testId="vacancy-saved">
          {savedText}
        </FormMessage>
      ) : null}
      {vacancy.effectiveStatus === 'expired' ? <p className="note">{t('detail.expiredNote')}</p> : null}
      {canEdit ? (
        <section className="card vacancy-actions" aria-labelledby="vacancy-actions-title">
          <h2 id="vacancy-actions-title">{t('detail.actionsTitle')}</h2>
          {isEditable(vacancy.status) ? (
            <p>
              <ButtonLink appearance="secondary" href={`/${lng}/vacancies/${vacancy.id}/edit`}>
                {t('detail.edit')}
              </ButtonLink>
            </p>
          ) : (
            <p className="field-hint">{t('detail.readOnlyNote')}</p>
          )}
          <VacancyStatusActions id={vacancy.id} version={vacancy.version} status={vacancy.status} actions={allowedActions(vacancy.status)} />
        </section>
      ) : null}
      <div className="two-columns">
        <section aria-labelledby="vacancy-facts-title">
          <h2 id="vacancy-facts-title">{t('detail.facts')}</h2>
          <DataList testId="vacancy-facts" items={facts.map(([term, value]) => ({ key: term, label: term, value }))} />
        </section>
        <section aria-labelledby="vacancy-text-title">
          <h2 id="vacancy-text-title">{t('detail.text')}</h2>
          {vacancy.textLanguage !== lng ? (
            <p className="field-hint">{t('detail.writtenIn', { language: t(`domain:language.${vacancy.textLanguage}`) })}</p>
          ) : null}
          {vacancy.description ? (
            <div className="vacancy-text" lang={vacancy.textLanguage} data-testid="vacancy-text">
              {vacancy.description}
            </div>
          ) : (
            <p>{t('detail.noDescription')}</p>
          )}
          {contacts.length > 0 ? (
            <>
              <h2>{t('detail.contacts')}</h2>
              <ul className="plain-list contact-list">
                {contacts.map((c) => (
                  <li key={c.id}>
                    <strong>{c.name}</strong>
                    {c.jobTitle ? <span lang="de">, {c.jobTitle}</span> : null}
                    {c.email ? (
                      <>
                        {' '}
                        · <a href={`mailto:${c.email}`}>{c.email}</a>
                      </>
                    ) : null}
                    {c.phone ? <> · {c.phone}</> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}
