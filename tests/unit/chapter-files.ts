// The chapter files of both editions as written, for the content checks that look at every chapter.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every chapter MDX file of the German and the English edition, with its text. */
export function chapterFilesOfBothEditions(): { file: string; mdx: string }[] {
  return ["src/content/chapters", "src/content/en/chapters"].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => ({ file: join(dir, f), mdx: readFileSync(join(dir, f), "utf8") })),
  );
}
