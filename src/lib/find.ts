/** The data files whose rows components look up by id. */
const FILES = { claim: "claims.csv", source: "sources.csv", place: "places.csv", actor: "actors.csv", event: "events.csv" } as const;

/**
 * The row with `id`, or an error that names who asked and which file lacks it:
 * `SourceRef: unknown source id "x" (not in data/sources.csv)`. For components that take ids from MDX.
 */
export function findById<T extends { id: string }>(rows: readonly T[], id: string, kind: keyof typeof FILES, who: string): T {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`${who}: unknown ${kind} id "${id}" (not in data/${FILES[kind]})`);
  return row;
}
