/**
 * Keeps the marks in step with pages that change after load (infinite scroll, single-page apps,
 * live tickers): a MutationObserver collects the blocks that gained, lost or changed text, and
 * they are rescanned together when the page is idle (at the latest after TIMING.rescanMaxWaitMs).
 * Changes to the extension's own UI, and the marker's own DOM changes, are not rescanned. A page
 * that swaps its whole <body> is followed to the new one (watchBodyReplacement).
 */
import { TIMING } from '../timing';
import type { MentionMarker } from './marker';
import { blockContainerOf, isInsideSkipped, isSkippedElement, OWN_UI_ATTRIBUTE } from './text-blocks';

export interface PageWatcher {
  /** The marker, wrapped so that its own DOM changes (wrapping fallback) are not seen as page changes. */
  readonly marker: MentionMarker;
  /** Watches `root` from now on instead (the page put a new <body> in place of the old one). */
  readonly follow: (root: Element) => void;
  /** Rescans all of the watched root with the next changes, when the page is idle. */
  readonly rescanAll: () => void;
  readonly stop: () => void;
}

export function watchPage(root: Element, marker: MentionMarker, rescan: (containers: Element[]) => Promise<unknown>): PageWatcher {
  const pending = new Set<Element>();
  let scheduled = false;

  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        add(record.target);
        continue;
      }
      const nodes = [...record.addedNodes].filter((n) => !isOwnUi(n));
      if (nodes.length === 0 && record.removedNodes.length === 0) continue;
      for (const node of nodes) add(node);
      if (record.removedNodes.length > 0) add(record.target);
    }
    if (pending.size > 0 && !scheduled) schedule();
  };

  const add = (node: Node) => {
    const container = blockContainerOf(node);
    // Typing in an editable region or a script added to the page is not reading text: the container
    // itself may be the skipped element (text right inside a contenteditable <div>).
    if (container && root.contains(container) && !isSkippedElement(container) && !isInsideSkipped(container, root)) pending.add(container);
  };

  const schedule = () => {
    scheduled = true;
    const run = () => {
      scheduled = false;
      const containers = outermost([...pending].filter((c) => c.isConnected));
      pending.clear();
      rescan(containers).catch(() => undefined); // the scanner runs scans one after another
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: TIMING.rescanMaxWaitMs });
    else setTimeout(run, TIMING.rescanMaxWaitMs / 2);
  };

  const observer = new MutationObserver(note);
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  /** Runs the marker's own DOM work without the observer reporting it back as a page change. */
  const unobserved = <T>(work: () => T): T => {
    note(observer.takeRecords());
    const result = work();
    observer.takeRecords();
    return result;
  };

  const shielded: MentionMarker = {
    add: (mentions, following, moreLater) => unobserved(() => marker.add(mentions, following, moreLater)),
    removeWithin: (roots) => unobserved(() => marker.removeWithin(roots)),
    mentionAt: (x, y, target) => marker.mentionAt(x, y, target),
    mayHaveMarks: (target) => marker.mayHaveMarks(target),
    mentionsInOrder: () => marker.mentionsInOrder(),
    get count() {
      return marker.count;
    },
    dispose: () => unobserved(() => marker.dispose()),
  };

  const follow = (next: Element) => {
    observer.disconnect();
    pending.clear();
    root = next;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  };

  const rescanAll = () => {
    pending.add(root);
    if (!scheduled) schedule();
  };

  return { marker: shielded, follow, rescanAll, stop: () => observer.disconnect() };
}

/**
 * Calls `replaced` with the new <body> whenever the page puts one in place of the old: Turbo and
 * some single-page apps swap the whole body on navigation, and a watcher of the old body would
 * see nothing of the new page.
 */
export function watchBodyReplacement(doc: Document, replaced: (body: HTMLElement) => void): () => void {
  let body = doc.body;
  const observer = new MutationObserver(() => {
    if (doc.body && doc.body !== body) {
      body = doc.body;
      replaced(body);
    }
  });
  observer.observe(doc.documentElement, { childList: true });
  return () => observer.disconnect();
}

function isOwnUi(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return !!element?.closest(`[${OWN_UI_ATTRIBUTE}]`);
}

/** Drops containers that lie inside another container of the list. */
function outermost(containers: Element[]): Element[] {
  return containers.filter((c) => !containers.some((other) => other !== c && other.contains(c)));
}
