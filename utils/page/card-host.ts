/**
 * The element that hosts the card's shadow root. It lives in the page, where page CSS can reach
 * it (`* { display: none !important }`, `body > * { … }`): inline `!important` declarations
 * outrank every page rule, so the host keeps the few properties the card depends on. It is also
 * marked so that the scanner and the page watcher leave it alone.
 *
 * It hangs from <html>, after <body>: a framework that owns <body> drops what it did not render,
 * and a page that swaps its <body> would take the host with it. The card is a popover in the top
 * layer, so where the host stands does not move it. Should a page take it out even there,
 * `attach` puts it back before a card shows.
 */
import { OWN_UI_ATTRIBUTE } from './text-blocks';

const HOST_TAG = 'siyaq-card';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: static',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'contain: none',
  'pointer-events: auto',
].map((declaration) => `${declaration} !important;`).join(' ');

/**
 * Inside the shadow root, after the card's own styles. A printed page shows no card: important
 * declarations of the shadow tree win over the host's inline ones (CSS Cascade, "context").
 */
const SHADOW_STYLE = '@media print { :host { display: none !important; } }';

export class CardHost {
  /** The element in the page. */
  readonly element: HTMLElement;
  /** Where the card is rendered, inside the shadow root. */
  readonly container: HTMLElement;

  /** `css`: the card's stylesheet (components/*.css as built). */
  constructor(
    private readonly doc: Document,
    css: string,
  ) {
    this.element = doc.createElement(HOST_TAG);
    this.element.setAttribute(OWN_UI_ATTRIBUTE, '');
    this.element.style.cssText = HOST_STYLE;
    // Open, so that the tests and assistive technology can read the card.
    const shadow = this.element.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    // Rules the build wrote for the document's root apply to the card's root here.
    style.textContent = `${css.replaceAll(':root', ':host')}\n${SHADOW_STYLE}`;
    this.container = doc.createElement('div');
    shadow.append(style, this.container);
  }

  /** Puts the host at the end of the document's root element, unless it is there already. */
  attach(): void {
    const root = this.doc.documentElement;
    if (this.element.parentNode !== root) root.append(this.element);
  }

  remove(): void {
    this.element.remove();
  }
}
