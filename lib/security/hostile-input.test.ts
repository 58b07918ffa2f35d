import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import deValidation from '@/locales/de/validation.json';
import nlValidation from '@/locales/nl/validation.json';
import { describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { resetDatabase } from '@/db/testing';
import { hashPassword } from '@/lib/auth/password';
import { checkSignIn } from '@/lib/auth/sign-in';
import { loadAction, makeActor, makeSampleIds, withUnique } from '@/lib/testing/access-fixtures';
import { hostileCorpus, hostileWholeInputs } from '@/lib/testing/hostile-corpus';
import { isMultiLineField } from '@/lib/validation/fields';
import { signInSchema } from '@/lib/validation/sign-in';
import { actions } from './access-matrix';

/**
 * Every zod schema in lib/validation and every server action of the access matrix gets a
 * corpus of nasty values. Each value is refused with a validation result, or stored and read
 * back exactly; nothing throws, nothing ends in a server error. New schemas and actions are
 * picked up without touching this file.
 */

withTestDatabase({ reset: false });

const validationModules = import.meta.glob<Record<string, unknown>>(['/lib/validation/*.ts', '!/lib/validation/*.test.ts'], { eager: true });
const schemas = Object.entries(validationModules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file.replace('/lib/validation/', '').replace('.ts', '')}.${name}`, schema: schema as z.ZodType })),
);

/** The fields of an object schema (superRefine keeps the object's shape in zod 4). */
function fieldsOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Whether a field lets a value through on its own, and what it turns it into when known. */
function verdict(schema: z.ZodType, field: string, value: unknown): { kept: boolean; out?: unknown } {
  const result = schema.safeParse({ [field]: value });
  if (result.success) {
    const out = (result.data as Record<string, unknown>)[field];
    // Search-parameter schemas drop bad values (catch): dropped or replaced is not kept.
    const kept = out !== undefined && (out === value || (typeof value === 'string' && typeof out === 'string' && out === value.trim()));
    return { kept, out };
  }
  return { kept: !result.error.issues.some((issue) => issue.path[0] === field) };
}

describe('hostile input: every zod schema in lib/validation', () => {
  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(5);
  });

  it('finds multi-line and single-line text fields', () => {
    const multi = schemas.flatMap(({ name, schema }) =>
      fieldsOf(schema)
        .filter((f) => isMultiLineField(schema, f))
        .map((f) => `${name}.${f}`),
    );
    for (const field of [
      'vacancies.vacancyFormSchema.description',
      'employers.updateEmployerSchema.description',
      'job-seekers.addNoteSchema.body',
      'job-seekers.withdrawConsentSchema.reason',
      'job-seekers.handOverSchema.reason',
      'job-seekers.changeStatusSchema.reason',
      'proposals.moveProposalSchema.reason',
    ]) {
      expect(multi).toContain(field);
    }
    expect(multi).not.toContain('vacancies.vacancyFormSchema.title');
  });

  for (const { name, schema } of schemas) {
    it(`${name}: never throws, refuses what cannot be stored, and every date field is a real date`, () => {
      for (const whole of hostileWholeInputs) {
        expect(() => schema.safeParse(whole.value), `${name} <- ${whole.label}`).not.toThrow();
      }
      for (const field of fieldsOf(schema)) {
        for (const nasty of hostileCorpus) {
          expect(() => schema.safeParse({ [field]: nasty.value }), `${name}.${field} <- ${nasty.label}`).not.toThrow();
          const { kept } = verdict(schema, field, nasty.value);
          if (!kept || typeof nasty.value !== 'string' || /password/i.test(field)) continue;
          // Text that cannot be stored (PostgreSQL refuses NUL) or was never typed is refused.
          expect(
            /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/.test(nasty.value) && !/[\ud800-\udbff][\udc00-\udfff]/.test(nasty.value),
            `${name}.${field} keeps ${nasty.label}`,
          ).toBe(false);
          // Every text field has a maximum length.
          expect(nasty.value.length > 5_000, `${name}.${field} keeps ${nasty.label}`).toBe(false);
        }
        // Line breaks and tabs: kept exactly (inside; the ends are trimmed) by every multi-line
        // field, refused by every single-line text field. Other control characters: refused by both.
        const multiLine = isMultiLineField(schema, field);
        const takesWords = verdict(schema, field, 'gewoon tekst').kept;
        const fieldSchema = (schema as z.ZodObject).shape[field] as z.ZodType;
        for (const nasty of hostileCorpus.filter((n) => n.multiLine)) {
          if (/password/i.test(field)) continue;
          if (multiLine) {
            const parsed = fieldSchema.safeParse(nasty.value);
            expect(parsed.success && parsed.data, `${name}.${field} (multi-line) refuses or changes ${nasty.label}`).toBe((nasty.value as string).trim());
            expect(verdict(schema, field, nasty.value).kept, `${name}.${field} (multi-line) refuses ${nasty.label} in the whole form`).toBe(true);
          } else if (takesWords) {
            const { kept } = verdict(schema, field, nasty.value);
            expect(kept, `${name}.${field} (single-line) keeps ${nasty.label}`).toBe(false);
          }
        }
        if (multiLine) {
          for (const control of [
            'Anna\u0000Bakker',
            'Anna\u0007Bakker',
            'Anna\u000bBakker',
            'Anna\u000cBakker',
            'Anna\u0085Bakker',
            'Anna\u007fBakker',
            'Anna\ud800Bakker',
          ]) {
            expect(verdict(schema, field, control).kept, `${name}.${field} (multi-line) keeps ${JSON.stringify(control)}`).toBe(false);
          }
        }
        // A field that takes a date but not words is a date field: only real calendar dates.
        if (verdict(schema, field, '2026-03-01').kept && !verdict(schema, field, 'gewoon tekst').kept) {
          for (const impossible of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31']) {
            expect(verdict(schema, field, impossible).kept, `${name}.${field} keeps ${impossible}`).toBe(false);
          }
        }
      }
    });
  }
});

async function storedSomewhere(value: string, mode: 'equals' | 'contains'): Promise<string[]> {
  const tables = (await rowsOf(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as { name: string }[];
  const found: string[] = [];
  for (const { name } of tables) {
    const match = mode === 'equals' ? sql`kv.value = ${value}` : sql`position(${value} in kv.value) > 0`;
    const [row] = (await rowsOf(sql`select exists (select 1 from ${sql.identifier(name)} x, jsonb_each_text(to_jsonb(x)) kv where ${match}) as hit`)) as {
      hit: boolean;
    }[];
    if (row?.hit) found.push(name);
  }
  return found;
}

async function rowsOf(query: ReturnType<typeof sql>): Promise<unknown[]> {
  const result = (await handle.db.execute(query)) as unknown as { rows?: unknown[] } | unknown[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

const refusalsInWords = Object.keys(nlValidation).filter(
  (code) =>
    typeof (nlValidation as Record<string, unknown>)[code] === 'string' &&
    code in deValidation &&
    !['serverError', 'forbidden', 'unauthenticated'].includes(code),
);

describe('hostile input: every server action of the access matrix', () => {
  for (const rule of actions) {
    it(`${rule.export}: refused with a validation result or stored exactly; never a server error`, { timeout: 120_000 }, async () => {
      await resetDatabase(handle);
      const ids = await makeSampleIds(handle.db);
      signedInAs(await makeActor(handle.db, rule.roles[0]!, ids));
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const action = await loadAction(rule);
      try {
        for (const whole of hostileWholeInputs) {
          const result = await action(whole.value);
          expect(result, `${rule.export} <- ${whole.label}`).toMatchObject({ ok: false, code: 'invalid' });
        }
        const fields = Object.keys(rule.sample(withUnique(ids)) as Record<string, unknown>);
        for (const field of fields) {
          for (const nasty of hostileCorpus) {
            // A password gets a unique tail, so that the search below cannot find the same
            // text stored earlier in another (non-secret) field.
            const value = /password/i.test(field) && typeof nasty.value === 'string' ? `${nasty.value}#${withUnique(ids).unique}` : nasty.value;
            const input = { ...(rule.sample(withUnique(ids)) as Record<string, unknown>), [field]: value };
            if (value === undefined) delete input[field];
            const label = `${rule.export}.${field} <- ${nasty.label}`;
            const result = await action(input);
            // A refusal must be one the user reads in words (a validation message in both
            // languages), never a server error or an access refusal of the signed-in role.
            expect(result.ok || refusalsInWords.includes(result.code), `${label}: ${JSON.stringify(result)}`).toBe(true);
            if (!result.ok || typeof value !== 'string') continue;
            if (/password/i.test(field)) {
              // Passwords are never stored or logged in plain text, wherever they go.
              expect(await storedSomewhere(value, 'contains'), label).toEqual([]);
            } else if (nasty.text) {
              expect((await storedSomewhere(value, 'equals')).length, `${label} was accepted but not stored exactly`).toBeGreaterThan(0);
            }
          }
        }
        expect(errors, 'console.error: an action threw').not.toHaveBeenCalled();
      } finally {
        errors.mockRestore();
      }
    });
  }
});

describe('hostile input: sign-in', () => {
  it('never throws, whatever is typed into e-mail and password', { timeout: 60_000 }, async () => {
    await resetDatabase(handle);
    await handle.db
      .insert(users)
      .values({ email: 'sanne@werkplein.nl', name: 'Sanne', passwordHash: await hashPassword('correct horse battery'), role: 'caseworker' });
    for (const nasty of hostileCorpus) {
      for (const input of [
        { email: nasty.value, password: 'whatever' },
        { email: 'sanne@werkplein.nl', password: nasty.value },
      ]) {
        const parsed = signInSchema.safeParse(input);
        if (!parsed.success) continue;
        // Addresses vary so that the per-address limit does not hide later checks.
        await expect(checkSignIn(handle.db, { ...parsed.data, origin: `10.0.${Math.floor(Math.random() * 250)}.1` }), nasty.label).resolves.toMatchObject({
          ok: false,
        });
      }
    }
  });
});
