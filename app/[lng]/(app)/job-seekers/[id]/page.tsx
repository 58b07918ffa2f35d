import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import { Alert } from '@/app/_components/ui/alert';
import { ButtonLink } from '@/app/_components/ui/button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { TFunction } from 'i18next';
import { getJobSeekerProfile, listCaseworkers, type JobSeekerProfile } from '@/db/queries/job-seekers';
import { crossBorderChecks } from '@/db/schema/enums';
import { DocumentTable } from '@/app/_components/documents/document-table';
import { DocumentUploadForm } from '@/app/_components/documents/document-upload-form';
import { documentsOfJobSeeker } from '@/db/queries/documents';
import { documentKinds } from '@/lib/domain/documents';
import { documentLimits } from '@/lib/documents/limits';
import { mayErase, mayHandOver } from '@/lib/auth/job-seeker-access';
import { ageOn, consentStatus } from '@/lib/domain/job-seekers';
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';
import { pageLng, routeId } from '@/lib/params';
import { Checklist, EraseForm, HandOverForm, NoteForm, StatusForm, WithdrawConsentForm } from './_components/profile-actions';
import { todayInAppZone } from '@/lib/time/zoned';
import { gatePersonRead } from '@/lib/pages/person-read';
import { ReadRefusal } from '../_components/read-refusal';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'jobSeekers')('profile.title') };
}

export default async function JobSeekerProfilePage({ params, searchParams }: Props) {
  const page = await loadIdPage(params, '/[lng]/job-seekers/[id]', 'jobSeekers');
  const { lng, t, user, db, id, audit } = page;
  // Need-to-know and the read limit first: nothing more of the person is read before they say yes.
  const gate = await gatePersonRead(page, 'profile');
  if (gate.decision.state !== 'ok') return <ReadRefusal lng={lng} t={t} gate={gate} />;
  const [profile, caseworkers, documents] = await Promise.all([getJobSeekerProfile(db, id), listCaseworkers(db), documentsOfJobSeeker(db, id)]);
  const limits = documentLimits();
  if (!profile) notFound();
  await audit({
    action: 'job_seeker.view',
    objectType: 'job_seeker',
    objectId: id,
    jobSeekerId: id,
    ...(gate.decision.breakGlass ? { details: { breakGlass: true } } : {}),
  });

  const { person } = profile;
  const query = await searchParams;
  const saved = query.saved;
  const today = todayInAppZone();
  const name = `${person.firstName} ${person.lastName}`;
  const consent = consentStatus(person, today);
  const yesNo = (v: boolean) => (v ? t('profile.yes') : t('profile.no'));

  return (
    <>
      <PageHeader
        lng={lng}
        title={name}
        breadcrumbs={[{ href: `/${lng}/job-seekers`, label: t('list.title') }]}
        actions={
          <>
            <ButtonLink href={`/${lng}/job-seekers/${id}/edit`}>{t('profile.edit')}</ButtonLink>
            <ButtonLink appearance="secondary" href={`/${lng}/job-seekers/${id}/matches`}>
              {t('pipeline:matches.findVacancies')}
            </ButtonLink>
            <ButtonLink appearance="secondary" href={`/${lng}/job-seekers/${id}/export`}>
              {t('profile.export')}
            </ButtonLink>
          </>
        }
      />
      <p className="profile-meta">
        <span>{t('profile.clientNumber', { clientNumber: person.clientNumber })}</span>
        <StatusBadge status="active">{t(`domain:jobSeekerStatus.${person.status}`)}</StatusBadge>
        {person.sibCohort ? <StatusBadge status="neutral">{t('list.sibBadge')}</StatusBadge> : null}
        <span data-testid="owner">
          {person.caseworkerId === user.id ? t('profile.ownerYou') : t('profile.owner', { name: person.caseworkerName ?? t('profile.noOwner') })}
        </span>
      </p>
      {saved === 'registered' || saved === 'updated' ? (
        <Alert type="ok" testId="saved-message">
          {saved === 'registered' ? t('profile.registered') : t('profile.updated')}
        </Alert>
      ) : null}

      <div className="profile-grid">
        <section className="card" aria-labelledby="personal-title">
          <h2 id="personal-title">{t('profile.personal')}</h2>
          <dl className="facts">
            <Fact label={t('form.dateOfBirth')}>
              {person.dateOfBirth ? t('profile.birthAndAge', { date: formatDate(lng, person.dateOfBirth), age: ageOn(person.dateOfBirth, today) }) : '—'}
            </Fact>
            <Fact label={t('form.email')}>{person.email ?? '—'}</Fact>
            <Fact label={t('form.phone')}>{person.phone ?? '—'}</Fact>
            <Fact label={t('profile.address')}>
              {person.postcode} {person.placeName}
            </Fact>
            <Fact label={t('profile.registeredOn')}>{formatDate(lng, person.createdAt)}</Fact>
          </dl>
        </section>

        <section className="card" aria-labelledby="wishes-title">
          <h2 id="wishes-title">{t('profile.wishes')}</h2>
          <dl className="facts">
            <Fact label={t('form.wantedSectors')}>
              {person.wantedSectors.length ? person.wantedSectors.map((s) => t(`domain:sector.${s}`)).join(', ') : t('profile.noSectors')}
            </Fact>
            <Fact label={t('profile.hours')}>{t('profile.hoursRange', { min: person.hoursMin ?? '—', max: person.hoursMax ?? '—' })}</Fact>
            <Fact label={t('form.availableFrom')}>{person.availableFrom ? formatDate(lng, person.availableFrom) : t('list.unknown')}</Fact>
            <Fact label={t('form.maxCommuteKm')}>{person.maxCommuteKm === null ? '—' : t('profile.km', { km: formatNumber(lng, person.maxCommuteKm) })}</Fact>
            <Fact label={t('form.drivingLicence')}>{yesNo(person.drivingLicence)}</Fact>
            <Fact label={t('form.hasCar')}>{yesNo(person.hasCar)}</Fact>
            <Fact label={t('form.sibCohort')}>{yesNo(person.sibCohort)}</Fact>
          </dl>
        </section>

        <section className="card" aria-labelledby="languages-title">
          <h2 id="languages-title">{t('form.languages')}</h2>
          {profile.languages.length === 0 ? (
            <p>{t('profile.noLanguages')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('form.languages')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('profile.language')}</th>
                  <th scope="col">{t('profile.level')}</th>
                </tr>
              </thead>
              <tbody>
                {profile.languages.map((l) => (
                  <tr key={l.language}>
                    <th scope="row">{t(`domain:language.${l.language}`, { defaultValue: l.language })}</th>
                    <td>{t(`cefr.${l.level}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="card" aria-labelledby="qualifications-title">
          <h2 id="qualifications-title">{t('form.qualifications')}</h2>
          {profile.qualifications.length === 0 ? (
            <p>{t('profile.noQualifications')}</p>
          ) : (
            <table>
              <caption className="visually-hidden">{t('form.qualifications')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('profile.qualification')}</th>
                  <th scope="col">{t('form.obtainedYear')}</th>
                  <th scope="col">{t('profile.recognition')}</th>
                </tr>
              </thead>
              <tbody>
                {profile.qualifications.map((q, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {t(`domain:qualification.${q.qualification}`)}
                      {q.title ? <div className="field-hint">{q.title}</div> : null}
                    </th>
                    <td>{q.obtainedYear ?? '—'}</td>
                    <td>
                      {t(`domain:recognitionStatus.${q.recognitionStatus}`)}
                      {q.recognitionState ? ` (${t(`domain:germanState.${q.recognitionState}`)})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="card" aria-labelledby="consent-title">
          <h2 id="consent-title">{t('consent.title')}</h2>
          <p data-testid="consent-state">
            <strong>{t(`consent.state.${consent}`)}</strong>
          </p>
          {person.consentGivenOn ? (
            <dl className="facts">
              <Fact label={t('form.consentGivenOn')}>{formatDate(lng, person.consentGivenOn)}</Fact>
              <Fact label={t('form.consentScope')}>{person.consentScope.map((s) => t(`domain:consentScope.${s}`)).join(', ') || '—'}</Fact>
              <Fact label={t('form.consentUntil')}>{person.consentUntil ? formatDate(lng, person.consentUntil) : t('consent.untilWithdrawn')}</Fact>
              {person.consentWithdrawnAt ? <Fact label={t('consent.withdrawnAt')}>{formatDateTime(lng, person.consentWithdrawnAt)}</Fact> : null}
            </dl>
          ) : null}
          {person.consentGivenOn && !person.consentWithdrawnAt ? (
            <WithdrawConsentForm id={id} />
          ) : (
            <p className="field-hint">{person.consentWithdrawnAt ? t('consent.renewHint') : t('consent.addHint')}</p>
          )}
        </section>

        <section className="card" aria-labelledby="checks-title">
          <h2 id="checks-title">{t('checks.title')}</h2>
          <p className="field-hint">{t('checks.intro')}</p>
          <Checklist
            id={id}
            items={crossBorderChecks.map((item) => {
              const done = profile.checks.find((c) => c.item === item);
              return {
                item,
                label: t(`domain:crossBorderCheck.${item}`),
                done: Boolean(done),
                doneText: done ? t('checks.doneBy', { name: done.doneByName, date: formatDate(lng, done.doneAt) }) : null,
              };
            })}
          />
        </section>

        <section className="card card-wide" aria-labelledby="documents-title">
          <h2 id="documents-title">{t('documents:title')}</h2>
          <p className="field-hint">{t('documents:intro')}</p>
          {documents.length === 0 ? (
            <p data-testid="documents-none">{t('documents:none')}</p>
          ) : (
            <DocumentTable
              lng={lng}
              t={t}
              items={documents}
              staff
              caption={t('documents:caption')}
              testId="documents"
              pagePath={`/${lng}/job-seekers/${id}`}
              previewId={typeof query.preview === 'string' ? routeId(query.preview) : null}
            />
          )}
          <DocumentUploadForm
            jobSeekerId={id}
            kinds={documentKinds.filter((k) => k !== 'evidence')}
            maxFileMb={limits.fileBytes / 1024 / 1024}
            maxPersonMb={limits.personBytes / 1024 / 1024}
          />
        </section>

        <section className="card" aria-labelledby="manage-title">
          <h2 id="manage-title">{t('profile.manage')}</h2>
          <StatusForm id={id} current={person.status} />
          <HandOverForm id={id} caseworkers={caseworkers} currentId={person.caseworkerId} mayHandOver={mayHandOver(user, person.caseworkerId)} />
        </section>

        <section className="card card-wide" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('timeline.title')}</h2>
          <NoteForm id={id} />
          {profile.notes.length === 0 ? (
            <p>{t('timeline.empty')}</p>
          ) : (
            <ol className="timeline" data-testid="timeline">
              {profile.notes.map((n) => (
                <li key={n.id} className={`timeline-item timeline-${n.kind}`}>
                  <p className="timeline-head">
                    <strong>{timelineTitle(t, n)}</strong>{' '}
                    <span className="field-hint">{t('timeline.byOn', { name: n.authorName, date: formatDateTime(lng, n.createdAt) })}</span>
                  </p>
                  <p className="timeline-body">{n.body}</p>
                </li>
              ))}
            </ol>
          )}
        </section>

        <Proposals t={t} lng={lng} rows={profile.proposals} />
        <Placements t={t} lng={lng} rows={profile.placements} today={today} />

        <section className="card card-wide card-danger" aria-labelledby="erase-title">
          {mayErase(user, person.caseworkerId) ? (
            <EraseForm id={id} clientNumber={person.clientNumber ?? ''} />
          ) : (
            <>
              <h2 id="erase-title">{t('erase.title')}</h2>
              <p>{t('erase.notOwner')}</p>
            </>
          )}
        </section>
      </div>
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

type Note = JobSeekerProfile['notes'][number];

function timelineTitle(t: TFunction, n: Note): string {
  const d = (n.details ?? {}) as Record<string, unknown>;
  switch (n.kind) {
    case 'status':
      return t('timeline.status', { from: t(`domain:jobSeekerStatus.${String(d.from)}`), to: t(`domain:jobSeekerStatus.${String(d.to)}`) });
    case 'handover':
      return t('timeline.handover', { from: String(d.fromName ?? '—'), to: String(d.toName ?? '—') });
    case 'consent':
      return d.renewed ? t('timeline.consentRenewed') : t('timeline.consentWithdrawn');
    default:
      return t('timeline.noteKind');
  }
}

function Proposals({ t, lng, rows }: { t: TFunction; lng: Lng; rows: JobSeekerProfile['proposals'] }) {
  return (
    <section className="card" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('proposals.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('proposals.empty')}</p>
      ) : (
        <ul className="record-list" data-testid="proposals">
          {rows.map((p) => (
            <li key={p.id}>
              <Link href={`/${lng}/proposals/${p.id}`}>
                <strong lang={p.vacancyLanguage}>{p.vacancyTitle}</strong>
              </Link>{' '}
              <span lang="de">{p.employerName}</span>
              <div className="field-hint">
                {t('proposals.stageSince', { stage: t(`domain:proposalStage.${p.stage}`), date: formatDate(lng, p.stageChangedAt) })} ·{' '}
                {t('proposals.proposedOn', { date: formatDate(lng, p.createdAt) })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Placements({ t, lng, rows, today }: { t: TFunction; lng: Lng; rows: JobSeekerProfile['placements']; today: string }) {
  return (
    <section className="card" aria-labelledby="placements-title">
      <h2 id="placements-title">{t('placements.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('placements.empty')}</p>
      ) : (
        <ul className="record-list" data-testid="placements">
          {rows.map((p) => (
            <li key={p.id}>
              <strong lang="de">{p.jobTitle}</strong> <span lang="de">{p.employerName}</span>
              <div className="field-hint">
                {t(p.startDate > today ? 'placements.startsOn' : 'placements.started', { date: formatDate(lng, p.startDate) })}
                {p.endDate ? ` · ${t('placements.ended', { date: formatDate(lng, p.endDate) })}` : ''} · {t(`domain:funding.${p.funding}`)} ·{' '}
                {t('placements.hours', { hours: p.hoursPerWeek })} · {t(`domain:contract.${p.contract}`)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
