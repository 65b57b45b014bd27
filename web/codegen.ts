import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL operations, generated from the schema the CMS commits (cms/schema.graphql). */
const config: CodegenConfig = {
  schema: '../cms/schema.graphql',
  // The operations (shared/graphql, reachable from pages and server routes alike) and the fragments the components colocate.
  documents: ['app/**/*.{ts,vue}', 'server/**/*.ts', 'shared/**/*.ts', '!shared/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'shared/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        // Operations as strings: the browser sends them as they are, with no GraphQL library to print an AST.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};

export default config;
