/**
 * For tests that call server actions and route handlers on a real database: what they read
 * from the request (the signed-in user, the caller's address, Next's cache, the app's database)
 * is replaced here, once. Import this module FIRST in the test file: its mocks must be in place
 * before the modules they replace are loaded by the code under test.
 */
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import type { SessionUser } from '@/lib/auth/current-user';

const mocked = vi.hoisted(() => ({
  getCurrentUser: vi.fn<() => Promise<SessionUser | null>>(),
  getDb: vi.fn<() => Promise<DatabaseHandle['db']>>(),
}));

vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: mocked.getCurrentUser }));
vi.mock('@/lib/request-origin', () => ({ requestOrigin: async () => '127.0.0.1' }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: mocked.getDb }));

/** The test file's database: a live binding, set before the first test runs. */
export let handle: DatabaseHandle;

/**
 * One fresh database for the test file, served to the code under test as the app's database;
 * `reset` empties it before each test (the default).
 */
export function withTestDatabase({ reset = true }: { reset?: boolean } = {}): void {
  beforeAll(async () => {
    const { createTestDatabase } = await import('@/db/testing');
    handle = await createTestDatabase();
    mocked.getDb.mockImplementation(async () => handle.db);
  });
  afterAll(async () => handle?.close());
  if (reset) {
    beforeEach(async () => {
      const { resetDatabase } = await import('@/db/testing');
      await resetDatabase(handle);
    });
  }
}

/** The session the next action or request sees (null: not signed in). */
export function signedInAs(user: SessionUser | null): void {
  mocked.getCurrentUser.mockResolvedValue(user);
}
