import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNoteSchema, eraseSchema, type withdrawConsentSchema } from '@/lib/validation/job-seekers';
import { vacancyFormSchema } from '@/lib/validation/vacancies';
import { isMultiLineField } from '@/lib/validation/fields';
import type { TextAreaFieldProps } from './fields';

/*
 * Every <textarea> must be backed by a multi-line field of its form's schema, or the line
 * breaks a user types into it are refused on saving. Two locks:
 *   - the type of TextAreaField: `schema` plus `registration={register('x')}` compiles only
 *     when 'x' is a multi-line field of that schema (MultiLine mark from requiredText /
 *     optionalText with multiline: true); the type checks below prove that it bites;
 *   - this scan: no other component renders a <textarea>, and every TextAreaField names
 *     its schema, so the type lock cannot be sidestepped.
 */

const root = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : sourceFiles(full);
    return /\.tsx$/.test(entry.name) && !/\.test\.tsx$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(path.join(root, 'app')).map((file) => ({ file: path.relative(root, file), text: readFileSync(file, 'utf8') }));
const fieldsFile = 'app/_components/ui/fields.tsx';

describe('every <textarea> is a multi-line field of its schema', () => {
  it('finds the forms', () => {
    expect(files.filter((f) => f.text.includes('<TextAreaField')).length).toBeGreaterThanOrEqual(8);
  });

  it('renders <textarea> only inside TextAreaField', () => {
    const raw = files.filter((f) => f.file !== fieldsFile && /<textarea\b/.test(f.text)).map((f) => f.file);
    expect(raw, 'use TextAreaField with the form schema instead').toEqual([]);
  });

  it('names the schema in every TextAreaField', () => {
    const missing: string[] = [];
    for (const { file, text } of files) {
      for (const match of text.matchAll(/<TextAreaField\b([^>]*?)\/>/gs)) {
        if (!/\bschema=\{/.test(match[1]!) || !/\bregistration=\{register\(/.test(match[1]!)) missing.push(`${file}: ${match[0].slice(0, 80)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the type refuses a single-line field and accepts a multi-line one', () => {
    // Compile-time checks (tsc runs them in npm test); at run time the same marks answer.
    const ok: TextAreaFieldProps<typeof addNoteSchema, 'body'>['schema'] = addNoteSchema;
    // @ts-expect-error the client number to confirm an erasure is one line
    const singleLine: TextAreaFieldProps<typeof eraseSchema, 'confirm'> | null = null;
    // @ts-expect-error an id is no text at all
    const notText: TextAreaFieldProps<typeof withdrawConsentSchema, 'id'> | null = null;
    // @ts-expect-error the title of a vacancy is one line
    const title: TextAreaFieldProps<typeof vacancyFormSchema, 'title'> | null = null;
    expect([ok, singleLine, notText, title]).toEqual([addNoteSchema, null, null, null]);
    expect(isMultiLineField(addNoteSchema, 'body')).toBe(true);
    expect(isMultiLineField(vacancyFormSchema, 'description')).toBe(true);
    expect(isMultiLineField(eraseSchema, 'confirm')).toBe(false);
    expect(isMultiLineField(vacancyFormSchema, 'title')).toBe(false);
  });
});
