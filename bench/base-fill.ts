import { eq, inArray } from 'drizzle-orm';
import { employers, places, users } from '@/db/schema';
import { roles } from '@/db/schema/enums';
import { hashPassword } from '@/lib/auth/password';
import { benchAccounts, type BenchContext } from './types';

/** The bench accounts and their employer; idempotent. */
export async function baseFill(ctx: BenchContext): Promise<void> {
  const { db } = ctx;
  const emails = roles.map((r) => benchAccounts[r].email);
  const existing = await db.select({ id: users.id, email: users.email, employerId: users.employerId }).from(users).where(inArray(users.email, emails));
  if (existing.length < emails.length) {
    const [gronau] = await db.select().from(places).where(eq(places.name, 'Gronau (Westf.)'));
    const [employer] = await db
      .insert(employers)
      .values({ name: 'Bench Pflege GmbH', sector: 'elderly_care', placeId: gronau!.id, postcode: '48599' })
      .returning({ id: employers.id });
    const passwordHash = await hashPassword(benchAccounts.admin.password);
    await db
      .insert(users)
      .values(
        roles.map((role) => ({
          email: benchAccounts[role].email,
          name: `Bench ${role}`,
          role,
          passwordHash,
          employerId: role === 'employer' ? employer!.id : null,
          locale: role === 'employer' ? ('de' as const) : ('nl' as const),
        })),
      )
      .onConflictDoNothing();
  }
  const accounts = await db.select({ id: users.id, email: users.email, employerId: users.employerId }).from(users).where(inArray(users.email, emails));
  for (const role of roles) {
    const account = accounts.find((a) => a.email === benchAccounts[role].email)!;
    ctx.ids[`${role}UserId`] = account.id;
    if (role === 'employer') ctx.ids.benchEmployerId = account.employerId!;
  }
}
