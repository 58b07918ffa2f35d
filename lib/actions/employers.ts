'use server';

import { revalidatePath } from 'next/cache';
import type { Database } from '@/db/client';
import { isCheckViolation, violatedConstraint } from '@/db/errors';
import {
  createEmployer,
  createEmployerWithFirstUser,
  getEmployerProfile,
  placeCountry,
  updateEmployerProfile,
  type EmployerContactValues,
  type EmployerProfileRecord,
} from '@/db/queries/employers';
import { recordAudit } from '@/db/queries/audit';
import { enqueueMail } from '@/db/job-queue';
import { isGuessablePassword } from '@/lib/auth/password-strength';
import {
  createEmployerSchema,
  createEmployerWithUserSchema,
  normalisedPostcode,
  postcodeProblem,
  updateEmployerSchema,
  type EmployerProfileValues,
} from '@/lib/validation/employers';
import { authorizedAction } from './authorized-action';
import { fail, type ActionResult } from '@/lib/domain/result';

/**
 * An employer organisation with its first user. Without a password (the usual way) the user gets
 * an invitation mail in their language, queued in the same transaction as the rows and their audit.
 */
export async function createEmployerWithUserAction(input: unknown): Promise<ActionResult<{ employerId: number; userId: number; invited: boolean }>> {
  return authorizedAction({ name: 'employer.create_with_user', schema: createEmployerWithUserSchema, input }, async (data, { db, user, origin }) => {
    const invited = data.userPassword === '';
    if (!invited && isGuessablePassword(data.userPassword, [data.userName, data.userEmail])) return fail('invalid', { userPassword: 'passwordGuessable' });
    const actor = { id: user.id, role: user.role, email: user.email };
    const outcome = await createEmployerWithFirstUser(
      db,
      {
        name: data.name,
        street: data.street || null,
        postcode: data.postcode,
        placeId: Number(data.placeId),
        sector: data.sector,
        website: data.website || null,
        user: { name: data.userName, email: data.userEmail, locale: data.userLocale, password: invited ? null : data.userPassword },
      },
      async (tx, created) => {
        if (invited) await enqueueMail(tx, { kind: 'accountInvite', userId: created.userId, invitedBy: user.id });
        await recordAudit(tx, { actor, action: 'employer.create', objectType: 'employer', objectId: created.employerId, origin });
        await recordAudit(tx, {
          actor,
          action: 'account.create',
          objectType: 'user',
          objectId: created.userId,
          origin,
          details: { role: 'employer', employerId: created.employerId, invited },
        });
      },
    );
    if (!outcome.ok) return fail('invalid', { userEmail: outcome.code });
    revalidatePath('/[lng]/admin', 'layout');
    return { ok: true, data: { employerId: outcome.employerId, userId: outcome.userId, invited } };
  });
}

// Database checks a crafted request could still hit, as words at the field.
const constraintFields: Record<string, [string, string]> = {
  employers_name_ck: ['name', 'required'],
  employers_postcode_ck: ['postcode', 'germanPostcode'],
  employers_website_ck: ['website', 'url'],
  employer_contacts_name_ck: ['contacts', 'required'],
  employer_contacts_email_ck: ['contacts', 'email'],
};

/** The profile's column values, or the field error when the postcode does not fit the place's country. */
async function profileRecord(db: Database, data: EmployerProfileValues): Promise<{ record: EmployerProfileRecord } | { fieldErrors: Record<string, string> }> {
  const placeId = Number(data.placeId);
  const country = await placeCountry(db, placeId);
  if (!country) return { fieldErrors: { placeId: 'chooseOne' } };
  const problem = postcodeProblem(country, data.postcode);
  if (problem) return { fieldErrors: { postcode: problem } };
  return {
    record: {
      name: data.name,
      street: data.street || null,
      postcode: normalisedPostcode(country, data.postcode),
      placeId,
      sector: data.sector,
      website: data.website || null,
      phone: data.phone || null,
      email: data.email || null,
      description: data.description || null,
    },
  };
}

async function withConstraintErrors<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (!isCheckViolation(error)) throw error;
    const [field, code] = constraintFields[violatedConstraint(error) ?? ''] ?? ['_form', 'invalid'];
    return fail('invalid', { [field]: code });
  }
}

/** Staff create an employer that has no account yet (met at the job fair); accounts come later via the admin screen. */
export async function createEmployerAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return authorizedAction({ name: 'employer.create', schema: createEmployerSchema, input }, async (data, { db, user, origin }) =>
    withConstraintErrors(async () => {
      const checked = await profileRecord(db, data);
      if ('fieldErrors' in checked) return fail('invalid', checked.fieldErrors);
      const { id } = await createEmployer(db, { record: checked.record, contacts: data.contacts });
      await recordAudit(db, {
        actor: { id: user.id, role: user.role, email: user.email },
        action: 'employer.create',
        objectType: 'employer',
        objectId: id,
        origin,
      });
      revalidatePath('/[lng]/employers', 'layout');
      return { ok: true, data: { id } };
    }),
  );
}

/**
 * Saves a company profile. Employer users only their own company's: another id is answered
 * exactly like an id that does not exist, so nobody learns which companies exist.
 */
export async function updateEmployerAction(input: unknown): Promise<ActionResult<{ version: number; contacts: EmployerContactValues[] }>> {
  return authorizedAction({ name: 'employer.update', schema: updateEmployerSchema, input }, async (data, { db, user, origin }) => {
    const actor = { id: user.id, role: user.role, email: user.email };
    if (user.role === 'employer' && user.employerId !== data.id) {
      await recordAudit(db, { actor, action: 'employer.update', objectType: 'employer', objectId: data.id, origin, result: 'denied' });
      return fail('notFound');
    }
    return withConstraintErrors(async () => {
      const checked = await profileRecord(db, data);
      if ('fieldErrors' in checked) return fail('invalid', checked.fieldErrors);
      const outcome = await updateEmployerProfile(db, { id: data.id, version: data.version, record: checked.record, contacts: data.contacts });
      if (!outcome.ok) return fail(outcome.code);
      await recordAudit(db, { actor, action: 'employer.update', objectType: 'employer', objectId: data.id, origin, details: { changed: outcome.changed } });
      revalidatePath('/[lng]/employers', 'layout');
      revalidatePath('/[lng]/company', 'layout');
      // The saved contacts with their ids, so the form's next save updates them instead of re-adding them.
      const saved = await getEmployerProfile(db, data.id);
      const contacts = (saved?.contacts ?? []).map((c) => ({
        id: String(c.id),
        name: c.name,
        jobTitle: c.jobTitle ?? '',
        email: c.email ?? '',
        phone: c.phone ?? '',
      }));
      return { ok: true, data: { version: outcome.version, contacts } };
    });
  });
}
