import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { headers } from 'next/headers';
import { authOptionsForRequest } from './options';

/** next-auth's options for this request: Secure cookies when it came over HTTPS (lib/auth/options.ts). */
export async function requestAuthOptions(): Promise<NextAuthOptions> {
  const h = await headers();
  return authOptionsForRequest((name) => h.get(name));
}
