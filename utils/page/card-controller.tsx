/**
 * Opens and closes the hover card, as Wikipedia's Page Previews do: resting the pointer on a mark
 * starts the lookup, then shows the card; leaving hides it after a grace period unless the pointer
 * reaches the card. Click or tap pins a card, Esc closes it, the keyboard command walks the marks.
 * One card at a time, rendered with Preact into the shadow root the content script made, shown as
 * a popover (top layer) and placed with Floating UI.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { CardUnavailable } from '../../components/CardUnavailable';
import { HoverCard, type HoverCardProps } from '../../components/HoverCard';
import type { Settings } from '../settings';
import type { CardData } from '../store/card-data';
import { liveRange, type MentionMarker, type PageMention } from './marker';

export interface CardControllerDeps {
  readonly marker: MentionMarker;
  /** The element inside the card's shadow root to render into. */
  readonly container: HTMLElement;
  /** The shadow host, to tell pointer moves over the card from moves over the page. */
  readonly host: HTMLElement;
  /** Puts the host back into the page if the page took it out; called before a card shows. */
  readonly attachHost: () => void;
  readonly settings: Settings;
  /** Whether resting the pointer on a mark, or clicking it, opens its card (not when marks are not drawn). */
  readonly openFromPointer: boolean;
  /** The publication date the page declares now (a single-page app changes it as it navigates). */
  readonly pageDate: () => string | null;
  /** Rejects when the store cannot answer: the card then says that the data is unavailable. */
  readonly loadCard: (id: string) => Promise<CardData | null>;
  readonly actions: HoverCardProps['actions'];
}

interface ShowOptions {
  readonly pinned: boolean;
  /** Move keyboard focus into the card (keyboard walk). */
  readonly focus: boolean;
}

export class CardController {
  private hovered: PageMention | undefined;
  private shown: PageMention | undefined;
  private pinned = false;
  private showCount = 0;
  private readonly cards = new Map<string, Promise<CardData | null>>();
  private timers: ReturnType<typeof setTimeout>[] = [];
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  /** The last pointer move, read in the next animation frame. */
  private moveX = 0;
  private moveY = 0;
  private moveTarget: EventTarget | null = null;
  /** Bumped by every show and close: a card that loads after a newer request is not shown. */
  private request = 0;
  private stopFollowing: (() => void) | undefined;
  /** Where keyboard focus was before the walk moved it into the card. */
  private focusBefore: Element | null = null;
  private readonly abort = new AbortController();

  constructor(private readonly deps: CardControllerDeps) {
    const signal = this.abort.signal;
    if (deps.openFromPointer) document.addEventListener('pointermove', this.onPointerMove, { passive: true, signal, capture: true });
    document.addEventListener('click', this.onClick, { signal, capture: true });
    document.addEventListener('keydown', this.onKeyDown, { signal, capture: true });
    deps.host.addEventListener('pointerenter', () => this.cancelHide(), { signal });
    deps.host.addEventListener('pointerleave', () => this.scheduleHide(), { signal });
    deps.container.style.setProperty('--siyaq-fade', `${deps.settings.fadeMs}ms`);
  }

  dispose(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    this.clearTimers();
    this.cancelHide();
    this.request++;
    this.closeNow();
  }

  /** The keyboard walk: the next mark in reading order gets its card, pinned, with focus in it. */
  walk(): void {
    const mentions = this.deps.marker.mentionsInOrder();
    if (mentions.length === 0) return;
    const at = this.shown ? mentions.indexOf(this.shown) : -1;
    const next = mentions[(at + 1) % mentions.length]!;
    if (!this.shown) this.focusBefore = document.activeElement;
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    void this.show(next, { pinned: true, focus: true });
  }

  /** Shows a mention's card, pinned, without taking focus (the toolbar popup chose it). */
  showPinned(mention: PageMention): void {
    void this.show(mention, { pinned: true, focus: false });
  }

  /**
   * Pointer moves are read once per animation frame. Over unmarked text with no name hovered
   * nothing else runs; the card's host is the target of moves over the card (events leaving a
   * shadow root are retargeted to its host).
   */
  private readonly onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return; // touch opens by tap (click)
    const target = event.target;
    if (target !== this.deps.host && !this.hovered && !this.deps.marker.mayHaveMarks(target)) return;
    this.moveX = event.clientX;
    this.moveY = event.clientY;
    this.moveTarget = target;
    if (this.frame === 0) this.frame = requestAnimationFrame(this.onFrame);
  };

  private readonly onFrame = () => {
    this.frame = 0;
    const target = this.moveTarget;
    if (target === this.deps.host) {
      // On the card (the host's pointerenter cancelled the hide). The name is no longer hovered,
      // so coming back to it cancels the hide that leaving the card schedules.
      this.hovered = undefined;
      return;
    }
    this.hover(this.deps.marker.mayHaveMarks(target) ? this.deps.marker.mentionAt(this.moveX, this.moveY, target) : undefined);
  };

  private hover(mention: PageMention | undefined): void {
    if (mention === this.hovered) return;
    this.hovered = mention;
    this.clearTimers();
    if (!mention) {
      this.scheduleHide();
      return;
    }
    if (mention === this.shown) {
      this.cancelHide();
      return;
    }
    if (this.pinned) return;
    const { fetchDelayMs, showDelayMs } = this.deps.settings;
    this.timers.push(setTimeout(() => void this.load(mention).catch(() => undefined), fetchDelayMs));
    this.timers.push(setTimeout(() => void this.show(mention, { pinned: false, focus: false }), showDelayMs));
  }

  private readonly onClick = (event: MouseEvent) => {
    if (event.composedPath().includes(this.deps.host)) return;
    // A name inside a link stays a link: the page's navigation wins over pinning.
    const inLink = event.target instanceof Element && event.target.closest('a[href]');
    const mention = inLink || !this.deps.openFromPointer ? undefined : this.deps.marker.mentionAt(event.clientX, event.clientY, event.target);
    if (mention) void this.show(mention, { pinned: true, focus: false });
    else this.close();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Esc belongs to the page unless the reader is working with the card (pinned or focused).
    const card = this.deps.container.querySelector('.card');
    if (this.pinned || card?.matches(':focus-within')) event.stopPropagation();
    this.close();
  };

  /** The cards of a mention's entities; rejects if any could not be read. */
  private load(mention: PageMention): Promise<(CardData | null)[]> {
    return Promise.all(mention.entityIds.map((id) => this.fetchCard(id)));
  }

  private fetchCard(id: string): Promise<CardData | null> {
    let pending = this.cards.get(id);
    if (!pending) {
      pending = this.deps.loadCard(id);
      // A failed load is not kept: the next hover asks again (the store may be back).
      pending.catch(() => this.cards.delete(id));
      this.cards.set(id, pending);
    }
    return pending;
  }

  /** For the card's own links to other entities: a failure there shows nothing new. */
  private readonly loadCard = (id: string): Promise<CardData | null> => this.fetchCard(id).catch(() => null);

  private async show(mention: PageMention, options: ShowOptions): Promise<void> {
    const request = ++this.request;
    const loaded = await this.load(mention).catch(() => 'unavailable' as const);
    if (request !== this.request || this.abort.signal.aborted) return; // a newer request, a close or dispose came meanwhile
    const entities = loaded === 'unavailable' ? [] : loaded.filter((c): c is CardData => c !== null);
    if (loaded !== 'unavailable' && entities.length === 0) return;
    if (!options.pinned && (this.pinned || this.hovered !== mention)) return; // the pointer moved on meanwhile
    this.cancelHide();
    this.clearTimers();
    this.shown = mention;
    this.pinned = options.pinned;
    const { container } = this.deps;
    this.deps.attachHost();
    render(
      loaded === 'unavailable' ? (
        <CardUnavailable key={++this.showCount} onClose={() => this.close()} />
      ) : (
        <HoverCard key={++this.showCount} entities={entities} dual={mention.dual ?? false} actions={this.deps.actions} loadCard={this.loadCard} pageDate={this.deps.pageDate()} onClose={() => this.close()} />
      ),
      container,
    );
    const card = container.querySelector<HTMLElement>('.card')!;
    if (typeof card.showPopover === 'function' && !card.matches(':popover-open')) {
      card.popover = 'manual';
      card.showPopover();
    }
    this.follow(liveRange(mention.range), card);
    if (options.focus) card.focus({ preventScroll: true });
  }

  /** Places the card beside the name and keeps it there while the page scrolls or resizes. */
  private follow(range: Range, card: HTMLElement): void {
    this.stopFollowing?.();
    const reference = { getBoundingClientRect: () => range.getBoundingClientRect(), getClientRects: () => range.getClientRects() };
    this.stopFollowing = autoUpdate(reference, card, () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
        card.classList.add('visible');
      });
    });
  }

  private scheduleHide(): void {
    if (this.pinned || !this.shown) return;
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.close(), this.deps.settings.hideDelayMs);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  /** Fades the card out, then removes it, and gives focus back to where it was. */
  close(): void {
    this.request++; // a card still loading is not shown
    if (!this.shown) return;
    const card = this.deps.container.querySelector<HTMLElement>('.card');
    const closing = this.showCount;
    const hadFocus = card?.matches(':focus-within') ?? false;
    this.shown = undefined;
    this.pinned = false;
    this.clearTimers();
    this.cancelHide();
    card?.classList.remove('visible');
    if (hadFocus) {
      if (this.focusBefore instanceof HTMLElement && this.focusBefore.isConnected) this.focusBefore.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
    this.focusBefore = null;
    setTimeout(() => {
      // A disposed controller's container may hold the card of the one mounted after it.
      if (this.showCount === closing && !this.shown && !this.abort.signal.aborted) this.closeNow();
    }, this.deps.settings.fadeMs);
  }

  private closeNow(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    render(null, this.deps.container);
  }
}
