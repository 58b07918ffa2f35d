import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getBaPosting } from '@/db/queries/ba-postings';
import { listEmployerOptions } from '@/db/queries/employers';
import { sectors } from '@/db/schema/enums';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { mayUseAction } from '@/lib/security/access-matrix';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { DataList } from '@/app/_components/ui/data-list';
import { OutcomeRegion } from '@/app/_components/ui/outcome-region';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import { CreateEmployerForm, LinkToEmployerForm, UnlinkButton } from './_components/link-forms';
import './ba-posting.css';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'vacancies')('ba.detail.title') };
}

/** One imported posting and linking it to an employer (which makes it that employer's vacancy). */
export default async function BaPostingPage({ params, searchParams }: Props) {
  const { lng, t, user, db, id } = await loadIdPage(params, '/[lng]/ba-postings/[id]', 'vacancies');
  // Opened from a person's matches: once linked, the way back to propose them.
  const forPerson = z.coerce
    .number()
    .int()
    .positive()
    .max(2_000_000_000)
    .safeParse((await searchParams).for).data;
  const posting = await getBaPosting(db, id);
  if (!posting) notFound();
  const mayLink = mayUseAction('ba_posting.link', user.role);
  const mayCreate = mayUseAction('ba_posting.create_employer', user.role);
  const employers = mayLink ? await listEmployerOptions(db) : [];
  const suggested = new Set(posting.suggestions.map((s) => s.id));
  // The import's own match (same name and place) comes first; nothing is chosen for the caseworker.
  const byImport = posting.employerId ? posting.suggestions.find((s) => s.id === posting.employerId) : undefined;
  if (byImport) posting.suggestions.sort((a, b) => Number(b === byImport) - Number(a === byImport));
  const options = [
    ...posting.suggestions.map((s) => ({ value: String(s.id), label: s.placeName ? `${s.name} (${s.placeName})` : s.name, lang: 'de' })),
    ...employers.filter((e) => !suggested.has(e.id)).map((e) => ({ value: String(e.id), label: e.name, lang: 'de' })),
  ];
  const linkable = !posting.anonymous && posting.expiredAt === null;
  const hours =
    posting.hoursMin == null
      ? null
      : posting.hoursMax == null || posting.hoursMax === posting.hoursMin
        ? formatNumber(lng, posting.hoursMin)
        : t('list.hours', { min: formatNumber(lng, posting.hoursMin), max: formatNumber(lng, posting.hoursMax) });
  const pay =
    posting.payMin == null
      ? null
      : `${formatNumber(lng, posting.payMin)}${posting.payMax != null && posting.payMax !== posting.payMin ? ` – ${formatNumber(lng, posting.payMax)}` : ''} € ${
          posting.payUnit ? t(`ba.payUnit.${posting.payUnit}`) : ''
        }`;
  const items = [
    { key: 'firma', label: t('ba.list.columns.firma'), value: <span lang="de">{posting.anonymous ? t('ba.anonymous') : posting.employerName}</span> },
    { key: 'place', label: t('ba.list.columns.place'), value: <span lang="de">{[posting.postcode, posting.placeName].filter(Boolean).join(' ')}</span> },
    { key: 'occupation', label: t('ba.detail.occupation'), value: <span lang="de">{posting.occupationName}</span> },
    { key: 'hours', label: t('list.columns.hours'), value: hours },
    { key: 'pay', label: t('ba.detail.pay'), value: pay },
    { key: 'start', label: t('ba.detail.start'), value: formatDate(lng, posting.startDate) },
    { key: 'reference', label: t('ba.detail.reference'), value: posting.reference },
    {
      key: 'original',
      label: t('ba.list.columns.original'),
      value: (
        <a href={posting.url} rel="noopener noreferrer" target="_blank" data-testid="ba-original">
          {t('ba.original')}
          <span className="visually-hidden"> {t('ba.newWindow')}</span>
        </a>
      ),
    },
  ].filter((i) => i.value !== null && i.value !== '');

  return (
    <>
      <PageHeader
        lng={lng}
        title={posting.title}
        titleLang="de"
        breadcrumbs={[
          { href: `/${lng}/vacancies`, label: t('list.titleStaff') },
          { href: `/${lng}/ba-postings`, label: t('ba.list.title') },
        ]}
        intro={
          <StatusBadge status="active" testId="ba-mark">
            {t('ba.mark')}
          </StatusBadge>
        }
      />
      <div className="ba-posting">
        <Card title={t('ba.detail.posting')}>
          <DataList items={items} testId="ba-posting-facts" />
        </Card>
        <Card title={t('ba.detail.employer')} testId="ba-employer-card">
          {posting.anonymous ? (
            <Alert type="info" live={false}>
              {t('ba.detail.anonymous')}
            </Alert>
          ) : posting.expiredAt ? (
            <Alert type="info" live={false}>
              {t('ba.detail.expired', { date: formatDate(lng, posting.expiredAt.toISOString().slice(0, 10)) })}
            </Alert>
          ) : null}
          {posting.duplicateOfVacancyId ? (
            <p data-testid="ba-duplicate">
              {t('ba.detail.duplicateOf', { employer: posting.linkedEmployerName ?? '' })}{' '}
              <Link href={`/${lng}/vacancies/${posting.duplicateOfVacancyId}`}>{t('ba.link.openVacancy')}</Link>
            </p>
          ) : posting.vacancyId ? (
            <p data-testid="ba-linked">
              {t('ba.detail.linkedTo', { employer: posting.linkedEmployerName ?? '' })}{' '}
              <Link href={`/${lng}/vacancies/${posting.vacancyId}`}>{t('ba.link.openVacancy')}</Link>
              {forPerson ? (
                <>
                  {' '}
                  <Link href={`/${lng}/job-seekers/${forPerson}/matches`} data-testid="ba-back-to-matches">
                    {t('ba.unlinked.back')}
                  </Link>
                </>
              ) : null}
            </p>
          ) : posting.employerId ? (
            <p data-testid="ba-suggested">{t('ba.detail.suggested', { employer: posting.linkedEmployerName ?? '' })}</p>
          ) : linkable ? (
            <p>{t('ba.detail.notLinked')}</p>
          ) : null}
          {linkable && mayLink ? (
            <OutcomeRegion testId="ba-link-message">
              <h3>{posting.vacancyId || posting.duplicateOfVacancyId ? t('ba.link.relinkTitle') : t('ba.link.title')}</h3>
              {posting.proposalsOnVacancy > 0 ? (
                <p>{t('ba.link.hasProposals')}</p>
              ) : (
                <LinkToEmployerForm lng={lng} postingId={posting.id} employers={options} current="" />
              )}
              {mayCreate && posting.employerName && !posting.vacancyId && !posting.duplicateOfVacancyId ? (
                <>
                  <h3>{t('ba.create.title')}</h3>
                  <p>{t('ba.create.intro', { firma: posting.employerName, place: posting.placeName ?? '' })}</p>
                  <CreateEmployerForm
                    lng={lng}
                    postingId={posting.id}
                    firma={posting.employerName}
                    sector=""
                    sectors={[...sectors]
                      .sort((a, b) => Number(b === posting.sector) - Number(a === posting.sector))
                      .map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))}
                  />
                </>
              ) : null}
            </OutcomeRegion>
          ) : null}
          {mayLink && posting.employerId && posting.proposalsOnVacancy === 0 ? <UnlinkButton postingId={posting.id} /> : null}
        </Card>
      </div>
    </>
  );
}
