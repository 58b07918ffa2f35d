'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { FormMessage } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import type { VacancyStatus } from '@/db/schema/enums';
import { changeVacancyStatusAction, duplicateVacancyAction } from '@/lib/actions/vacancies';
import { useLng, useT } from '@/lib/i18n/client';
import type { VacancyAction } from '@/lib/vacancies/status';

/** The status buttons of one vacancy (only the moves its status allows), and "copy as new draft". */
export function VacancyStatusActions({ id, version, actions }: { id: number; version: number; status: VacancyStatus; actions: VacancyAction[] }) {
  const t = useT('vacancies');
  const lng = useLng();
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, setPending] = useState<VacancyAction | 'duplicate' | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function run(action: VacancyAction) {
    setPending(action);
    setMessage(null);
    const result = await changeVacancyStatusAction({ id, version, action });
    setPending(null);
    if (result.ok) {
      setMessage({ kind: 'success', text: t('status.done', { status: t(`domain:vacancyStatus.${result.data.status}`) }) });
      router.refresh();
      return;
    }
    // A closing date in the past is the one missing piece worth naming on its own.
    const closing = result.fieldErrors?.closingDate === 'closingDateInPast';
    setMessage({ kind: 'error', text: errorText(closing ? 'closingDateInPast' : result.code)! });
  }

  async function duplicate() {
    setPending('duplicate');
    setMessage(null);
    const result = await duplicateVacancyAction({ id });
    if (!result.ok) {
      setPending(null);
      setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    router.push(`/${lng}/vacancies/${result.data.id}/edit`);
  }

  return (
    <div className="status-actions">
      {message ? (
        <FormMessage kind={message.kind} testId="vacancy-status-message">
          {message.text}
        </FormMessage>
      ) : null}
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'close' ? 'button button-secondary' : 'button'}
            disabled={pending !== null}
            onClick={() => run(action)}
          >
            {pending === action ? t('status.working') : t(`status.${action}`)}
          </button>
        ))}
        <button type="button" className="button button-secondary" disabled={pending !== null} onClick={duplicate}>
          {pending === 'duplicate' ? t('detail.duplicating') : t('detail.duplicate')}
        </button>
      </div>
    </div>
  );
}
