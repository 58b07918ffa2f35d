'use client';

import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { sectors } from '@/db/schema/enums';
import { createEmployerAction, updateEmployerAction } from '@/lib/actions/employers';
import { useLng, useT } from '@/lib/i18n/client';
import { buildEmployerProfileSchema, MAX_CONTACTS, type EmployerProfileInput } from '@/lib/validation/employers';

interface Props {
  /** Absent: a new employer (staff). */
  employer?: { id: number };
  initial: EmployerProfileInput;
  places: { id: number; name: string; country: string; postcode: string }[];
}

/** The company profile with its contact people; shared by /company (employer users) and /employers (staff). */
export function EmployerProfileForm({ employer, initial, places }: Props) {
  const t = useT('employers');
  const common = useT('common');
  const lng = useLng();
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const schema = useMemo(() => buildEmployerProfileSchema((id) => places.find((p) => String(p.id) === id)?.country), [places]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<EmployerProfileInput>({ resolver: zodResolver(schema), defaultValues: initial });
  const contacts = useFieldArray({ control, name: 'contacts' });

  const placeField = register('placeId', {
    // Choosing a town fills in its postcode when none was typed yet.
    onChange: (e: { target: { value: string } }) => {
      const place = places.find((p) => String(p.id) === e.target.value);
      if (place && !getValues('postcode')) setValue('postcode', place.country === 'DE' ? place.postcode : '');
    },
  });

  async function onSubmit(values: EmployerProfileInput) {
    setMessage(null);
    const { version, ...profile } = values;
    const result = employer ? await updateEmployerAction({ ...profile, id: employer.id, version }) : await createEmployerAction(profile);
    if (!result.ok) {
      const fieldErrors = Object.entries(result.fieldErrors ?? {});
      for (const [field, code] of fieldErrors) setError(field as keyof EmployerProfileInput, { message: code }, { shouldFocus: true });
      if (fieldErrors.length === 0) setMessage({ kind: 'error', text: errorText(result.code)! });
      return;
    }
    if (!employer) {
      router.push(`/${lng}/employers/${(result.data as { id: number }).id}?saved=1`);
      return;
    }
    setMessage({ kind: 'success', text: t('profile.saved') });
    // The saved state (and its new version) becomes the form's base: a second save is not a conflict.
    const saved = result.data as { version: number; contacts: EmployerProfileInput['contacts'] };
    reset({ ...values, version: saved.version, contacts: saved.contacts });
    router.refresh();
  }

  const contactErrors = errors.contacts as unknown as Record<number, Record<string, { message?: string }>> | undefined;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form">
      {message ? (
        <FormMessage kind={message.kind} testId="employer-profile-message">
          {message.text}
        </FormMessage>
      ) : null}
      <fieldset>
        <legend>{t('profile.sectionCompany')}</legend>
        <TextField
          id="employer-name"
          label={t('profile.name')}
          required
          autoComplete="organization"
          registration={register('name')}
          error={errorText(errors.name?.message)}
        />
        <TextField
          id="employer-street"
          label={t('profile.street')}
          autoComplete="street-address"
          registration={register('street')}
          error={errorText(errors.street?.message)}
        />
        <SelectField
          id="employer-place"
          label={t('profile.place')}
          required
          registration={placeField}
          placeholder={t('profile.choosePlace')}
          options={places.map((p) => ({ value: String(p.id), label: `${p.name} (${p.country})` }))}
          error={errorText(errors.placeId?.message)}
        />
        <TextField
          id="employer-postcode"
          label={t('profile.postcode')}
          hint={t('profile.postcodeHint')}
          required
          autoComplete="postal-code"
          registration={register('postcode')}
          error={errorText(errors.postcode?.message)}
        />
        <SelectField
          id="employer-sector"
          label={t('profile.sector')}
          required
          registration={register('sector')}
          placeholder={t('profile.chooseSector')}
          options={sectors.map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))}
          error={errorText(errors.sector?.message)}
        />
        <TextField
          id="employer-website"
          label={t('profile.website')}
          type="url"
          autoComplete="url"
          registration={register('website')}
          error={errorText(errors.website?.message)}
        />
        <TextField
          id="employer-phone"
          label={t('profile.phone')}
          type="tel"
          autoComplete="tel"
          registration={register('phone')}
          error={errorText(errors.phone?.message)}
        />
        <TextField
          id="employer-email"
          label={t('profile.email')}
          type="email"
          autoComplete="email"
          registration={register('email')}
          error={errorText(errors.email?.message)}
        />
        <TextAreaField
          schema={schema}
          id="employer-description"
          label={t('profile.description')}
          rows={4}
          registration={register('description')}
          error={errorText(errors.description?.message)}
        />
      </fieldset>
      <fieldset>
        <legend>{t('profile.sectionContacts')}</legend>
        {contacts.fields.length === 0 ? <p className="field-hint">{t('profile.noContacts')}</p> : null}
        {errors.contacts?.message ? <p className="field-error">{errorText(errors.contacts.message)}</p> : null}
        <ol className="contact-editor">
          {contacts.fields.map((field, index) => {
            const n = index + 1;
            const e = contactErrors?.[index];
            return (
              <li key={field.id}>
                <fieldset>
                  <legend>{t('profile.contact', { n })}</legend>
                  <input type="hidden" {...register(`contacts.${index}.id`)} />
                  <TextField
                    id={`contact-${n}-name`}
                    label={t('profile.contactName')}
                    required
                    registration={register(`contacts.${index}.name`)}
                    error={errorText(e?.name?.message)}
                  />
                  <TextField
                    id={`contact-${n}-job`}
                    label={t('profile.contactJobTitle')}
                    registration={register(`contacts.${index}.jobTitle`)}
                    error={errorText(e?.jobTitle?.message)}
                  />
                  <TextField
                    id={`contact-${n}-email`}
                    label={t('profile.contactEmail')}
                    type="email"
                    registration={register(`contacts.${index}.email`)}
                    error={errorText(e?.email?.message)}
                  />
                  <TextField
                    id={`contact-${n}-phone`}
                    label={t('profile.contactPhone')}
                    type="tel"
                    registration={register(`contacts.${index}.phone`)}
                    error={errorText(e?.phone?.message)}
                  />
                  <button type="button" className="button button-quiet button-small" onClick={() => contacts.remove(index)}>
                    {t('profile.removeContact', { n })}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {contacts.fields.length < MAX_CONTACTS ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => contacts.append({ id: '', name: '', jobTitle: '', email: '', phone: '' }, { focusName: `contacts.${contacts.fields.length}.name` })}
          >
            {t('profile.addContact')}
          </button>
        ) : null}
      </fieldset>
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : employer ? t('profile.save') : t('profile.create')}
      </button>
    </form>
  );
}
