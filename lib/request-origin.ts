import 'server-only';
import { headers } from 'next/headers';
import { clientAddressFrom } from '@/lib/security/ip';

/** The client's address as the proxy in front of us reports it, for the audit trail and throttling. */
export async function requestOrigin(): Promise<string | null> {
  const h = await headers();
  return clientAddressFrom((name) => h.get(name));
}
