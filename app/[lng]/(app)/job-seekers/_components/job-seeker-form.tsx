'use client';

import { useState } from 'react';
import { useFieldArray, useForm, type FieldErrors, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { CheckboxField, CheckboxGroup, FieldRow } from '@/app/_components/ui/choice-fields';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { cefrLevels, consentScopes, germanStates, recognitionStatuses, sectors } from '@/db/schema/enums';
import { registerJobSeekerAction, updateJobSeekerAction } from '@/lib/actions/job-seekers';
import { languageCodes } from '@/lib/domain/job-seekers';
import { qualificationCodes } from '@/lib/domain/qualifications';
import { useLng, useT } from '@/lib/i18n/client';
import { jobSeekerSchema, type JobSeekerFormInput, type JobSeekerValues } from '@/lib/validation/job-seekers';

type Props = {
  places: { id: number; name: string; postcode: string }[];
  defaults: JobSeekerFormInput;
} & ({ mode: 'create' } | { mode: 'edit'; id: number; version: number });

function countErrors(errors: FieldErrors): number {
  let n = 0;
  for (const value of Object.values(errors)) {
    if (!value) continue;
    if (typeof (value as { message?: unknown }).message === 'string') n += 1;
    else if (typeof value === 'object') n += countErrors(value as FieldErrors);
  }
  return n;
}

/** Register or edit one job seeker: the whole profile in one form, in sections. */
export function JobSeekerForm(props: Props) {
  const { places, defaults } = props;
  const lng = useLng();
  const t = useT('jobSeekers');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<JobSeekerFormInput, unknown, JobSeekerValues>({ resolver: zodResolver(jobSeekerSchema), defaultValues: defaults });
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const languages = useFieldArray({ control, name: 'languages' });
  const qualifications = useFieldArray({ control, name: 'qualifications' });
  const err = (message: string | undefined) => errorText(message);

  async function save() {
    setMessage(null);
    // The server parses the raw input with the same schema: send what the user typed.
    const raw = getValues();
    const result = props.mode === 'create' ? await registerJobSeekerAction(raw) : await updateJobSeekerAction({ ...raw, id: props.id, version: props.version });
    if (result.ok) {
      router.push(`/${lng}/job-seekers/${result.data.id}?saved=${props.mode === 'create' ? 'registered' : 'updated'}`);
      return;
    }
    const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([field]) => field !== '_form');
    for (const [i, [field, code]] of fieldErrors.entries()) setError(field as Path<JobSeekerFormInput>, { message: code }, { shouldFocus: i === 0 });
    if (fieldErrors.length > 0) setMessage(errorText(`formHasErrors|${JSON.stringify({ count: fieldErrors.length })}`)!);
    else setMessage(errorText(result.fieldErrors?._form ?? result.code)!);
  }

  const levelOptions = cefrLevels.map((l) => ({ value: l, label: t(`cefr.${l}`) }));
  const placeOptions = places.map((p) => ({ value: String(p.id), label: `${p.name} (${p.postcode})` }));

  return (
    <form
      onSubmit={handleSubmit(save, (invalid) => setMessage(errorText(`formHasErrors|${JSON.stringify({ count: countErrors(invalid) })}`)!))}
      noValidate
      className="form job-seeker-form"
      aria-labelledby="job-seeker-form-title"
    >
      {message ? (
        <FormMessage kind="error" testId="job-seeker-form-message">
          {message}
        </FormMessage>
      ) : null}

      <fieldset>
        <legend>{t('form.identity')}</legend>
        <FieldRow>
          <TextField
            id="js-client-number"
            label={t('form.clientNumber')}
            hint={t('form.clientNumberHint')}
            required
            autoComplete="off"
            registration={register('clientNumber')}
            error={err(errors.clientNumber?.message)}
          />
          <TextField
            id="js-date-of-birth"
            label={t('form.dateOfBirth')}
            type="date"
            required
            registration={register('dateOfBirth')}
            error={err(errors.dateOfBirth?.message)}
          />
        </FieldRow>
        <FieldRow>
          <TextField
            id="js-first-name"
            label={t('form.firstName')}
            required
            autoComplete="off"
            registration={register('firstName')}
            error={err(errors.firstName?.message)}
          />
          <TextField
            id="js-last-name"
            label={t('form.lastName')}
            hint={t('form.lastNameHint')}
            required
            autoComplete="off"
            registration={register('lastName')}
            error={err(errors.lastName?.message)}
          />
        </FieldRow>
        <FieldRow>
          <TextField
            id="js-email"
            label={t('form.email')}
            type="email"
            autoComplete="off"
            registration={register('email')}
            error={err(errors.email?.message)}
          />
          <TextField id="js-phone" label={t('form.phone')} type="tel" autoComplete="off" registration={register('phone')} error={err(errors.phone?.message)} />
        </FieldRow>
      </fieldset>

      <fieldset>
        <legend>{t('form.home')}</legend>
        <FieldRow>
          <TextField
            id="js-postcode"
            label={t('form.postcode')}
            hint={t('form.postcodeHint')}
            required
            autoComplete="off"
            registration={register('postcode')}
            error={err(errors.postcode?.message)}
          />
          <SelectField
            id="js-place"
            label={t('form.place')}
            required
            placeholder={t('form.choosePlace')}
            options={placeOptions}
            registration={register('placeId')}
            error={err(errors.placeId?.message)}
          />
        </FieldRow>
      </fieldset>

      <fieldset>
        <legend>{t('form.languages')}</legend>
        <p className="field-hint">{t('form.languagesHint')}</p>
        {err(errors.languages?.message ?? errors.languages?.root?.message) ? (
          <p className="field-error">{err(errors.languages?.message ?? errors.languages?.root?.message)}</p>
        ) : null}
        {languages.fields.length === 0 ? <p>{t('form.noLanguages')}</p> : null}
        <ol className="repeat-list">
          {languages.fields.map((field, i) => (
            <li key={field.id} className="repeat-row">
              <SelectField
                id={`js-language-${i}`}
                label={t('form.languageN', { n: i + 1 })}
                required
                options={languageCodes.map((code) => ({ value: code, label: t(`domain:language.${code}`) }))}
                registration={register(`languages.${i}.language`)}
                error={err(errors.languages?.[i]?.language?.message)}
              />
              <SelectField
                id={`js-level-${i}`}
                label={t('form.levelN', { n: i + 1 })}
                required
                placeholder={t('form.chooseLevel')}
                options={levelOptions}
                registration={register(`languages.${i}.level`)}
                error={err(errors.languages?.[i]?.level?.message)}
              />
              <button type="button" className="button button-quiet button-small" onClick={() => languages.remove(i)}>
                {t('form.removeLanguage', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button button-secondary button-small" onClick={() => languages.append({ language: '', level: '' })}>
          {t('form.addLanguage')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('form.qualifications')}</legend>
        <p className="field-hint">{t('form.qualificationsHint')}</p>
        {qualifications.fields.length === 0 ? <p>{t('form.noQualifications')}</p> : null}
        <ol className="repeat-list">
          {qualifications.fields.map((field, i) => (
            <li key={field.id} className="repeat-row">
              <SelectField
                id={`js-qualification-${i}`}
                label={t('form.qualificationN', { n: i + 1 })}
                required
                placeholder={t('form.chooseQualification')}
                options={qualificationCodes.map((code) => ({ value: code, label: t(`domain:qualification.${code}`) }))}
                registration={register(`qualifications.${i}.qualification`)}
                error={err(errors.qualifications?.[i]?.qualification?.message)}
              />
              <TextField
                id={`js-qualification-title-${i}`}
                label={t('form.qualificationTitle')}
                hint={t('form.qualificationTitleHint')}
                registration={register(`qualifications.${i}.title`)}
                error={err(errors.qualifications?.[i]?.title?.message)}
              />
              <TextField
                id={`js-qualification-year-${i}`}
                label={t('form.obtainedYear')}
                inputMode="numeric"
                registration={register(`qualifications.${i}.obtainedYear`)}
                error={err(errors.qualifications?.[i]?.obtainedYear?.message)}
              />
              <SelectField
                id={`js-recognition-${i}`}
                label={t('form.recognitionStatus')}
                required
                options={recognitionStatuses.map((s) => ({ value: s, label: t(`domain:recognitionStatus.${s}`) }))}
                registration={register(`qualifications.${i}.recognitionStatus`)}
                error={err(errors.qualifications?.[i]?.recognitionStatus?.message)}
              />
              <SelectField
                id={`js-recognition-state-${i}`}
                label={t('form.recognitionState')}
                placeholder={t('form.noState')}
                options={germanStates.map((s) => ({ value: s, label: t(`domain:germanState.${s}`) }))}
                registration={register(`qualifications.${i}.recognitionState`)}
                error={err(errors.qualifications?.[i]?.recognitionState?.message)}
              />
              <button type="button" className="button button-quiet button-small" onClick={() => qualifications.remove(i)}>
                {t('form.removeQualification', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => qualifications.append({ qualification: '', title: '', obtainedYear: '', recognitionStatus: 'not_started', recognitionState: '' })}
        >
          {t('form.addQualification')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('form.work')}</legend>
        <CheckboxGroup
          id="js-sectors"
          legend={t('form.wantedSectors')}
          columns
          options={sectors.map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))}
          registration={register('wantedSectors')}
          error={err(errors.wantedSectors?.message)}
        />
        <FieldRow>
          <TextField
            id="js-hours-min"
            label={t('form.hoursMin')}
            inputMode="numeric"
            required
            registration={register('hoursMin')}
            error={err(errors.hoursMin?.message)}
          />
          <TextField
            id="js-hours-max"
            label={t('form.hoursMax')}
            inputMode="numeric"
            required
            registration={register('hoursMax')}
            error={err(errors.hoursMax?.message)}
          />
          <TextField
            id="js-available-from"
            label={t('form.availableFrom')}
            type="date"
            registration={register('availableFrom')}
            error={err(errors.availableFrom?.message)}
          />
        </FieldRow>
        <FieldRow>
          <CheckboxField
            id="js-driving-licence"
            label={t('form.drivingLicence')}
            registration={register('drivingLicence')}
            error={err(errors.drivingLicence?.message)}
          />
          <CheckboxField id="js-has-car" label={t('form.hasCar')} registration={register('hasCar')} error={err(errors.hasCar?.message)} />
          <TextField
            id="js-commute"
            label={t('form.maxCommuteKm')}
            inputMode="numeric"
            registration={register('maxCommuteKm')}
            error={err(errors.maxCommuteKm?.message)}
          />
        </FieldRow>
        <CheckboxField
          id="js-sib"
          label={t('form.sibCohort')}
          hint={t('form.sibCohortHint')}
          registration={register('sibCohort')}
          error={err(errors.sibCohort?.message)}
        />
      </fieldset>

      <fieldset>
        <legend>{t('form.consent')}</legend>
        <p className="field-hint">{t('form.consentHint')}</p>
        <FieldRow>
          <TextField
            id="js-consent-given"
            label={t('form.consentGivenOn')}
            type="date"
            registration={register('consentGivenOn')}
            error={err(errors.consentGivenOn?.message)}
          />
          <TextField
            id="js-consent-until"
            label={t('form.consentUntil')}
            hint={t('form.consentUntilHint')}
            type="date"
            registration={register('consentUntil')}
            error={err(errors.consentUntil?.message)}
          />
        </FieldRow>
        <CheckboxGroup
          id="js-consent-scope"
          legend={t('form.consentScope')}
          options={consentScopes.map((s) => ({ value: s, label: t(`domain:consentScope.${s}`) }))}
          registration={register('consentScope')}
          error={err(errors.consentScope?.message)}
        />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? common('actions.saving') : props.mode === 'create' ? t('form.submitCreate') : t('form.submitEdit')}
        </button>
      </div>
    </form>
  );
}
