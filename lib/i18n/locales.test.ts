import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

function valueAt(tree: Tree, key: string): string {
  return key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part]!, tree) as string;
}

const localesDir = path.join(process.cwd(), 'locales');

describe('locales', () => {
  it('has the same namespace files in Dutch and German, all bundled', () => {
    const nl = readdirSync(path.join(localesDir, 'nl')).sort();
    const de = readdirSync(path.join(localesDir, 'de')).sort();
    expect(de).toEqual(nl);
    expect(
      Object.keys(resources.nl)
        .map((ns) => `${ns}.json`)
        .sort(),
    ).toEqual(nl);
    expect(Object.keys(resources.de).sort()).toEqual(Object.keys(resources.nl).sort());
  });

  for (const file of readdirSync(path.join(localesDir, 'nl'))) {
    it(`${file}: every key exists in both languages, with the same placeholders, and is not empty`, () => {
      const nl = JSON.parse(readFileSync(path.join(localesDir, 'nl', file), 'utf8')) as Tree;
      const de = JSON.parse(readFileSync(path.join(localesDir, 'de', file), 'utf8')) as Tree;
      const nlKeys = keysOf(nl).sort();
      const deKeys = keysOf(de).sort();
      expect(
        deKeys.filter((k) => !nlKeys.includes(k)),
        'only in German',
      ).toEqual([]);
      expect(
        nlKeys.filter((k) => !deKeys.includes(k)),
        'only in Dutch',
      ).toEqual([]);
      for (const key of nlKeys) {
        expect(valueAt(nl, key).trim(), `nl ${key}`).not.toBe('');
        expect(valueAt(de, key).trim(), `de ${key}`).not.toBe('');
        expect(placeholders(valueAt(de, key)), `placeholders of ${key}`).toEqual(placeholders(valueAt(nl, key)));
      }
    });
  }
});
