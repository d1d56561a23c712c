/** A wall-clock time as printed on a page of the portal. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// The tz database knows Kyiv's DST history, so no transition dates are written here.
const KYIV_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Kyiv',
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

/** Kyiv's offset from UTC in minutes at an instant (120 in winter, 180 in summer). */
export function getKyivOffsetMinutes(instant: number): number {
  const whole = Math.floor(instant / MINUTE) * MINUTE;
  return Math.round((toWallMs(getKyivWall(whole)) - whole) / MINUTE);
}

/**
 * Reads a Kyiv wall-clock time and writes it as ISO 8601 with Kyiv's offset, or null when the
 * date does not exist (31 лютого). In the autumn repeated hour the earlier (summer) reading wins;
 * a time skipped in spring moves forward by the missing hour, as a clock would show it.
 */
export function formatKyivIso(wall: WallTime): string | null {
  const local = toWallMs(wall);
  const check = new Date(local);
  if (check.getUTCMonth() + 1 !== wall.month || check.getUTCDate() !== wall.day) return null;
  if (wall.hour > 23 || wall.minute > 59) return null;
  const offsets = [getKyivOffsetMinutes(local - HALF_DAY), getKyivOffsetMinutes(local + HALF_DAY)];
  const readings = offsets
    .map((offset) => local - offset * MINUTE)
    .filter((instant) => toWallMs(getKyivWall(instant)) === local)
    .sort((a, b) => a - b);
  const instant = readings[0] ?? local - offsets[0]! * MINUTE;
  return formatIso(getKyivWall(instant), getKyivOffsetMinutes(instant));
}

function getKyivWall(instant: number): WallTime {
  const parts: Record<string, number> = {};
  for (const part of KYIV_PARTS.formatToParts(new Date(instant))) {
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
