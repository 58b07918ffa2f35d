import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-redirect';

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
