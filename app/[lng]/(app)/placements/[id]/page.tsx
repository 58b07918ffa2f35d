import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CHECK_LEAD_DAYS, getPlacement } from '@/db/queries/placements';
import { DocumentTable } from '@/app/_components/documents/document-table';
import { DocumentUploadForm } from '@/app/_components/documents/document-upload-form';
import { documentsOfPlacement } from '@/db/queries/documents';
import { documentLimits } from '@/lib/documents/limits';
import { formatDate, formatDateTime, formatEuroCents, formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { placementPhase } from '@/lib/domain/placements';
import { placementFormValues } from '@/lib/validation/placements';
import { CheckForm } from './_components/check-form';
import { EditPlacementForm } from './_components/edit-placement-form';
import { EndPlacementForm, ReopenPlacementButton } from './_components/end-placement-form';
import { addDays } from '@/lib/time/days';
import { todayInAppZone } from '@/lib/time/zoned';
import { mayUseAction } from '@/lib/security/access-matrix';
import { claimsOfPlacement, milestoneStatuses } from '@/db/queries/sib-ledger';
import type { ClaimMilestoneInput } from '@/lib/validation/sib';
import { ClaimForm, DecideForm } from './_components/sib-claim-forms';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'placements')('detail.title') };
}

export default async function PlacementPage({ params, searchParams }: Props) {
  const { lng, t, user, db, id, audit } = await loadIdPage(params, '/[lng]/placements/[id]', 'placements');
  const p = await getPlacement(db, id);
  if (!p) notFound();
  // The page shows a person's name and work: a view of personal data, in the trail.
  await audit({
    action: 'placement.view',
    objectType: 'placement',
    objectId: p.id,
    jobSeekerId: p.jobSeekerId,
  });
  const evidence = await documentsOfPlacement(db, p.id);
  const s = getT(lng, 'sib');
  const [claims, statuses] =
    p.funding === 'sib' ? await Promise.all([claimsOfPlacement(db, p.id), milestoneStatuses(db, p.id, todayInAppZone())]) : [[], new Map()];
  const mayClaim = mayUseAction('sib.claim', user.role);
  const mayDecide = mayUseAction('sib.decide', user.role);
  const limits = documentLimits();
  const created = (await searchParams).created === '1';
  const today = todayInAppZone();
  const answerableUntil = addDays(today, CHECK_LEAD_DAYS);
  const ended = p.endDate !== null;
  const person = p.personName ?? t('anonymised');

  return (
    <>
      <p>
        <Link href={`/${lng}/placements`}>{t('backToList')}</Link>
      </p>
      <h1>{t('detail.heading', { person, employer: p.employerName })}</h1>
      {created ? (
        <div className="form-message form-message-success" role="status" data-testid="placement-created">
          {t('detail.created')}
        </div>
      ) : null}

      <div className="two-columns">
        <div className="stack">
          <section className="card" aria-labelledby="placement-facts">
            <h2 id="placement-facts">{t('detail.facts')}</h2>
            <dl className="details-list">
              <dt>{t('list.person')}</dt>
              <dd>
                {person}
                {p.clientNumber ? <span className="field-hint"> ({p.clientNumber})</span> : null}
                {p.sibCohort ? <span className="badge badge-info">{t('form.sibCohortShort')}</span> : null}
              </dd>
              <dt>{t('list.employer')}</dt>
              <dd>
                {p.employerName}
                {p.employerPlace ? <span className="field-hint"> ({p.employerPlace})</span> : null}
              </dd>
              <dt>{t('form.vacancy')}</dt>
              <dd>
                {p.vacancyTitle ? (
                  <span lang={p.vacancyLanguage && p.vacancyLanguage !== lng ? p.vacancyLanguage : undefined}>{p.vacancyTitle}</span>
                ) : (
                  t('detail.noVacancy')
                )}
              </dd>
              <dt>{t('list.start')}</dt>
              <dd data-testid="placement-start">{formatDate(lng, p.startDate, 'long')}</dd>
              <dt>{t('list.funding')}</dt>
              <dd data-testid="placement-funding">{t(`domain:funding.${p.funding}`)}</dd>
              <dt>{t('form.jobTitle')}</dt>
              <dd>{p.jobTitle}</dd>
              <dt>{t('form.hoursPerWeek')}</dt>
              <dd>{formatNumber(lng, p.hoursPerWeek)}</dd>
              <dt>{t('form.contract')}</dt>
              <dd>{t(`domain:contract.${p.contract}`)}</dd>
              <dt>{t('list.caseworker')}</dt>
              <dd>{p.caseworkerName ?? t('noCaseworker')}</dd>
              <dt>{t('list.status')}</dt>
              <dd data-testid="placement-status">
                {ended
                  ? t('status.endedWithReason', { date: formatDate(lng, p.endDate), reason: p.endReason ?? '' })
                  : placementPhase(p, today) === 'upcoming'
                    ? t('status.startsOn', { date: formatDate(lng, p.startDate, 'long') })
                    : t('status.working')}
              </dd>
            </dl>
            <p className="field-hint">{t('detail.countsIn', { year: p.startDate.slice(0, 4), funding: t(`domain:funding.${p.funding}`) })}</p>
          </section>

          <section className="card" aria-labelledby="checks-title" id="checks">
            <h2 id="checks-title">{t('checks.title')}</h2>
            <p className="field-hint">{t('checks.intro')}</p>
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption className="visually-hidden">{t('checks.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('checks.after')}</th>
                    <th scope="col">{t('checks.due')}</th>
                    <th scope="col">{t('checks.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.checks.map((c) => (
                    <tr key={c.months} data-testid={`check-${c.months}`}>
                      <th scope="row">{t(`checks.monthLabel.${c.months}`)}</th>
                      <td>
                        {formatDate(lng, c.dueOn)}
                        {c.outcome === 'pending' && c.dueOn < today ? <span className="badge badge-off">{t('checks.overdue')}</span> : null}
                      </td>
                      <td>
                        {c.outcome === 'pending' ? (
                          !ended && c.dueOn <= answerableUntil ? (
                            <CheckForm
                              key={`${c.months}-${p.version}`}
                              placementId={p.id}
                              version={p.version}
                              months={c.months as 1 | 3 | 6 | 12}
                              startDate={p.startDate}
                            />
                          ) : (
                            t('checks.outcomes.pending')
                          )
                        ) : (
                          <>
                            <span className={c.outcome === 'still_working' ? 'badge badge-ok' : 'badge badge-off'}>{t(`checks.outcomes.${c.outcome}`)}</span>
                            {c.checkedAt ? (
                              <div className="field-hint">
                                {t('checks.checkedBy', { name: c.checkedByName ?? '—', time: formatDateTime(lng, c.checkedAt) })}
                              </div>
                            ) : null}
                            {c.note ? <div className="text-multiline">{c.note}</div> : null}
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>

        <div className="stack">
          <section className="card" aria-labelledby="edit-placement-title">
            <h2 id="edit-placement-title">{t('detail.edit')}</h2>
            <EditPlacementForm key={p.version} initial={placementFormValues(p)} />
          </section>
          <section className="card" aria-labelledby="end-placement-title">
            <h2 id="end-placement-title">{ended ? t('end.endedTitle') : t('end.title')}</h2>
            {ended ? (
              <>
                <p className="text-multiline">{t('status.endedWithReason', { date: formatDate(lng, p.endDate), reason: p.endReason ?? '' })}</p>
                <p className="field-hint">{t('end.stillCounts')}</p>
                <ReopenPlacementButton key={p.version} placementId={p.id} version={p.version} />
              </>
            ) : (
              <>
                <p className="field-hint">{t('end.intro')}</p>
                <EndPlacementForm key={p.version} placementId={p.id} version={p.version} startDate={p.startDate} />
              </>
            )}
          </section>
        </div>
      </div>

      {/* Full width: the milestones carry their claim and decision forms, too wide for the left column. */}
      {p.funding === 'sib' ? (
        <section className="card card-full" aria-labelledby="milestones-title">
          <h2 id="milestones-title">{t('milestones.title')}</h2>
          <p className="field-hint">{p.milestones.length === 0 ? t('milestones.noContract') : t('milestones.intro')}</p>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('milestones.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('milestones.milestone')}</th>
                  <th scope="col">{t('milestones.pays')}</th>
                  <th scope="col">{t('milestones.state')}</th>
                </tr>
              </thead>
              <tbody>
                {p.milestones.map((m) => {
                  const name = t(`milestones.names.${m.milestone}`, { defaultValue: m.milestone });
                  const ledger = statuses.get(m.milestone);
                  const mine = claims.filter((c) => c.milestone === m.milestone);
                  const open = mine.find((c) => c.decision === null);
                  return (
                    <tr key={m.milestone} data-testid={`milestone-${m.milestone}`}>
                      <th scope="row">
                        {name}
                        {m.dueOn ? <div className="field-hint">{t('milestones.dueOn', { date: formatDate(lng, m.dueOn) })}</div> : null}
                        {ledger ? <div className="field-hint">{s('claim.evidenceNeeded', { text: ledger.evidenceNeeded })}</div> : null}
                      </th>
                      <td>
                        {m.priceCents != null ? formatEuroCents(lng, m.priceCents) : t('milestones.noPayment')}
                        {m.countsPer === 'person' ? <div className="field-hint">{t('milestones.perPerson')}</div> : null}
                        {m.minHoursPerWeek != null && p.hoursPerWeek < m.minHoursPerWeek ? (
                          <div className="field-hint">{t('milestones.belowFloor', { hours: m.minHoursPerWeek })}</div>
                        ) : null}
                      </td>
                      <td>
                        {ledger ? (
                          <span
                            data-testid={`milestone-${m.milestone}-status`}
                            className={
                              ledger.status === 'verified'
                                ? 'badge badge-ok'
                                : ledger.status === 'denied' || ledger.status === 'lapsed'
                                  ? 'badge badge-off'
                                  : 'badge'
                            }
                          >
                            {s(`status.${ledger.status}`)}
                          </span>
                        ) : (
                          <span className={m.state === 'verified' ? 'badge badge-ok' : m.state === 'denied' ? 'badge badge-off' : 'badge'}>
                            {t(`milestones.states.${m.state}`)}
                          </span>
                        )}
                        {ledger?.lapsedOn ? <div className="field-hint">{s('ledger.lapsedOn', { date: formatDate(lng, ledger.lapsedOn) })}</div> : null}
                        {m.evidence ? <div className="text-multiline">{m.evidence}</div> : null}
                        {m.decidedAt ? (
                          <div className="field-hint">
                            {t('milestones.decidedBy', { name: m.decidedByName ?? '—', time: formatDateTime(lng, m.decidedAt) })}
                          </div>
                        ) : null}
                        {mine.length > 0 ? (
                          <ol className="sib-claims" data-testid={`milestone-${m.milestone}-claims`}>
                            {mine.map((c) => (
                              <li key={c.id}>
                                {s('claim.claimedBy', { name: c.claimedByName ?? '—', time: formatDateTime(lng, c.claimedAt) })}{' '}
                                {c.documents.length > 0
                                  ? s('claim.withDocuments', { titles: c.documents.map((d) => d.title).join(', ') })
                                  : s('claim.documentsGone', { count: c.evidenceCount })}
                                {c.note ? <div className="text-multiline">{c.note}</div> : null}
                                {c.decision ? (
                                  <div>
                                    {s(`claim.decided.${c.decision}`, { name: c.decidedByName ?? '—', time: formatDateTime(lng, c.decidedAt) })}
                                    {c.reason ? <div className="text-multiline">{c.reason}</div> : null}
                                  </div>
                                ) : null}
                              </li>
                            ))}
                          </ol>
                        ) : null}
                        {ledger && (ledger.status === 'due' || ledger.status === 'denied') && mayClaim ? (
                          evidence.length > 0 ? (
                            <ClaimForm
                              key={`${m.milestone}-${mine.length}`}
                              placementId={p.id}
                              milestone={m.milestone as ClaimMilestoneInput['milestone']}
                              name={name}
                              evidence={evidence.map((d) => ({ id: d.id, title: d.title }))}
                            />
                          ) : (
                            <p className="field-hint">{s('claim.uploadFirst')}</p>
                          )
                        ) : null}
                        {open && mayDecide ? (
                          open.claimedById === user.id ? (
                            <p className="field-hint" data-testid={`milestone-${m.milestone}-own-claim`}>
                              {s('decide.ownClaim')}
                            </p>
                          ) : (
                            <DecideForm key={open.id} claimId={open.id} name={name} />
                          )
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {/* Full width as well: the evidence table has seven columns for staff. */}
      <section className="card card-full" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('documents:evidence.title')}</h2>
        <p className="field-hint">{t('documents:evidence.intro')}</p>
        {evidence.length === 0 ? (
          <p data-testid="evidence-none">{t('documents:evidence.none')}</p>
        ) : (
          <DocumentTable lng={lng} t={t} items={evidence} staff caption={t('documents:evidence.title')} testId="evidence" />
        )}
        {p.personName ? (
          <DocumentUploadForm
            jobSeekerId={p.jobSeekerId}
            placementId={p.id}
            kinds={['evidence']}
            idPrefix="evidence"
            maxFileMb={limits.fileBytes / 1024 / 1024}
            maxPersonMb={limits.personBytes / 1024 / 1024}
          />
        ) : null}
      </section>
    </>
  );
}
