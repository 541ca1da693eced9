/**
 * Rules between rows of claims.csv that one row alone cannot check: repeats, and the status rule of the
 * method page (who may corroborate, what counts as an admission). Each broken rule is one issue with
 * the row's line and field, like every other data error.
 */
import type { DataIssue } from "./errors";
import type { Actor, Claim } from "./schema";

/** Countries whose official statements can acknowledge what others alleged: Russia and North Korea. */
export const ADMITTING_COUNTRIES = ["RU", "KP"] as const;

/** True if the actor speaks for Russia or North Korea, so its own figures are "own statements". */
export function isOwnSide(actor: Pick<Actor, "country"> | undefined): boolean {
  return actor !== undefined && (ADMITTING_COUNTRIES as readonly string[]).includes(actor.country.toUpperCase());
}

/** True if `other` can corroborate a claim by `actor`: a named actor of another country, not a news outlet or anonymous source. */
export function isIndependent(actor: Pick<Actor, "country">, other: Pick<Actor, "country" | "kind">): boolean {
  if (other.kind === "media" || other.kind === "anonymous") return false;
  if (other.country === "multi") return false;
  return other.country.toUpperCase() !== actor.country.toUpperCase();
}

/**
 * Checks repeats, corroborated_by and admits of every valid claim. `allIds` holds the ids of every row,
 * valid or not, so a reference to a row that failed its own checks is not reported a second time.
 */
export function claimRuleIssues(
  file: string,
  claims: readonly { line: number; data: Claim }[],
  actors: readonly Pick<Actor, "id" | "country" | "kind">[],
  allIds: ReadonlySet<string> = new Set(claims.map((c) => c.data.id)),
): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(claims.map((c) => [c.data.id, c.data]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const { line, data: claim } of claims) {
    const at = (field: string, message: string) => issues.push({ file, line, field, message });
    const actor = actorById.get(claim.actor);
    if (claim.repeats !== undefined) {
      const original = byId.get(claim.repeats);
      if (!original) {
        if (!allIds.has(claim.repeats)) at("repeats", `unknown claim "${claim.repeats}"`);
      } else if (original.repeats !== undefined)
        at("repeats", `"${original.id}" is itself a repeat of "${original.repeats}": name the original`);
      else {
        if (original.status !== claim.status)
          at("status", `must equal the status of the claim it repeats ("${original.id}" is ${original.status})`);
        if (original.claim_date > claim.claim_date)
          at("claim_date", `is before the claim it repeats ("${original.id}", ${original.claim_date})`);
      }
      if (claim.corroborated_by.length || claim.admits.length)
        at("repeats", "a repeat takes its status from the original: leave corroborated_by and admits empty");
    }
    if (!actor) continue; // reported as an unknown actor elsewhere
    for (const otherId of claim.corroborated_by) {
      const other = byId.get(otherId);
      const otherActor = other && actorById.get(other.actor);
      if (!other) {
        if (!allIds.has(otherId)) at("corroborated_by", `unknown claim "${otherId}"`);
      } else if (other.repeats !== undefined) at("corroborated_by", `"${otherId}" is a repeat of "${other.repeats}": name the original`);
      else if (otherActor && !isIndependent(actor, otherActor)) {
        at(
          "corroborated_by",
          `"${otherId}" is by ${otherActor.id} (${otherActor.country}, ${otherActor.kind}): corroboration needs a named actor of another country than ${actor.country}`,
        );
      }
    }
    if (claim.status === "acknowledged" && !isOwnSide(actor)) {
      at(
        "status",
        `acknowledged means an official admission by Russia or North Korea; ${actor.id} (${actor.country}) can only make a claim or be corroborated`,
      );
    }
    for (const otherId of claim.admits) {
      const other = byId.get(otherId);
      if (!other) {
        if (!allIds.has(otherId)) at("admits", `unknown claim "${otherId}"`);
      } else if (isOwnSide(actorById.get(other.actor)))
        at("admits", `"${otherId}" is by Russia or North Korea itself: an admission confirms what others alleged`);
      else if (other.claim_date > claim.claim_date) at("admits", `"${otherId}" (${other.claim_date}) was made after this admission`);
    }
  }
  return issues;
}
