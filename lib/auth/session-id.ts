import 'server-only';
import { getServerSession } from 'next-auth';
import { requestAuthOptions } from './request-auth-options';

/** The id of this request's session row (user_sessions), or null outside a signed-in request. */
export async function currentSessionId(): Promise<string | null> {
  try {
    return (await getServerSession(await requestAuthOptions()))?.sid ?? null;
  } catch {
    return null;
  }
}
