import { describe, expect, it } from 'vitest';
import { roles } from '@/db/schema/enums';
import { resources } from './resources';
import { languages } from './settings';

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`)));
}

/** A bracket opened inside another: "Angemeldet als Anna (Fallmanager(in))". */
const nestedBrackets = /\([^()]*\(/;

describe.each(languages)('wording in %s', (lng) => {
  const namespaces = resources[lng] as unknown as Record<string, Tree>;
  const all = Object.entries(namespaces).flatMap(([ns, tree]) => entries(tree, `${ns}:`));
  const roleNames = roles.map((r) => (namespaces.domain!.role as Tree)[r] as string);

  it('opens no bracket inside another, also with a role name filled in', () => {
    const offending = all.flatMap(([key, text]) => {
      const filled = text.includes('{{role}}') ? roleNames.map((name) => text.replaceAll('{{role}}', name)) : [text];
      return filled.filter((f) => nestedBrackets.test(f)).map((f) => `${key}: ${f}`);
    });
    expect(offending).toEqual([]);
  });

  it('has no "one/other" plurals written with a slash or brackets around a counted noun', () => {
    const offending = all.filter(([, text]) => text.includes('{{count}}') && /\w\/\w|\w\((?:en|n|s|e)\)/.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });
});
