'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { Button } from '@/app/_components/ui/button';
import { FormMessage, SelectField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { createEmployerFromBaPostingAction, linkBaPostingAction, unlinkBaPostingAction } from '@/lib/actions/ba-postings';
import { useT } from '@/lib/i18n/client';
import { createEmployerFromBaPostingSchema, linkBaPostingSchema } from '@/lib/validation/ba-postings';

type Option = { value: string; label: string; lang?: string };
type Message = { kind: 'error' | 'success'; text: string; vacancyId?: number } | null;

function Outcome({ message, lng }: { message: Message; lng: string }) {
  const t = useT('vacancies');
  if (!message) return null;
  return (
    <FormMessage kind={message.kind} testId="ba-link-message">
      {message.text}
      {message.vacancyId ? (
        <>
          {' '}
          <Link href={`/${lng}/vacancies/${message.vacancyId}`}>{t('ba.link.openVacancy')}</Link>
        </>
      ) : null}
    </FormMessage>
  );
}

const OutcomeContext = createContext<(message: Message) => void>(() => {});

/**
 * Holds the outcome of linking or creating above both forms: creating the employer removes the
 * create form on the refresh that follows, and its success message must not vanish with it.
 */
export function LinkOutcome({ lng, children }: { lng: string; children: ReactNode }) {
  const [message, setMessage] = useState<Message>(null);
  return (
    <OutcomeContext.Provider value={setMessage}>
      <Outcome message={message} lng={lng} />
      {children}
    </OutcomeContext.Provider>
  );
}

const linkForm = linkBaPostingSchema.extend({ employerId: z.string() });

/** Pick an existing employer: the likely ones (same words in the name) first, then all. */
export function LinkToEmployerForm({ postingId, employers, current }: { postingId: number; employers: Option[]; current: string }) {
  const t = useT('vacancies');
  const errorText = useErrorText();
  const router = useRouter();
  const setMessage = useContext(OutcomeContext);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof linkForm>>({
    resolver: zodResolver(linkBaPostingSchema, undefined, { raw: true }) as never,
    defaultValues: { postingId, employerId: current },
  });
  async function onSubmit(values: z.input<typeof linkForm>) {
    setMessage(null);
    const result = await linkBaPostingAction(values);
    if (!result.ok) {
      if (result.fieldErrors?.employerId) setError('employerId', { message: result.fieldErrors.employerId }, { shouldFocus: true });
      else setMessage({ kind: 'error', text: errorText(result.code) ?? '' });
      return;
    }
    setMessage({ kind: 'success', text: t(result.data.duplicate ? 'ba.link.duplicate' : 'ba.link.linked'), vacancyId: result.data.vacancyId });
    router.refresh();
  }
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form" data-testid="ba-link-form">
      <SelectField
        id="ba-link-employer"
        label={t('ba.link.employer')}
        required
        placeholder={t('ba.link.chooseEmployer')}
        options={employers}
        registration={register('employerId')}
        error={errorText(errors.employerId?.message)}
      />
      <Button type="submit" disabled={isSubmitting}>
        {t('ba.link.submit')}
      </Button>
    </form>
  );
}

/** Create the employer from the posting's firma and place and link it, in one step. */
export function CreateEmployerForm({ postingId, firma, sectors, sector }: { postingId: number; firma: string; sectors: Option[]; sector: string }) {
  const t = useT('vacancies');
  const errorText = useErrorText();
  const router = useRouter();
  const setMessage = useContext(OutcomeContext);
  type Values = { postingId: number; sector: string };
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(createEmployerFromBaPostingSchema, undefined, { raw: true }) as never,
    defaultValues: { postingId, sector },
  });
  async function onSubmit(values: Values) {
    setMessage(null);
    const result = await createEmployerFromBaPostingAction(values);
    if (!result.ok) {
      if (result.fieldErrors?.sector) setError('sector', { message: result.fieldErrors.sector }, { shouldFocus: true });
      else setMessage({ kind: 'error', text: errorText(result.code) ?? '' });
      return;
    }
    setMessage({ kind: 'success', text: t('ba.create.created', { firma }), vacancyId: result.data.vacancyId });
    router.refresh();
  }
  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form" data-testid="ba-create-form">
      <SelectField
        id="ba-create-sector"
        label={t('ba.create.sector')}
        required
        placeholder={t('ba.create.chooseSector')}
        options={sectors}
        registration={register('sector')}
        error={errorText(errors.sector?.message)}
      />
      <Button type="submit" appearance="secondary" disabled={isSubmitting}>
        {t('ba.create.submit', { firma })}
      </Button>
    </form>
  );
}

/** Undo a wrong link (only while nobody has been proposed for it). */
export function UnlinkButton({ postingId }: { postingId: number }) {
  const t = useT('vacancies');
  const errorText = useErrorText();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setErrorText] = useState<string | null>(null);
  return (
    <>
      {error ? <FormMessage kind="error">{error}</FormMessage> : null}
      <Button
        appearance="subtle"
        disabled={busy}
        data-testid="ba-unlink"
        onClick={async () => {
          setBusy(true);
          setErrorText(null);
          const result = await unlinkBaPostingAction({ postingId });
          setBusy(false);
          if (!result.ok) setErrorText(errorText(result.code) ?? '');
          router.refresh();
        }}
      >
        {t('ba.unlink')}
      </Button>
    </>
  );
}
