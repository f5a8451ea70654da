/**
 * Which highlighted mention is under a point. `CSS.highlights.highlightsFromPoint` answers
 * directly where the engine has it (Chrome 140+, Firefox 150+); elsewhere the caret position under
 * the point gives a text node and offset, and that node's mentions (sorted by start) are searched
 * by binary search.
 */
import { liveRange, startIn, type PageMention } from './marker';

interface HighlightHit {
  readonly highlight: Highlight;
  readonly ranges: readonly AbstractRange[];
}

type RegistryWithHitTest = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HighlightHit[] };

export function mentionAtPoint(
  x: number,
  y: number,
  byRange: (range: AbstractRange) => PageMention | undefined,
  byNode: (node: Node) => readonly PageMention[],
): PageMention | undefined {
  const registry = CSS.highlights as RegistryWithHitTest;
  if (typeof registry.highlightsFromPoint === 'function') {
    for (const hit of registry.highlightsFromPoint(x, y)) {
      for (const range of hit.ranges ?? []) {
        const mention = byRange(range);
        if (mention) return mention;
      }
    }
    return undefined;
  }
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const mention = lastStartingAtOrBefore(byNode(caret.node), caret.node, caret.offset);
  if (!mention) return undefined;
  // The caret lands on the nearest character even beside the text: confirm the point is on the name.
  const range = liveRange(mention.range);
  return range.isPointInRange(caret.node, caret.offset) && containsPoint(range, x, y) ? mention : undefined;
}

/** Binary search over mentions sorted by where they start in `node`. */
function lastStartingAtOrBefore(mentions: readonly PageMention[], node: Node, offset: number): PageMention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  let found: PageMention | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (startIn(m, node) <= offset) {
      found = m;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(document, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
