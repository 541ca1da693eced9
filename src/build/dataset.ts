/** Build-time reading of data/: the files from disk, validated by src/lib/data/load.ts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateDataset, type Dataset } from "../lib/data/load";

export type { Dataset };

/**
 * Reads and validates every file in `dir` (default `data/`), then checks references between files.
 * Throws one DataError listing every problem as `file:line: field: message`.
 */
export function loadDataset(dir = "data", label = "data"): Dataset {
  return validateDataset((file) => {
    try {
      return readFileSync(join(dir, file), "utf8");
    } catch {
      return undefined;
    }
  }, label);
}
