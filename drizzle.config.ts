import { defineConfig } from 'drizzle-kit';

// Only `db:generate` uses this: migrations are generated from the schema and applied by
// scripts/migrate.ts (and at start) on PGlite or PostgreSQL alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  // pg-boss keeps its own schema (`pgboss`, installed by db/job-queue.ts): drizzle-kit leaves it alone.
  schemaFilter: ['public'],
});
