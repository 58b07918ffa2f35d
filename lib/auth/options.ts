import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { signInSchema } from '@/lib/validation/sign-in';
import { checkSignIn } from './sign-in';

declare module 'next-auth' {
  interface Session {
    uid?: number;
    sv?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/nl/login', error: '/nl/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error('invalid');
        const headers = (req?.headers ?? {}) as Record<string, string | undefined>;
        const origin = headers['x-forwarded-for']?.split(',')[0]?.trim() ?? headers['x-real-ip'] ?? null;
        const result = await checkSignIn(await getDb(), { ...parsed.data, origin });
        if (!result.ok) {
          // The code reaches the sign-in form, which words it in the user's language.
          throw new Error(result.code === 'locked' ? `locked:${result.until.toISOString()}` : 'invalid');
        }
        return {
          id: String(result.user.id),
          name: result.user.name,
          email: result.user.email,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid;
      session.sv = token.sv;
      return session;
    },
  },
  events: {
    // Signing out ends the session on the server too: tokens carrying the old version are refused.
    async signOut({ token }) {
      if (token?.uid) {
        const db = await getDb();
        await db
          .update(users)
          .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(eq(users.id, token.uid));
      }
    },
  },
};
