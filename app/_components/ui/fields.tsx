'use client';

import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { MultiLine } from '@/lib/validation/fields';
import '@utrecht/textarea-css';
import { describedBy, type FieldProps, FormField, selectClass, textboxClass } from './field-frame';
import { Alert } from './alert';

/** Form fields on react-hook-form registrations (text, date, number, select, textarea). */

export function TextField({
  registration,
  type = 'text',
  autoComplete,
  inputMode,
  lang,
  ...field
}: FieldProps & {
  registration: UseFormRegisterReturn;
  type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'date' | 'datetime-local' | 'number' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel' | 'url' | 'decimal' | 'search';
  /** For free text written in a known language other than the page's. */
  lang?: string;
}) {
  return (
    <FormField {...field}>
      <input
        id={field.id}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        lang={lang}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
        aria-required={field.required || undefined}
        className={textboxClass(Boolean(field.error))}
        {...registration}
      />
    </FormField>
  );
}

export function SelectField({
  registration,
  options,
  placeholder,
  ...field
}: FieldProps & {
  registration: UseFormRegisterReturn;
  /** lang: for options in another language than the page (German employer names on a Dutch page). */
  options: { value: string; label: string; lang?: string }[];
  placeholder?: string;
}) {
  return (
    <FormField {...field}>
      <select
        id={field.id}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
        aria-required={field.required || undefined}
        className={selectClass(Boolean(field.error))}
        {...registration}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** A message for the whole form: errors are announced assertively, successes politely. */
export function FormMessage({ kind, children, testId }: { kind: 'error' | 'success'; children: ReactNode; testId?: string }) {
  return (
    <Alert type={kind === 'error' ? 'error' : 'ok'} testId={testId}>
      {children}
    </Alert>
  );
}

/** The names of an object schema's fields that are multi-line text (see MultiLine in lib/validation/fields). */
export type MultiLineFieldName<S> = S extends { shape: infer Shape }
  ? { [K in keyof Shape]: Shape[K] extends MultiLine ? K : never }[keyof Shape] & string
  : never;

export type TextAreaFieldProps<S extends { shape: object }, N extends MultiLineFieldName<S>> = FieldProps & {
  /** The form's schema: the registered field must be one of its multi-line text fields. */
  schema: S;
  registration: UseFormRegisterReturn<N>;
  rows?: number;
  lang?: string;
};

/**
 * A <textarea> for a multi-line field. Typing `schema` and `registration` together makes a
 * textarea on a single-line field (which would refuse the line breaks typed into it) a
 * compile error; e2e and hostile-input tests cover the run time.
 */
export function TextAreaField<S extends { shape: object }, N extends MultiLineFieldName<S>>({
  schema: _schema,
  registration,
  rows = 6,
  lang,
  ...field
}: TextAreaFieldProps<S, N>) {
  return (
    <FormField {...field}>
      <textarea
        id={field.id}
        rows={rows}
        lang={lang}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.id, field.hint, field.error)}
        aria-required={field.required || undefined}
        className={`utrecht-textarea utrecht-textarea--html-textarea${field.error ? ' utrecht-textarea--invalid' : ''}`}
        {...registration}
      />
    </FormField>
  );
}
