/**
 * The element that hosts the card's shadow root lives in the page, where page CSS can reach it
 * (`* { display: none !important }`, `body > * { … }`). Inline `!important` declarations outrank
 * every page rule, so the host keeps the few properties the card depends on. It is also marked so
 * that the scanner and the page watcher leave it alone.
 */
import { OWN_UI_ATTRIBUTE } from './text-blocks';

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

export function prepareCardHost(host: HTMLElement): void {
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  host.style.cssText = HOST_STYLE;
}
