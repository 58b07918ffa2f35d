import { sql } from 'drizzle-orm';
import { markDatabaseDown, markDatabaseUp } from '@/db/availability';
import { appDatabase } from '@/db/client';

export const dynamic = 'force-dynamic';

/** 200 when the database answers, 503 when it does not: for load balancers and monitoring. */
export async function GET() {
  try {
    const handle = await appDatabase();
    await handle.db.execute(sql`select 1`);
    markDatabaseUp();
    return Response.json({ status: 'ok', database: handle.kind }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    markDatabaseDown();
    return Response.json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
}
