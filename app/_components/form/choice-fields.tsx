'use client';

import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * Radio groups and selects with per-option language (text areas: fields.tsx), beside fields.tsx and in
 * its manner: a visible label, hint and error tied to the control by aria-describedby.
 */

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  ) : null;
}

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
    <fieldset className={`field radio-group${error ? ' field-invalid' : ''}`} aria-describedby={describedBy(id, hint, error)} id={id}>
      <legend>
        {legend}
        {required ? <span aria-hidden="true"> *</span> : null}
      </legend>
      <Hint id={id} hint={hint} />
      {options.map((o) => (
        <div key={o.value} className="radio-option">
          <input type="radio" id={`${id}-${o.value}`} value={o.value} disabled={o.disabled} aria-invalid={error ? true : undefined} {...registration} />
          <label htmlFor={`${id}-${o.value}`}>
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
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <Hint id={id} hint={hint} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
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
      <ErrorText id={id} error={error} />
    </div>
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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      <div className="checkbox-row">
        <input id={id} type="checkbox" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...registration} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
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
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`checkbox-group${error ? ' field-invalid' : ''}`} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className={columns ? 'checkbox-columns' : 'checkbox-list'}>
        {options.map((o) => (
          <div key={o.value} className="checkbox-row">
            <input id={`${id}-${o.value}`} type="checkbox" value={o.value} {...registration} />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A row of fields side by side (wraps on narrow screens). */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="field-row">{children}</div>;
}
