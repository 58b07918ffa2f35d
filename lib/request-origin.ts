import 'server-only';
import { headers } from 'next/headers';

/** The client's address as the proxy in front of us reports it, for the audit trail. */
export async function requestOrigin(): Promise<string | null> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() ?? h.get('x-real-ip') ?? null;
}
