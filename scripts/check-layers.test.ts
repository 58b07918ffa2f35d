import { describe, expect, it } from 'vitest';
import { layerOf, violations } from './check-layers';

const check = (files: Record<string, string>) => violations(Object.keys(files), (f) => files[f]!);

describe('the layer rule', () => {
  it('refuses a query that imports an action or a page', () => {
    expect(
      check({
        'db/queries/x.ts': "import { a } from '@/lib/actions/x';\nimport { b } from '@/app/[lng]/page';\n",
        'lib/actions/x.ts': '',
        'app/[lng]/page.tsx': '',
      }),
    ).toEqual(["db/queries/x.ts (db) imports '@/lib/actions/x' (lib)", "db/queries/x.ts (db) imports '@/app/[lng]/page' (app)"]);
  });

  it('refuses a schema that imports a query, and a pure module that imports the framework', () => {
    expect(check({ 'db/schema/x.ts': "import { q } from '../queries/x';\n", 'db/queries/x.ts': '' })).toEqual([
      "db/schema/x.ts (schema) imports '../queries/x' (db)",
    ]);
    expect(check({ 'lib/time/x.ts': "import { cookies } from 'next/headers';\n" })).toEqual(["lib/time/x.ts: a pure module imports 'next/headers'"]);
  });

  it('lets every layer use pure modules, and queries name validated shapes by type only', () => {
    expect(
      check({
        'db/queries/x.ts': "import { addDays } from '@/lib/time/days';\nimport type { V } from '@/lib/validation/x';\n",
        'app/[lng]/page.tsx': "import { q } from '@/db/queries/x';\nimport { go } from '@/lib/actions/x';\n",
      }),
    ).toEqual([]);
    expect(check({ 'db/queries/x.ts': "import { schema } from '@/lib/validation/x';\n" })).toHaveLength(1);
  });

  it('leaves tests free to import across layers', () => {
    expect(check({ 'db/queries/x.test.ts': "import { a } from '@/lib/actions/x';\n" })).toEqual([]);
    expect(layerOf('lib/testing/users.ts')).toBe('testing');
  });
});
