/** One piece of a text diff: kept, added in the newer text, or removed from the older. */
export type DiffSegment = { op: 'equal' | 'insert' | 'delete'; text: string };

type Op = DiffSegment['op'];

/** Above this many cells the comparison of two lists is not worth its memory: all removed, all added. */
const MAX_CELLS = 2_000_000;

/** The longest-common-subsequence edit script of two lists, common prefix and suffix first set aside. */
function editScript<T>(a: T[], b: T[]): Array<{ op: Op; item: T }> {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((item) => ({ op: 'equal' as Op, item }));
  const tail = a.slice(endA).map((item) => ({ op: 'equal' as Op, item }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  const middle: Array<{ op: Op; item: T }> = [];
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    middle.push(...midA.map((item) => ({ op: 'delete' as Op, item })), ...midB.map((item) => ({ op: 'insert' as Op, item })));
  } else {
    // lengths[i][j]: the LCS of midA[i..] and midB[j..]
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] = midA[i] === midB[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        middle.push({ op: 'equal', item: midA[i] });
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
        middle.push({ op: 'delete', item: midA[i++] });
      } else {
        middle.push({ op: 'insert', item: midB[j++] });
      }
    }
    while (i < n) middle.push({ op: 'delete', item: midA[i++] });
    while (j < m) middle.push({ op: 'insert', item: midB[j++] });
  }
  return [...head, ...middle, ...tail];
}

/** Adjacent segments of the same kind merged into one. */
function merged(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = out.at(-1);
    if (last && last.op === segment.op) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}

/** Words with the space after them (a rewritten sentence then shows as one removal and one addition, not word/space/word). */
const words = (text: string) => text.match(/\S+\s*|\s+/g) ?? [];

function wordDiff(before: string, after: string): DiffSegment[] {
  return editScript(words(before), words(after)).map(({ op, item }) => ({ op, text: item }));
}

/**
 * A readable diff of two texts: line by line (a rich-text field has one line per block), and word by
 * word within lines that were changed rather than added or removed.
 */
export function textDiff(before: string, after: string): DiffSegment[] {
  const script = editScript(before.split('\n'), after.split('\n'));
  const segments: DiffSegment[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length > 0 && added.length > 0) segments.push(...wordDiff(removed.join('\n'), added.join('\n')));
    else {
      if (removed.length > 0) segments.push({ op: 'delete', text: removed.join('\n') });
      if (added.length > 0) segments.push({ op: 'insert', text: added.join('\n') });
    }
    if (removed.length > 0 || added.length > 0) segments.push({ op: 'equal', text: '\n' });
    removed = [];
    added = [];
  };
  for (const { op, item } of script) {
    if (op === 'delete') removed.push(item);
    else if (op === 'insert') added.push(item);
    else {
      flush();
      segments.push({ op: 'equal', text: `${item}\n` });
    }
  }
  flush();
  const result = merged(segments);
  // The line breaks added after each line: none after the last.
  const last = result.at(-1);
  if (last?.op === 'equal' && last.text.endsWith('\n')) {
    last.text = last.text.slice(0, -1);
    if (last.text === '') result.pop();
  }
  return result;
}
