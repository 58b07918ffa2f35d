import type { BrowserContext, Page } from '@playwright/test';

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

interface LayoutProblem {
  kind: 'wider-than-viewport' | 'table-cut-off' | 'sticks-out' | 'overlap';
  detail: string;
}

/**
 * Runs in the page. Text boxes are the client rects of each visible text node (one per line)
 * plus the boxes of form controls and images; each is clipped by every element around it that
 * clips its overflow (a scrolling table shows only what is in its window, a visually hidden
 * text shows nothing), so what nobody sees takes no part. Two boxes overlap when they share
 * more than TOLERANCE pixels both ways; an element and its own descendants never count.
 * A text sticks out when it runs past the border of the nearest box drawn around it (a card,
 * a board column, a badge, a button).
 */
function findLayoutProblems(): LayoutProblem[] {
  const TOLERANCE = 2;
  const MAX_PROBLEMS = 20;
  const problems: LayoutProblem[] = [];
  const root = document.documentElement;
  const width = root.clientWidth;

  const describeElement = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.body && parts.length < 3; node = node.parentElement) {
      const id = node.id ? `#${node.id}` : '';
      const cls = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
      parts.unshift(`${node.tagName.toLowerCase()}${id}${cls}`);
    }
    return parts.join(' > ');
  };

  // Width: what would make the whole page scroll sideways. Named: the outermost elements that
  // reach past the viewport (their parent does not), a focusable .table-wrap scrolls on its own.
  if (root.scrollWidth > width + 1) {
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      // Positioned out of flow, an element escapes the clipping of a table container that is
      // not its containing block, and widens the page from anywhere.
      const outOfFlow = /^(absolute|fixed)$/.test(getComputedStyle(el).position);
      if (!outOfFlow && el.parentElement?.closest('.table-wrap')) continue;
      const r = el.getBoundingClientRect();
      const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
      if (r.width > 0 && r.right > width + 1 && (outOfFlow || parentRight <= width + 1))
        offenders.push(`${describeElement(el)} (right edge ${Math.round(r.right)} px)`);
      if (offenders.length >= 5) break;
    }
    problems.push({
      kind: 'wider-than-viewport',
      detail: `document ${root.scrollWidth} px wide in a ${width} px viewport: ${offenders.join('; ') || 'no element found'}`,
    });
  }

  // On a desktop screen a table fits its page: a column hidden behind a sideways scroll is cut
  // off for anyone who does not think of scrolling. On a phone, scrolling the table is the way.
  if (width >= 1024) {
    for (const wrap of document.querySelectorAll('.table-wrap')) {
      if (wrap.scrollWidth > wrap.clientWidth + 1)
        problems.push({ kind: 'table-cut-off', detail: `${describeElement(wrap)} needs ${wrap.scrollWidth} px, shows ${wrap.clientWidth} px` });
    }
  }

  type Rect = { left: number; top: number; right: number; bottom: number };
  type Box = Rect & { el: Element; label: string };
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let style = styles.get(el);
    if (!style) {
      style = getComputedStyle(el);
      styles.set(el, style);
    }
    return style;
  };
  // The windows of every element from el outwards that clips what is inside it.
  const clipCache = new Map<Element, Rect[]>();
  const clipsFrom = (el: Element | null): Rect[] => {
    if (!el || el === root) return [];
    const cached = clipCache.get(el);
    if (cached) return cached;
    const style = styleOf(el);
    const clips = [...clipsFrom(el.parentElement)];
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clip !== 'auto') clips.push(el.getBoundingClientRect());
    clipCache.set(el, clips);
    return clips;
  };
  // The nearest box drawn around an element (border or background), body excepted.
  const frameCache = new Map<Element, Element | null>();
  const frameOf = (el: Element | null): Element | null => {
    if (!el || el === document.body || el === root) return null;
    if (frameCache.has(el)) return frameCache.get(el)!;
    const style = styleOf(el);
    const drawn =
      parseFloat(style.borderTopWidth) + parseFloat(style.borderRightWidth) + parseFloat(style.borderBottomWidth) + parseFloat(style.borderLeftWidth) > 0 ||
      !/rgba\(.*,\s*0\)|transparent/.test(style.backgroundColor);
    const frame = drawn && style.display !== 'inline' ? el : frameOf(el.parentElement);
    frameCache.set(el, frame);
    return frame;
  };
  const clipped = (rect: Rect, clips: Rect[]): Rect | null => {
    let { left, top, right, bottom } = rect;
    for (const clip of clips) {
      left = Math.max(left, clip.left);
      top = Math.max(top, clip.top);
      right = Math.min(right, clip.right);
      bottom = Math.min(bottom, clip.bottom);
    }
    return right - left <= TOLERANCE || bottom - top <= TOLERANCE ? null : { left, top, right, bottom };
  };
  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });

  const boxes: Box[] = [];
  const stickingOut = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const el = node.parentElement;
    if (!text || !el || el.closest('script, style, noscript, template, select, textarea, option') || !visible(el)) continue;
    range.selectNodeContents(node);
    const clips = clipsFrom(el);
    const frame = frameOf(el);
    const frameRect = frame?.getBoundingClientRect();
    for (const rect of range.getClientRects()) {
      const seen = clipped(rect, clips);
      if (!seen) continue;
      boxes.push({ ...seen, el, label: `"${text.slice(0, 40)}"` });
      if (frame && frameRect && !stickingOut.has(frame) && (seen.right > frameRect.right + TOLERANCE || seen.left < frameRect.left - TOLERANCE)) {
        stickingOut.add(frame);
        if (problems.length < MAX_PROBLEMS)
          problems.push({
            kind: 'sticks-out',
            detail: `"${text.slice(0, 40)}" (${describeElement(el)}) runs ${Math.round(Math.max(seen.right - frameRect.right, frameRect.left - seen.left))} px past the edge of ${describeElement(frame)}`,
          });
      }
    }
  }
  for (const el of document.body.querySelectorAll('input:not([type="hidden"]), select, textarea, img, progress, meter')) {
    if (!visible(el)) continue;
    const seen = clipped(el.getBoundingClientRect(), clipsFrom(el.parentElement));
    if (seen) boxes.push({ ...seen, el, label: `<${el.tagName.toLowerCase()}${el.getAttribute('name') ? ` name=${el.getAttribute('name')}` : ''}>` });
  }

  // Sweep from the top: only boxes that start above the bottom of a box can overlap it.
  boxes.sort((a, b) => a.top - b.top);
  const reported = new Set<string>();
  for (let i = 0; i < boxes.length && problems.length < MAX_PROBLEMS; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.top < a.bottom - TOLERANCE; j++) {
      const b = boxes[j]!;
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX <= TOLERANCE || overlapY <= TOLERANCE) continue;
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const key = `${describeElement(a.el)}|${describeElement(b.el)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push({
        kind: 'overlap',
        detail: `${a.label} (${describeElement(a.el)}) overlaps ${b.label} (${describeElement(b.el)}) by ${Math.round(overlapX)}x${Math.round(overlapY)} px`,
      });
      if (problems.length >= MAX_PROBLEMS) break;
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
