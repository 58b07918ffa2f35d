/**
 * The layer rule (README, "Layers"): pages -> actions -> queries -> schema, with pure modules
 * usable from anywhere. Fails with the offending imports; `npm run lint` runs it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

type Layer = 'pure' | 'data' | 'schema' | 'db' | 'lib' | 'app' | 'testing' | 'tool';

/**
 * Modules without I/O, session or framework: domain words and rules, time, distance, scoring.
 * db/schema/enums.ts is here because its value lists (roles, stages, levels) are the domain's words.
 */
const PURE = [
  'db/schema/enums.ts',
  'lib/domain/',
  'lib/time/',
  'lib/geo/',
  'lib/matching/score.ts',
  'lib/matching/qualification-cover.ts',
  'lib/proposals/stages.ts',
  'lib/vacancies/status.ts',
  'lib/targets/target-progress.ts',
  'lib/targets/seasonal-forecast.ts',
  'lib/auth/password.ts',
  'lib/auth/totp.ts',
  'lib/security/ip.ts',
];

export function layerOf(file: string): Layer {
  if (file.startsWith('locales/') || file.startsWith('data/')) return 'data';
  if (PURE.some((p) => file === p || (p.endsWith('/') && file.startsWith(p)))) return 'pure';
  if (file.startsWith('db/schema/')) return 'schema';
  // Test support, also each feature's access samples and e2e id resolvers beside its access file.
  if (file === 'db/testing.ts' || file.startsWith('lib/testing/') || /\.(samples|sample-ids)\.ts$/.test(file)) return 'testing';
  if (file.startsWith('db/')) return 'db';
  if (file.startsWith('lib/')) return 'lib';
  if (file.startsWith('app/') || file === 'proxy.ts') return 'app';
  return 'tool';
}

/** What each layer may import (besides packages). Tests, e2e, bench and scripts may import anything. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  pure: ['pure', 'data'],
  data: [],
  schema: ['schema', 'pure', 'data'],
  db: ['db', 'schema', 'pure', 'data'],
  lib: ['lib', 'db', 'schema', 'pure', 'data'],
  app: ['app', 'lib', 'db', 'schema', 'pure', 'data'],
  testing: ['testing', 'tool', 'lib', 'db', 'schema', 'pure', 'data'],
  tool: ['tool', 'testing', 'app', 'lib', 'db', 'schema', 'pure', 'data'],
};

/**
 * db/ may name the shape of validated input by type: the zod schema is that shape's one source,
 * and a type import is erased at run time. Values (schemas, helpers) from lib/validation stay out.
 */
const TYPE_ONLY: Partial<Record<Layer, readonly string[]>> = { db: ['lib/validation/'] };

/** Known imports against the rule, each with the reason it is still there. Keep this short. */
const EXCEPTIONS: Record<string, string> = {};

const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file);

function resolve(from: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith('@/')) target = specifier.slice(2);
  else if (specifier.startsWith('.')) target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  return target;
}

function layerOfTarget(target: string, files: ReadonlySet<string>): Layer {
  for (const candidate of [target, `${target}.ts`, `${target}.tsx`, `${target}/index.ts`]) {
    if (files.has(candidate)) return layerOf(candidate);
  }
  return layerOf(target);
}

export function violations(files: readonly string[], read: (file: string) => string): string[] {
  const known = new Set(files);
  const found: string[] = [];
  const importRe = /^\s*(import type|import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const file of files) {
    if (isTest(file)) continue;
    const layer = layerOf(file);
    const source = read(file);
    for (const match of source.matchAll(importRe)) {
      const typeOnly = match[1] === 'import type';
      const specifier = match[2] ?? match[3]!;
      if (EXCEPTIONS[`${file} -> ${specifier}`]) continue;
      const target = resolve(file, specifier);
      if (!target) {
        if (layer === 'pure' && /^(next|next-auth|react|react-dom|server-only|postgres|@electric-sql\/pglite)(\/|$)/.test(specifier)) {
          found.push(`${file}: a pure module imports '${specifier}'`);
        }
        continue;
      }
      const targetLayer = layerOfTarget(target, known);
      if (typeOnly && TYPE_ONLY[layer]?.some((p) => target.startsWith(p))) continue;
      if (!ALLOWED[layer].includes(targetLayer)) found.push(`${file} (${layer}) imports '${specifier}' (${targetLayer})`);
    }
  }
  return found;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.tsx'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('node_modules/'));
  const found = violations(files, (f) => readFileSync(f, 'utf8'));
  if (found.length > 0) {
    console.error(`Imports against the layer rule (README, "Layers"):\n  ${found.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`layers: ${files.length} files, no import against the rule`);
}
