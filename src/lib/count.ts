/** Counting rows by a key, in a fixed order of keys, so tables list every category even when it is empty. */

/** Pairs of [key, count] for every key in `order`, counting `rows` by `key(row)`. */
export function countBy<T, K extends string>(rows: readonly T[], key: (row: T) => K, order: readonly K[]): [K, number][] {
  const counts = new Map<K, number>(order.map((k) => [k, 0]));
  for (const row of rows) {
    const k = key(row);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()];
}
