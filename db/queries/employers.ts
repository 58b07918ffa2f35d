import { and, asc, count, eq, ilike, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { employerContacts, employers, places, users, vacancies } from '@/db/schema';
import type { Sector } from '@/db/schema/enums';
import { firstPasswordHash } from './users';
import { effectivelyOpenSql } from './vacancies';

export interface EmployerRow {
  id: number;
  name: string;
  placeName: string | null;
  sector: Sector;
  userCount: number;
}

export async function listEmployersWithUserCount(db: Database): Promise<EmployerRow[]> {
  const rows = await db
    .select({ id: employers.id, name: employers.name, placeName: places.name, sector: employers.sector, userCount: count(users.id) })
    .from(employers)
    .leftJoin(places, eq(places.id, employers.placeId))
    .leftJoin(users, eq(users.employerId, employers.id))
    .groupBy(employers.id, places.name)
    .orderBy(asc(employers.name));
  return rows.map((r) => ({ ...r, userCount: Number(r.userCount) }));
}

export function listEmployerOptions(db: Database): Promise<{ id: number; name: string }[]> {
  return db.select({ id: employers.id, name: employers.name }).from(employers).orderBy(asc(employers.name));
}

export type CreateEmployerOutcome = { ok: true; employerId: number; userId: number } | { ok: false; code: 'emailTaken' };

/** The organisation and its first user in one transaction: never one without the other. */
export async function createEmployerWithFirstUser(
  db: Database,
  input: {
    name: string;
    street: string | null;
    postcode: string;
    placeId: number;
    sector: Sector;
    website: string | null;
    /** null: the user is invited by e-mail and chooses the password through the link. */
    user: { name: string; email: string; locale: 'nl' | 'de'; password: string | null };
  },
  /** Runs inside the same transaction: the invitation's mail job and the audit rows. */
  alsoInTransaction?: (tx: Database, created: { employerId: number; userId: number }) => Promise<void>,
): Promise<CreateEmployerOutcome> {
  const passwordHash = await firstPasswordHash(input.user.password);
  try {
    return await db.transaction(async (tx) => {
      const [employer] = await tx
        .insert(employers)
        .values({ name: input.name, street: input.street, postcode: input.postcode, placeId: input.placeId, sector: input.sector, website: input.website })
        .returning({ id: employers.id });
      const [user] = await tx
        .insert(users)
        .values({ name: input.user.name, email: input.user.email, locale: input.user.locale, role: 'employer', employerId: employer!.id, passwordHash })
        .returning({ id: users.id });
      await alsoInTransaction?.(tx, { employerId: employer!.id, userId: user!.id });
      return { ok: true as const, employerId: employer!.id, userId: user!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_uq')) return { ok: false, code: 'emailTaken' };
    throw error;
  }
}

// ---- Company profiles (employer users: their own; caseworkers and admins: any) -------------------

export interface EmployerContactValues {
  /** '' for a new contact. */
  id: string;
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
}

export interface EmployerProfileRecord {
  name: string;
  street: string | null;
  postcode: string;
  placeId: number;
  sector: Sector;
  website: string | null;
  phone: string | null;
  email: string | null;
  description: string | null;
}

export interface EmployerProfile extends EmployerProfileRecord {
  id: number;
  placeName: string | null;
  placeCountry: string | null;
  version: number;
  updatedAt: Date;
  contacts: { id: number; name: string; jobTitle: string | null; email: string | null; phone: string | null }[];
}

export async function getEmployerProfile(db: Database, id: number): Promise<EmployerProfile | null> {
  const [row] = await db
    .select({
      id: employers.id,
      name: employers.name,
      street: employers.street,
      postcode: employers.postcode,
      placeId: employers.placeId,
      placeName: places.name,
      placeCountry: places.country,
      sector: employers.sector,
      website: employers.website,
      phone: employers.phone,
      email: employers.email,
      description: employers.description,
      version: employers.version,
      updatedAt: employers.updatedAt,
    })
    .from(employers)
    .leftJoin(places, eq(places.id, employers.placeId))
    .where(eq(employers.id, id));
  if (!row) return null;
  const contacts = await db
    .select({
      id: employerContacts.id,
      name: employerContacts.name,
      jobTitle: employerContacts.jobTitle,
      email: employerContacts.email,
      phone: employerContacts.phone,
    })
    .from(employerContacts)
    .where(eq(employerContacts.employerId, id))
    .orderBy(asc(employerContacts.id));
  return { ...row, postcode: row.postcode ?? '', placeId: row.placeId ?? 0, contacts };
}

/** The country of a place ('NL' / 'DE'), for the postcode rule; undefined when there is no such place. */
export async function placeCountry(db: Database, placeId: number): Promise<string | undefined> {
  const [row] = await db.select({ country: places.country }).from(places).where(eq(places.id, placeId));
  return row?.country;
}

function contactRow(employerId: number, c: EmployerContactValues) {
  return { employerId, name: c.name, jobTitle: c.jobTitle || null, email: c.email || null, phone: c.phone || null };
}

/** A company without accounts yet (met at the job fair), with its contact people. */
export async function createEmployer(db: Database, input: { record: EmployerProfileRecord; contacts: EmployerContactValues[] }): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(employers).values(input.record).returning({ id: employers.id });
    if (input.contacts.length > 0) await tx.insert(employerContacts).values(input.contacts.map((c) => contactRow(row!.id, c)));
    return { id: row!.id };
  });
}

export type EmployerUpdateOutcome = { ok: true; version: number; changed: string[] } | { ok: false; code: 'notFound' | 'conflict' };

class ContactConflict extends Error {}

/**
 * Saves a profile and its contact people as one change: the employer's version covers the
 * contacts too, so two colleagues editing at once get a conflict instead of a silent overwrite.
 */
export async function updateEmployerProfile(
  db: Database,
  input: { id: number; version: number; record: EmployerProfileRecord; contacts: EmployerContactValues[] },
): Promise<EmployerUpdateOutcome> {
  try {
    return await db.transaction(async (tx): Promise<EmployerUpdateOutcome> => {
      const [current] = await tx.select().from(employers).where(eq(employers.id, input.id)).for('update');
      if (!current) return { ok: false, code: 'notFound' };
      if (current.version !== input.version) return { ok: false, code: 'conflict' };
      const changed: string[] = (Object.keys(input.record) as (keyof EmployerProfileRecord)[]).filter((k) => input.record[k] !== current[k]);
      const [updated] = await tx
        .update(employers)
        .set({ ...input.record, version: sql`${employers.version} + 1`, updatedAt: new Date() })
        .where(and(eq(employers.id, input.id), eq(employers.version, input.version)))
        .returning({ version: employers.version });
      if (!updated) return { ok: false, code: 'conflict' };

      const keptIds = input.contacts.filter((c) => c.id !== '').map((c) => Number(c.id));
      const removed = await tx
        .delete(employerContacts)
        .where(and(eq(employerContacts.employerId, input.id), keptIds.length ? notInArray(employerContacts.id, keptIds) : undefined))
        .returning({ id: employerContacts.id });
      let contactsChanged = removed.length > 0;
      for (const contact of input.contacts) {
        if (contact.id === '') {
          await tx.insert(employerContacts).values(contactRow(input.id, contact));
          contactsChanged = true;
          continue;
        }
        // Only this employer's own contacts: an id of another company's contact touches nothing.
        const [row] = await tx
          .update(employerContacts)
          .set(contactRow(input.id, contact))
          .where(and(eq(employerContacts.id, Number(contact.id)), eq(employerContacts.employerId, input.id)))
          .returning({ id: employerContacts.id });
        if (!row) throw new ContactConflict();
      }
      if (contactsChanged || input.contacts.some((c) => c.id !== '')) changed.push('contacts');
      return { ok: true, version: updated.version, changed };
    });
  } catch (error) {
    if (error instanceof ContactConflict) return { ok: false, code: 'conflict' };
    throw error;
  }
}

export interface EmployerListRow {
  id: number;
  name: string;
  placeName: string | null;
  sector: Sector;
  userCount: number;
  openVacancies: number;
}

/** Staff's list of employers: search by name, filter by sector, one page at a time. */
export async function listEmployers(
  db: Database,
  filters: { q?: string; sector?: Sector; page?: number },
  pageSize = 25,
): Promise<{ rows: EmployerListRow[]; total: number; page: number; pageCount: number }> {
  const conditions: SQL[] = [];
  if (filters.q) conditions.push(ilike(employers.name, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (filters.sector) conditions.push(eq(employers.sector, filters.sector));
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(employers).where(where);
  const pageCount = Math.max(1, Math.ceil(Number(total) / pageSize));
  const page = Math.min(Math.max(1, filters.page ?? 1), pageCount);
  const rows = await db
    .select({
      id: employers.id,
      name: employers.name,
      placeName: places.name,
      sector: employers.sector,
      userCount: sql<number>`(select count(*)::int from ${users} where ${users.employerId} = ${employers.id} and ${users.active})`,
      openVacancies: sql<number>`(select count(*)::int from ${vacancies} where ${vacancies.employerId} = ${employers.id} and ${effectivelyOpenSql})`,
    })
    .from(employers)
    .leftJoin(places, eq(places.id, employers.placeId))
    .where(where)
    .orderBy(asc(employers.name), asc(employers.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows: rows.map((r) => ({ ...r, userCount: Number(r.userCount), openVacancies: Number(r.openVacancies) })), total: Number(total), page, pageCount };
}
