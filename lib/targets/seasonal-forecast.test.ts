import { describe, expect, it } from 'vitest';
import { yearProgress } from './target-progress';
import { type Forecast, MIN_HISTORY_PLACEMENTS, seasonalForecast, shareByDay, sumForecasts, withForecast } from './seasonal-forecast';

// 2024: busy spring, nothing in July, August and December: 60 of 90 by the end of June.
const y2024 = { year: 2024, perMonth: [10, 10, 10, 10, 10, 10, 0, 0, 10, 10, 10, 0] };
// 2023: even, 5 a month: half by the end of June.
const y2023 = { year: 2023, perMonth: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5] };

describe('shareByDay', () => {
  it('counts whole months before the day and the running month by its days', () => {
    expect(shareByDay(y2024, '2025-06-30')).toBeCloseTo(60 / 90, 10);
    // 15 of June's 30 days: half of June's 10.
    expect(shareByDay(y2024, '2025-06-15')).toBeCloseTo(55 / 90, 10);
    expect(shareByDay(y2024, '2025-01-01')).toBeCloseTo(10 / 31 / 90, 10);
    expect(shareByDay({ year: 2024, perMonth: Array(12).fill(0) }, '2025-06-30')).toBe(0);
  });
});

describe('seasonalForecast', () => {
  const base = { year: 2025, today: '2025-06-30', target: 80, counted: 40, startedToDate: 40, linear: 80 };

  it('scales what has started by the share earlier years had by this day; the range from their spread', () => {
    const f = seasonalForecast({ ...base, history: [y2024, y2023] });
    // mean share (2/3 + 1/2) / 2 = 7/12: 40 / (7/12) = 68.57 -> 68; low 40/(2/3) = 60; high 40/(1/2) = 80.
    expect(f).toEqual({ method: 'seasonal', value: 68, low: 60, high: 80, years: [2023, 2024], neededPerMonth: 40 / 7 });
  });

  it('a season with a low summer forecasts less than the straight line in June', () => {
    const straight = yearProgress({ year: 2025, today: '2025-06-30', target: 80, counted: 40, startedToDate: 40 });
    expect(straight.forecast).toBe(80);
    expect(seasonalForecast({ ...base, linear: straight.forecast, history: [y2024] }).value).toBe(60);
  });

  it('never forecasts below what is already counted (placements logged ahead count)', () => {
    expect(seasonalForecast({ ...base, counted: 75, startedToDate: 40, history: [y2024] }).value).toBe(75);
  });

  it('falls back to the straight line without usable history, and says so', () => {
    const thin = { year: 2024, perMonth: [MIN_HISTORY_PLACEMENTS - 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
    expect(seasonalForecast({ ...base, history: [thin] })).toMatchObject({ method: 'linear', value: 80, low: 80, high: 80, years: [] });
    expect(seasonalForecast({ ...base, history: [] }).method).toBe('linear');
    // History of the year itself or later is no history.
    expect(seasonalForecast({ ...base, history: [{ ...y2024, year: 2025 }] }).method).toBe('linear');
  });

  it('a year over has its final count; a year ahead none', () => {
    expect(seasonalForecast({ ...base, today: '2026-01-02', history: [y2024] })).toMatchObject({ method: 'final', value: 40, neededPerMonth: null });
    expect(seasonalForecast({ ...base, today: '2024-12-31', history: [y2023] })).toMatchObject({ value: null, neededPerMonth: null });
  });

  it('needs nothing more per month once the target is reached', () => {
    expect(seasonalForecast({ ...base, counted: 80, startedToDate: 80, history: [y2024] }).neededPerMonth).toBeNull();
  });
});

describe('the total', () => {
  it('is the sum of the streams, range and all; what it still needs is spread over the months left', () => {
    const regular: Forecast = { method: 'seasonal', value: 45, low: 40, high: 52, years: [2024], neededPerMonth: 1 };
    const sib: Forecast = { method: 'linear', value: 25, low: 25, high: 25, years: [], neededPerMonth: 1 };
    expect(sumForecasts([regular, sib], { year: 2025, today: '2025-06-30', target: 80, counted: 52 })).toEqual({
      method: 'seasonal',
      value: 70,
      low: 65,
      high: 77,
      years: [2024],
      neededPerMonth: 28 / 7,
    });
  });
});

describe('withForecast', () => {
  it('judges on track or behind by the seasonal forecast while the year runs', () => {
    const p = yearProgress({ year: 2025, today: '2025-06-30', target: 50, counted: 20, startedToDate: 20 });
    const f = (value: number) => ({ method: 'seasonal' as const, value, low: value, high: value, years: [2024], neededPerMonth: 30 / 7 });
    expect(withForecast(p, f(55))).toMatchObject({ forecast: 55, status: 'onTrack' });
    expect(withForecast(p, f(45))).toMatchObject({ forecast: 45, status: 'behind' });
    const over = yearProgress({ year: 2024, today: '2025-06-30', target: 50, counted: 20 });
    expect(withForecast(over, f(99))).toBe(over);
  });
});
