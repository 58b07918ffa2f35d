import { describe, expect, it } from 'vitest';
import { unavailablePage } from './unavailable-page';

describe('unavailablePage', () => {
  it('answers 503 with Retry-After, in the language of the path, with a link back', async () => {
    const nl = unavailablePage('nl', '/nl/vacancies?q=zorg');
    expect(nl.status).toBe(503);
    expect(nl.headers.get('retry-after')).toBe('5');
    expect(nl.headers.get('cache-control')).toBe('no-store');
    const html = await nl.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Grenzeloos is even niet bereikbaar');
    expect(html).toContain('href="/nl/vacancies?q=zorg"');
    expect(await unavailablePage('de', '/de').text()).toContain('Grenzeloos ist gerade nicht erreichbar');
  });

  it("styles itself only under the request's CSP nonce, and loads nothing", async () => {
    const html = await unavailablePage('nl', '/nl', 'abc123').text();
    expect(html).toContain('<style nonce="abc123">');
    expect(html).not.toMatch(/<(script|link|img)\b/);
    expect(await unavailablePage('nl', '/nl').text()).toContain('<style>');
  });

  it('escapes the path it links back to', async () => {
    const html = await unavailablePage('nl', '/nl/"><script>x</script>').text();
    expect(html).not.toContain('<script>');
  });
});
