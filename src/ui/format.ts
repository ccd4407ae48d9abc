/** Dates as the person reads them, in their language; ISO dates are calendar days, no time zone. */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
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

/** An amount in yen as the person's language writes it (¥1,260). */
export function formatYen(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'JPY',
    currencyDisplay: 'symbol',
  }).format(amount);
}
