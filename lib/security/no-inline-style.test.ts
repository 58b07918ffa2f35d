import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Content-Security-Policy (lib/security/headers.ts) allows styles only from our own
 * stylesheet and nonced <style> elements: a style="..." attribute in server HTML is blocked,
 * so whatever it was meant to do silently does not happen (cards that should keep apart touch).
 * Layout lives in app/globals.css, as classes.
 */

const root = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx$/.test(name) && !/\.test\.tsx$/.test(name) ? [full] : [];
  });
}

/** Selector lists of the rules outside at-rules, in order, comments left out. */
function topLevelSelectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors: string[] = [];
  const open: string[] = [];
  let buffer = '';
  for (const char of text) {
    if (char === '{') {
      open.push(buffer.trim());
      buffer = '';
    } else if (char === '}') {
      const selector = open.pop()!;
      if (open.length === 0 && !selector.startsWith('@'))
        selectors.push(
          selector
            .split(',')
            .map((s) => s.trim())
            .join(', '),
        );
      buffer = '';
    } else {
      buffer += char;
    }
  }
  return selectors;
}

describe('styles and the CSP', () => {
  it('no component writes a style attribute', () => {
    const offenders = sources(path.join(root, 'app')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(root, file)}:${i + 1}` }))
        .filter(({ line }) => /\sstyle=\{/.test(line))
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });

  it('globals.css defines each rule once: a second rule set for the same selector fights the first', () => {
    const selectors = topLevelSelectors(readFileSync(path.join(root, 'app', 'globals.css'), 'utf8'));
    const twice = [...new Set(selectors.filter((s, i) => selectors.indexOf(s) !== i))];
    expect(twice).toEqual([]);
  });

  it('finds the duplicates it is meant to find', () => {
    expect(topLevelSelectors('.a { x: 1 } @media print { .a { x: 2 } } .b, .c { y: 1 }')).toEqual(['.a', '.b, .c']);
  });
});
