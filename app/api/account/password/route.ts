import { getDb } from '@/db/client';
import { checkAccountToken, setPasswordWithToken } from '@/db/queries/account-tokens';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { noStore, readJsonBody } from '@/lib/auth/json-request';
import { hashPassword } from '@/lib/auth/password';
import { isGuessablePassword } from '@/lib/auth/password-strength';
import { requestOrigin } from '@/lib/request-origin';
import { setPasswordSchema } from '@/lib/validation/my-account';

export const dynamic = 'force-dynamic';

/**
 * Sets a password through an invitation or reset link (public: the link is the proof). A link
 * used before, expired or unknown answers 410 with why; a weak password 400 with the field.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request);
  if (body === null) return Response.json({ ok: false, code: 'invalid' }, { status: 415, headers: noStore });
  const parsed = setPasswordSchema.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, code: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400, headers: noStore });
  try {
    const db = await getDb();
    const state = await checkAccountToken(db, parsed.data.token);
    if (!state.ok) return Response.json({ ok: false, code: `link_${state.reason}` }, { status: 410, headers: noStore });
    if (isGuessablePassword(parsed.data.password, [state.user.name, state.user.email])) {
      return Response.json({ ok: false, code: 'invalid', fieldErrors: { password: 'passwordGuessable' } }, { status: 400, headers: noStore });
    }
    const done = await setPasswordWithToken(db, {
      token: parsed.data.token,
      passwordHash: await hashPassword(parsed.data.password),
      origin: await requestOrigin(),
    });
    if (!done.ok) return Response.json({ ok: false, code: `link_${done.reason}` }, { status: 410, headers: noStore });
    return Response.json({ ok: true, email: done.user.email }, { headers: noStore });
  } catch (error) {
    console.error('setting a password by link failed', error);
    return Response.json({ ok: false, code: 'serverError' }, { status: 500, headers: noStore });
  }
}
