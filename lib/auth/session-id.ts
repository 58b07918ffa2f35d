import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './options';

/** The id of this request's session row (user_sessions), or null outside a signed-in request. */
export async function currentSessionId(): Promise<string | null> {
  try {
    return (await getServerSession(authOptions))?.sid ?? null;
  } catch {
    return null;
  }
}
