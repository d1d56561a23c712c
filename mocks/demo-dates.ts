const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-]\d{2}):(\d{2})$/;

const KYIV_OFFSET = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Kyiv',
  timeZoneName: 'longOffset',
});

/** Formats an ISO time with offset as RFC 822 in that same offset, e.g. `Fri, 20 Nov 2026 15:40:00 +0200`. */
export function formatRfc822(iso: string): string {
  const match = ISO_WITH_OFFSET.exec(iso);
  if (!match) throw new Error(`Not an ISO time with offset: ${iso}`);
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match;
  const weekday = new Date(Date.UTC(+year!, +month! - 1, +day!)).getUTCDay();
  return `${DAYS[weekday]}, ${day} ${MONTHS[+month! - 1]} ${year} ${hour}:${minute}:${second} ${offsetHours}${offsetMinutes}`;
}

/** Formats an instant as ISO with the Kyiv offset of that moment (+02:00 or +03:00), to the second. */
export function formatKyivIso(ms: number): string {
  const seconds = Math.floor(ms / 1000) * 1000;
  const zone = KYIV_OFFSET.formatToParts(seconds).find((part) => part.type === 'timeZoneName');
  // 'GMT+02:00'; plain 'GMT' would mean zero offset, which Kyiv never has but the format allows.
  const offset = zone?.value.replace('GMT', '') || '+00:00';
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMs = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  return new Date(seconds + offsetMs).toISOString().slice(0, 19) + offset;
}

/** Formats an instant as an HTTP date (IMF-fixdate), as Last-Modified wants it. */
export function formatHttpDate(ms: number): string {
  return new Date(ms).toUTCString();
}
