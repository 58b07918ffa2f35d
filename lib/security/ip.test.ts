import { describe, expect, it } from 'vitest';
import { clientAddressFrom, normalizeIp, parseTrustedProxies, PEER_HEADER } from './ip';

describe('normalizeIp', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    [' 203.0.113.9 ', '203.0.113.9'],
    ['::1', '::1'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['1.2.3', null],
    ['::::', null],
    ['1.2.3.4.5', null],
    ["1.2.3.4'; drop table users; --", null],
    ['', null],
    [null, null],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeIp(input)).toBe(expected);
  });
});

describe('clientAddressFrom', () => {
  const from = (h: Record<string, string>, trusted = '') => clientAddressFrom((name) => h[name] ?? null, parseTrustedProxies(trusted));

  it('without trusted proxies: the socket address, whatever forwarded headers the client sends', () => {
    expect(from({ [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '7.7.7.7' })).toBe('203.0.113.7');
    expect(from({ [PEER_HEADER]: '::ffff:203.0.113.7' })).toBe('203.0.113.7');
  });

  it('a peer that is not a configured proxy is the client, even when proxies are configured', () => {
    expect(from({ [PEER_HEADER]: '198.51.100.9', 'x-forwarded-for': '6.6.6.6' }, '10.0.0.0/8')).toBe('198.51.100.9');
  });

  it('behind trusted proxies: the first forwarded address from the right that is not a proxy', () => {
    const trusted = '10.0.0.0/8, 192.168.1.1, fd00::/8';
    // The client claimed 6.6.6.6; our proxy appended the address it saw.
    expect(from({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }, trusted)).toBe('203.0.113.7');
    // Two proxies in a row (192.168.1.1 forwarded to 10.0.0.2).
    expect(from({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 192.168.1.1' }, trusted)).toBe('203.0.113.7');
    expect(from({ [PEER_HEADER]: 'fd00::5', 'x-forwarded-for': '2001:db8::1' }, trusted)).toBe('2001:db8::1');
    // Garbage where a proxy should have written: the nearest address we can vouch for.
    expect(from({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': '203.0.113.7, garbage' }, trusted)).toBe('10.0.0.2');
    // A proxy that forwarded nothing: the proxy itself.
    expect(from({ [PEER_HEADER]: '10.0.0.2' }, trusted)).toBe('10.0.0.2');
  });

  it('no socket address: unknown, never a header', () => {
    expect(from({ 'x-forwarded-for': '203.0.113.7' }, '0.0.0.0/0')).toBeNull();
    expect(from({ [PEER_HEADER]: 'garbage', 'x-forwarded-for': '203.0.113.7' })).toBeNull();
    expect(from({})).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  it('takes addresses and CIDR ranges, IPv4 and IPv6, separated by commas or spaces', () => {
    const list = parseTrustedProxies('10.0.0.0/8 127.0.0.1,::1, 2001:db8::/32');
    expect(list.check('10.20.30.40', 'ipv4')).toBe(true);
    expect(list.check('127.0.0.1', 'ipv4')).toBe(true);
    expect(list.check('127.0.0.2', 'ipv4')).toBe(false);
    expect(list.check('::1', 'ipv6')).toBe(true);
    expect(list.check('2001:db8:1::1', 'ipv6')).toBe(true);
    expect(list.check('2001:db9::1', 'ipv6')).toBe(false);
  });
  it.each(['10.0.0.0/33', 'localhost', '10.0.0.0/', '::1/129', '10.0.0.0/8x'])('refuses %s with a clear message', (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/TRUSTED_PROXIES/);
  });
});
