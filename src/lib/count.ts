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

/** The fields of a claim that decide whether it stands for itself. */
type ClaimBasics = { repeats?: string | undefined; basis?: string | undefined; qualifier: string };

/** True unless the row only relays another row (a repeat): such rows are listed, never counted or drawn twice. */
export function isOriginal(claim: Pick<ClaimBasics, "repeats">): boolean {
  return claim.repeats === undefined;
}

/** True for an original claim whose figure is a whole count (not an addition, not a subset): the only kind a trend or "latest figure" may use. */
export function isTotalFigure(claim: ClaimBasics): boolean {
  return isOriginal(claim) && claim.qualifier !== "unquantified" && claim.basis === "total";
}

/** Every count a reader sees about the dataset, from one place so that all pages agree. */
export interface DatasetCounts {
  /** Rows of claims.csv: what the tables list. */
  rows: number;
  /** Rows that only relay another row. */
  repeats: number;
  /** Claims counted once each: rows minus repeats. */
  claims: number;
  /** Documents in sources.csv. */
  documents: number;
}

/** Counts rows, repeats, claims and documents of a dataset. */
export function datasetCounts(data: { claims: readonly Pick<ClaimBasics, "repeats">[]; sources: readonly unknown[] }): DatasetCounts {
  const repeats = data.claims.filter((c) => !isOriginal(c)).length;
  return { rows: data.claims.length, repeats, claims: data.claims.length - repeats, documents: data.sources.length };
}
