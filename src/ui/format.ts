/** Dates as the person reads them, in their language; ISO dates are calendar days, no time zone. */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear keeps the year as stored.
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoInstant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(isoInstant));
}

/** Shows only the last digits of a sensitive number, grouped as on the slip. */
export function maskDigits(value: string, visible = 3): string {
  return value
    .split('')
    .map((digit, index) => (index < value.length - visible ? '•' : digit))
    .join('')
    .replace(/^(.{4})(.{4})(.*)$/, '$1 $2 $3');
}
