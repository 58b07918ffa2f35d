import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { exportJobSeeker } from '@/db/queries/job-seeker-export';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';
import { PrintButton } from '../_components/print-button';
import { todayInAppZone } from '@/lib/time/zoned';
import { gatePersonRead } from '@/lib/pages/person-read';
import { ReadRefusal } from '../../_components/read-refusal';

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'jobSeekers')('export.title') };
}

/** Everything held on one person, readable and printable; the same content as the JSON export. */
export default async function ExportJobSeekerPage({ params }: Props) {
  const page = await loadIdPage(params, '/[lng]/job-seekers/[id]/export', 'jobSeekers');
  const { lng, t, db, id, audit } = page;
  const gate = await gatePersonRead(page, 'export');
  if (gate.decision.state !== 'ok') return <ReadRefusal lng={lng} t={t} gate={gate} />;
  const data = await exportJobSeeker(db, id);
  if (!data) notFound();
  await audit({
    action: 'job_seeker.export',
    objectType: 'job_seeker',
    objectId: id,
    jobSeekerId: id,
    details: { format: 'html' },
  });
  const { person, consent } = data;
  const name = `${person.firstName} ${person.lastName}`;
  const today = todayInAppZone();
  const yesNo = (v: boolean) => (v ? t('profile.yes') : t('profile.no'));
  const rows: [string, string][] = [
    [t('form.clientNumber'), person.clientNumber ?? ''],
    [t('form.firstName'), person.firstName ?? ''],
    [t('form.lastName'), person.lastName ?? ''],
    [t('form.dateOfBirth'), formatDate(lng, person.dateOfBirth)],
    [t('form.email'), person.email ?? '—'],
    [t('form.phone'), person.phone ?? '—'],
    [t('profile.address'), `${person.postcode ?? ''} ${person.place ?? ''}`],
    [t('export.caseworker'), person.caseworker ?? '—'],
    [t('list.colStatus'), t(`domain:jobSeekerStatus.${person.status}`)],
    [t('form.wantedSectors'), person.wantedSectors.map((s) => t(`domain:sector.${s}`)).join(', ') || '—'],
    [t('profile.hours'), t('profile.hoursRange', { min: person.hoursPerWeek.min ?? '—', max: person.hoursPerWeek.max ?? '—' })],
    [t('form.availableFrom'), person.availableFrom ? formatDate(lng, person.availableFrom) : '—'],
    [t('form.maxCommuteKm'), person.maxCommuteKm === null ? '—' : String(person.maxCommuteKm)],
    [t('form.drivingLicence'), yesNo(person.drivingLicence)],
    [t('form.hasCar'), yesNo(person.hasCar)],
    [t('form.sibCohort'), yesNo(person.sibCohort)],
    [t('profile.registeredOn'), formatDateTime(lng, person.registeredAt)],
    [t('form.consentGivenOn'), consent.givenOn ? formatDate(lng, consent.givenOn) : '—'],
    [t('form.consentScope'), consent.scope.map((s) => t(`domain:consentScope.${s}`)).join(', ') || '—'],
    [t('form.consentUntil'), consent.until ? formatDate(lng, consent.until) : '—'],
    [t('consent.withdrawnAt'), consent.withdrawnAt ? formatDateTime(lng, consent.withdrawnAt) : '—'],
  ];
  return (
    <article className="export-page">
      <p className="breadcrumb no-print">
        <Link href={`/${lng}/job-seekers/${id}`}>{name}</Link>
      </p>
      <h1>{t('export.heading', { name })}</h1>
      <p className="page-intro">{t('export.intro', { date: formatDateTime(lng, new Date()) })}</p>
      <ul className="action-links no-print">
        <li>
          <PrintButton />
        </li>
        <li>
          <a className="button button-secondary" href={`/api/job-seekers/${id}/export`} download>
            {t('export.json')}
          </a>
        </li>
        <li>
          <a className="button button-secondary" href={`/api/job-seekers/${id}/export?format=zip`} download data-testid="export-zip">
            {t('documents:exportZip')}
          </a>
        </li>
      </ul>

      <h2>{t('profile.personal')}</h2>
      <table>
        <caption className="visually-hidden">{t('profile.personal')}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('form.languages')}</h2>
      {data.languages.length === 0 ? (
        <p>{t('profile.noLanguages')}</p>
      ) : (
        <ul>
          {data.languages.map((l) => (
            <li key={l.language}>
              {t(`domain:language.${l.language}`, { defaultValue: l.language })}: {l.level}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('form.qualifications')}</h2>
      {data.qualifications.length === 0 ? (
        <p>{t('profile.noQualifications')}</p>
      ) : (
        <ul>
          {data.qualifications.map((q, i) => (
            <li key={i}>
              {t(`domain:qualification.${q.qualification}`)}
              {q.title ? ` (${q.title})` : ''}
              {q.obtainedYear ? `, ${q.obtainedYear}` : ''}: {t(`domain:recognitionStatus.${q.recognitionStatus}`)}
              {q.recognitionState ? ` (${t(`domain:germanState.${q.recognitionState}`)})` : ''}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('checks.title')}</h2>
      {data.crossBorderChecklist.length === 0 ? (
        <p>{t('export.nothing')}</p>
      ) : (
        <ul>
          {data.crossBorderChecklist.map((c) => (
            <li key={c.item}>
              {t(`domain:crossBorderCheck.${c.item}`)}: {t('checks.doneBy', { name: c.doneBy, date: formatDate(lng, c.doneAt) })}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('timeline.title')}</h2>
      {data.notes.length === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <ol>
          {data.notes.map((n, i) => (
            <li key={i}>
              {formatDateTime(lng, n.at)}, {n.author}: <span className="text-multiline">{n.text}</span>
            </li>
          ))}
        </ol>
      )}

      <h2>{t('proposals.title')}</h2>
      {data.proposals.length === 0 ? (
        <p>{t('proposals.empty')}</p>
      ) : (
        <ul>
          {data.proposals.map((p) => (
            <li key={p.id}>
              <span lang="de">{p.vacancyTitle}</span>, <span lang="de">{p.employerName}</span>: {t(`domain:proposalStage.${p.stage}`)} (
              {formatDate(lng, p.createdAt)}){p.motivation ? <p className="text-multiline">{p.motivation}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('placements.title')}</h2>
      {data.placements.length === 0 ? (
        <p>{t('placements.empty')}</p>
      ) : (
        <ul>
          {data.placements.map((p) => (
            <li key={p.id}>
              <span lang="de">{p.jobTitle}</span>, <span lang="de">{p.employerName}</span>:{' '}
              {t(p.startDate > today ? 'placements.startsOn' : 'placements.started', { date: formatDate(lng, p.startDate) })}
              {p.endDate ? `, ${t('placements.ended', { date: formatDate(lng, p.endDate) })}` : ''} ({t(`domain:funding.${p.funding}`)})
            </li>
          ))}
        </ul>
      )}

      <h2>{t('export.accessLog')}</h2>
      <p className="field-hint">{t('export.accessLogHint')}</p>
      <table>
        <caption className="visually-hidden">{t('export.accessLog')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('export.when')}</th>
            <th scope="col">{t('export.what')}</th>
            <th scope="col">{t('export.who')}</th>
          </tr>
        </thead>
        <tbody>
          {data.accessLog.map((a, i) => (
            <tr key={i}>
              <td>{formatDateTime(lng, a.at)}</td>
              <td>{a.action}</td>
              <td>{a.actorRole ? t(`domain:role.${a.actorRole}`) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
