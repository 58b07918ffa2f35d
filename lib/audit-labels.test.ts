import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { resources } from '@/lib/i18n/resources';
import { vacancyActions } from '@/lib/vacancies/status';

type Tree = { [key: string]: string | Tree };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function text(tree: Tree, dotted: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * Every action code the app writes to the audit trail, read from the source: the `action:` of
 * recordAudit calls (ternaries included), the names of authorizedAction (refusals are recorded
 * under them) and of authorizeRoute. The audit page shows words for each, in both languages;
 * a raw code on its own is what made the page look unfinished.
 */
function recordedActionCodes(): string[] {
  const codes = new Set<string>();
  for (const file of ['app', 'lib', 'db'].flatMap((dir) => sourceFiles(path.join(process.cwd(), dir)))) {
    const source = readFileSync(file, 'utf8');
    if (!/recordAudit\(|authorizedAction\(|authorizeRoute\(|\baudit\(\{/.test(source)) continue;
    const expressions = [
      ...[...source.matchAll(/\baction:\s*([^,\n}]+)/g)].map((m) => m[1]!),
      ...(source.includes('authorizedAction(') ? [...source.matchAll(/\bname:\s*'([^']+)'/g)].map((m) => `'${m[1]}'`) : []),
      ...[...source.matchAll(/authorizeRoute\('([^']+)'/g)].map((m) => `'${m[1]}'`),
    ];
    for (const whole of expressions) {
      // In `cond === 'x' ? 'a.b' : 'c.d'` only the branches are codes.
      const expression = whole.includes('?') ? whole.slice(whole.indexOf('?')) : whole;
      for (const literal of expression.matchAll(/'([a-z_]+(?:\.[a-z_]+)?)'/g)) codes.add(literal[1]!);
      if (expression.includes('`vacancy.${')) for (const a of vacancyActions) codes.add(`vacancy.${a}`);
    }
  }
  return [...codes].sort();
}

describe('audit trail labels', () => {
  const codes = recordedActionCodes();

  it('finds the codes the app records', () => {
    expect(codes).toEqual(
      expect.arrayContaining(['sign_in.failed', 'sign_out', 'session.ended', 'job_seeker.view', 'vacancy.publish', 'report.placements_csv']),
    );
  });

  it.each(['nl', 'de'] as const)('has words for every recorded action in %s', (lng) => {
    const audit = (resources[lng] as unknown as Record<string, Tree>).audit!;
    const missing = codes.filter((code) => !text(audit, `action.${code}`));
    expect(missing).toEqual([]);
  });
});
