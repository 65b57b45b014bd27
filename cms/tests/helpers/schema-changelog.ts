import { buildSchema, findBreakingChanges, findDangerousChanges, lexicographicSortSchema, printSchema } from 'graphql';

/**
 * The partner API's promise (docs/partner-api.md, docs/schema-changelog.md): the schema partners code
 * against (cms/schema.graphql) changes only with a changelog entry, and a breaking change is named in it.
 *
 * The convention, checkable by a machine: while cms/schema.graphql differs from the last released
 * snapshot (cms/schema.released.graphql), the changelog's newest section (its first `## ` heading) is
 * `## Chưa phát hành / Unreleased`, and it quotes every breaking change as graphql-js describes it
 * (e.g. "Article.summary was removed."). Releasing: date that heading, copy the schema to the snapshot.
 */
export const UNRELEASED_HEADING = 'Chưa phát hành / Unreleased';

export type SchemaChangelogProblems = { changed: boolean; breaking: string[]; dangerous: string[]; problems: string[] };

/** The newest section of the changelog: its heading and its text, up to the next `## `. */
export function newestSection(changelog: string): { heading: string; text: string } | null {
  const match = /^## (.+)$/m.exec(changelog);
  if (!match) return null;
  const rest = changelog.slice(match.index + match[0].length);
  const next = rest.search(/^## /m);
  return { heading: match[1]!.trim(), text: next === -1 ? rest : rest.slice(0, next) };
}

export function checkSchemaChangelog(releasedSdl: string, currentSdl: string, changelog: string): SchemaChangelogProblems {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const changed = printSchema(lexicographicSortSchema(released)) !== printSchema(lexicographicSortSchema(current));
  const breaking = findBreakingChanges(released, current).map((change) => change.description);
  const dangerous = findDangerousChanges(released, current).map((change) => change.description);
  const problems: string[] = [];
  if (changed) {
    const section = newestSection(changelog);
    if (!section || section.heading !== UNRELEASED_HEADING || !section.text.trim()) {
      problems.push(`cms/schema.graphql changed since cms/schema.released.graphql: docs/schema-changelog.md needs a non-empty "## ${UNRELEASED_HEADING}" section first.`);
    } else {
      for (const description of breaking) {
        if (!section.text.includes(description)) problems.push(`Breaking change not in the changelog's "${UNRELEASED_HEADING}" section: ${description}`);
      }
    }
  }
  return { changed, breaking, dangerous, problems };
}
