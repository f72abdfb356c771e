// Needs @acme/shared-utils resolvable: CI links it into the repository root's node_modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareCharge } from '../src/payments.js';

test('rejects a negative amount', () => {
  assert.throws(() => prepareCharge({ amountMinor: -1, currency: 'USD' }));
});

test('formats the amount', () => {
  assert.equal(prepareCharge({ amountMinor: 500, currency: 'USD' }).display, '$5.00');
});
