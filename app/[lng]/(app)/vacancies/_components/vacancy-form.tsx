'use client';

import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { CheckboxField, CheckboxGroup, RadioGroupField } from '@/app/_components/ui/choice-fields';
import { FormMessage, SelectField, TextAreaField, TextField } from '@/app/_components/ui/fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import { cefrLevels, contractTypes, sectors, shifts, type VacancyStatus } from '@/db/schema/enums';
import { createVacancyAction, updateVacancyAction } from '@/lib/actions/vacancies';
import { occupationList } from '@/lib/domain/occupations';
import { qualificationList } from '@/lib/domain/qualifications';
import { useLng, useT } from '@/lib/i18n/client';
import {
  buildVacancyFormSchema,
  createVacancySchema,
  occupationSector,
  vacancyFormSchema,
  type VacancyFormInput,
  type VacancyIntent,
} from '@/lib/validation/vacancies';

type FormInput = VacancyFormInput & { employerId: string };

interface Props {
  /** Absent for a new vacancy. */
  vacancy?: { id: number; version: number; status: VacancyStatus };
  initial: VacancyFormInput;
  places: { id: number; name: string; country: string }[];
  /** Staff creating a vacancy choose the employer; employer users post for their own company. */
  employers?: { id: number; name: string }[];
  employerId?: string;
}

export function VacancyForm({ vacancy, initial, places, employers, employerId = '' }: Props) {
  const t = useT('vacancies');
  const common = useT('common');
  const lng = useLng();
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const isDraft = !vacancy || vacancy.status === 'draft';
  // An expired vacancy keeps its (past) closing date when saved with other changes.
  const editSchema = useMemo(() => buildVacancyFormSchema(undefined, (closingDate) => closingDate === initial.closingDate), [initial.closingDate]);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FormInput>({
    resolver: zodResolver(vacancy ? editSchema : createVacancySchema) as never,
    defaultValues: { ...initial, employerId },
  });
  const [submitting, setSubmitting] = useState<VacancyIntent | null>(null);
  const sector = watch('sector');
  const textLanguage = watch('textLanguage');
  const occupations = occupationList.filter((o) => !sector || o.sector === sector);

  const sectorField = register('sector', {
    // A sector change drops an occupation of another sector instead of keeping a hidden mismatch.
    onChange: (e: { target: { value: string } }) => {
      const code = getValues('occupationCode');
      if (code && e.target.value && occupationSector(code) !== e.target.value) setValue('occupationCode', '');
    },
  });

  async function onSubmit(values: FormInput) {
    setMessage(null);
    const { employerId: chosen, ...rest } = values;
    const result = vacancy
      ? await updateVacancyAction({ ...rest, id: vacancy.id, version: vacancy.version })
      : await createVacancyAction({ ...rest, employerId: chosen });
    if (!result.ok) {
      const fieldErrors = Object.entries(result.fieldErrors ?? {});
      for (const [field, code] of fieldErrors) {
        if (field === '_form') setMessage(errorText(code)!);
        else setError(field as keyof FormInput, { message: code }, { shouldFocus: true });
      }
      if (fieldErrors.length === 0) setMessage(errorText(result.code)!);
      setSubmitting(null);
      return;
    }
    router.push(`/${lng}/vacancies/${result.data.id}?saved=${values.intent}`);
    router.refresh();
  }

  function submitAs(intent: VacancyIntent) {
    setValue('intent', intent);
    setSubmitting(intent);
    void handleSubmit(onSubmit, () => setSubmitting(null))();
  }

  const error = (field: keyof FormInput) => errorText(errors[field]?.message as string | undefined);
  // Marks what publishing needs; the intro says a draft may leave these empty.
  const required = true;
  const busy = isSubmitting || submitting !== null;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submitAs(isDraft ? 'draft' : 'save');
      }}
      noValidate
      className="form vacancy-form"
    >
      {message ? (
        <FormMessage kind="error" testId="vacancy-form-message">
          {message}
        </FormMessage>
      ) : null}
      {employers ? (
        <SelectField
          id="vacancy-employer"
          label={t('form.employer')}
          required
          registration={register('employerId')}
          placeholder={t('form.chooseEmployer')}
          options={employers.map((e) => ({ value: String(e.id), label: e.name }))}
          error={error('employerId')}
        />
      ) : null}
      <fieldset>
        <legend>{t('form.sectionText')}</legend>
        <RadioGroupField
          id="vacancy-text-language"
          legend={t('form.textLanguage')}
          registration={register('textLanguage')}
          options={[
            { value: 'de', label: common('language.de') },
            { value: 'nl', label: common('language.nl') },
          ]}
          error={error('textLanguage')}
        />
        <TextField id="vacancy-title" label={t('form.title')} required lang={textLanguage} registration={register('title')} error={error('title')} />
        <TextAreaField
          schema={vacancyFormSchema}
          id="vacancy-description"
          label={t('form.description')}
          required={required}
          rows={8}
          lang={textLanguage}
          registration={register('description')}
          error={error('description')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('form.sectionJob')}</legend>
        <SelectField
          id="vacancy-sector"
          label={t('form.sector')}
          required={required}
          registration={sectorField}
          placeholder={t('form.chooseSector')}
          options={sectors.map((s) => ({ value: s, label: t(`domain:sector.${s}`) }))}
          error={error('sector')}
        />
        <SelectField
          id="vacancy-occupation"
          label={t('form.occupation')}
          hint={t('form.occupationHint')}
          required={required}
          registration={register('occupationCode')}
          placeholder={t('form.chooseOccupation')}
          options={occupations.map((o) => ({ value: o.code, label: t(`domain:occupation.${o.code}`) }))}
          error={error('occupationCode')}
        />
        <SelectField
          id="vacancy-place"
          label={t('form.place')}
          required={required}
          registration={register('placeId')}
          placeholder={t('form.choosePlace')}
          options={places.map((p) => ({ value: String(p.id), label: `${p.name} (${p.country})` }))}
          error={error('placeId')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('form.sectionTerms')}</legend>
        <div className="field-row">
          <TextField
            id="vacancy-hours-min"
            label={t('form.hoursMin')}
            required={required}
            inputMode="numeric"
            registration={register('hoursMin')}
            error={error('hoursMin')}
          />
          <TextField
            id="vacancy-hours-max"
            label={t('form.hoursMax')}
            required={required}
            inputMode="numeric"
            registration={register('hoursMax')}
            error={error('hoursMax')}
          />
        </div>
        <SelectField
          id="vacancy-contract"
          label={t('form.contract')}
          required={required}
          registration={register('contract')}
          placeholder={t('form.chooseContract')}
          options={contractTypes.map((c) => ({ value: c, label: t(`domain:contract.${c}`) }))}
          error={error('contract')}
        />
        <div className="field-row">
          <TextField id="vacancy-pay-min" label={t('form.payMin')} inputMode="numeric" registration={register('payMin')} error={error('payMin')} />
          <TextField id="vacancy-pay-max" label={t('form.payMax')} inputMode="numeric" registration={register('payMax')} error={error('payMax')} />
        </div>
        <CheckboxGroup
          id="vacancy-shifts"
          legend={t('form.shifts')}
          registration={register('shifts')}
          options={shifts.map((s) => ({ value: s, label: t(`domain:shift.${s}`) }))}
          error={error('shifts')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('form.sectionRequirements')}</legend>
        <SelectField
          id="vacancy-german"
          label={t('form.germanLevel')}
          required={required}
          registration={register('germanLevel')}
          placeholder={t('form.chooseLevel')}
          options={cefrLevels.map((c) => ({ value: c, label: c }))}
          error={error('germanLevel')}
        />
        <SelectField
          id="vacancy-qualification"
          label={t('form.qualification')}
          registration={register('qualificationRequired')}
          placeholder={t('form.noQualification')}
          options={qualificationList.map((q) => ({ value: q.code, label: t(`domain:qualification.${q.code}`) }))}
          error={error('qualificationRequired')}
        />
        <CheckboxField id="vacancy-recognition" label={t('form.recognition')} registration={register('recognitionRequired')} />
        <CheckboxField id="vacancy-driving" label={t('form.drivingLicence')} registration={register('drivingLicenceRequired')} />
      </fieldset>
      <fieldset>
        <legend>{t('form.sectionDates')}</legend>
        <TextField
          id="vacancy-start"
          label={t('form.startDate')}
          hint={t('form.startDateHint')}
          type="date"
          registration={register('startDate')}
          error={error('startDate')}
        />
        <TextField
          id="vacancy-positions"
          label={t('form.positions')}
          required
          inputMode="numeric"
          registration={register('positions')}
          error={error('positions')}
        />
        <TextField
          id="vacancy-closing"
          label={t('form.closingDate')}
          hint={t('form.closingDateHint')}
          type="date"
          registration={register('closingDate')}
          error={error('closingDate')}
        />
      </fieldset>
      <div className="button-row">
        {isDraft ? (
          <>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => submitAs('draft')}>
              {submitting === 'draft' ? common('actions.saving') : t('form.saveDraft')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => submitAs('publish')}>
              {submitting === 'publish' ? common('actions.saving') : t('form.publish')}
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => submitAs('save')}>
            {submitting === 'save' ? common('actions.saving') : t('form.save')}
          </button>
        )}
      </div>
    </form>
  );
}
