/**
 * The list with the item at `index` moved `delta` places (−1 up, +1 down), clamped to the ends.
 * @example moveItem(['a', 'b', 'c'], 2, -1); // ['a', 'c', 'b']
 */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = Math.min(Math.max(index + delta, 0), items.length - 1);
  const next = [...items];
  if (index < 0 || index >= items.length || target === index) return next;
  const [item] = next.splice(index, 1) as [T];
  next.splice(target, 0, item);
  return next;
}

/** The list with `item` added at the end, or without it when it is there. */
export function toggleItem<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? items.filter((x) => x !== item) : [...items, item];
}
