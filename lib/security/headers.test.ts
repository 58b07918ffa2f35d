import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, makeNonce, servedOverHttps } from './headers';

describe('content security policy', () => {
  it('allows scripts only by nonce (strict-dynamic), never inline or eval in production', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123==' });
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    for (const directive of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ nonce: 'n', https: true })).toContain('upgrade-insecure-requests');
  });

  it('makes a fresh, unguessable nonce each time, in a form Next.js recognises', () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('servedOverHttps', () => {
  it.each([
    [{ protocol: 'https:' }, true],
    [{ protocol: 'http:', forwardedProto: 'https' }, true],
    [{ protocol: 'http:', forwardedProto: 'https, http' }, true],
    [{ protocol: 'http:', publicUrl: 'https://grenzeloos.enschede.nl' }, true],
    [{ protocol: 'http:', forwardedProto: 'http', publicUrl: 'http://localhost:3000' }, false],
    [{ protocol: 'http:' }, false],
  ])('%o -> %s', (input, expected) => {
    expect(servedOverHttps(input)).toBe(expected);
  });
});
