'use client';

import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import '@utrecht/checkbox-css';
import '@utrecht/radio-button-css';
import '@utrecht/form-fieldset-css';
import { describedBy, FieldError as ErrorText, FieldHint as Hint, FormField, selectClass } from './field-frame';

/**
 * Radio groups and selects with per-option language (text areas: fields.tsx), beside fields.tsx and in
 * its manner: a visible label, hint and error tied to the control by aria-describedby.
 */

/** A fieldset of radio buttons: the legend is the label of the group. */
export function RadioGroupField({
  id,
  legend,
  options,
  registration,
  error,
  hint,
  required,
}: {
  id: string;
  legend: string;
  options: { value: string; label: string; disabled?: boolean; hint?: string }[];
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
}) {
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset gz-choice${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
      id={id}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      <Hint id={id} hint={hint} />
      {options.map((o) => (
        <div key={o.value} className="gz-choice__option">
          <input
            type="radio"
            id={`${id}-${o.value}`}
            value={o.value}
            disabled={o.disabled}
            aria-invalid={error ? true : undefined}
            className="utrecht-radio-button utrecht-radio-button--html-input"
            {...registration}
          />
          <label htmlFor={`${id}-${o.value}`} className="utrecht-form-label utrecht-form-label--radio">
            {o.label}
            {o.hint ? <span className="field-hint"> {o.hint}</span> : null}
          </label>
        </div>
      ))}
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}

/** A select whose options may be in another language than the page (a German vacancy title). */
export function LangSelectField({
  id,
  label,
  registration,
  options,
  placeholder,
  error,
  hint,
  required,
  children,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  options: { value: string; label: string; lang?: string }[];
  placeholder?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children?: ReactNode;
}) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        className={selectClass(Boolean(error))}
        {...registration}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
      {children}
    </FormField>
  );
}

/** Checkboxes and checkbox groups, the one family for every form (labels, hints, errors tied by id). */

export function CheckboxField({
  id,
  label,
  hint,
  error,
  registration,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox gz-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="gz-choice__option">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          {...registration}
        />
        <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
          {label}
        </label>
      </div>
      <Hint id={id} hint={hint} />
      <ErrorText id={id} error={error} />
    </div>
  );
}

/** Several checkboxes under one question: a fieldset whose legend is the question. */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  registration,
  columns,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  columns?: boolean;
}) {
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset gz-choice${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      <Hint id={id} hint={hint} />
      <div className={columns ? 'gz-choice__columns' : undefined}>
        {options.map((o) => (
          <div key={o.value} className="gz-choice__option">
            <input id={`${id}-${o.value}`} type="checkbox" value={o.value} className="utrecht-checkbox utrecht-checkbox--html-input" {...registration} />
            <label htmlFor={`${id}-${o.value}`} className="utrecht-form-label utrecht-form-label--checkbox">
              {o.label}
            </label>
          </div>
        ))}
      </div>
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}

/** A row of fields side by side (wraps on narrow screens). */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="gz-field-row">{children}</div>;
}
