import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = node[part];
  }
  return typeof node === 'string';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * Literal keys passed to a translator (t('x.y'), common('x'), t('domain:role.admin')) must exist.
 * Keys built at run time (`domain:sector.${s}`) are covered by the enum tests and the e2e raw-key check.
 */
describe('translation keys used in the code', () => {
  const files = ['app', 'lib'].flatMap((dir) => sourceFiles(path.join(process.cwd(), dir)));
  const call = /\b(?:t|common|tAuth|tAdmin|tDomain|tv)\(\s*'([a-zA-Z][\w.:-]*)'/g;
  const namespaces = resources.nl as unknown as Record<string, Tree>;

  it('exist in some namespace of both languages', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(call)) {
        const key = match[1]!;
        for (const lng of ['nl', 'de'] as const) {
          const nsTrees = resources[lng] as unknown as Record<string, Tree>;
          const [ns, rest] = key.includes(':') ? key.split(':', 2) : [undefined, key];
          const found = ns ? nsTrees[ns] !== undefined && has(nsTrees[ns]!, rest!) : Object.values(nsTrees).some((tree) => has(tree, key));
          if (!found) missing.push(`${lng} ${key} (${path.relative(process.cwd(), file)})`);
        }
      }
    }
    expect(Object.keys(namespaces).length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
