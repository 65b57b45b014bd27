import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every operation the web's codegen generated from web/shared/graphql and the components' fragments, by name, as the
 * site sends it (codegen's documentMode: 'string': each is `new TypedDocumentString(`…`)`).
 */
export function siteOperationTexts(): Map<string, string> {
  const generated = readFileSync(path.join(__dirname, '..', '..', '..', 'web', 'shared', 'graphql', 'generated', 'graphql.ts'), 'utf8');
  return new Map([...generated.matchAll(/^export const (\w+)Document = new TypedDocumentString\(`([^`]*)`/gm)].map((match) => [match[1]!, match[2]!]));
}
