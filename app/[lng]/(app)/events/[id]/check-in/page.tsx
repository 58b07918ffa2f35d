import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { eventById, eventCounts, participantsOf, registrationsOf } from '@/db/queries/events';
import { formatNumber } from '@/lib/i18n/format';
import { getT } from '@/lib/i18n/server';
import { isLng } from '@/lib/i18n/settings';
import { loadIdPage } from '@/lib/pages/load-page';
import { defaultEraseAfter } from '@/lib/validation/events';
import { eventPhase } from '@/lib/domain/events';
import { PageHeader } from '@/app/_components/ui/page-header';
import { CheckInButton } from '../../_components/check-in-button';
import { RegisterLeadForm } from '../../_components/registration-forms';
import '../../_components/check-in.css';

type Props = { params: Promise<{ lng: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  return { title: getT(isLng(lng) ? lng : 'nl', 'events')('detail.checkIn') };
}

/**
 * The door, on a tablet: type part of a name, tap the person. A plain GET search (works on any
 * browser, the URL keeps the search); at most 20 matches, those not yet in first.
 */
export default async function CheckInPage({ params, searchParams }: Props) {
  const { lng, t, db, id, audit } = await loadIdPage(params, '/[lng]/events/[id]/check-in', 'events');
  const event = await eventById(db, id);
  if (!event) notFound();
  const raw = (await searchParams).q;
  const q = (typeof raw === 'string' ? raw : '').trim().slice(0, 100);
  const [found, counts, participants] = await Promise.all([
    q ? registrationsOf(db, id, { q, limit: 20 }) : Promise.resolve([]),
    eventCounts(db, id),
    participantsOf(db, id),
  ]);
  if (q) await audit({ action: 'event.search_registrations', objectType: 'event', objectId: id, details: { shown: found.length } });
  return (
    <>
      <PageHeader
        lng={lng}
        title={t('checkIn.title', { title: event.title })}
        breadcrumbs={[
          { href: `/${lng}/events`, label: t('title') },
          { href: `/${lng}/events/${id}`, label: event.title },
        ]}
      />
      <p className="check-in__counts" data-testid="check-in-counts">
        {t('checkIn.counts', { attended: formatNumber(lng, counts.attended), registered: formatNumber(lng, counts.registered) })}
      </p>
      <search>
        <form method="get" action={`/${lng}/events/${id}/check-in`} className="check-in__search">
          <div className="utrecht-form-field gz-field">
            <label htmlFor="check-in-q" className="utrecht-form-label">
              {t('checkIn.search')}
            </label>
            <p id="check-in-q-hint" className="utrecht-form-field-description field-hint">
              {t('checkIn.searchHint')}
            </p>
            <input
              id="check-in-q"
              name="q"
              type="search"
              defaultValue={q}
              autoComplete="off"
              aria-describedby="check-in-q-hint"
              className="utrecht-textbox utrecht-textbox--html-input"
            />
          </div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action gz-button">
            {t('checkIn.find')}
          </button>
        </form>
      </search>
      <section aria-labelledby="check-in-results">
        <h2 id="check-in-results" className="visually-hidden">
          {t('checkIn.results')}
        </h2>
        {!q ? (
          <p>{t('checkIn.typeToSearch')}</p>
        ) : found.length === 0 ? (
          <p data-testid="check-in-none">{t('checkIn.noResults')}</p>
        ) : (
          <ul className="check-in__list" data-testid="check-in-results">
            {found.map((r) => (
              <li key={r.id} className="check-in__person" data-testid={`check-in-person-${r.id}`}>
                <span className="check-in__name">
                  {r.name}
                  <span className="check-in__meta">
                    {t(`registrations.originValue.${r.origin}`)}
                    {r.interest ? ` · ${r.interest}` : ''}
                  </span>
                </span>
                <CheckInButton eventId={id} registrationId={r.id} name={r.name} checkedInAt={r.checkedInAt ? r.checkedInAt.toISOString() : null} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {eventPhase(event) !== 'over' ? (
        <details className="check-in__walk-in">
          <summary>{t('checkIn.walkIn')}</summary>
          <h2 id="door-lead-title" className="visually-hidden">
            {t('registrations.leadForm')}
          </h2>
          <RegisterLeadForm
            eventId={id}
            idPrefix="door-lead"
            eraseAfter={defaultEraseAfter()}
            employers={participants.map((p) => ({ id: p.employerId, name: p.employerName }))}
          />
        </details>
      ) : null}
    </>
  );
}
