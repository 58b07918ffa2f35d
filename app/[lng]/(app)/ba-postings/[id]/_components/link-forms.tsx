'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { Button } from '@/app/_components/ui/button';
import { FormMessage, SelectField } from '@/app/_components/ui/fields';
import { useOutcome } from '@/app/_components/ui/outcome-region';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { createEmployerFromBaPostingAction, linkBaPostingAction, unlinkBaPostingAction } from '@/lib/actions/ba-postings';
import { useT } from '@/lib/i18n/client';
import { createEmployerFromBaPostingSchema, linkBaPostingSchema } from '@/lib/validation/ba-postings';

type Option = { value: string; label: string; lang?: string };
const linkForm = linkBaPostingSchema.extend({ employerId: z.string() });

/** Pick an existing employer: the likely ones (same words in the name) first, then all. */
export function LinkToEmployerForm({ lng, postingId, employers, current }: { lng: string; postingId: number; employers: Option[]; current: string }) {
  const t = useT('vacancies');
  const errorText = useErrorText();
  const router = useRouter();
  const setMessage = useOutcome();
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
    setMessage({
      kind: 'success',
      text: t(result.data.duplicate ? 'ba.link.duplicate' : 'ba.link.linked'),
      link: { href: `/${lng}/vacancies/${result.data.vacancyId}`, label: t('ba.link.openVacancy') },
    });
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
export function CreateEmployerForm({
  lng,
  postingId,
  firma,
  sectors,
  sector,
}: {
  lng: string;
  postingId: number;
  firma: string;
  sectors: Option[];
  sector: string;
}) {
  const t = useT('vacancies');
  const errorText = useErrorText();
  const router = useRouter();
  const setMessage = useOutcome();
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
    setMessage({
      kind: 'success',
      text: t('ba.create.created', { firma }),
      link: { href: `/${lng}/vacancies/${result.data.vacancyId}`, label: t('ba.link.openVacancy') },
    });
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
