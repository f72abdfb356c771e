import { formatMoney } from '@acme/shared-utils';

/** Validates a charge request and returns what the payment provider would be sent. */
export function prepareCharge({ amountMinor, currency }) {
  if (!Number.isInteger(amountMinor) || amountMinor <= 0) throw new Error('amountMinor must be a positive integer');
  return { amountMinor, currency, display: formatMoney(amountMinor, currency) };
}
