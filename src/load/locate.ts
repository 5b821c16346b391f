import type { Document, LineCounter, Node } from 'yaml';
import { useYamlLibrary } from './yaml-library.js';

/** A 1-based line and column in the file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds where a field path points in the YAML document. For a key that is
 * missing, it points at the nearest ancestor that exists; for an unknown key
 * (`pointAtKey`), at the key itself rather than its value.
 */
export function locatePath(
  document: Document.Parsed,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
  pointAtKey = false,
): Position {
  const { isMap, isNode, isPair } = useYamlLibrary();
  let node: unknown = document.contents;
  let offset = startOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(part));
      if (!pair) break;
      const keyOffset = startOf(pair.key);
      // A value that is itself absent (`due:` with nothing after it) points at its key.
      const valueOffset = startOf(pair.value);
      if (last && (pointAtKey || valueOffset === undefined)) {
        offset = keyOffset ?? offset;
        break;
      }
      node = pair.value;
      offset = valueOffset ?? keyOffset ?? offset;
    } else if (isNode(node) && 'items' in node && Array.isArray(node.items) && typeof part === 'number') {
      const item = node.items[part] as unknown;
      if (item === undefined) break;
      node = item;
      offset = startOf(item) ?? offset;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function startOf(node: unknown): number | undefined {
  if (useYamlLibrary().isNode(node)) return (node as Node).range?.[0];
  return undefined;
}

function keyText(key: unknown): string | undefined {
  if (useYamlLibrary().isScalar(key)) return String(key.value);
  return undefined;
}
