import { describe, expect, it } from 'vitest';
import { postgresTimeouts, reconnectDelayS } from './client';

describe('postgresTimeouts', () => {
  it('uses bounded defaults when nothing is set', () => {
    expect(postgresTimeouts({})).toEqual({ connectTimeoutS: 5, idleTimeoutS: 30, statementTimeoutMs: 15000 });
  });

  it('reads the environment', () => {
    expect(postgresTimeouts({ DB_CONNECT_TIMEOUT_S: '2', DB_IDLE_TIMEOUT_S: '10', DB_STATEMENT_TIMEOUT_MS: ' 500 ' })).toEqual({
      connectTimeoutS: 2,
      idleTimeoutS: 10,
      statementTimeoutMs: 500,
    });
  });

  it('falls back on values that would switch a timeout off or are not numbers', () => {
    expect(postgresTimeouts({ DB_CONNECT_TIMEOUT_S: '0', DB_IDLE_TIMEOUT_S: 'abc', DB_STATEMENT_TIMEOUT_MS: '-1' })).toEqual({
      connectTimeoutS: 5,
      idleTimeoutS: 30,
      statementTimeoutMs: 15000,
    });
  });
});

describe('reconnectDelayS', () => {
  it('starts near 50 ms and never waits more than a second, however long the outage', () => {
    expect(reconnectDelayS(0)).toBeLessThanOrEqual(0.05);
    expect(reconnectDelayS(0)).toBeGreaterThanOrEqual(0.025);
    for (const attempt of [5, 10, 50, 1000]) {
      const delay = reconnectDelayS(attempt);
      expect(delay).toBeLessThanOrEqual(1);
      expect(delay).toBeGreaterThanOrEqual(0.5);
    }
  });
});
