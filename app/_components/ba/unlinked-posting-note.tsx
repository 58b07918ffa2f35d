import type { TFunction } from 'i18next';
import Link from 'next/link';
import './unlinked-posting-note.css';

/**
 * Under an imported posting whose employer is not linked yet: it cannot be proposed to until a
 * caseworker links the employer (a Chiffre ad never can). `forPerson` brings the caseworker back
 * to that person's matches after linking.
 */
export function UnlinkedPostingNote({
  lng,
  t,
  postingId,
  anonymous,
  forPerson,
}: {
  lng: string;
  t: TFunction;
  postingId: number;
  anonymous: boolean;
  forPerson?: number;
}) {
  if (anonymous) {
    return (
      <span className="ba-unlinked" data-testid={`ba-unlinked-${postingId}`}>
        {t('vacancies:ba.unlinked.anonymous')}
      </span>
    );
  }
  return (
    <span className="ba-unlinked" data-testid={`ba-unlinked-${postingId}`}>
      {t('vacancies:ba.unlinked.note')}{' '}
      <Link href={`/${lng}/ba-postings/${postingId}${forPerson ? `?for=${forPerson}` : ''}`}>{t('vacancies:ba.unlinked.link')}</Link>
    </span>
  );
}
