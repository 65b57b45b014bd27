/**
 * Nesting levels in a parsed JSON or query-string value: every object and every array is a level
 * (`{ a: [{ b: 1 }] }` is 3). Measured with an explicit stack, never by recursion, and given up as soon
 * as a level past `max` is seen, so a value nested thousands deep costs no more than one nested
 * `max + 1` deep and can never overflow the call stack.
 */
export function jsonDepth(value: unknown, max: number): number {
  return nestingDepth(value, max, (node) => (node !== null && typeof node === 'object' ? Object.values(node) : undefined));
}

/**
 * The same measure for any tree: `children` returns a container's children, or undefined for a leaf.
 * Returns at most `max + 1`.
 */
export function nestingDepth<T>(root: T, max: number, children: (node: T) => readonly T[] | undefined): number {
  let deepest = 0;
  const stack: Array<{ node: T; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const inner = children(node);
    if (!inner) continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > max) return deepest;
    for (const child of inner) stack.push({ node: child, depth: level });
  }
  return deepest;
}
