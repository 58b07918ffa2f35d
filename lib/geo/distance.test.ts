import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

describe('distanceKm', () => {
  it('matches the distances DOMAIN.md gives from Enschede', () => {
    const enschede = [52.22, 6.9001] as const;
    expect(distanceKm(...enschede, 52.2012, 7.0409)).toBeCloseTo(9.8, 0); // Gronau 10 km
    expect(distanceKm(...enschede, 52.2, 7.0)).toBeGreaterThan(6);
    expect(distanceKm(...enschede, ...enschede)).toBe(0);
  });

  it('measures straight-line distances between places like the domain says', () => {
    const enschede = { lat: 52.22, lon: 6.9001 };
    const gronau = { lat: 52.2012, lon: 7.0409 };
    const muenster = { lat: 51.9541, lon: 7.6288 };
    expect(distanceKm(enschede.lat, enschede.lon, gronau.lat, gronau.lon)).toBeCloseTo(9.7, 0);
    expect(Math.round(distanceKm(enschede.lat, enschede.lon, muenster.lat, muenster.lon))).toBeGreaterThanOrEqual(55);
    expect(Math.round(distanceKm(enschede.lat, enschede.lon, muenster.lat, muenster.lon))).toBeLessThanOrEqual(60);
    expect(distanceKm(enschede.lat, enschede.lon, enschede.lat, enschede.lon)).toBe(0);
  });
});
