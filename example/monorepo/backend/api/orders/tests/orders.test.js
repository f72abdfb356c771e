// Needs @acme/shared-utils resolvable: CI links it into the repository root's node_modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOrders } from '../src/orders.js';

test('orders carry a formatted total', () => {
  assert.equal(listOrders()[0].total, '€45.99');
});
