import { routeId } from '@/lib/params';
import { loadIdPage } from '@/lib/pages/load-page';
import type { Metadata } from 'next';
import { Alert } from '@/app/_components/ui/alert';
import { Card } from '@/app/_components/ui/card';
import { DataList } from '@/app/_components/ui/data-list';
import { DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { type BadgeStatus, StatusBadge } from '@/app/_components/ui/status-badge';
import { LedgerStatusBadge } from '@/app/_components/sib/ledger-status-badge';
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
import './placement.css';

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
  const query = await searchParams;
  const created = query.created === '1';
  const today = todayInAppZone();
  const answerableUntil = addDays(today, CHECK_LEAD_DAYS);
  const ended = p.endDate !== null;
  // The coded reason first, then the free text beside it; ends from before the codes have only the text.
  const endedText = t('status.endedWithReason', {
    date: formatDate(lng, p.endDate),
    reason: [p.endReasonCode ? t(`endReasons.${p.endReasonCode}`) : null, p.endReason].filter(Boolean).join(' — '),
  });
  const person = p.personName ?? t('anonymised');
  const milestoneName = (milestone: string) => t(`milestones.names.${milestone}`, { defaultValue: milestone });

  const checkBadge = (outcome: string): BadgeStatus => (outcome === 'still_working' ? 'safe' : 'danger');
  const milestoneBadge = (state: string): BadgeStatus => (state === 'verified' ? 'safe' : state === 'denied' ? 'danger' : 'neutral');

  return (
    <>
      <PageHeader
        lng={lng}
        breadcrumbs={[{ href: `/${lng}/placements`, label: t('title') }]}
        title={t('detail.heading', { person, employer: p.employerName })}
      />
      {created ? (
        <Alert type="ok" testId="placement-created">
          {t('detail.created')}
        </Alert>
      ) : null}

      <div className="two-columns">
        <div className="stack">
          <Card title={t('detail.facts')} id="placement-facts">
            <DataList
              items={[
                {
                  key: 'person',
                  label: t('list.person'),
                  value: (
                    <>
                      {person}
                      {p.clientNumber ? <span className="field-hint"> ({p.clientNumber})</span> : null}
                      {p.sibCohort ? (
                        <>
                          {' '}
                          <StatusBadge status="active">{t('form.sibCohortShort')}</StatusBadge>
                        </>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: 'employer',
                  label: t('list.employer'),
                  value: (
                    <>
                      {p.employerName}
                      {p.employerPlace ? <span className="field-hint"> ({p.employerPlace})</span> : null}
                    </>
                  ),
                },
                {
                  key: 'vacancy',
                  label: t('form.vacancy'),
                  value: p.vacancyTitle ? (
                    <span lang={p.vacancyLanguage && p.vacancyLanguage !== lng ? p.vacancyLanguage : undefined}>{p.vacancyTitle}</span>
                  ) : (
                    t('detail.noVacancy')
                  ),
                },
                { key: 'start', label: t('list.start'), value: <span data-testid="placement-start">{formatDate(lng, p.startDate, 'long')}</span> },
                { key: 'funding', label: t('list.funding'), value: <span data-testid="placement-funding">{t(`domain:funding.${p.funding}`)}</span> },
                { key: 'jobTitle', label: t('form.jobTitle'), value: p.jobTitle },
                { key: 'hours', label: t('form.hoursPerWeek'), value: formatNumber(lng, p.hoursPerWeek) },
                { key: 'contract', label: t('form.contract'), value: t(`domain:contract.${p.contract}`) },
                { key: 'caseworker', label: t('list.caseworker'), value: p.caseworkerName ?? t('noCaseworker') },
                {
                  key: 'status',
                  label: t('list.status'),
                  value: (
                    <span data-testid="placement-status">
                      {ended
                        ? endedText
                        : placementPhase(p, today) === 'upcoming'
                          ? t('status.startsOn', { date: formatDate(lng, p.startDate, 'long') })
                          : t('status.working')}
                    </span>
                  ),
                },
              ]}
            />
            <p className="field-hint">{t('detail.countsIn', { year: p.startDate.slice(0, 4), funding: t(`domain:funding.${p.funding}`) })}</p>
          </Card>

          <Card title={t('checks.title')} id="checks">
            <p className="field-hint">{t('checks.intro')}</p>
            <DataTable
              lng={lng}
              caption={t('checks.title')}
              captionHidden
              className="placement-checks"
              rows={p.checks}
              rowKey={(c) => c.months}
              rowTestId={(c) => `check-${c.months}`}
              empty={null}
              columns={[
                { key: 'after', header: t('checks.after'), rowHeader: true, cell: (c) => t(`checks.monthLabel.${c.months}`) },
                {
                  key: 'due',
                  header: t('checks.due'),
                  cell: (c) => (
                    <div className="gz-cell-stack">
                      <span>{formatDate(lng, c.dueOn)}</span>
                      {c.outcome === 'pending' && c.dueOn < today ? <StatusBadge status="danger">{t('checks.overdue')}</StatusBadge> : null}
                    </div>
                  ),
                },
                {
                  key: 'outcome',
                  header: t('checks.outcome'),
                  cell: (c) =>
                    c.outcome === 'pending' ? (
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
                      <div className="gz-cell-stack">
                        <StatusBadge status={checkBadge(c.outcome)}>{t(`checks.outcomes.${c.outcome}`)}</StatusBadge>
                        {c.checkedAt ? (
                          <div className="field-hint">{t('checks.checkedBy', { name: c.checkedByName ?? '—', time: formatDateTime(lng, c.checkedAt) })}</div>
                        ) : null}
                        {c.note ? <div className="text-multiline">{c.note}</div> : null}
                      </div>
                    ),
                },
              ]}
            />
          </Card>
        </div>

        <div className="stack">
          <Card title={t('detail.edit')} id="edit-placement" className="no-print">
            <EditPlacementForm key={p.version} initial={placementFormValues(p)} />
          </Card>
          <Card title={ended ? t('end.endedTitle') : t('end.title')} id="end-placement" className={ended ? undefined : 'no-print'}>
            {ended ? (
              <>
                <p className="text-multiline">{endedText}</p>
                <p className="field-hint">{t('end.stillCounts')}</p>
                <ReopenPlacementButton key={p.version} placementId={p.id} version={p.version} />
              </>
            ) : (
              <>
                <p className="field-hint">{t('end.intro')}</p>
                <EndPlacementForm key={p.version} placementId={p.id} version={p.version} startDate={p.startDate} />
              </>
            )}
          </Card>
        </div>
      </div>

      {/* Full width: the milestones carry their claim and decision forms, too wide for the left column. */}
      {p.funding === 'sib' ? (
        <Card title={t('milestones.title')} id="milestones">
          <p className="field-hint">{p.milestones.length === 0 ? t('milestones.noContract') : t('milestones.intro')}</p>
          {p.milestones.length > 0 ? (
            <DataTable
              lng={lng}
              caption={t('milestones.title')}
              captionHidden
              className="placement-milestones"
              rows={p.milestones}
              rowKey={(m) => m.milestone}
              rowTestId={(m) => `milestone-${m.milestone}`}
              empty={null}
              columns={[
                {
                  key: 'milestone',
                  header: t('milestones.milestone'),
                  rowHeader: true,
                  cell: (m) => {
                    const ledger = statuses.get(m.milestone);
                    return (
                      <>
                        {milestoneName(m.milestone)}
                        {m.dueOn ? <div className="field-hint">{t('milestones.dueOn', { date: formatDate(lng, m.dueOn) })}</div> : null}
                        {ledger ? <div className="field-hint">{s('claim.evidenceNeeded', { text: ledger.evidenceNeeded })}</div> : null}
                      </>
                    );
                  },
                },
                {
                  key: 'pays',
                  header: t('milestones.pays'),
                  cell: (m) => (
                    <div className="gz-cell-stack">
                      <span>{m.priceCents != null ? formatEuroCents(lng, m.priceCents) : t('milestones.noPayment')}</span>
                      {m.countsPer === 'person' ? <div className="field-hint">{t('milestones.perPerson')}</div> : null}
                      {m.minHoursPerWeek != null && p.hoursPerWeek < m.minHoursPerWeek ? (
                        <div className="field-hint">{t('milestones.belowFloor', { hours: m.minHoursPerWeek })}</div>
                      ) : null}
                    </div>
                  ),
                },
                {
                  key: 'state',
                  header: t('milestones.state'),
                  cell: (m) => {
                    const name = milestoneName(m.milestone);
                    const ledger = statuses.get(m.milestone);
                    const mine = claims.filter((c) => c.milestone === m.milestone);
                    const open = mine.find((c) => c.decision === null);
                    return (
                      <div className="gz-cell-stack">
                        {ledger ? (
                          <LedgerStatusBadge status={ledger.status} label={s(`status.${ledger.status}`)} testId={`milestone-${m.milestone}-status`} />
                        ) : (
                          <StatusBadge status={milestoneBadge(m.state)}>{t(`milestones.states.${m.state}`)}</StatusBadge>
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
                      </div>
                    );
                  },
                },
              ]}
            />
          ) : null}
        </Card>
      ) : null}

      {/* Full width as well: the evidence table has seven columns for staff. */}
      <Card title={t('documents:evidence.title')} id="placement-evidence">
        <p className="field-hint">{t('documents:evidence.intro')}</p>
        {evidence.length === 0 ? (
          <p data-testid="evidence-none">{t('documents:evidence.none')}</p>
        ) : (
          <DocumentTable
            lng={lng}
            t={t}
            items={evidence}
            staff
            caption={t('documents:evidence.title')}
            testId="evidence"
            pagePath={`/${lng}/placements/${id}`}
            previewId={typeof query.preview === 'string' ? routeId(query.preview) : null}
          />
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
      </Card>
    </>
  );
}
