import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findUser, listUsers } from '../src/users.js';

test('lists users', () => {
  assert.equal(listUsers().length, 2);
});

test('finds a user by id', () => {
  assert.equal(findUser('2')?.name, 'Grace Hopper');
});
