// `npm run check:data`: validates data/ with the same schema the build uses, prints counts or every problem.
import { DATA_DIR } from "../src/build/data-dir";
import { loadDataset } from "../src/build/dataset";
import { DataError } from "../src/lib/data/errors";

const dir = process.argv[2] ?? DATA_DIR;
try {
  const data = loadDataset(dir, dir.replace(/\/$/, ""));
  const byMeasure = new Map<string, number>();
  for (const c of data.claims) byMeasure.set(c.measure, (byMeasure.get(c.measure) ?? 0) + 1);
  console.log(
    `${dir}: ok: ${data.claims.length} claims, ${data.actors.length} actors, ${data.sources.length} sources, ` +
      `${data.places.length} places, ${data.events.length} events, ${data.corrections.length} corrections, ${data.editions.length} editions`,
  );
  console.log(`claims by measure: ${[...byMeasure].map(([m, n]) => `${m} ${n}`).join(", ")}`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
