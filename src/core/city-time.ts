import { timeZone } from '#city/timeZone';

/** A wall-clock time in the city, as a page of its portal or an announcement prints it. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// The tz database knows the city's DST history, so no transition dates are written here.
const CITY_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});
const MINUTE = 60_000;
const HALF_DAY = 12 * 60 * MINUTE;

/** The city's offset from UTC in minutes at an instant (Kyiv: 120 in winter, 180 in summer). */
export function getCityOffsetMinutes(instant: number): number {
  const whole = Math.floor(instant / MINUTE) * MINUTE;
  return Math.round((toWallMs(getCityWall(whole)) - whole) / MINUTE);
}

/**
 * Reads a wall-clock time of the city and writes it as ISO 8601 with its offset, or null when the
 * date does not exist (31 лютого). In the autumn repeated hour the earlier (summer) reading wins;
 * a time skipped in spring moves forward by the missing hour, as a clock would show it.
 */
export function formatCityIso(wall: WallTime): string | null {
  const local = toWallMs(wall);
  const check = new Date(local);
  if (check.getUTCMonth() + 1 !== wall.month || check.getUTCDate() !== wall.day) return null;
  if (wall.hour > 23 || wall.minute > 59) return null;
  const offsets = [getCityOffsetMinutes(local - HALF_DAY), getCityOffsetMinutes(local + HALF_DAY)];
  const readings = offsets
    .map((offset) => local - offset * MINUTE)
    .filter((instant) => toWallMs(getCityWall(instant)) === local)
    .sort((a, b) => a - b);
  const instant = readings[0] ?? local - offsets[0]! * MINUTE;
  return formatIso(getCityWall(instant), getCityOffsetMinutes(instant));
}

function getCityWall(instant: number): WallTime {
  const parts: Record<string, number> = {};
  for (const part of CITY_PARTS.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

function toWallMs(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
}

function formatIso(wall: WallTime, offset: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const date = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  return `${date}T${pad(wall.hour)}:${pad(wall.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
