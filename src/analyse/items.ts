/**
 * The item hierarchy used to view claims at coarser or finer levels ("drones" are "weapons").
 * Claims name the most specific item their text supports; analysis climbs this tree to see
 * "weapons" and "drones" claims about the same parties together.
 */
import type { Item } from '../core/types.js';
import { itemAncestors } from '../knowledge/items.js';

export { itemAncestors };

/** True when `general` is `specific` or one of its ancestors ("weapons" covers "drones"). */
export function itemCovers(general: Item, specific: Item): boolean {
  return general === specific || itemAncestors(specific).includes(general);
}

/** True when one of the two items covers the other (they can be seen at a common level). */
export function itemsRelated(a: Item, b: Item): boolean {
  return itemCovers(a, b) || itemCovers(b, a);
}

/** A level to view items at: an item, `exact` (no grouping) or `top` (the root of each branch). */
export type ItemLevel = Item | 'exact' | 'top';

/** The item a claim about `item` is shown under at `level`; items outside that branch keep their own. */
export function itemAtLevel(item: Item, level: ItemLevel): Item {
  if (level === 'exact') return item;
  const ancestors = itemAncestors(item);
  if (level === 'top') return ancestors.at(-1) ?? item;
  return ancestors.includes(level) ? level : item;
}
