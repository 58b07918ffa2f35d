import { sql } from 'drizzle-orm';
import type { Database } from './client';

type Executor = Pick<Database, 'execute'>;

/**
 * Within the current transaction only, lets the pipeline triggers accept rows that record
 * past steps as they happened (demo data, imports). Application code never calls this.
 */
export async function allowHistoryImport(tx: Executor): Promise<void> {
  await tx.execute(sql`select set_config('grenzeloos.import', 'on', true)`);
}
