/**
 * What the toolbar popup shows of a page: the entities the content script marked, grouped (one
 * entry per entity, one per shared name and its candidates), with how often each is named; and
 * the way from that list to the marks: the popup asks to show an entry's n-th mention, which is
 * scrolled to, flashed and given its card. CSS highlights are invisible to assistive technology,
 * so this list is how a screen reader reaches the marks. Also keeps the toolbar badge's count.
 */
import { browser } from 'wxt/browser';
import { extensionUrl } from '../extension-url';
import { TIMING } from '../timing';
import type { CardController } from './card-controller';
import { FLASH_HIGHLIGHT } from './highlight-styles';
import { supportsHighlights } from './highlighter';
import { textOf, wrapMarker, type MentionKind, type MentionMarker, type PageMention } from './marker';

/** Requests from the extension's own pages (the popup) to the content script. */
export type PageRequest = { readonly type: 'siyaq-page-entities' } | { readonly type: 'siyaq-show-mention'; readonly key: string; readonly index: number };

/**
 * The request `message` is, or null: checked field by field, by hand, since a schema library would
 * come into every page with the content script.
 */
export function pageRequest(message: unknown): PageRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, key, index, ...rest } = message as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (type === 'siyaq-page-entities' && key === undefined && index === undefined) return { type };
  const validKey = typeof key === 'string' && key.length > 0 && key.length <= 2000;
  const validIndex = typeof index === 'number' && Number.isInteger(index) && Math.abs(index) <= 1_000_000;
  return type === 'siyaq-show-mention' && validKey && validIndex ? { type, key, index } : null;
}

export interface PageEntry {
  /** The entity's id, or `shared:` and the candidates' ids for a shared name. */
  readonly key: string;
  readonly kind: MentionKind;
  readonly ids: readonly string[];
  /** The name as the page first writes it. */
  readonly text: string;
  readonly count: number;
}

export interface PageEntities {
  /** `reading` until the page's first scan has ended. */
  readonly status: 'reading' | 'ready';
  readonly pageDate: string | null;
  readonly entries: readonly PageEntry[];
}

export interface ShownMention {
  /** The mention shown, counted from 0, and how many the entry has. */
  readonly index: number;
  readonly count: number;
}

export class PageEntityList {
  private card: (() => CardController | undefined) | null = null;
  private pageDate: string | null = null;
  private marker: MentionMarker | null = null;
  private reported = 0;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** `report`: tells the background how many entries the page has, for the badge. */
  constructor(private readonly report: (count: number) => void) {}

  /** Wraps the page's marker so that each change of the marks updates the count. */
  watch(marker: MentionMarker): MentionMarker {
    this.marker = marker;
    const changed = () => this.scheduleReport();
    return wrapMarker(marker, {
      add: (mentions, following, moreLater) => {
        marker.add(mentions, following, moreLater);
        changed();
      },
      removeWithin: (roots) => {
        marker.removeWithin(roots);
        changed();
      },
    });
  }

  /** The page is read and its card can open: the list is ready. */
  ready(card: () => CardController | undefined, pageDate: string | null): void {
    this.card = card;
    this.pageDate = pageDate;
    this.scheduleReport();
  }

  /** Answers the popup's requests; returns the cleanup. */
  listen(): () => void {
    const listener = (message: unknown, sender: { id?: string; url?: string }) => {
      // Only the extension's own pages: a content script of another tab cannot message a tab.
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionUrl('/'))) return undefined;
      const request = pageRequest(message);
      if (!request) return undefined;
      return Promise.resolve(request.type === 'siyaq-page-entities' ? this.list() : this.show(request.key, request.index));
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      clearTimeout(this.reportTimer);
      this.endFlash();
    };
  }

  list(): PageEntities {
    const groups = new Map<string, { kind: MentionKind; ids: readonly string[]; text: string; count: number }>();
    for (const mention of this.marker?.mentionsInOrder() ?? []) {
      const key = keyOf(mention);
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { kind: mention.kind, ids: [...mention.entityIds], text: textOf(mention.range), count: 1 });
    }
    return { status: this.card ? 'ready' : 'reading', pageDate: this.pageDate, entries: [...groups].map(([key, g]) => ({ key, ...g })) };
  }

  /** Scrolls to the entry's mention `index` (wrapping around either end), flashes it and opens its card, pinned. */
  show(key: string, index: number): ShownMention | null {
    const mentions = (this.marker?.mentionsInOrder() ?? []).filter((m) => keyOf(m) === key);
    if (mentions.length === 0) return null;
    const at = ((index % mentions.length) + mentions.length) % mentions.length;
    const mention = mentions[at]!;
    mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.flash(mention);
    this.card?.()?.showPinned(mention);
    return { index: at, count: mentions.length };
  }

  private flash(mention: PageMention): void {
    if (!supportsHighlights()) return; // the card that opens shows where the name is
    this.endFlash();
    CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(mention.range));
    this.flashTimer = setTimeout(() => this.endFlash(), TIMING.flashMs);
  }

  private endFlash(): void {
    clearTimeout(this.flashTimer);
    if (supportsHighlights()) CSS.highlights.delete(FLASH_HIGHLIGHT);
  }

  private scheduleReport(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = setTimeout(() => {
      const count = this.list().entries.length;
      if (count === this.reported) return;
      this.reported = count;
      this.report(count);
    }, TIMING.badgeWaitMs);
  }
}

function keyOf(mention: PageMention): string {
  return mention.entityIds.length === 1 ? mention.entityIds[0]! : `shared:${[...mention.entityIds].sort().join(',')}`;
}
