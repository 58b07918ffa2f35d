import { type BrowserContext, type Page } from '@playwright/test';

/**
 * Layout checks for the page walk (e2e/accessibility.spec.ts), run on the page as it is loaded
 * for axe, so that the walk loads each page once for both:
 *   - the document is no wider than the viewport (a focusable table container may scroll);
 *   - no two visible text boxes (or a text box and a form control) lie on top of each other;
 *   - no Content-Security-Policy violation and no console error;
 *   - the page names a favicon that the server delivers.
 */

export const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Listens for CSP violations before any of the page's own scripts run, and collects console
 * errors and uncaught exceptions. Chromium reports a blocked style attribute both ways; the
 * event also names the directive, which the console line does not always.
 */
export async function watchPageHealth(context: BrowserContext, page: Page): Promise<{ take: () => Promise<string[]> }> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
        window.__cspViolations?.push(`CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}: ${event.sample || ''}`.trim());
      },
      true,
    );
  });
  let consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return {
    /** Everything reported since the last call, for the page now loaded. */
    async take() {
      const csp = await page.evaluate(() => window.__cspViolations?.splice(0) ?? []);
      const all = [...csp, ...consoleErrors];
      consoleErrors = [];
      return all;
    },
  };
}

/** What the browser logs when a document itself answers 404: expected on the not-found page. */
export function isOwnNotFoundLog(line: string, pageUrl: string): boolean {
  return line.startsWith('console error: Failed to load resource: the server responded with a status of 404') && line.endsWith(`(${pageUrl})`);
}

const iconStatus = new Map<string, string | null>();

/** Whether the page links an icon that the server delivers as an image: a problem, or none. */
export async function faviconProblems(page: Page): Promise<string[]> {
  const href = await page.evaluate(() => (document.querySelector('link[rel~="icon"]') as HTMLLinkElement | null)?.href ?? null);
  if (!href) return ['no favicon: the page links no icon'];
  if (!iconStatus.has(href)) {
    const response = await page.request.get(href);
    const type = response.headers()['content-type'] ?? '';
    iconStatus.set(href, response.ok() && type.startsWith('image/') ? null : `favicon ${href} answers ${response.status()} ${type}`);
  }
  const problem = iconStatus.get(href);
  return problem ? [problem] : [];
}

export interface LayoutProblem {
  kind: 'wider-than-viewport' | 'table-cut-off' | 'overlap';
  detail: string;
}

/**
 * Runs in the page. Text boxes are the client rects of each visible text node (one per line)
 * plus the boxes of form controls and images; each is clipped by every ancestor that clips
 * its overflow (a scrolling table shows only what is in its window), so what lies outside a
 * scroll container's window takes no part. Boxes overlap when they share more than TOLERANCE
 * pixels both ways; boxes of an element and its own descendants never count.
 */
function findLayoutProblems(): LayoutProblem[] {
  const TOLERANCE = 2;
  const problems: LayoutProblem[] = [];
  const root = document.documentElement;

  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.body && parts.length < 3; node = node.parentElement) {
      const id = node.id ? `#${node.id}` : '';
      const cls = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
      parts.unshift(`${node.tagName.toLowerCase()}${id}${cls}`);
    }
    return parts.join(' > ');
  };

  // Width: what would make the whole page scroll sideways. A focusable .table-wrap scrolls on its own.
  if (root.scrollWidth > root.clientWidth + 1) {
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > root.clientWidth + 1 && r.width > 0 && !el.closest('.table-wrap') && el.children.length === 0) offenders.push(`${describe(el)} (right edge ${Math.round(r.right)} px)`);
      if (offenders.length >= 5) break;
    }
    problems.push({ kind: 'wider-than-viewport', detail: `document ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport: ${offenders.join('; ') || 'no leaf element found'}` });
  }

  // On a desktop screen a table fits its page: a column hidden behind a sideways scroll is cut
  // off for anyone who does not think of scrolling. On a phone, scrolling the table is the way.
  if (root.clientWidth >= 1024) {
    for (const wrap of document.querySelectorAll('.table-wrap')) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) problems.push({ kind: 'table-cut-off', detail: `${describe(wrap)} needs ${wrap.scrollWidth} px, shows ${wrap.clientWidth} px` });
    }
  }

  type Box = { el: Element; label: string; left: number; top: number; right: number; bottom: number };
  const boxes: Box[] = [];
  const clipCache = new Map<Element, DOMRect[]>();
  // The windows of every clipping ancestor of an element (overflow other than visible).
  const clipsOf = (el: Element): DOMRect[] => {
    const cached = clipCache.get(el);
    if (cached) return cached;
    const parent = el.parentElement;
    const clips = parent ? [...clipsOf(parent)] : [];
    if (parent) {
      const style = getComputedStyle(parent);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clip !== 'auto') clips.push(parent.getBoundingClientRect());
    }
    clipCache.set(el, clips);
    return clips;
  };
  const add = (el: Element, label: string, rect: DOMRect) => {
    let { left, top, right, bottom } = rect;
    for (const clip of clipsOf(el)) {
      left = Math.max(left, clip.left);
      top = Math.max(top, clip.top);
      right = Math.min(right, clip.right);
      bottom = Math.min(bottom, clip.bottom);
    }
    // Fully clipped (or visually hidden, which clips to a pixel): nobody sees it.
    if (right - left <= TOLERANCE || bottom - top <= TOLERANCE) return;
    boxes.push({ el, label, left, top, right, bottom });
  };
  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('script, style, noscript, template, select, textarea, option') || !visible(el)) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) add(el, `"${text.slice(0, 40)}"`, rect);
  }
  for (const el of document.body.querySelectorAll('input:not([type="hidden"]), select, textarea, img, progress, meter')) {
    if (visible(el)) add(el, `<${el.tagName.toLowerCase()}${el.getAttribute('name') ? ` name=${el.getAttribute('name')}` : ''}>`, el.getBoundingClientRect());
  }

  const seen = new Set<string>();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX <= TOLERANCE || overlapY <= TOLERANCE) continue;
      const key = `${describe(a.el)}|${describe(b.el)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        kind: 'overlap',
        detail: `${a.label} (${describe(a.el)}) overlaps ${b.label} (${describe(b.el)}) by ${Math.round(overlapX)}x${Math.round(overlapY)} px`,
      });
      if (problems.length >= 20) return problems;
    }
  }
  return problems;
}

/** The layout problems of the page as it is now, at every walk viewport; leaves the desktop one set. */
export async function layoutProblems(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of [...VIEWPORTS].reverse()) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    for (const problem of await page.evaluate(findLayoutProblems)) found.push(`${viewport.width}px ${problem.kind}: ${problem.detail}`);
  }
  return found;
}
