import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemAncestors, itemAtLevel, itemCovers, itemsRelated } from './items.js';

test('items climb to their broader categories, nearest first', () => {
  assert.deepEqual(itemAncestors('ballistic missiles'), ['missiles', 'weapons']);
  assert.deepEqual(itemAncestors('radars'), ['military equipment', 'weapons']);
  assert.deepEqual(itemAncestors('drones'), ['weapons']);
  assert.deepEqual(itemAncestors('personnel'), []);
  assert.deepEqual(itemAncestors('technology'), []);
});

test('an item covers itself and its descendants, never siblings', () => {
  assert.equal(itemCovers('weapons', 'drones'), true);
  assert.equal(itemCovers('drones', 'drones'), true);
  assert.equal(itemCovers('drones', 'weapons'), false);
  assert.equal(itemCovers('missiles', 'drones'), false);
  assert.equal(itemsRelated('drones', 'weapons'), true);
  assert.equal(itemsRelated('drones', 'ballistic missiles'), false);
  assert.equal(itemsRelated('personnel', 'weapons'), false);
});

test('viewing at a level groups the branch under it and leaves other items alone', () => {
  assert.equal(itemAtLevel('ballistic missiles', 'missiles'), 'missiles');
  assert.equal(itemAtLevel('drones', 'missiles'), 'drones');
  assert.equal(itemAtLevel('helicopters', 'weapons'), 'weapons');
  assert.equal(itemAtLevel('personnel', 'weapons'), 'personnel');
  assert.equal(itemAtLevel('ballistic missiles', 'top'), 'weapons');
  assert.equal(itemAtLevel('ballistic missiles', 'exact'), 'ballistic missiles');
});
