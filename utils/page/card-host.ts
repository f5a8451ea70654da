/**
 * The element that hosts the card's shadow root. It lives in the page, where page CSS can reach
 * it (`* { display: none !important }`, `body > * { … }`): inline `!important` declarations
 * outrank every page rule, so the host keeps the few properties the card depends on. It is also
 * marked so that the scanner and the page watcher leave it alone.
 *
 * A page may take the host out (a framework that owns <body> and drops what it did not render,
 * or a new <body> swapped in): `attach` puts it back at the end of the body before a card shows.
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

  /** Puts the host at the end of the page's body, unless it is there already. */
  attach(): void {
    const parent = this.doc.body ?? this.doc.documentElement;
    if (this.element.parentNode !== parent) parent.append(this.element);
  }

  remove(): void {
    this.element.remove();
  }
}
