import de from '@/locales/de/common.json';
import nl from '@/locales/nl/common.json';
import { RETRY_AFTER_S } from '@/db/availability';
import type { Lng } from '@/lib/i18n/settings';

const texts = { nl: nl.errors, de: de.errors } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The theme's own colours and type (app/_components/ui/tokens.css), written out: the page must
// not need a stylesheet from an app that cannot answer. The style element carries the request's
// CSP nonce, so no 'unsafe-inline' is needed.
const style = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1f23;background:#f5f7f8;line-height:1.5}
header{background:#00566b;color:#fff;padding:.75rem 1rem;font-weight:700;font-size:1.125rem}
main{max-inline-size:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #c9d1d6;border-radius:.5rem}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}
a{display:inline-block;margin-top:.5rem;padding:.625rem 1rem;background:#00566b;color:#fff;border-radius:.25rem;text-decoration:none;font-weight:600}
a:hover{background:#003d4c}
a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
@media (max-width:640px){main{margin:1rem;padding:1rem}}
`;

/**
 * The page a browser gets while the database is away: 503 with Retry-After, in the language of
 * the path, and a link back to the page that was asked for. No script and nothing loaded from
 * the app: its only style is inline under the request's CSP nonce.
 */
export function unavailablePage(lng: Lng, path: string, nonce?: string): Response {
  const t = texts[lng];
  const nonceAttribute = nonce ? ` nonce="${escapeHtml(nonce)}"` : '';
  const html = `<!doctype html>
<html lang="${lng}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.unavailableTitle)}</title>
<style${nonceAttribute}>${style}</style></head>
<body>
<header>Grenzeloos</header>
<main>
<h1>${escapeHtml(t.unavailableTitle)}</h1>
<p>${escapeHtml(t.unavailableText)}</p>
<p><a href="${escapeHtml(path)}">${escapeHtml(t.tryAgain)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(RETRY_AFTER_S), 'cache-control': 'no-store' },
  });
}
