import type { TFunction } from 'i18next';
import Link from 'next/link';
import type { BreakGlassRow, ReadBlockRow } from '@/db/queries/need-to-know';
import { formatDateTime } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';

/**
 * For managers and admins: who opened someone else's client and why ("break the glass"), and who
 * reached a read limit. The same events are in the trail below (job_seeker.break_glass,
 * job_seeker.read_limit); this shows the latest at a glance.
 */
export function NeedToKnowSection({ lng, t, grants, blocks }: { lng: Lng; t: TFunction; grants: BreakGlassRow[]; blocks: ReadBlockRow[] }) {
  return (
    <section className="card stack" aria-labelledby="need-to-know-title" data-testid="need-to-know">
      <h2 id="need-to-know-title">{t('needToKnow.title')}</h2>
      <p>{t('needToKnow.intro')}</p>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="break-glass-grants">
          <caption>{t('needToKnow.grantsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('needToKnow.colAt')}</th>
              <th scope="col">{t('needToKnow.colWho')}</th>
              <th scope="col">{t('needToKnow.colPerson')}</th>
              <th scope="col">{t('needToKnow.colOwner')}</th>
              <th scope="col">{t('needToKnow.colReason')}</th>
              <th scope="col">{t('needToKnow.colUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {grants.length === 0 ? (
              <tr>
                <td colSpan={6}>{t('needToKnow.grantsEmpty')}</td>
              </tr>
            ) : (
              grants.map((g) => (
                <tr key={g.id}>
                  <td>
                    <time dateTime={g.grantedAt.toISOString()}>{formatDateTime(lng, g.grantedAt)}</time>
                  </td>
                  <td>
                    {g.userName}
                    <div className="field-hint">{g.userEmail}</div>
                  </td>
                  <td>
                    <Link href={`/${lng}/audit?person=${g.jobSeekerId}`} aria-label={t('needToKnow.personEvents', { id: g.jobSeekerId })}>
                      {g.jobSeekerId}
                    </Link>
                  </td>
                  <td>{g.ownerName ?? '—'}</td>
                  <td>
                    <strong>{t(`reason.${g.reasonCode}`)}</strong>
                    <div className="audit-reason-text">{g.reasonText}</div>
                  </td>
                  <td>
                    <time dateTime={g.expiresAt.toISOString()}>{formatDateTime(lng, g.expiresAt)}</time>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p>
        <Link href={`/${lng}/audit?action=job_seeker.break_glass`}>{t('needToKnow.allGrants')}</Link>
      </p>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="read-blocks">
          <caption>{t('needToKnow.blocksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('needToKnow.colAt')}</th>
              <th scope="col">{t('needToKnow.colWho')}</th>
              <th scope="col">{t('needToKnow.colKind')}</th>
              <th scope="col">{t('needToKnow.colBlockedUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {blocks.length === 0 ? (
              <tr>
                <td colSpan={4}>{t('needToKnow.blocksEmpty')}</td>
              </tr>
            ) : (
              blocks.map((b) => (
                <tr key={b.id}>
                  <td>
                    <time dateTime={b.blockedAt.toISOString()}>{formatDateTime(lng, b.blockedAt)}</time>
                  </td>
                  <td>
                    {b.userName}
                    <div className="field-hint">{b.userEmail}</div>
                  </td>
                  <td>{t(`needToKnow.kind.${b.kind}`)}</td>
                  <td>
                    <time dateTime={b.blockedUntil.toISOString()}>{formatDateTime(lng, b.blockedUntil)}</time>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p>
        <Link href={`/${lng}/audit?action=job_seeker.read_limit`}>{t('needToKnow.allBlocks')}</Link>
      </p>
    </section>
  );
}
