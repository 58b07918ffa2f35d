import { afterEach, describe, expect, it, vi } from 'vitest';
import { authOptionsForRequest } from './options';

afterEach(() => vi.unstubAllEnvs());

describe('authOptionsForRequest: Secure cookies whenever the request came over HTTPS', () => {
  it('uses __Secure- cookies behind a TLS proxy even with an http NEXTAUTH_URL', () => {
    vi.stubEnv('NEXTAUTH_URL', 'http://grenzeloos.internal:3000');
    expect(authOptionsForRequest((n) => (n === 'x-forwarded-proto' ? 'https' : null)).useSecureCookies).toBe(true);
    expect(authOptionsForRequest((n) => (n === 'x-forwarded-proto' ? 'https, http' : null)).useSecureCookies).toBe(true);
  });

  it('keeps plain cookies over plain HTTP, and Secure ones for an https NEXTAUTH_URL', () => {
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
    expect(authOptionsForRequest(() => null).useSecureCookies).toBeFalsy();
    expect(authOptionsForRequest((n) => (n === 'x-forwarded-proto' ? 'http' : null)).useSecureCookies).toBeFalsy();
    vi.stubEnv('NEXTAUTH_URL', 'https://grenzeloos.enschede.nl');
    expect(authOptionsForRequest(() => null).useSecureCookies).toBe(true);
  });
});
