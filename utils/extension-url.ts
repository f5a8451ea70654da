/** The full address of a file or page of the extension. */
import { browser } from 'wxt/browser';

export function extensionUrl(path: string): string {
  // WXT types getURL by the files it knows; the font files are added at build time.
  return (browser.runtime.getURL as (path: string) => string)(path);
}
