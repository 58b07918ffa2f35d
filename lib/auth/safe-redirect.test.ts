import { describe, expect, it } from 'vitest';
import { safeCallbackPath, safeRedirectUrl } from './safe-redirect';

describe('safeCallbackPath', () => {
  it.each([
    ['/nl/admin/accounts', '/nl/admin/accounts'],
    ['/de/admin/accounts?x=1', '/de/admin/accounts?x=1'],
    [null, '/nl'],
    ['', '/nl'],
    ['https://evil.example/nl', '/nl'],
    ['//evil.example/nl', '/nl'],
    ['/\\evil.example', '/nl'],
    ['/%2F%2Fevil.example', '/nl'],
    ['javascript:alert(1)', '/nl'],
    ['/en/whatever', '/nl'],
    ['/nl/login', '/nl'],
    ['/nl/%E0%A4%A', '/nl'],
  ])('%s -> %s', (input, expected) => {
    expect(safeCallbackPath(input, 'nl')).toBe(expected);
  });
});

describe('safeRedirectUrl (next-auth redirect callback)', () => {
  const base = 'https://grenzeloos.example';
  it.each([
    ['/nl/login?signedOut=1', 'https://grenzeloos.example/nl/login?signedOut=1'],
    ['https://grenzeloos.example/de', 'https://grenzeloos.example/de'],
    ['https://evil.example/nl', 'https://grenzeloos.example/'],
    ['//evil.example/nl', 'https://grenzeloos.example/'],
    ['/\\evil.example', 'https://grenzeloos.example/'],
    ['https://grenzeloos.example.evil.example/', 'https://grenzeloos.example/'],
    ['https://grenzeloos.example@evil.example/', 'https://grenzeloos.example/'],
    ['http://grenzeloos.example/nl', 'https://grenzeloos.example/'],
    ['javascript:alert(1)', 'https://grenzeloos.example/'],
    ['data:text/html,<script>alert(1)</script>', 'https://grenzeloos.example/'],
    ['/nl\n/evil', 'https://grenzeloos.example/'],
  ])('%s -> %s', (input, expected) => {
    expect(safeRedirectUrl(input, base)).toBe(expected);
  });
});
