'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { sectors } from '@/db/schema/enums';
import { createEmployerWithUserAction } from '@/lib/actions/employers';
import { useT } from '@/lib/i18n/client';
import { createEmployerWithUserSchema, type CreateEmployerWithUserInput } from '@/lib/validation/employers';

const empty: CreateEmployerWithUserInput = {
  name: '',
  street: '',
  postcode: '',
  placeId: '',
  sector: '' as CreateEmployerWithUserInput['sector'],
  website: '',
  userName: '',
  userEmail: '',
  userLocale: 'de',
  userPassword: '',
};

export function CreateEmployerForm({ places }: { places: { id: number; name: string; postcode: string }[] }) {
  const t = useT('admin');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateEmployerWithUserInput>({ resolver: zodResolver(createEmployerWithUserSchema), defaultValues: empty });

  const placeField = register('placeId', {
    // Choosing a town fills in its postcode when none was typed yet.
    onChange: (e: { target: { value: string } }) => {
      const place = places.find((p) => String(p.id) === e.target.value);
      if (place && !getValues('postcode')) setValue('postcode', place.postcode);
    },
  });

  async function onSubmit(values: CreateEmployerWithUserInput) {
    setMessage(null);
    const result = await createEmployerWithUserAction(values);
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) {
        setError(field as keyof CreateEmployerWithUserInput, { message: code }, { shouldFocus: true });
      }
      if (!result.fieldErrors) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    const created = { name: values.name.trim(), email: values.userEmail.trim().toLowerCase() };
    setMessage({ kind: 'success', text: t(result.data.invited ? 'employers.create.createdInvited' : 'employers.create.created', created) });
    reset(empty);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {message ? (
        <FormMessage kind={message.kind} testId="create-employer-message">
          {message.text}
        </FormMessage>
      ) : null}
      <fieldset>
        <legend>{t('employers.create.organisation')}</legend>
        <TextField
          id="employer-name"
          label={t('employers.create.name')}
          required
          autoComplete="organization"
          registration={register('name')}
          error={errorText(errors.name?.message)}
        />
        <TextField
          id="employer-street"
          label={t('employers.create.street')}
          autoComplete="street-address"
          registration={register('street')}
          error={errorText(errors.street?.message)}
        />
        <SelectField
          id="employer-place"
          label={t('employers.create.place')}
          required
          registration={placeField}
          placeholder={t('employers.create.choosePlace')}
          options={places.map((p) => ({ value: String(p.id), label: p.name }))}
          error={errorText(errors.placeId?.message)}
        />
        <TextField
          id="employer-postcode"
          label={t('employers.create.postcode')}
          required
          inputMode="numeric"
          autoComplete="postal-code"
          registration={register('postcode')}
          error={errorText(errors.postcode?.message)}
        />
        <SelectField
          id="employer-sector"
          label={t('employers.create.sector')}
          required
          registration={register('sector')}
          placeholder={t('employers.create.chooseSector')}
          options={sectors.map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))}
          error={errorText(errors.sector?.message)}
        />
        <TextField
          id="employer-website"
          label={t('employers.create.website')}
          type="url"
          autoComplete="url"
          registration={register('website')}
          error={errorText(errors.website?.message)}
        />
      </fieldset>
      <fieldset>
        <legend>{t('employers.create.firstUser')}</legend>
        <TextField
          id="employer-user-name"
          label={t('employers.create.userName')}
          required
          autoComplete="off"
          registration={register('userName')}
          error={errorText(errors.userName?.message)}
        />
        <TextField
          id="employer-user-email"
          label={t('employers.create.userEmail')}
          type="email"
          required
          autoComplete="off"
          registration={register('userEmail')}
          error={errorText(errors.userEmail?.message)}
        />
        <SelectField
          id="employer-user-locale"
          label={t('employers.create.userLocale')}
          required
          registration={register('userLocale')}
          options={[
            { value: 'de', label: common('language.de') },
            { value: 'nl', label: common('language.nl') },
          ]}
          error={errorText(errors.userLocale?.message)}
        />
        <TextField
          id="employer-user-password"
          label={t('employers.create.userPassword')}
          type="password"
          autoComplete="new-password"
          registration={register('userPassword')}
          error={errorText(errors.userPassword?.message)}
        />
      </fieldset>
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('employers.create.submit')}
      </button>
    </form>
  );
}
