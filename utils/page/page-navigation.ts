/**
 * Tells when a single-page app shows another page without loading one: it changes the address
 * with history.pushState or replaceState (or the reader goes back), and swaps the content itself.
 * A change of the #fragment alone stays on the same page.
 *
 * The Navigation API reports every change of the current entry, pushState included, to the
 * content script's world too. Where it is missing (Firefox before 147), `check` is called when
 * the page changes, as an app's navigation always does, and on popstate.
 */
export interface NavigationWatcher {
  /** Compares the address with the last one seen (cheap): call it when the page changed. */
  readonly check: () => void;
  readonly stop: () => void;
}

export function watchNavigation(onNavigate: () => void): NavigationWatcher {
  let shown = pageAddress();
  const check = () => {
    const now = pageAddress();
    if (now === shown) return;
    shown = now;
    onNavigate();
  };
  const stopped = new AbortController();
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') navigation.addEventListener('currententrychange', check, { signal: stopped.signal });
  addEventListener('popstate', check, { signal: stopped.signal });
  return { check, stop: () => stopped.abort() };
}

function pageAddress(): string {
  return location.href.split('#')[0]!;
}
