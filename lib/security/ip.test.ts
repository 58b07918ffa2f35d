import { describe, expect, it } from 'vitest';
import { clientAddressFrom, normalizeIp } from './ip';

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
  const from = (h: Record<string, string>) => clientAddressFrom((name) => h[name] ?? null);
  it('takes the last forwarded address: the one our proxy added', () => {
    expect(from({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' })).toBe('203.0.113.7');
  });
  it('falls back to x-real-ip and ignores garbage', () => {
    expect(from({ 'x-forwarded-for': 'garbage', 'x-real-ip': '198.51.100.2' })).toBe('198.51.100.2');
    expect(from({ 'x-forwarded-for': 'garbage' })).toBeNull();
    expect(from({})).toBeNull();
  });
});
