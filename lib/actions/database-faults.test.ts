import { handle, signedInAs, withTestDatabase } from '@/lib/testing/request-mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { databaseDownSince, markDatabaseUp } from '@/db/availability';
import { makeUser } from '@/lib/testing/users';
import { authorizedAction } from './authorized-action';

withTestDatabase();
afterEach(() => markDatabaseUp());

const failing = (error: unknown) => () => authorizedAction({ name: 'vacancy.duplicate', schema: z.object({}), input: {} }, async () => Promise.reject(error));

describe('an action that meets a database fault', () => {
  it.each([
    [
      'away',
      Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }),
      'databaseUnavailable',
    ],
    ['too slow', Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }), 'databaseTimeout'],
    ['full', Object.assign(new Error('could not extend file'), { code: '53100' }), 'databaseFull'],
  ])('answers the form with a code of its own when the database is %s', async (_label, error, code) => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    expect(await failing(error)()).toEqual({ ok: false, code });
  });

  it('marks the database away only when it is away (the proxy then answers pages 503)', async () => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    await failing(Object.assign(new Error('slow'), { code: '57014' }))();
    expect(databaseDownSince()).toBeUndefined();
    await failing(Object.assign(new Error('gone'), { code: 'CONNECTION_CLOSED' }))();
    expect(databaseDownSince()).toBeTypeOf('number');
  });

  it('keeps any other error a serverError', async () => {
    signedInAs(await makeUser(handle.db, 'caseworker'));
    expect(await failing(new Error('a bug'))()).toEqual({ ok: false, code: 'serverError' });
  });
});
