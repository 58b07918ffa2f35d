import de from '@/locales/de/common.json';
import nl from '@/locales/nl/common.json';
import { RETRY_AFTER_S } from '@/db/availability';
import type { Lng } from '@/lib/i18n/settings';

const texts = { nl: nl.errors, de: de.errors } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page a browser gets while the database is away: 503 with Retry-After, in the language of
 * the path, and a link back to the page that was asked for. Plain HTML without script or style,
 * so it needs nothing from the app that cannot answer.
 */
export function unavailablePage(lng: Lng, path: string): Response {
  const t = texts[lng];
  const html = `<!doctype html>
<html lang="${lng}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t.unavailableTitle)}</title></head>
<body>
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
