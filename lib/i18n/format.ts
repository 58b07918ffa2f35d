import { intlLocale, type Lng } from './settings';

/** A calendar date (YYYY-MM-DD, as stored) in the reader's locale, without time-zone drift. */
export function formatDate(lng: Lng, value: string | Date | null | undefined, style: 'short' | 'medium' | 'long' = 'medium'): string {
  if (value == null) return '';
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value;
  return new Intl.DateTimeFormat(intlLocale[lng], { dateStyle: style, timeZone: typeof value === 'string' ? 'UTC' : 'Europe/Amsterdam' }).format(date);
}

/** A moment (timestamp) in the reader's locale, in Dutch/German local time. */
export function formatDateTime(lng: Lng, value: Date | string | null | undefined): string {
  if (value == null) return '';
  return new Intl.DateTimeFormat(intlLocale[lng], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(typeof value === 'string' ? new Date(value) : value);
}

export function formatTime(lng: Lng, value: Date): string {
  return new Intl.DateTimeFormat(intlLocale[lng], { timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(value);
}

// Building an Intl.NumberFormat costs ~60 µs; a dashboard formats hundreds of numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lng: Lng, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lng}|${options ? JSON.stringify(options) : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[lng], options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(lng: Lng, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(lng, options).format(value);
}

export function formatEuro(lng: Lng, value: number): string {
  return numberFormat(lng, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** Money is kept in whole euro cents (integers, never floats); shown with cents only when there are any. */
export function formatEuroCents(lng: Lng, cents: number): string {
  const whole = cents % 100 === 0;
  return numberFormat(lng, { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 }).format(
    cents / 100,
  );
}

export function formatPercent(lng: Lng, fraction: number): string {
  return numberFormat(lng, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
