/**
 * The content script's life on one document: with the match index it carries and the reader's
 * settings, it marks the page, wires the card, follows the page as it changes, and stops, leaving
 * the page as it was, when the extension goes away or the reader switches it off (site-switch.ts).
 *
 * - A page that swaps its whole <body> (Turbo) or navigates with pushState (a single-page app)
 *   shows a new page: the old one's scans stop, its card closes, and a scanner of its own, which
 *   knows nothing of the old page's names, reads the new one (docs/decisions/0005).
 * - It stops when its extension is updated, reloaded, disabled or removed (extension-lifetime.ts),
 *   and on any failure: its marks, their styles, its card and font, and every observer, listener
 *   and timer go. A page cannot make it stop (docs/decisions/0010).
 * - Nothing here throws into the page: every entry from the page's events runs through code that
 *   catches, and the start ends in `stop` on any error.
 */
import type { MatchIndex } from '../match/match-index';
import { Matcher, type PackedTrie } from '../match/matcher';
import type { Settings } from '../settings';
import type { Request, ResponseMap } from '../store/messages';
import { entityUrl, readerUrl } from '../page-urls';
import { CardController } from './card-controller';
import { registerCardFont } from './card-font';
import { CardHost } from './card-host';
import { ExtensionLifetime } from './extension-lifetime';
import { installMarkStyles } from './highlight-styles';
import { HeldMarker } from './held-marker';
import { Highlighter, supportsHighlights } from './highlighter';
import type { MentionMarker } from './marker';
import { markedTypesOnly } from './marked-types';
import { pageDate } from './page-date';
import type { PageEntityList } from './page-entities';
import { watchNavigation } from './page-navigation';
import type { PageFacts } from '../match/page-reader';
import { PageScanner } from './scan-page';
import { watchBodyReplacement, watchPage } from './watch-page';
import { WrapMarker } from './wrap-marker';

/** What the session needs from the extension, kept apart so that it reads as plain DOM code. */
export interface SessionDeps {
  /** The match index the content script carries, and its alias trie, packed at build time. */
  readonly index: MatchIndex;
  readonly trie: PackedTrie;
  /** What the page's address says (the site's country). */
  readonly page: PageFacts;
  /**
   * The reader's settings: the card's timings, the marks' style, the entity types to mark. They
   * may still be on their way: the page is read meanwhile, and marked once they have come.
   */
  readonly settings: Promise<Settings>;
  /** Sends a request to the background; rejects when it cannot answer. */
  readonly ask: <T extends Request['type']>(request: Extract<Request, { type: T }>) => Promise<ResponseMap[T]>;
  /** What the toolbar popup lists of the page (page-entities.ts). */
  readonly pageEntities: PageEntityList;
  /** Whether the extension is still there (an orphaned script's runtime has no id). */
  readonly isExtensionAlive: () => boolean;
  /** The full address of one of the extension's files or pages. */
  readonly extensionUrl: (path: string) => string;
  /** The card's stylesheet. */
  readonly cardCss: () => Promise<string>;
  /**
   * Hands the background's keyboard walk to this session; returns how to stop. (The script answers
   * the background's ping itself, whether a session runs or not: site-switch.ts.)
   */
  readonly listen: (handlers: { readonly walk: () => void }) => () => void;
}

export class ContentSession {
  private readonly lifetime: ExtensionLifetime;
  /** Undone in reverse order when the session ends. */
  private readonly cleanups: (() => void)[] = [];
  /** The page shown now; a new <body> or a navigation shows another. */
  private page: ShownPage | undefined;
  private card: CardController | undefined;

  private constructor(
    private readonly doc: Document,
    private readonly deps: SessionDeps,
  ) {
    this.lifetime = new ExtensionLifetime(deps.isExtensionAlive, () => this.tearDown());
    this.cleanups.push(deps.listen({ walk: () => this.card?.walk() }));
    this.cleanups.push(deps.pageEntities.listen());
  }

  /**
   * Starts on `doc`; resolves once the page is marked and the card is ready, or the session ended.
   * `signal` ends it, at any point (the reader switched Siyaq off for this page).
   */
  static async start(doc: Document, deps: SessionDeps, signal?: AbortSignal): Promise<ContentSession> {
    const session = new ContentSession(doc, deps);
    signal?.addEventListener('abort', () => session.stop(), { once: true });
    if (signal?.aborted) session.stop();
    try {
      await session.run();
    } catch (error) {
      session.stop();
      console.debug('Siyaq: not active on this page', error);
    }
    return session;
  }

  get stopped(): boolean {
    return this.lifetime.signal.aborted;
  }

  /** Ends the session: everything it added to the page is removed. */
  stop(): void {
    this.lifetime.end();
  }

  private tearDown(): void {
    this.page?.leave();
    this.page = undefined;
    this.card = undefined;
    for (const cleanup of this.cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch (error) {
        console.debug('Siyaq: cleanup failed', error);
      }
    }
  }

  private async run(): Promise<void> {
    const { doc, deps, lifetime } = this;
    if (!doc.body) return this.stop(); // an SVG or XML document: no reading text
    if (this.stopped) return;
    const { index } = deps;
    // The page is read while the settings are on their way; its marks are held until they come.
    const held = new HeldMarker();
    const matcher = new Matcher(index, deps.trie);

    /** Leaves the page shown so far: its scans stop and its card closes. */
    const newPage = (): ShownPage => {
      this.page?.leave();
      this.page = new ShownPage(new PageScanner(index, matcher, watcher.marker, deps.page), lifetime.signal);
      this.card?.close();
      return this.page;
    };
    const watcher = watchPage(doc.body, held, async (containers) => {
      if (!lifetime.check()) return;
      navigation.check();
      await this.page?.scan(containers);
    });
    this.cleanups.push(() => watcher.stop(), () => watcher.marker.dispose());
    this.cleanups.push(
      watchBodyReplacement(doc, (body) => {
        if (!lifetime.check()) return;
        watcher.follow(body);
        void newPage().scan([body]).catch(ignore); // it drops the old body's marks first
      }),
    );
    // The address often changes before the app renders the new page: the new page is read when
    // the page is idle, as changed content is.
    const navigation = watchNavigation(() => {
      if (!lifetime.check()) return;
      newPage();
      watcher.rescanAll();
    });
    this.cleanups.push(navigation.stop);

    // Registered before the scan starts, so that settings already here are taken between its
    // first batches rather than after its last: the marks are drawn as soon as they are found.
    const drawing = deps.settings.then((settings) => {
      if (this.stopped) return null;
      this.cleanups.push(installMarkStyles(doc, settings.highlightStyle));
      held.open(deps.pageEntities.watch(markedTypesOnly(supportsHighlights() ? new Highlighter() : new WrapMarker(), index, settings.entityTypes)));
      return settings;
    });
    const scanned = newPage().scan([doc.body]);
    scanned.catch(ignore); // awaited once the marks can be drawn
    const settings = await drawing;
    if (!settings) return;
    // Only the card needs it: the rest of the page is read meanwhile.
    const cssAsked = deps.cardCss();
    cssAsked.catch(ignore);
    const found = await scanned;
    const css = await cssAsked;
    if (this.stopped) return;

    this.cleanups.push(registerCardFont(doc, deps.extensionUrl));
    const host = new CardHost(doc, css);
    this.cleanups.push(() => host.remove());
    host.attach();
    const card = this.cardController(host, watcher.marker, settings);
    this.card = card;
    this.cleanups.push(() => card.dispose());
    deps.pageEntities.ready(() => this.card, pageDate(doc));
    // Tests and the demo wait for this mark: the page is scanned and the card is ready.
    performance.mark('siyaq:ready', { detail: { mentions: found } });
  }

  private cardController(host: CardHost, marker: MentionMarker, settings: Settings): CardController {
    const { deps, doc } = this;
    return new CardController({
      marker,
      container: host.container,
      host: host.element,
      attachHost: () => host.attach(),
      settings,
      // Marks nobody sees open no card under the pointer: the keyboard walk and the popup do.
      openFromPointer: settings.highlightStyle !== 'none',
      pageDate: () => pageDate(doc),
      loadCard: (id) =>
        deps.ask({ type: 'card', id }).catch((error: unknown) => {
          this.lifetime.check(); // an extension that went away ends the session: its marks would lead nowhere
          throw error;
        }),
      actions: {
        readerHref: (articleId, quote) => deps.extensionUrl(readerUrl(articleId, quote)),
        entityHref: (id) => deps.extensionUrl(entityUrl(id)),
        // A news page may not open the extension's pages by navigating: they open in a tab of their own.
        inNewTab: true,
      },
    });
  }
}

/** The page shown now: its scanner, and a signal that stops its scans when another page is shown. */
class ShownPage {
  private readonly left = new AbortController();
  private readonly signal: AbortSignal;

  constructor(
    private readonly scanner: PageScanner,
    sessionSignal: AbortSignal,
  ) {
    this.signal = AbortSignal.any([sessionSignal, this.left.signal]);
  }

  /** Scans `roots` for this page; resolves with the number of mentions marked. */
  scan(roots: readonly Node[]): Promise<number> {
    return this.scanner.scan(roots, this.signal);
  }

  leave(): void {
    this.left.abort();
  }
}

/**
 * Keeps a rejection from counting as unhandled: for promises awaited later (a failure there ends
 * the session), and for the scan of a new body, whose failure leaves nothing to undo.
 */
function ignore(): void {}
