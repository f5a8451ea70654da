/**
 * The settings asked for as a page starts loading (utils/settings.ts): the content script, which
 * runs later, takes them with every change made meanwhile, or reads them itself when nobody asked
 * or the script that asked was cut off from the extension. A small stand-in for the extension's
 * storage plays the browser.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The extension's runtime and storage.local, as far as the settings use them: in place before wxt/browser is loaded. */
const extension = vi.hoisted(() => {
  const listeners = new Set<Listener>();
  const fake = {
    stored: undefined as unknown,
    reads: 0,
    runtime: { id: 'siyaq' as string | undefined },
    storage: {
      local: {
        get: async (key: string) => {
          fake.reads++;
          return fake.stored === undefined ? {} : { [key]: structuredClone(fake.stored) };
        },
      },
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
    change(next: unknown) {
      fake.stored = next;
      for (const listener of listeners) listener({ settings: { newValue: structuredClone(next) } }, 'local');
    },
    listeners,
  };
  (globalThis as { chrome?: unknown }).chrome = fake;
  return fake;
});

import * as settings from '../../utils/settings';

beforeEach(() => {
  extension.stored = settings.DEFAULT_SETTINGS;
  extension.reads = 0;
  extension.runtime.id = 'siyaq';
  extension.listeners.clear();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('siyaq:settings-asked-at-start')];
});

describe('settings asked for at document start', () => {
  it('reach the content script without a second read, and stop being watched once taken', async () => {
    settings.askSettingsAtStart();
    expect(extension.reads).toBe(1);
    expect(await settings.settingsAskedAtStartOrRead()).toEqual(settings.DEFAULT_SETTINGS);
    expect(extension.reads).toBe(1);
    expect(extension.listeners.size).toBe(0);
  });

  it('include a change made while the page loaded', async () => {
    settings.askSettingsAtStart();
    const offHere = { ...settings.DEFAULT_SETTINGS, offSites: ['alwasat.ly'] };
    extension.change(offHere);
    expect(await settings.settingsAskedAtStartOrRead()).toEqual(offHere);
  });

  it('are taken once: a second content script in the page reads them itself', async () => {
    settings.askSettingsAtStart();
    await settings.settingsAskedAtStartOrRead();
    const styled = { ...settings.DEFAULT_SETTINGS, highlightStyle: 'background' as const };
    extension.change(styled);
    expect(await settings.settingsAskedAtStartOrRead()).toEqual(styled);
    expect(extension.reads).toBe(2);
  });

  it('are read again when nobody asked, or the script that asked was cut off from the extension', async () => {
    expect(await settings.settingsAskedAtStartOrRead()).toEqual(settings.DEFAULT_SETTINGS);
    expect(extension.reads).toBe(1);

    settings.askSettingsAtStart();
    // Switched off everywhere while the asking script was cut off: it never heard of it.
    extension.stored = { ...settings.DEFAULT_SETTINGS, enabled: false };
    extension.runtime.id = undefined;
    expect((await settings.settingsAskedAtStartOrRead()).enabled).toBe(false);
    expect(extension.reads).toBe(3);
  });
});
