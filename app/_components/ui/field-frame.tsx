import type { ReactNode } from 'react';
import '@utrecht/form-field-css';
import '@utrecht/form-label-css';
import '@utrecht/form-field-description-css';
import '@utrecht/form-field-error-message-css';
import '@utrecht/textbox-css';
import '@utrecht/select-css';
import './fields.css';

/**
 * The frame of every form field in the kit (NL Design System form-field): a visible label, an
 * optional hint and error, both tied to the control by aria-describedby. Server-safe: list
 * filters (plain GET forms) use it directly, the react-hook-form fields in fields.tsx through it.
 */
export interface FieldProps {
  id: string;
  label: string;
  /** Already translated. */
  error?: string;
  hint?: string;
  required?: boolean;
}

export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="utrecht-form-field-description field-hint">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="utrecht-form-field-error-message field-error">
      {error}
    </p>
  ) : null;
}

export function FormField({ id, label, error, hint, required, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--text gz-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label htmlFor={id} className="utrecht-form-label">
          {label}
          {required ? <span aria-hidden="true"> *</span> : null}
        </label>
      </div>
      <FieldHint id={id} hint={hint} />
      <div className="utrecht-form-field__input">{children}</div>
      <FieldError id={id} error={error} />
    </div>
  );
}

export const textboxClass = (invalid?: boolean) => `utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}`;
export const selectClass = (invalid?: boolean) => `utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}`;

/** A text (search, number, date) input for a plain GET form: a list's filters. */
export function FilterInput({
  id,
  label,
  hint,
  name,
  type = 'text',
  defaultValue,
  min,
  max,
  inputMode,
}: {
  id: string;
  label: string;
  hint?: string;
  name: string;
  type?: 'text' | 'search' | 'number' | 'date';
  defaultValue?: string | number;
  min?: number;
  max?: number;
  inputMode?: 'numeric' | 'text' | 'search';
}) {
  return (
    <FormField id={id} label={label} hint={hint}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue ?? ''}
        min={min}
        max={max}
        inputMode={inputMode}
        aria-describedby={describedBy(id, hint)}
        className={textboxClass()}
      />
    </FormField>
  );
}

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

/** A select for a plain GET form; options in groups when `groups` is given. */
export function FilterSelect({
  id,
  label,
  hint,
  name,
  defaultValue,
  options = [],
  groups,
}: {
  id: string;
  label: string;
  hint?: string;
  name: string;
  defaultValue?: string;
  options?: SelectOption[];
  groups?: { label: string; options: SelectOption[] }[];
}) {
  const render = (o: SelectOption) => (
    <option key={o.value} value={o.value} lang={o.lang}>
      {o.label}
    </option>
  );
  return (
    <FormField id={id} label={label} hint={hint}>
      <select id={id} name={name} defaultValue={defaultValue ?? ''} aria-describedby={describedBy(id, hint)} className={selectClass()}>
        {options.map(render)}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map(render)}
          </optgroup>
        ))}
      </select>
    </FormField>
  );
}
