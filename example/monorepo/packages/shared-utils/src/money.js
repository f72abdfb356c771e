/** Formats an amount in minor units (cents) for display: formatMoney(1999, 'EUR') -> "€19.99". */
export function formatMoney(minor, currency = 'USD', locale = 'en-US') {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
}
