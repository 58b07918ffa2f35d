/** Dutch and German local time are the same zone; every appointment is in it. */
const APP_TIME_ZONE = 'Europe/Berlin';

function offsetMs(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "2026-12-01T10:30" as wall-clock time in the app's zone -> the instant. */
export function zonedLocalToUtc(local: string, timeZone = APP_TIME_ZONE): Date {
  const naive = new Date(`${local}:00Z`);
  const first = new Date(naive.getTime() - offsetMs(naive, timeZone));
  // A second pass settles the offset across a daylight-saving change.
  return new Date(naive.getTime() - offsetMs(first, timeZone));
}

/** The instant as "YYYY-MM-DDTHH:mm" wall-clock time in the app's zone, for datetime-local inputs. */
export function utcToZonedLocal(instant: Date, timeZone = APP_TIME_ZONE): string {
  const shifted = new Date(instant.getTime() + offsetMs(instant, timeZone));
  return shifted.toISOString().slice(0, 16);
}

/**
 * Today's date (YYYY-MM-DD) in the app's zone: what "today" means to our users, Dutch and German
 * alike (Amsterdam and Berlin share the zone and its summer time). The SQL side uses the same zone.
 */
export function todayInAppZone(now = new Date()): string {
  return utcToZonedLocal(now).slice(0, 10);
}
