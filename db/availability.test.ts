import { describe, expect, it } from 'vitest';
import { databaseDownSince, databaseFault, markDatabaseDown, markDatabaseUp, noteDatabaseFault } from './availability';

describe('databaseFault', () => {
  it.each([
    [{ code: 'ECONNREFUSED' }, 'unavailable'],
    [{ code: 'CONNECT_TIMEOUT' }, 'unavailable'],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, 'unavailable'],
    [{ code: '08006' }, 'unavailable'],
    [{ code: '57014', message: 'canceling statement due to statement timeout' }, 'timeout'],
    [{ code: '53100' }, 'diskFull'],
    [new Error('could not extend file "base/5/16384": No space left on device'), 'diskFull'],
  ])('reads %o as %s', (error, fault) => {
    expect(databaseFault(error)).toBe(fault);
  });

  it('looks through drizzle wrapping (cause) and aggregate errors (errors)', () => {
    const wrapped = new Error('Failed query: select 1', { cause: { code: 'ECONNREFUSED' } });
    expect(databaseFault(wrapped)).toBe('unavailable');
    const aggregate = Object.assign(new Error('connect'), { errors: [{ code: 'ECONNREFUSED' }] });
    expect(databaseFault(aggregate)).toBe('unavailable');
  });

  it('leaves every other error to the ordinary error handling', () => {
    expect(databaseFault(new Error('boom'))).toBeNull();
    expect(databaseFault({ code: '23505' })).toBeNull();
    expect(databaseFault(undefined)).toBeNull();
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(databaseFault(loop)).toBeNull();
  });
});

describe('the belief that the database is away', () => {
  it('keeps the first moment it was found away until it answers again', () => {
    markDatabaseUp();
    expect(databaseDownSince()).toBeUndefined();
    markDatabaseDown(1000);
    markDatabaseDown(2000);
    expect(databaseDownSince()).toBe(1000);
    markDatabaseUp();
    expect(databaseDownSince()).toBeUndefined();
  });
});

describe('noteDatabaseFault', () => {
  it('returns the fault and marks the database away only when it is away', () => {
    markDatabaseUp();
    expect(noteDatabaseFault({ code: '57014' })).toBe('timeout');
    expect(noteDatabaseFault(new Error('a bug'))).toBeNull();
    expect(databaseDownSince()).toBeUndefined();
    expect(noteDatabaseFault({ code: 'ECONNREFUSED' })).toBe('unavailable');
    expect(databaseDownSince()).toBeTypeOf('number');
    markDatabaseUp();
  });
});
