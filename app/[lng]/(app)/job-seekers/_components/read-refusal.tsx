import type { TFunction } from 'i18next';
import { Alert } from '@/app/_components/ui/alert';
import { ButtonLink } from '@/app/_components/ui/button';
import { PageHeader } from '@/app/_components/ui/page-header';
import { formatDateTime } from '@/lib/i18n/format';
import type { Lng } from '@/lib/i18n/settings';
import type { PersonReadGate } from '@/lib/pages/person-read';
import { BreakGlassForm } from './break-glass-form';

/**
 * What a page shows instead of a person's data when need-to-know or the read limit says no:
 * the break-the-glass form for someone else's client, or the block with its end time.
 * Only the name and the owner are shown, as the register list shows them.
 */
export function ReadRefusal({ lng, t, gate }: { lng: Lng; t: TFunction; gate: PersonReadGate }) {
  const { person, decision } = gate;
  const name = `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim();
  const header = <PageHeader lng={lng} title={name} breadcrumbs={[{ href: `/${lng}/job-seekers`, label: t('jobSeekers:list.title') }]} />;
  if (decision.state === 'blocked') {
    return (
      <>
        {header}
        <Alert type="error" testId="read-blocked" title={t('jobSeekers:readLimit.title')}>
          <p>{t('jobSeekers:readLimit.body', { until: formatDateTime(lng, decision.until) })}</p>
          <p>{t('jobSeekers:readLimit.alerted')}</p>
        </Alert>
        <p>
          <ButtonLink appearance="secondary" href={`/${lng}/job-seekers`}>
            {t('jobSeekers:readLimit.back')}
          </ButtonLink>
        </p>
      </>
    );
  }
  return (
    <>
      {header}
      <Alert type="warning" testId="break-glass" title={t('jobSeekers:breakGlass.title')}>
        <p>{t('jobSeekers:breakGlass.intro', { owner: person.caseworkerName ?? '—' })}</p>
        <p>{t('jobSeekers:breakGlass.audited')}</p>
      </Alert>
      <section className="card">
        <BreakGlassForm id={person.id} />
      </section>
    </>
  );
}
