/**
 * What the background says to a page's content script. The keyboard command that walks through
 * the marked names of a page. Declared in the manifest
 * (wxt.config.ts) so that readers can rebind it; the background relays it to the page's content
 * script as a message.
 */
export const WALK_COMMAND = 'walk-names';
export const WALK_SHORTCUT = 'Alt+Shift+S';

export interface WalkMessage {
  readonly type: 'siyaq-walk-names';
}

export function walkMessage(): WalkMessage {
  return { type: 'siyaq-walk-names' };
}

export function isWalkMessage(message: unknown): message is WalkMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'siyaq-walk-names';
}

/** The background asks a tab whether a live content script runs in it (inject-open-tabs.ts). */
export interface PingMessage {
  readonly type: 'siyaq-ping';
}

export function pingMessage(): PingMessage {
  return { type: 'siyaq-ping' };
}

export function isPingMessage(message: unknown): message is PingMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'siyaq-ping';
}
