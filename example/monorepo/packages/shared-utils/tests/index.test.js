import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMoney, requestId } from '../src/index.js';

test('formatMoney formats minor units', () => {
  assert.equal(formatMoney(1999, 'USD'), '$19.99');
});

test('requestId is unique', () => {
  assert.notEqual(requestId(), requestId());
});
