import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { employers, places, users } from '@/db/schema';
import type { Role } from '@/db/schema/enums';
import type { SessionUser } from '@/lib/auth/current-user';

let counter = 0;

/** Every test user's password ("My account" needs the current one); its argon2id hash, made once. */
export const TEST_PASSWORD = 'Test-Konto-Passwort-2026';
const TEST_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$e3rPxMwksefsJ1tAJWS3AQ$qWtaW1wbsqFdOPWVVxTFdMv6aAuz1KeWFordPeSetVc';

/** Creates a user (and for employers a company of their own) and returns them as a session user. */
export async function makeUser(db: Database, role: Role, options: { employerId?: number; name?: string } = {}): Promise<SessionUser> {
  counter += 1;
  let employerId = options.employerId ?? null;
  if (role === 'employer' && employerId == null) employerId = await makeEmployer(db, `Testfirma ${counter} GmbH`);
  const [row] = await db
    .insert(users)
    .values({
      email: `${role}-${counter}-${Date.now()}@test.invalid`,
      name: options.name ?? `Test ${role} ${counter}`,
      passwordHash: TEST_PASSWORD_HASH,
      role,
      employerId: role === 'employer' ? employerId : null,
      locale: role === 'employer' ? 'de' : 'nl',
    })
    .returning();
  return { id: row!.id, name: row!.name, email: row!.email, role: row!.role, employerId: row!.employerId, locale: row!.locale, mustEnrolSecondFactor: false };
}

export async function makeEmployer(db: Database, name: string, placeName = 'Gronau (Westf.)'): Promise<number> {
  const [place] = await db.select().from(places).where(eq(places.name, placeName));
  const [row] = await db
    .insert(employers)
    .values({ name, sector: 'elderly_care', placeId: place!.id, postcode: place!.postcode })
    .returning({ id: employers.id });
  return row!.id;
}
