/**
 * Which mention is under a point. `CSS.highlights.highlightsFromPoint` answers directly where the
 * engine has it (Chrome 140+, Firefox 150+); elsewhere the caret position under the point gives a
 * text node and offset, and the mentions of that node are searched by offset.
 */
import type { Highlighter, PageMention } from './highlighter';

interface HighlightHit {
  readonly highlight: Highlight;
  readonly ranges: readonly AbstractRange[];
}

type RegistryWithHitTest = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HighlightHit[] };

export function mentionAt(highlighter: Highlighter, x: number, y: number): PageMention | undefined {
  const registry = CSS.highlights as RegistryWithHitTest;
  if (typeof registry.highlightsFromPoint === 'function') {
    for (const hit of registry.highlightsFromPoint(x, y)) {
      for (const range of hit.ranges ?? []) {
        const mention = highlighter.forRange(range);
        if (mention) return mention;
      }
    }
    return undefined;
  }
  return mentionAtCaret(highlighter, x, y);
}

function mentionAtCaret(highlighter: Highlighter, x: number, y: number): PageMention | undefined {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const mentions = highlighter.forNode(caret.node);
  if (mentions.length === 0) return undefined;
  // The caret lands on the nearest character even beside the text: confirm the point is on the name.
  return mentions.find((m) => m.range.isPointInRange(caret.node, caret.offset) && containsPoint(m.range, x, y));
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
