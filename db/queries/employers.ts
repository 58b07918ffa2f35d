import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { isUniqueViolation } from '@/db/errors';
import { employers, places, users } from '@/db/schema';
import type { Sector } from '@/db/schema/enums';
import { hashPassword } from '@/lib/auth/password';

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
    user: { name: string; email: string; locale: 'nl' | 'de'; password: string };
  },
): Promise<CreateEmployerOutcome> {
  const passwordHash = await hashPassword(input.user.password);
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
      return { ok: true as const, employerId: employer!.id, userId: user!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_uq')) return { ok: false, code: 'emailTaken' };
    throw error;
  }
}
