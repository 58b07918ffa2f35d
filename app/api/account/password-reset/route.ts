import { getDb } from '@/db/client';
import { requestPasswordReset } from '@/db/queries/my-account';
import { fieldErrorsOf } from '@/lib/actions/authorized-action';
import { noStore, readJsonBody } from '@/lib/auth/json-request';
import { requestOrigin } from '@/lib/request-origin';
import { requestPasswordResetSchema } from '@/lib/validation/my-account';

export const dynamic = 'force-dynamic';

/**
 * "Forgot password" (public): queues a reset mail when the address has an active account.
 * The answer is the same whether it has or not (200); too many requests from one address
 * answer 429 with until when, for every address alike.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request);
  if (body === null) return Response.json({ ok: false, code: 'invalid' }, { status: 415, headers: noStore });
  const parsed = requestPasswordResetSchema.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, code: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) }, { status: 400, headers: noStore });
  try {
    const outcome = await requestPasswordReset(await getDb(), { email: parsed.data.email, origin: await requestOrigin() });
    if (!outcome.ok) return Response.json({ ok: false, code: 'throttled', until: outcome.until.toISOString() }, { status: 429, headers: noStore });
    return Response.json({ ok: true }, { headers: noStore });
  } catch (error) {
    console.error('password reset request failed', error);
    return Response.json({ ok: false, code: 'serverError' }, { status: 500, headers: noStore });
  }
}
