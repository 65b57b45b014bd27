export { importArticles, type ImportFailure, type ImportOptions, type ImportReport } from './import-articles';
export { readRecords } from './read-records';
export { syntheticArticles, type SyntheticOptions } from './synthetic-articles';
export type { ArticleRecord } from './article-record';
