/**
 * Opens and closes the hover card: pointer rest on a mark (timings in utils/timing.ts), click or
 * tap to pin, Esc to close. Renders the Preact card into the shadow root the content script made,
 * and places it with Floating UI beside the name.
 */
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { HoverCard } from '../../components/HoverCard';
import type { SourceActions } from '../../components/SourceLine';
import type { CardData } from '../store/card-data';
import { TIMING } from '../timing';
import type { Highlighter, PageMention } from './highlighter';
import { mentionAt } from './hit-test';

export interface CardControllerDeps {
  readonly highlighter: Highlighter;
  /** The element inside the card's shadow root to render into. */
  readonly container: HTMLElement;
  /** The shadow host, to tell pointer moves over the card from moves over the page. */
  readonly host: HTMLElement;
  readonly loadCard: (id: string) => Promise<CardData | null>;
  readonly actions: SourceActions;
}

export class CardController {
  private hovered: PageMention | undefined;
  private shown: PageMention | undefined;
  private pinned = false;
  private data = new Map<string, Promise<CardData | null>>();
  private timers: ReturnType<typeof setTimeout>[] = [];
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private lastPoint = { x: 0, y: 0 };
  private stopFollowing: (() => void) | undefined;
  private readonly abort = new AbortController();

  constructor(private readonly deps: CardControllerDeps) {
    const options = { passive: true, signal: this.abort.signal, capture: true };
    document.addEventListener('pointermove', this.onPointerMove, options);
    document.addEventListener('click', this.onClick, { signal: this.abort.signal, capture: true });
    document.addEventListener('keydown', this.onKeyDown, { signal: this.abort.signal, capture: true });
    deps.host.addEventListener('pointerenter', () => this.cancelHide(), { signal: this.abort.signal });
    deps.host.addEventListener('pointerleave', () => this.scheduleHide(), { signal: this.abort.signal });
  }

  dispose(): void {
    this.abort.abort();
    this.close();
  }

  /** Pointer moves are read once per animation frame; over unmarked text nothing else runs. */
  private readonly onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (event.composedPath().includes(this.deps.host)) return; // over the card
      this.hover(mentionAt(this.deps.highlighter, this.lastPoint.x, this.lastPoint.y));
    });
  };

  private hover(mention: PageMention | undefined): void {
    if (mention === this.hovered) return;
    this.hovered = mention;
    this.clearTimers();
    if (!mention) {
      if (this.shown && !this.pinned) this.scheduleHide();
      return;
    }
    if (mention === this.shown) {
      this.cancelHide();
      return;
    }
    if (this.pinned) return;
    this.timers.push(setTimeout(() => this.prefetch(mention), TIMING.fetchDelayMs));
    this.timers.push(setTimeout(() => void this.show(mention), TIMING.showDelayMs));
  }

  private readonly onClick = (event: MouseEvent) => {
    if (event.composedPath().includes(this.deps.host)) return;
    const mention = mentionAt(this.deps.highlighter, event.clientX, event.clientY);
    if (mention) {
      this.pinned = true;
      void this.show(mention);
    } else if (this.shown) {
      this.close();
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.shown) this.close();
  };

  private prefetch(mention: PageMention): Promise<(CardData | null)[]> {
    return Promise.all(
      mention.entityIds.map((id) => {
        let pending = this.data.get(id);
        if (!pending) {
          pending = this.deps.loadCard(id).catch(() => null);
          this.data.set(id, pending);
        }
        return pending;
      }),
    );
  }

  private async show(mention: PageMention): Promise<void> {
    const cards = (await this.prefetch(mention)).filter((c): c is CardData => c !== null);
    if (cards.length === 0 || (!this.pinned && this.hovered !== mention)) return;
    this.cancelHide();
    this.shown = mention;
    render(<HoverCard entities={cards} actions={this.deps.actions} onClose={() => this.close()} />, this.deps.container);
    const card = this.deps.container.querySelector<HTMLElement>('.card')!;
    this.stopFollowing?.();
    const reference = { getBoundingClientRect: () => mention.range.getBoundingClientRect(), getClientRects: () => mention.range.getClientRects() };
    this.stopFollowing = autoUpdate(reference, card, () => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        card.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        card.classList.add('visible');
      });
    });
  }

  private scheduleHide(): void {
    if (this.pinned || !this.shown) return;
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.close(), TIMING.hideDelayMs);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }

  close(): void {
    this.clearTimers();
    this.cancelHide();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.shown = undefined;
    this.pinned = false;
    render(null, this.deps.container);
  }
}
