import type { TFunction } from 'i18next';
import Link from 'next/link';
import type { BreakGlassRow, ReadBlockRow } from '@/db/queries/need-to-know';
import { formatDateTime } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import { Card } from '@/app/_components/ui/card';
import { type Column, DataTable } from '@/app/_components/ui/data-table';

/**
 * For managers and admins: who opened someone else's client and why ("break the glass"), and who
 * reached a read limit. The same events are in the trail below (job_seeker.break_glass,
 * job_seeker.read_limit); this shows the latest at a glance.
 */
export function NeedToKnowSection({ lng, t, grants, blocks }: { lng: Lng; t: TFunction; grants: BreakGlassRow[]; blocks: ReadBlockRow[] }) {
  const when = (at: Date) => <time dateTime={at.toISOString()}>{formatDateTime(lng, at)}</time>;
  // One element per cell: on a phone the cell is a grid of its label and its value.
  const who = (name: string, email: string) => (
    <span>
      {name}
      <span className="field-hint gz-block">{email}</span>
    </span>
  );
  const grantColumns: Column<BreakGlassRow>[] = [
    { key: 'at', header: t('needToKnow.colAt'), rowHeader: true, cell: (g) => when(g.grantedAt) },
    { key: 'who', header: t('needToKnow.colWho'), cell: (g) => who(g.userName, g.userEmail) },
    {
      key: 'person',
      header: t('needToKnow.colPerson'),
      cell: (g) => (
        <Link href={`/${lng}/audit?person=${g.jobSeekerId}`} aria-label={t('needToKnow.personEvents', { id: g.jobSeekerId })}>
          {g.jobSeekerId}
        </Link>
      ),
    },
    { key: 'owner', header: t('needToKnow.colOwner'), cell: (g) => g.ownerName ?? '—' },
    {
      key: 'reason',
      header: t('needToKnow.colReason'),
      cell: (g) => (
        <span>
          <strong>{t(`reason.${g.reasonCode}`)}</strong>
          <span className="audit-reason-text gz-block">{g.reasonText}</span>
        </span>
      ),
    },
    { key: 'until', header: t('needToKnow.colUntil'), cell: (g) => when(g.expiresAt) },
  ];
  const blockColumns: Column<ReadBlockRow>[] = [
    { key: 'at', header: t('needToKnow.colAt'), rowHeader: true, cell: (b) => when(b.blockedAt) },
    { key: 'who', header: t('needToKnow.colWho'), cell: (b) => who(b.userName, b.userEmail) },
    { key: 'kind', header: t('needToKnow.colKind'), cell: (b) => t(`needToKnow.kind.${b.kind}`) },
    { key: 'until', header: t('needToKnow.colBlockedUntil'), cell: (b) => when(b.blockedUntil) },
  ];
  return (
    <Card id="need-to-know" title={t('needToKnow.title')} testId="need-to-know">
      <p>{t('needToKnow.intro')}</p>
      <DataTable
        lng={lng}
        caption={t('needToKnow.grantsCaption')}
        columns={grantColumns}
        rows={grants}
        rowKey={(g) => g.id}
        empty={t('needToKnow.grantsEmpty')}
        testId="break-glass-grants"
      />
      <p>
        <Link href={`/${lng}/audit?action=job_seeker.break_glass`}>{t('needToKnow.allGrants')}</Link>
      </p>
      <DataTable
        lng={lng}
        caption={t('needToKnow.blocksCaption')}
        columns={blockColumns}
        rows={blocks}
        rowKey={(b) => b.id}
        empty={t('needToKnow.blocksEmpty')}
        testId="read-blocks"
      />
      <p>
        <Link href={`/${lng}/audit?action=job_seeker.read_limit`}>{t('needToKnow.allBlocks')}</Link>
      </p>
    </Card>
  );
}
