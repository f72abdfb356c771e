import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueAt } from '../src/schedule.js';

test('both jobs are due on the hour', () => {
  assert.deepEqual(dueAt(120), ['ingest', 'transform']);
});

test('only ingest at a quarter past', () => {
  assert.deepEqual(dueAt(135), ['ingest']);
});
