const { test } = require('node:test');
const assert = require('node:assert/strict');
const { render } = require('../src/templates.js');

test('renders the shipped template', () => {
  assert.equal(render('order-shipped', { orderId: 'o-1' }), 'Your order o-1 is on its way.');
});
