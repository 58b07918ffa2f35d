import type { Metadata } from 'next';
import Link from 'next/link';
import { listNotifications } from '@/db/queries/notifications';
import { formatDateTime } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { pageLng } from '@/lib/params';
import { loadPage } from '@/lib/pages/load-page';
import { mayOpenPage } from '@/lib/security/access-matrix';
import { readLimitsFromEnv } from '@/lib/domain/read-limits';
import { MarkAllReadButton, MarkReadButton } from './_components/mark-read-buttons';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { StatusBadge } from '@/app/_components/ui/status-badge';
import './notifications.css';

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(pageLng((await params).lng), 'notifications')('title') };
}

/** The signed-in user's own notifications, newest first; unread ones marked. */
export default async function NotificationsPage({ params }: Props) {
  const { lng, user: me, t, db } = await loadPage(params, '/[lng]/notifications', 'notifications');
  const domain = getT(lng, 'domain');
  const items = await listNotifications(db, me.id);
  const unread = items.filter((n) => !n.readAt).length;
  const limits = readLimitsFromEnv();
  // A read limit names the staff member and the limit, never a job seeker.
  const readLimitText = (n: (typeof items)[number]) =>
    t('readLimit', {
      actor: n.actorName ?? n.actorEmail ?? '—',
      limit: n.readKind === 'export' ? `${limits.exportsPerHour} ${t('readLimitExport')}` : `${limits.profileViewsPerHour} ${t('readLimitProfile')}`,
      until: n.until ? formatDateTime(lng, new Date(n.until)) : '—',
    });
  return (
    <>
      <PageHeader lng={lng} title={t('title')} intro={t('intro')} />
      {items.length === 0 ? (
        <p data-testid="notifications-empty">{t('empty')}</p>
      ) : (
        <div className="stack">
          {unread > 0 ? <MarkAllReadButton /> : null}
          <ul className="notification-list" aria-label={t('listCaption')} data-testid="notification-list">
            {items.map((n) => {
              const values = { title: n.vacancyTitle ?? '', employer: n.employerName ?? '', stage: n.stage ? domain(`proposalStage.${n.stage}`) : '' };
              return (
                <li key={n.id} className={n.readAt ? undefined : 'notification-unread'} data-testid={`notification-${n.id}`}>
                  <Card>
                    <p className="notification-text">
                      {n.readAt ? null : <StatusBadge status="active">{t('unread')}</StatusBadge>}{' '}
                      {n.kind === 'readLimit' ? readLimitText(n) : t(n.kind === 'proposalStep' ? 'proposalStep' : 'proposalNew', values)}
                    </p>
                    {n.interviewAt ? <p>{t('appointment', { when: formatDateTime(lng, new Date(n.interviewAt)) })}</p> : null}
                    <p className="field-hint">
                      {t('when')}: {formatDateTime(lng, n.createdAt)}
                    </p>
                    <div className="notification-actions">
                      {n.proposalId ? <Link href={`/${lng}/proposals/${n.proposalId}`}>{t('open')}</Link> : null}
                      {n.kind === 'readLimit' && mayOpenPage('/[lng]/audit', me.role) ? (
                        <Link href={`/${lng}/audit?action=job_seeker.read_limit`}>{t('openAudit')}</Link>
                      ) : null}
                      {n.readAt ? null : <MarkReadButton id={n.id} />}
                    </div>
                  </Card>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}
