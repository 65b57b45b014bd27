/**
 * Vietnamese text, one implementation for the cms (CommonJS) and the site (ES modules): diacritics
 * and folding, words and word-start matching, collation, slugs, Vietnam time (UTC+7) and the Strapi
 * rich-text blocks.
 */
export { foldVietnamese, removeVietnameseDiacritics } from './fold.js';
export { everyStartsAWord, foldedWords, isAWord, matchesWordStarts, startsAWord } from './words.js';
export { vietnameseCollator } from './collation.js';
export { slugify } from './slugify.js';
export {
  addDays,
  formatVietnamDateTime,
  VIETNAM_TIME_ZONE,
  VIETNAM_UTC_OFFSET,
  vietnamDate,
  vietnamLocalTimeToIso,
  vietnamMonth,
  vietnamTimeToIso,
  vietnamToday,
  type RelativeVietnamTime,
} from './vietnam-time.js';
export { blocksToPlainText, type Block, type HeadingLevel, type ImageBlock, type InlineNode, type LinkNode, type ListItemNode, type TextNode } from './blocks.js';
