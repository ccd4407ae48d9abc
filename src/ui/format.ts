/** Dates as the person reads them, in their language; ISO dates are calendar days, no time zone. */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear keeps the year as stored.
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A date of birth as papers write it in the person's language: in Japanese with the era
 * (昭和55年5月5日, as the domain's formatWareki writes it; a unit test holds the two together).
 * Intl's Japanese calendar, not formatWareki: the calendar module brings zod into start-up.
 */
export function formatDateOfBirth(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  if (!locale.startsWith('ja')) return formatDate(isoDate, locale);
  japaneseEra ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return japaneseEra.format(new Date(Date.UTC(y, m - 1, d)));
}

let japaneseEra: Intl.DateTimeFormat | undefined;

export function formatDateTime(isoInstant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(isoInstant));
}

/** Digits in groups of four, as slips and cards print them (11 digits: 4 4 3). */
export function groupDigits(value: string): string[] {
  return value.match(/.{1,4}/gu) ?? [];
}

/** Shows only the last digits of a sensitive number, grouped as on the slip. */
export function maskDigits(value: string, visible = 3): string {
  return groupDigits(
    value
      .split('')
      .map((digit, index) => (index < value.length - visible ? '•' : digit))
      .join(''),
  ).join(' ');
}

/** An amount in yen as the person's language writes it (¥1,260). */
export function formatYen(amount: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'JPY',
    currencyDisplay: 'symbol',
  }).format(amount);
}
