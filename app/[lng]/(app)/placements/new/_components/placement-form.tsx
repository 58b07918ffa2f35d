'use client';

import { useEffect, useId, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { FormMessage, SelectField, TextField } from '@/app/_components/ui/fields';
import { LangSelectField, RadioGroupField } from '@/app/_components/ui/choice-fields';
import { useErrorText } from '@/app/_components/ui/use-error-text';
import type { EmployerOption, PersonOption, VacancyOption } from '@/db/queries/placement-options';
import { contractTypes } from '@/db/schema/enums';
import { createPlacementAction, searchPlacementOptionsAction } from '@/lib/actions/placements';
import { useLng, useT } from '@/lib/i18n/client';
import { validationMessage } from '@/lib/validation/messages';
import { createPlacementSchema, type CreatePlacementData, type CreatePlacementInput } from '@/lib/validation/placements';

type Field = keyof CreatePlacementInput;

/** Keeps the chosen option in a fresh result list, so a new search never drops the choice. */
function withChosen<T extends { id: number }>(options: T[], all: T[], chosenId: string): T[] {
  const chosen = all.find((o) => String(o.id) === chosenId);
  return chosen && !options.some((o) => o.id === chosen.id) ? [chosen, ...options] : options;
}

export function PlacementForm({
  initial,
  people: initialPeople,
  employers: initialEmployers,
  vacancies: initialVacancies,
}: {
  initial: CreatePlacementInput;
  people: PersonOption[];
  employers: EmployerOption[];
  vacancies: VacancyOption[];
}) {
  const lng = useLng();
  const t = useT('placements');
  const common = useT('common');
  const errorText = useErrorText();
  const router = useRouter();
  const ids = { personSearch: useId(), employerSearch: useId() };
  const [people, setPeople] = useState(initialPeople);
  const [employerOptions, setEmployerOptions] = useState(initialEmployers);
  const [vacancyOptions, setVacancyOptions] = useState(initialVacancies);
  const [personQuery, setPersonQuery] = useState('');
  const [employerQuery, setEmployerQuery] = useState('');
  const [searching, startSearch] = useTransition();
  const [searchNote, setSearchNote] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const form = useForm<CreatePlacementInput, unknown, CreatePlacementData>({ resolver: zodResolver(createPlacementSchema), defaultValues: initial });
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const jobSeekerId = watch('jobSeekerId');
  const employerId = watch('employerId');
  const person = people.find((p) => String(p.id) === jobSeekerId);

  // The chosen person's cohort decides whether SIB is possible: the form checks it at once,
  // the server and the database check it again.
  useEffect(() => {
    setValue('sibCohort', person?.sibCohort ?? false, { shouldValidate: getValues('funding') === 'sib' && Boolean(person) });
  }, [person, setValue, getValues]);

  function searchPeople() {
    startSearch(async () => {
      const result = await searchPlacementOptionsAction({ kind: 'jobSeeker', q: personQuery });
      if (result.ok && result.data.kind === 'jobSeeker') {
        setPeople(withChosen(result.data.options, people, getValues('jobSeekerId')));
        setSearchNote(t('form.found', { n: result.data.options.length }));
      } else if (!result.ok) setSearchNote(errorText(result.code) ?? null);
    });
  }

  function searchEmployers() {
    startSearch(async () => {
      const result = await searchPlacementOptionsAction({ kind: 'employer', q: employerQuery });
      if (result.ok && result.data.kind === 'employer') {
        setEmployerOptions(withChosen(result.data.options, employerOptions, getValues('employerId')));
        setSearchNote(t('form.found', { n: result.data.options.length }));
      } else if (!result.ok) setSearchNote(errorText(result.code) ?? null);
    });
  }

  function onEmployerChange(id: string) {
    setValue('vacancyId', '');
    setVacancyOptions([]);
    if (!id) return;
    startSearch(async () => {
      const result = await searchPlacementOptionsAction({ kind: 'vacancy', q: '', employerId: Number(id) });
      if (result.ok && result.data.kind === 'vacancy') setVacancyOptions(result.data.options);
    });
  }

  function onVacancyChange(id: string) {
    const vacancy = vacancyOptions.find((v) => String(v.id) === id);
    if (!vacancy) return;
    if (!getValues('jobTitle').trim()) setValue('jobTitle', vacancy.title);
    if (vacancy.contract) setValue('contract', vacancy.contract);
    if (!getValues('hoursPerWeek').trim() && vacancy.hoursMax) setValue('hoursPerWeek', String(vacancy.hoursMax));
  }

  const searchOnEnter = (run: () => void) => (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      run();
    }
  };

  async function onSubmit() {
    setMessage(null);
    // The raw input goes to the server, which parses it with the same schema.
    const result = await createPlacementAction(getValues());
    if (!result.ok) {
      for (const [field, code] of Object.entries(result.fieldErrors ?? {})) {
        setError(field as Field, { message: code }, { shouldFocus: true });
      }
      if (!result.fieldErrors) setMessage(errorText(result.code) ?? null);
      return;
    }
    router.push(`/${lng}/placements/${result.data.id}?created=1`);
  }

  const jobSeekerField = register('jobSeekerId');
  const employerField = register('employerId');
  const vacancyField = register('vacancyId');
  const errorCount = Object.keys(errors).length;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="form" aria-labelledby="new-placement-title">
      {message ? (
        <FormMessage kind="error" testId="placement-form-message">
          {message}
        </FormMessage>
      ) : errorCount > 0 ? (
        <FormMessage kind="error" testId="placement-form-message">
          {errorText(validationMessage('formHasErrors', { count: errorCount }))}
        </FormMessage>
      ) : null}

      <fieldset>
        <legend>{t('form.who')}</legend>
        <div className="search-row">
          <label htmlFor={ids.personSearch}>{t('form.searchPerson')}</label>
          <input
            id={ids.personSearch}
            type="search"
            value={personQuery}
            onChange={(e) => setPersonQuery(e.target.value)}
            onKeyDown={searchOnEnter(searchPeople)}
          />
          <button type="button" className="button button-secondary button-small" onClick={searchPeople} disabled={searching}>
            {t('form.search')}
            <span className="visually-hidden">: {t('form.searchPerson')}</span>
          </button>
        </div>
        <SelectField
          id="placement-person"
          label={t('form.person')}
          required
          hint={t('form.personHint')}
          placeholder={t('form.choosePerson')}
          registration={jobSeekerField}
          options={people.map((p) => ({ value: String(p.id), label: p.sibCohort ? `${p.label} · ${t('form.sibCohortShort')}` : p.label }))}
          error={errorText(errors.jobSeekerId?.message)}
        />
        <div className="search-row">
          <label htmlFor={ids.employerSearch}>{t('form.searchEmployer')}</label>
          <input
            id={ids.employerSearch}
            type="search"
            value={employerQuery}
            onChange={(e) => setEmployerQuery(e.target.value)}
            onKeyDown={searchOnEnter(searchEmployers)}
          />
          <button type="button" className="button button-secondary button-small" onClick={searchEmployers} disabled={searching}>
            {t('form.search')}
            <span className="visually-hidden">: {t('form.searchEmployer')}</span>
          </button>
        </div>
        <SelectField
          id="placement-employer"
          label={t('form.employer')}
          required
          placeholder={t('form.chooseEmployer')}
          registration={{
            ...employerField,
            onChange: async (e) => {
              await employerField.onChange(e);
              onEmployerChange((e.target as HTMLSelectElement).value);
            },
          }}
          options={employerOptions.map((e) => ({ value: String(e.id), label: e.label }))}
          error={errorText(errors.employerId?.message)}
        />
        <LangSelectField
          id="placement-vacancy"
          label={t('form.vacancy')}
          hint={employerId ? (vacancyOptions.length ? t('form.vacancyHint') : t('form.noVacancies')) : t('form.vacancyChooseEmployerFirst')}
          placeholder={t('form.noVacancy')}
          registration={{
            ...vacancyField,
            onChange: async (e) => {
              await vacancyField.onChange(e);
              onVacancyChange((e.target as HTMLSelectElement).value);
            },
          }}
          options={vacancyOptions.map((v) => ({ value: String(v.id), label: v.label, lang: v.textLanguage === lng ? undefined : v.textLanguage }))}
          error={errorText(errors.vacancyId?.message)}
        />
        <p className="field-hint" role="status" aria-live="polite">
          {searching ? t('form.searching') : searchNote}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('form.job')}</legend>
        <TextField
          id="placement-start"
          label={t('form.startDate')}
          type="date"
          required
          registration={register('startDate')}
          error={errorText(errors.startDate?.message)}
        />
        <RadioGroupField
          id="placement-funding"
          legend={t('form.funding')}
          required
          hint={person ? (person.sibCohort ? t('form.inSibCohort') : t('form.notInSibCohort')) : t('form.fundingHint')}
          registration={register('funding')}
          options={[
            { value: 'regular', label: t('domain:funding.regular') },
            { value: 'sib', label: t('domain:funding.sib') },
          ]}
          error={errorText(errors.funding?.message)}
        />
        <TextField id="placement-title" label={t('form.jobTitle')} required registration={register('jobTitle')} error={errorText(errors.jobTitle?.message)} />
        <TextField
          id="placement-hours"
          label={t('form.hoursPerWeek')}
          inputMode="numeric"
          required
          registration={register('hoursPerWeek')}
          error={errorText(errors.hoursPerWeek?.message)}
        />
        <SelectField
          id="placement-contract"
          label={t('form.contract')}
          required
          registration={register('contract')}
          options={contractTypes.map((c) => ({ value: c, label: t(`domain:contract.${c}`) }))}
          error={errorText(errors.contract?.message)}
        />
      </fieldset>
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? common('actions.saving') : t('form.submit')}
      </button>
    </form>
  );
}
