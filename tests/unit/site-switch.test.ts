/**
 * When the content script runs a session (utils/page/site-switch.ts): from the first moment, before
 * the settings have come, by a session that goes on only if they say the site is on; again on every
 * change of a setting a session uses; never after the site or everything was switched off.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { SiteSwitch } from '../../utils/page/site-switch';

const HOST = 'alwasat.ly';

/** A switch whose storage answers when the test says, with the sessions it started and the times it cleared the page. */
function switchOnPage() {
  let answer!: (settings: Settings) => void;
  let fail!: (error: Error) => void;
  let heard: ((settings: Settings) => void) | null = null;
  const sessions: { settings: Promise<Settings>; signal: AbortSignal }[] = [];
  let cleared = 0;
  const sites = new SiteSwitch({
    hostname: HOST,
    withLocalHosts: false,
    readSettings: () => new Promise<Settings>((resolve, reject) => ((answer = resolve), (fail = reject))),
    watchSettings: (changed) => {
      heard = changed;
      return () => (heard = null);
    },
    startSession: async (settings, signal) => void sessions.push({ settings, signal }),
    cleared: () => void cleared++,
  });
  const started = sites.start();
  return {
    sites,
    started,
    sessions,
    cleared: () => cleared,
    answer: (settings: Settings) => answer(settings),
    fail: (error: Error) => fail(error),
    change: (settings: Settings) => heard?.(settings),
  };
}

const offHere: Settings = { ...DEFAULT_SETTINGS, offSites: [HOST] };
const styled: Settings = { ...DEFAULT_SETTINGS, highlightStyle: 'background' };

describe('the site switch', () => {
  it('starts reading before the settings have come, and goes on with them when the site is on', async () => {
    const page = switchOnPage();
    expect(page.sessions).toHaveLength(1);
    page.answer(DEFAULT_SETTINGS);
    await page.started;
    expect(await page.sessions[0]!.settings).toEqual(DEFAULT_SETTINGS);
    expect(page.sessions[0]!.signal.aborted).toBe(false);
    expect(page.sessions).toHaveLength(1);
    expect(page.sites.on).toBe(true);
  });

  it('ends the first session unseen when the settings say the site is off', async () => {
    const page = switchOnPage();
    page.answer(offHere);
    await page.started;
    expect(page.sessions[0]!.signal.aborted).toBe(true);
    expect(page.sites.on).toBe(false);
    expect(page.cleared()).toBe(0); // it drew nothing: there is nothing to clear
  });

  it('gives the first session a change heard before the settings read, without starting it again', async () => {
    // The background writes the settings at its first start: the page hears them while it reads.
    const page = switchOnPage();
    page.change(styled);
    expect(await page.sessions[0]!.settings).toEqual(styled);
    page.answer(DEFAULT_SETTINGS); // older than the change: it changes nothing
    await page.started;
    expect(page.sessions).toHaveLength(1);
    expect(page.sessions[0]!.signal.aborted).toBe(false);
    expect(page.cleared()).toBe(0);
    page.change(DEFAULT_SETTINGS); // a later change a session uses starts one anew, as ever
    expect(page.sessions).toHaveLength(2);
    expect(page.sessions[0]!.signal.aborted).toBe(true);
  });

  it('goes on with a change heard before a settings read that then fails', async () => {
    const page = switchOnPage();
    page.change(DEFAULT_SETTINGS);
    page.fail(new Error('storage unavailable'));
    await page.started;
    expect(page.sessions).toHaveLength(1);
    expect(page.sessions[0]!.signal.aborted).toBe(false);
    expect(page.sites.on).toBe(true);
  });

  it('is off for good when the site is switched off before the settings read', async () => {
    const page = switchOnPage();
    page.change(offHere);
    page.answer(DEFAULT_SETTINGS);
    await page.started;
    expect(page.sessions).toHaveLength(1);
    expect(page.sessions[0]!.signal.aborted).toBe(true);
    expect(page.sites.on).toBe(false);
  });

  it('starts again on a change a session uses, clearing the page, and not on one it does not', async () => {
    const page = switchOnPage();
    page.answer(DEFAULT_SETTINGS);
    await page.started;
    page.change({ ...DEFAULT_SETTINGS, addedSites: ['example.com'] });
    expect(page.sessions).toHaveLength(1);
    page.change(styled);
    expect(page.sessions).toHaveLength(2);
    expect(page.sessions[0]!.signal.aborted).toBe(true);
    expect(page.cleared()).toBe(1);
    page.change({ ...styled, enabled: false });
    expect(page.sessions[1]!.signal.aborted).toBe(true);
    expect(page.cleared()).toBe(2);
    expect(page.sites.on).toBe(false);
  });

  it('starts nothing on a change that gives the same settings with their keys in another order', async () => {
    // Storage hands an object back with its keys in its own order: the background's first write of
    // the settings, heard by every open page, must not read them all again.
    const page = switchOnPage();
    page.answer(DEFAULT_SETTINGS);
    await page.started;
    const { person, organization } = DEFAULT_SETTINGS.entityTypes;
    page.change({ ...DEFAULT_SETTINGS, entityTypes: { organization, person } });
    expect(page.sessions).toHaveLength(1);
    expect(page.sessions[0]!.signal.aborted).toBe(false);
    page.change({ ...DEFAULT_SETTINGS, entityTypes: { organization, person: !person } });
    expect(page.sessions).toHaveLength(2);
  });

  it('ends the first session, and stops listening, when the settings cannot be read', async () => {
    const page = switchOnPage();
    page.fail(new Error('storage unavailable'));
    await expect(page.started).rejects.toThrow('storage unavailable');
    expect(page.sessions[0]!.signal.aborted).toBe(true);
    await expect(page.sessions[0]!.settings).rejects.toThrow('storage unavailable');
    page.change(DEFAULT_SETTINGS);
    expect(page.sessions).toHaveLength(1);
  });
});
