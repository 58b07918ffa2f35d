'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';

/** A labelled textarea with hint and error linked for screen readers (see fields.tsx). */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  registration,
  lang,
  rows = 4,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
  lang?: string;
  rows?: number;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea id={id} rows={rows} lang={lang} aria-invalid={error ? true : undefined} aria-describedby={described} {...registration} />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
