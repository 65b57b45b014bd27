import { type DocumentNode, getOperationAST, getVariableValues, type GraphQLSchema, GraphQLError, validate } from 'graphql';
import { aliasLimitRule } from './alias-limit';
import { costLimitRule } from './cost-limit';
import { depthLimitRule, refuseFragmentCycles } from './depth-limit';
import { directiveLimitRule } from './directive-limit';
import { inputNestingLimitRule } from './input-nesting-limit';
import { introspectionDepthRule, oneSchemaReadRule } from './introspection-limit';
import type { GraphqlLimits } from './limits';
import type { Variables } from './pagination-arguments';
import { morphRelationRule } from './morph-relation-rule';
import { ownLimitRule } from './own-limit-rule';
import { pageSizeLimitRule } from './page-size-limit';
import { GraphqlRefusal } from './refusal';
import { sortLimitRule } from './sort-limit';
import { parseCountingTokens, tokenRefusal } from './token-limit';

/**
 * Documents up to this many times the token limit are parsed (the body-size limit bounds them anyway)
 * so that the most useful refusal can be given; beyond it parsing stops at once.
 */
const TOKEN_HARD_CAP_FACTOR = 10;

export type GraphqlRequestPayload = { query: string; variables?: Variables; operationName?: string };

/**
 * The variables the operation will run with, as graphql-js coerces them: default values filled in for
 * variables the request leaves out (`query($l: Int = 100)` asks for 100). When they do not coerce,
 * Apollo refuses the request itself; the raw values are weighed meanwhile.
 */
function effectiveVariables(schema: GraphQLSchema, document: DocumentNode, payload: GraphqlRequestPayload): Variables {
  const raw = payload.variables ?? {};
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return raw;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
  return coerced.coerced ?? raw;
}

/**
 * Everything checked before Apollo sees an operation. Returns the first refusal, or undefined when the
 * operation is within every limit or is not a well-formed document at all (Apollo then answers its
 * usual syntax/validation error).
 */
export function checkGraphqlOperation(schema: GraphQLSchema, payload: GraphqlRequestPayload, limits: GraphqlLimits): GraphqlRefusal | undefined {
  let parsed;
  try {
    parsed = parseCountingTokens(payload.query, limits.maxTokens * TOKEN_HARD_CAP_FACTOR, limits.maxTokens);
  } catch (error) {
    if (error instanceof GraphqlRefusal) return error;
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
  const { document, tokens } = parsed;
  const cycle = refuseFragmentCycles(schema, document);
  if (cycle) return cycle;
  const rawVariables = payload.variables ?? {};
  // Aliases and nesting first: a thousand aliases or a `not` chained 1,500 deep also make a long
  // query, but "too many aliases" / "nested too deep" is what the sender has to fix.
  const shapeErrors = validate(schema, document, [aliasLimitRule(limits.maxAliases), oneSchemaReadRule, inputNestingLimitRule(limits.maxInputDepth, rawVariables)], { maxErrors: 10 });
  const shapeRefusal = shapeErrors.find((error): error is GraphqlRefusal => error instanceof GraphqlRefusal);
  if (shapeRefusal) return shapeRefusal;
  if (tokens > limits.maxTokens) return tokenRefusal(limits.maxTokens);
  const variables = effectiveVariables(schema, document, payload);

  const errors = validate(
    schema,
    document,
    [
      directiveLimitRule(limits.maxDirectives),
      sortLimitRule(limits.maxSortFields, variables),
      morphRelationRule(),
      depthLimitRule(limits.maxDepth),
      introspectionDepthRule(limits.maxIntrospectionDepth),
      pageSizeLimitRule(limits.maxListSize, variables),
      ownLimitRule(variables),
      costLimitRule(limits, variables),
    ],
    { maxErrors: 10 },
  );
  return errors.find((error): error is GraphqlRefusal => error instanceof GraphqlRefusal);
}
