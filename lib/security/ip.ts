import { BlockList, isIP } from 'node:net';

/**
 * A client address fit for an inet column, or null. Forwarded headers are client-controlled
 * text: anything that is not exactly one IPv4/IPv6 address (with an optional IPv6 zone or
 * brackets stripped) is dropped, so a hostile header can never break a database write.
 */
export function normalizeIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let ip = value.trim();
  if (ip.startsWith('[') && ip.includes(']')) ip = ip.slice(1, ip.indexOf(']'));
  ip = ip.replace(/%[0-9a-zA-Z]+$/, '');
  if (ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4) ip = ip.slice(7);
  return isIP(ip) ? ip : null;
}

/**
 * The address of the TCP peer, stamped on every request by the app's own server
 * (lib/security/peer-address.ts, installed from instrumentation.ts), always overwriting whatever
 * a client sent under this name. Next.js gives server components, actions and route handlers no
 * socket address of their own: it only fills X-Forwarded-For with it when the client sent none.
 */
export const PEER_HEADER = 'x-grenzeloos-peer';

/** TRUSTED_PROXIES: addresses and CIDR ranges ("10.0.0.0/8, 127.0.0.1, ::1") whose forwarded headers count. */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [address, prefix] = raw.split('/');
    const ip = normalizeIp(address);
    const family = ip && isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    const bits = prefix === undefined ? (family === 'ipv6' ? 128 : 32) : Number(prefix);
    if (!ip || !Number.isInteger(bits) || bits < 0 || bits > (family === 'ipv6' ? 128 : 32) || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      // A typo must not silently trust everyone or no one: refuse to start with a clear message.
      throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IPv4/IPv6 address or CIDR range (e.g. 10.0.0.0/8, 127.0.0.1, ::1).`);
    }
    list.addSubnet(ip, bits, family);
  }
  return list;
}

const trustedCache = new Map<string, BlockList>();
function trustedFromEnv(): BlockList {
  const value = process.env.TRUSTED_PROXIES ?? '';
  let list = trustedCache.get(value);
  if (!list) {
    list = parseTrustedProxies(value);
    trustedCache.set(value, list);
  }
  return list;
}

function isTrusted(ip: string, trusted: BlockList): boolean {
  return trusted.check(ip, isIP(ip) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address, which the client cannot choose: the socket peer, unless that peer is a
 * configured proxy (TRUSTED_PROXIES). Then X-Forwarded-For is read from the right: each trusted
 * proxy appended the address it saw, so the first entry that is not a trusted proxy is the
 * client; entries further left are whatever the client claimed and are never read. Without
 * TRUSTED_PROXIES, forwarded headers are ignored. Without a peer address (the app not started
 * through its server, or a request from inside the process) the address is unknown: null.
 */
export function clientAddressFrom(get: (name: string) => string | null | undefined, trusted: BlockList = trustedFromEnv()): string | null {
  const peer = normalizeIp(get(PEER_HEADER));
  if (!peer) return null;
  if (!isTrusted(peer, trusted)) return peer;
  let nearest = peer;
  const chain = (get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const ip = normalizeIp(chain[i]);
    // Garbage from a hop: the last address we can vouch for is the nearest good one.
    if (!ip) return nearest;
    if (!isTrusted(ip, trusted)) return ip;
    nearest = ip;
  }
  return nearest;
}
