/**
 * Characters XML 1.0 does not allow anywhere in a document (§2.2 Char): C0 controls other than
 * tab, LF and CR; U+FFFE and U+FFFF; surrogate halves that are not part of a pair. One of them in
 * one title (a Word soft line break is U+000B) makes the whole feed unreadable, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- matching the forbidden control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function withoutXmlForbiddenCharacters(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Text for XML 1.0 content and attributes: markup escaped, characters XML 1.0 forbids dropped. */
export function xmlEscape(text: string): string {
  return withoutXmlForbiddenCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
