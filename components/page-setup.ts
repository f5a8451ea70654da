/**
 * What every extension page does first: registers the Naskh face shipped with the extension, and
 * refuses to draw inside a frame. The reader and entity pages are reachable from news pages (so
 * that their links open as links do), and no site should frame them under its own controls.
 */
import { registerCardFont } from '../utils/page/card-font';

/** Returns false when the page is framed: it then stays empty. */
export function setUpPage(): boolean {
  if (window.top !== window) return false;
  registerCardFont(document, (path) => path);
  return true;
}
