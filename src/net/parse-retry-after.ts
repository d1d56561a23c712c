const HTTP_DATE_MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/i;

/**
 * Turns a Retry-After header (delay-seconds or HTTP-date, RFC 9110 §10.2.3) into an absolute time.
 * An HTTP-date is measured against the response's Date header when there is one, because a
 * phone's clock can be far off after days without power or network.
 */
export function parseRetryAfter(
  value: string | null,
  now: Date,
  serverDate: string | null = null,
): Date | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return new Date(now.getTime() + Number(text) * 1000);
  // Every HTTP-date form names the month; Date.parse alone would take '-5' for a date in 2001.
  const at = HTTP_DATE_MONTH.test(text) ? Date.parse(text) : NaN;
  if (!Number.isFinite(at)) return null;
  const serverNow = serverDate === null ? NaN : Date.parse(serverDate);
  if (!Number.isFinite(serverNow)) return new Date(at);
  return new Date(now.getTime() + Math.max(0, at - serverNow));
}
