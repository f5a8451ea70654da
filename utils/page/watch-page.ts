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

  // Runs for every change a page makes (a ticker makes a thousand a second): plain loops, no copies.
  const note = (records: MutationRecord[]) => {
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      if (record.type === 'characterData') {
        add(record.target);
        continue;
      }
      const { addedNodes, removedNodes } = record;
      for (let i = 0; i < addedNodes.length; i++) if (!isOwnUiHost(addedNodes[i]!)) add(addedNodes[i]!);
      for (let i = 0; i < removedNodes.length; i++) {
        if (!isOwnUiHost(removedNodes[i]!)) {
          add(record.target);
          break;
        }
      }
    }
    if (pending.size > 0 && !scheduled) schedule();
  };

  const add = (node: Node) => {
    const container = blockContainerOf(node);
    // A live ticker changes the same blocks many times between two rescans: each is checked once.
    if (!container || pending.has(container)) return;
    // Typing in an editable region or a script added to the page is not reading text: the container
    // itself may be the skipped element (text right inside a contenteditable <div>).
    if (root.contains(container) && !isSkippedElement(container) && !isInsideSkipped(container, root)) pending.add(container);
  };

  let lastRun = -Infinity;
  const schedule = () => {
    scheduled = true;
    const run = () => {
      scheduled = false;
      lastRun = performance.now();
      const containers = outermost([...pending].filter((c) => c.isConnected));
      pending.clear();
      rescan(containers).catch(() => undefined); // the scanner runs scans one after another
    };
    const whenIdle = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: TIMING.rescanMaxWaitMs });
      else setTimeout(run, TIMING.rescanMaxWaitMs / 2);
    };
    // A page that changes all the time (a live ticker) is idle between its changes: without a
    // pause after each rescan, it would be read again after every one of them.
    const pause = lastRun + TIMING.rescanMinGapMs - performance.now();
    if (pause > 0) setTimeout(whenIdle, pause);
    else whenIdle();
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

/**
 * The extension's own UI host coming or going (a page may move it into the body). What happens
 * inside it is in its shadow root, which a page's observer never sees, and the scanner skips it.
 */
function isOwnUiHost(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).hasAttribute(OWN_UI_ATTRIBUTE);
}

const ELEMENT_NODE = 1;

/** Drops containers that lie inside another container of the list. */
function outermost(containers: Element[]): Element[] {
  return containers.filter((c) => !containers.some((other) => other !== c && other.contains(c)));
}
