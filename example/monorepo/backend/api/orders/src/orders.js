import { formatMoney } from '@acme/shared-utils';

const orders = [
  { id: 'o-1001', userId: 1, totalMinor: 4599, currency: 'EUR' },
  { id: 'o-1002', userId: 2, totalMinor: 1250, currency: 'USD' },
];

export function listOrders() {
  return orders.map((order) => ({ ...order, total: formatMoney(order.totalMinor, order.currency) }));
}
