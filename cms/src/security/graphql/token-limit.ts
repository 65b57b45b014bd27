import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { DocumentNode } from 'graphql';
import { GraphqlRefusal } from './refusal';

export const tokenRefusal = (max: number) =>
  new GraphqlRefusal('TOKEN_LIMIT', `Truy vấn quá dài: hơn ${max} token. The query has more than ${max} tokens.`);

/**
 * Parses an operation, giving up at `hardCap` tokens (graphql-armor's counting lexer), and reports how
 * many tokens it had so the caller can refuse it over the normal limit once it knows whether something
 * more telling (a thousand aliases) is wrong with it. A document nested so deep that the recursive
 * parser runs out of stack is refused too, never a 500.
 */
export function parseCountingTokens(source: string, hardCap: number, limit: number): { document: DocumentNode; tokens: number } {
  let overCap = false;
  const parser = new MaxTokensParserWLexer(source, {
    n: hardCap,
    noLocation: true,
    onReject: [
      () => {
        overCap = true;
      },
    ],
  });
  try {
    const document = parser.parseDocument();
    return { document, tokens: parser.tokenCount };
  } catch (error) {
    if (overCap) throw tokenRefusal(limit);
    if (error instanceof RangeError) {
      throw new GraphqlRefusal('DEPTH_LIMIT', 'Truy vấn lồng nhau quá sâu. The query is nested too deeply.');
    }
    throw error;
  }
}
