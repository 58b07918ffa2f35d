import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { attendanceOf, cohortById, cohortDashboard, participantsOf, sessionsOf } from '@/db/queries/cohorts';
import { listJobSeekers } from '@/db/queries/job-seeker-list';
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadIdPage } from '@/lib/pages/load-page';
import { todayInAppZone } from '@/lib/time/zoned';
import { Card } from '@/app/_components/ui/card';
import { DataList } from '@/app/_components/ui/data-list';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ButtonLink } from '@/app/_components/ui/button';
import { mayOpenPage, mayUseAction } from '@/lib/security/access-matrix';
import { StatusBadge, type BadgeStatus } from '@/app/_components/ui/status-badge';
import type { CohortParticipantState } from '@/db/schema/enums';
import { AddParticipantForm, UpdateParticipantForm } from '../_components/participant-forms';
import { RecognitionForm } from '../_components/recognition-form';
import { RemoveButton } from '../_components/remove-button';
import { AddFoundParticipantButton } from '../_components/add-found-participant-button';
import { OutcomeRegion } from '@/app/_components/ui/outcome-region';
import { AddSessionForm, AttendanceForm } from '../_components/session-forms';
import '../_components/cohorts.css';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'cohorts')('title') };
}

const SEARCH_LIMIT = 10;

const stateStatus: Record<CohortParticipantState, BadgeStatus> = {
  invited: 'neutral',
  enrolled: 'active',
  active: 'warning',
  completed: 'safe',
  dropped: 'inactive',
};

/**
 * One cohort: its facts and dashboard (funnel, completion, time to recognition, placements per
 * linked employer), the participants with their state, German levels and recognition steps,
 * the sessions with attendance. Staff only; the view is audited (personal data of job seekers).
 */
export default async function CohortPage({ params, searchParams }: Props) {
  const { lng, t, db, id, audit, user } = await loadIdPage(params, '/[lng]/cohorts/[id]', 'cohorts');
  const may = {
    edit: mayOpenPage('/[lng]/cohorts/[id]/edit', user.role),
    removeParticipant: mayUseAction('cohort.remove_participant', user.role),
    removeSession: mayUseAction('cohort.remove_session', user.role),
    removeStep: mayUseAction('cohort.remove_recognition', user.role),
  };
  const rawQ = (await searchParams).q;
  // A name search among the register's job seekers (the register's rules: everyone not erased),
  // from two letters on, so an empty field never lists the whole register.
  const q = (typeof rawQ === 'string' ? rawQ : '').trim().slice(0, 100);
  const searching = q.length >= 2;
  // All at once: a missing cohort simply has no rows in the others.
  const [cohort, participants, sessions, attendance, dashboard, found] = await Promise.all([
    cohortById(db, id),
    participantsOf(db, id),
    sessionsOf(db, id),
    attendanceOf(db, id),
    cohortDashboard(db, id),
    searching
      ? listJobSeekers(db, { q, sort: 'name', dir: 'asc', page: 1, pageSize: SEARCH_LIMIT, today: todayInAppZone() })
      : Promise.resolve({ rows: [], total: 0 }),
  ]);
  if (!cohort) notFound();
  await audit({ action: 'cohort.view', objectType: 'cohort', objectId: id, details: { shown: participants.length } });
  if (searching)
    await audit({
      action: 'cohort.search_job_seekers',
      objectType: 'cohort',
      objectId: id,
      details: { shown: found.rows.map((r) => r.id), total: found.total },
    });
  const inCohort = new Set(participants.map((p) => p.jobSeekerId));
  const taken = participants.filter((p) => p.state !== 'dropped').length;
  type P = (typeof participants)[number];
  const columns: Column<P>[] = [
    {
      key: 'name',
      header: t('participants.name'),
      rowHeader: true,
      cell: (p) => (
        <>
          {p.name}
          {p.clientNumber ? <span className="field-hint"> · {p.clientNumber}</span> : null}
        </>
      ),
    },
    {
      key: 'state',
      header: t('participants.state'),
      cell: (p) => (
        <>
          <StatusBadge status={stateStatus[p.state]} testId={`participant-state-${p.id}`}>
            {t(`state.${p.state}`)}
          </StatusBadge>
          {p.dropReason ? <span className="field-hint"> · {t(`dropReason.${p.dropReason}`)}</span> : null}
        </>
      ),
    },
    {
      key: 'german',
      header: t('participants.german'),
      cell: (p) => `${p.germanLevelStart ?? '–'} → ${p.germanLevelEnd ?? '–'}`,
    },
    {
      key: 'attended',
      header: t('participants.attended'),
      numeric: true,
      cell: (p) => <span data-testid={`participant-attended-${p.id}`}>{`${formatNumber(lng, p.attended)} / ${formatNumber(lng, sessions.length)}`}</span>,
    },
    {
      key: 'recognition',
      header: t('participants.recognition'),
      cell: (p) =>
        p.steps.length === 0 ? (
          t('recognition.none')
        ) : (
          <ul className="cohort-steps" data-testid={`participant-steps-${p.id}`}>
            {p.steps.map((s) => (
              <li key={s.step}>
                {t(`step.${s.step}`)}: {formatDate(lng, s.date)}{' '}
                {may.removeStep ? (
                  <RemoveButton
                    target={{ kind: 'step', cohortId: id, participantId: p.id, step: s.step }}
                    name={`${t(`step.${s.step}`)} (${p.name})`}
                    testId={`remove-step-${p.id}-${s.step}`}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ),
    },
    ...(may.removeParticipant
      ? [
          {
            key: 'remove',
            header: t('remove.column'),
            cell: (p: P) => (
              <RemoveButton target={{ kind: 'participant', cohortId: id, participantId: p.id }} name={p.name} testId={`remove-participant-${p.id}`} />
            ),
          },
        ]
      : []),
  ];
  const f = dashboard.funnel;
  const funnel = (['invited', 'enrolled', 'active', 'completed', 'placed'] as const).map((stage) => ({ stage, n: f[stage] }));
  const inCourse = participants.filter((p) => p.state !== 'invited');
  const choices = participants.map((p) => ({
    id: p.id,
    name: p.name,
    version: p.version,
    state: p.state,
    dropReason: p.dropReason,
    germanLevelStart: p.germanLevelStart,
    germanLevelEnd: p.germanLevelEnd,
  }));
  return (
    <>
      <PageHeader
        lng={lng}
        title={cohort.name}
        breadcrumbs={[{ href: `/${lng}/cohorts`, label: t('title') }]}
        actions={
          may.edit ? (
            <ButtonLink href={`/${lng}/cohorts/${id}/edit`} appearance="secondary" data-testid="cohort-edit">
              {t('editLink')}
            </ButtonLink>
          ) : null
        }
      />
      <div className="two-columns">
        <Card title={t('dashboard.title')} testId="cohort-dashboard">
          <DataTable
            lng={lng}
            caption={t('dashboard.funnel')}
            rows={funnel}
            rowKey={(r) => r.stage}
            rowTestId={(r) => `funnel-${r.stage}`}
            empty=""
            columns={[
              { key: 'stage', header: t('dashboard.stage'), rowHeader: true, cell: (r) => t(`funnel.${r.stage}`) },
              { key: 'n', header: t('dashboard.people'), numeric: true, cell: (r) => formatNumber(lng, r.n) },
              {
                key: 'share',
                header: t('dashboard.share'),
                numeric: true,
                cell: (r) => (f.invited > 0 ? formatPercent(lng, r.n / f.invited) : '–'),
              },
            ]}
          />
          <DataList
            items={[
              {
                key: 'completion',
                label: t('dashboard.completion'),
                value: dashboard.completionRate === null ? t('dashboard.noData') : formatPercent(lng, dashboard.completionRate),
                testId: 'cohort-completion',
              },
              { key: 'dropped', label: t('dashboard.dropped'), value: formatNumber(lng, dashboard.dropped) },
              {
                key: 'recognition',
                label: t('dashboard.medianRecognition'),
                value:
                  dashboard.medianDaysToRecognition === null
                    ? t('dashboard.noData')
                    : t('dashboard.days', { days: Math.round(dashboard.medianDaysToRecognition), n: formatNumber(lng, dashboard.recognised) }),
                testId: 'cohort-median-recognition',
              },
            ]}
          />
          <DataTable
            lng={lng}
            caption={t('dashboard.perEmployer')}
            rows={dashboard.perEmployer}
            rowKey={(r) => r.employerId}
            empty={t('dashboard.noEmployers')}
            columns={[
              { key: 'employer', header: t('dashboard.employer'), rowHeader: true, cell: (r) => <span lang="de">{r.name}</span> },
              { key: 'placements', header: t('dashboard.placements'), numeric: true, cell: (r) => formatNumber(lng, r.placements) },
            ]}
          />
          {dashboard.otherPlacements > 0 ? <p className="field-hint">{t('dashboard.otherPlacements', { n: dashboard.otherPlacements })}</p> : null}
          <p className="field-hint">{t('dashboard.explain')}</p>
        </Card>
        <Card title={t('detail.facts')} testId="cohort-facts">
          <DataList
            items={[
              { key: 'provider', label: t('field.provider'), value: cohort.provider },
              { key: 'period', label: t('list.period'), value: `${formatDate(lng, cohort.startDate)} – ${formatDate(lng, cohort.endDate)}` },
              {
                key: 'capacity',
                label: t('detail.capacity'),
                value: t('detail.capacityValue', { taken: formatNumber(lng, taken), capacity: formatNumber(lng, cohort.capacity) }),
                testId: 'cohort-capacity',
              },
              {
                key: 'employers',
                label: t('field.employers'),
                value: cohort.employers.length > 0 ? <span lang="de">{cohort.employers.map((e) => e.name).join(', ')}</span> : t('detail.noEmployers'),
              },
            ]}
          />
        </Card>
      </div>
      <Card title={t('participants.title')} testId="cohort-participants">
        <DataTable
          lng={lng}
          caption={t('participants.title')}
          captionHidden
          columns={columns}
          rows={participants}
          rowKey={(p) => p.id}
          rowTestId={(p) => `participant-${p.id}`}
          empty={t('participants.none')}
        />
      </Card>
      <div className="two-columns">
        <Card title={<span id="update-participant-title">{t('participants.change')}</span>}>
          {participants.length > 0 ? <UpdateParticipantForm cohortId={id} participants={choices} /> : <p>{t('participants.none')}</p>}
        </Card>
        <Card title={<span id="add-participant-title">{t('participants.add')}</span>}>
          <AddParticipantForm cohortId={id} />
          <search className="cohort-search">
            <form method="get" action={`/${lng}/cohorts/${id}#participant-search`} className="cohort-search__form" data-testid="participant-search-form">
              <div className="utrecht-form-field gz-field">
                <label htmlFor="participant-search" className="utrecht-form-label">
                  {t('search.label')}
                </label>
                <p id="participant-search-hint" className="utrecht-form-field-description field-hint">
                  {t('search.hint')}
                </p>
                <input
                  id="participant-search"
                  name="q"
                  type="search"
                  defaultValue={q}
                  autoComplete="off"
                  aria-describedby="participant-search-hint"
                  className="utrecht-textbox utrecht-textbox--html-input"
                />
              </div>
              <button type="submit" className="utrecht-button utrecht-button--secondary-action gz-button">
                {t('search.find')}
              </button>
            </form>
          </search>
          {searching ? (
            found.rows.length === 0 ? (
              <p data-testid="participant-search-none">{t('search.none')}</p>
            ) : (
              <OutcomeRegion testId="participant-search-outcome">
                <ul className="cohort-found" data-testid="participant-search-results" aria-label={t('search.results')}>
                  {found.rows.map((r) => {
                    const name = [r.firstName, r.lastName].filter(Boolean).join(' ');
                    return (
                      <li key={r.id} className="cohort-found__person">
                        <span>
                          {name}
                          <span className="field-hint">
                            {' '}
                            · {r.clientNumber ?? '–'}
                            {r.placeName ? ` · ${r.placeName}` : ''}
                          </span>
                        </span>
                        {inCohort.has(r.id) ? (
                          <span className="field-hint">{t('search.alreadyIn')}</span>
                        ) : (
                          <AddFoundParticipantButton cohortId={id} jobSeekerId={r.id} name={name} />
                        )}
                      </li>
                    );
                  })}
                </ul>
                {found.total > found.rows.length ? <p className="field-hint">{t('search.more', { n: found.total - found.rows.length })}</p> : null}
              </OutcomeRegion>
            )
          ) : null}
        </Card>
      </div>
      <div className="two-columns">
        <Card title={<span id="attendance-title">{t('attendance.title')}</span>} testId="cohort-attendance">
          {sessions.length > 0 ? (
            <AttendanceForm cohortId={id} sessions={sessions} participants={inCourse.map((p) => ({ id: p.id, name: p.name }))} attendance={attendance} />
          ) : (
            <p>{t('sessions.none')}</p>
          )}
        </Card>
        <Card title={t('sessions.title')} testId="cohort-sessions">
          {sessions.length > 0 ? (
            <ul className="cohort-sessions">
              {sessions.map((s) => (
                <li key={s.id}>
                  <span className="nowrap">{formatDate(lng, s.sessionDate)}</span> {s.topic}{' '}
                  <span className="field-hint">· {t('sessions.present', { n: attendance.filter((a) => a.sessionId === s.id).length })}</span>{' '}
                  {may.removeSession ? (
                    <RemoveButton
                      target={{ kind: 'session', cohortId: id, sessionId: s.id }}
                      name={`${formatDate(lng, s.sessionDate)} ${s.topic}`}
                      testId={`remove-session-${s.id}`}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <h3 id="add-session-title">{t('sessions.add')}</h3>
          <AddSessionForm cohortId={id} startDate={cohort.startDate} endDate={cohort.endDate} />
        </Card>
      </div>
      <Card title={<span id="recognition-title">{t('recognition.title')}</span>} testId="cohort-recognition">
        <p className="field-hint">{t('recognition.intro')}</p>
        {participants.length > 0 ? (
          <RecognitionForm cohortId={id} participants={participants.map((p) => ({ id: p.id, name: p.name }))} today={todayInAppZone()} />
        ) : (
          <p>{t('participants.none')}</p>
        )}
      </Card>
    </>
  );
}
