/**
 * What every extension page does first: refuses to draw inside a frame, registers the Naskh face
 * shipped with the extension, reads the reader's settings and speaks their language, with the
 * page's `lang` and `dir` set to match. The reader and entity pages are reachable from news pages
 * (so that their links open as links do), and no site should frame them under its own controls.
 */
import { browser } from 'wxt/browser';
import { registerCardFont } from '../utils/page/card-font';
import { readSettings, watchSettings, type Settings } from '../utils/settings';
import { direction, language, useLanguage } from './i18n';
import './page-strings';

/** Returns the settings, or null when the page is framed: it then stays empty. */
export async function setUpPage(): Promise<Settings | null> {
  if (window.top !== window) return null;
  registerCardFont(document, (path) => path);
  const settings = await readSettings();
  speak(settings);
  return settings;
}

/** Speaks the reader's language on this page. */
export function speak(settings: Settings): void {
  useLanguage(settings, browser.i18n.getUILanguage());
  document.documentElement.lang = language();
  document.documentElement.dir = direction();
}

/** Calls `redraw` with the new settings after every change, once the page speaks them. */
export function followSettings(redraw: (settings: Settings) => void): () => void {
  return watchSettings((settings) => {
    speak(settings);
    redraw(settings);
  });
}
