import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

describe('distanceKm', () => {
  it('matches the distances DOMAIN.md gives from Enschede', () => {
    const enschede = [52.22, 6.9001] as const;
    expect(distanceKm(...enschede, 52.2012, 7.0409)).toBeCloseTo(9.8, 0); // Gronau 10 km
    expect(distanceKm(...enschede, 52.2, 7.0)).toBeGreaterThan(6);
    expect(distanceKm(...enschede, ...enschede)).toBe(0);
  });
});
