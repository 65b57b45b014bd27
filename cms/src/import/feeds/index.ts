export { FeedError, readFeed, type Feed, type FeedFormat, type FeedItem } from './read-feed';
export { emptyProgress, importFeed, type FeedImportOptions, type FeedImportProgress } from './import-feed';
export { htmlToBlocks, htmlToText } from './html-to-blocks';
export { downloadTo, FetchRefused } from './remote-file';
export { uploadSizeLimit } from './imported-images';
export { registerFeedImportRoutes } from './admin-import-route';
