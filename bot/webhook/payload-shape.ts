/**
 * LINE events nest five levels at most (event → message → mention → mentionees → item). A signed
 * body can nest far deeper, and a document nested thousands of levels takes down the recursive
 * code that stores and queries it; MongoDB itself refuses more than 100. Sixteen leaves LINE room
 * to grow and stays well below the database.
 */
export const MAX_EVENT_NESTING = 16;

export type ShapeProblem = { problem: 'too-deep' | 'forbidden-key'; path: string };

/**
 * Checks what the schema lets through unnamed: nesting depth, and keys the database would refuse
 * or read as operators (a NUL byte, a leading `$`). Iterative with an explicit stack, so a hostile
 * depth cannot overflow this check either; it stops at the first problem.
 */
export function findShapeProblem(value: unknown, maxDepth = MAX_EVENT_NESTING): ShapeProblem | null {
  const stack: { node: unknown; depth: number; path: string }[] = [{ node: value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxDepth) return { problem: 'too-deep', path };
    const entries = Array.isArray(node) ? node.entries() : Object.entries(node);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && (key.includes('\u0000') || key.startsWith('$'))) {
        return { problem: 'forbidden-key', path: `${path}.${key.replaceAll('\u0000', '\\0')}` };
      }
      if (typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1, path: `${path}.${String(key)}` });
    }
  }
  return null;
}
