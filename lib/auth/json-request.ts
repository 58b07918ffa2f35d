import 'server-only';

/**
 * The JSON body of a public POST, or null. Only `application/json` is read: a page on another
 * site cannot send that without the browser asking first (CORS), which we never allow, so
 * these public endpoints cannot be driven from a foreign form.
 */
export async function readJsonBody(request: Request, maxBytes = 4096): Promise<unknown | null> {
  if (!request.headers.get('content-type')?.toLowerCase().startsWith('application/json')) return null;
  const text = await request.text();
  if (text.length > maxBytes) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export const noStore = { 'cache-control': 'no-store' } as const;
