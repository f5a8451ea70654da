/**
 * Watches one page of the hostile suite from outside the page's reach: errors are read from the
 * DevTools protocol and sorted by the world they were thrown in (the page's, Siyaq's), and the
 * page is read from a world of the test's own, which the page's patches of Array, JSON, Range or
 * CSS.highlights do not reach (the highlight registry itself is the document's, shared by all).
 */
import type { CDPSession, Page } from 'playwright-core';
import { startTrace, stopTrace, type MainThreadFigures } from './main-thread';

const TEST_WORLD = 'siyaq-test-probe';

interface ContextDescription {
  readonly id: number;
  readonly name: string;
  readonly origin: string;
  readonly auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

export interface Mark {
  readonly highlight: string;
  readonly text: string;
}

export class PageProbe {
  /** Uncaught errors and rejections in the page's own world. */
  readonly pageErrors: string[] = [];
  /** Uncaught errors, rejections and console errors in Siyaq's world. */
  readonly siyaqErrors: string[] = [];
  private readonly contexts = new Map<number, ContextDescription>();
  private mainFrame = '';

  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {}

  /** Opens a probe on a new page of `page`'s context, before anything is loaded into it. */
  static async attach(page: Page, extensionId: string): Promise<PageProbe> {
    const cdp = await page.context().newCDPSession(page);
    const probe = new PageProbe(page, cdp, extensionId);
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => probe.contexts.set(context.id, context));
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => probe.contexts.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => probe.contexts.clear());
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }: { exceptionDetails: { executionContextId?: number; text: string; exception?: { description?: string } } }) => {
      const text = `${exceptionDetails.text} ${exceptionDetails.exception?.description?.split('\n')[0] ?? ''}`.trim();
      probe.errorsOf(exceptionDetails.executionContextId)?.push(text);
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }: { type: string; executionContextId: number; args: { value?: unknown; description?: string }[] }) => {
      if (type !== 'error' && type !== 'assert') return;
      const context = probe.contexts.get(executionContextId);
      if (context && probe.isSiyaq(context)) probe.siyaqErrors.push(args.map((a) => String(a.value ?? a.description)).join(' '));
    });
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    probe.mainFrame = frameTree.frame.id;
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');
    // Runs in the test's world as each document starts: the page's text before Siyaq runs.
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      worldName: TEST_WORLD,
      source: `document.addEventListener('DOMContentLoaded', () => { globalThis.textAtLoad = document.documentElement.textContent; });`,
    });
    return probe;
  }

  private isSiyaq(context: ContextDescription): boolean {
    return context.origin === `chrome-extension://${this.extensionId}`;
  }

  private errorsOf(contextId: number | undefined): string[] | undefined {
    const context = contextId === undefined ? undefined : this.contexts.get(contextId);
    if (!context) return this.pageErrors; // a world already gone: count it against the page
    if (this.isSiyaq(context)) return this.siyaqErrors;
    if (context.auxData?.isDefault) return this.pageErrors;
    return undefined; // the test's own worlds
  }

  /** Evaluates `expression` in the test's world of the main frame; returns its value. */
  async read<T>(expression: string): Promise<T> {
    const context = [...this.contexts.values()].find((c) => c.name === TEST_WORLD && c.auxData?.frameId === this.mainFrame);
    if (!context) throw new Error('the test world is not there');
    const { result, exceptionDetails } = (await this.cdp.send('Runtime.evaluate', { expression, contextId: context.id, returnByValue: true, awaitPromise: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (exceptionDetails) throw new Error(`${exceptionDetails.text} ${exceptionDetails.exception?.description ?? ''}`);
    return result.value;
  }

  /** Waits until `expression`, evaluated in the test's world, is truthy. */
  async waitFor(expression: string, timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        if (await this.read<boolean>(`!!(${expression})`)) return;
      } catch {
        // the test world of a document still loading
      }
      if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits for the content script's ready mark; returns the number of mentions it reported. */
  async waitForScan(timeoutMs?: number): Promise<number> {
    await this.waitFor(`performance.getEntriesByName('siyaq:ready').length > 0`, timeoutMs);
    return this.read<number>(`performance.getEntriesByName('siyaq:ready')[0].detail.mentions`);
  }

  /** Every highlighted range of the document's registry. */
  marks(): Promise<Mark[]> {
    return this.read(`(() => { const out = []; CSS.highlights.forEach((h, name) => { for (const s of h) { const r = document.createRange(); r.setStart(s.startContainer, s.startOffset); r.setEnd(s.endContainer, s.endOffset); out.push({ highlight: name, text: r.toString() }); } }); return out; })()`);
  }

  /** The page's text when it had loaded (before Siyaq started) and now. */
  async texts(): Promise<{ atLoad: string; now: string }> {
    return this.read(`({ atLoad: globalThis.textAtLoad, now: document.documentElement.textContent })`);
  }

  /** The visible card's text, or null. */
  cardText(): Promise<string | null> {
    return this.read(`document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible')?.textContent ?? null`);
  }

  /** The centre of the first mark with `text`, scrolled into view. */
  async pointOf(text: string): Promise<{ x: number; y: number }> {
    const point = await this.read<{ x: number; y: number } | null>(`(() => {
      let found = null;
      CSS.highlights.forEach((h) => { for (const s of h) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        if (found || r.toString() !== ${JSON.stringify(text)}) continue;
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      } });
      return found;
    })()`);
    if (!point) throw new Error(`no mark for «${text}»`);
    return point;
  }

  /** Rests the pointer on a marked name and waits for its card; returns the card's text. */
  async hover(text: string): Promise<string> {
    const { x, y } = await this.pointOf(text);
    await this.page.mouse.move(x - 3, y);
    await this.page.mouse.move(x, y);
    await this.waitFor(`document.querySelector('siyaq-card')?.shadowRoot?.querySelector('.card.visible')`);
    return (await this.cardText())!;
  }

  /** How many live objects of a DOM class (Range …) Siyaq's world holds, after a garbage collection. */
  async liveObjectsOf(className: string): Promise<number> {
    const context = [...this.contexts.values()].find((c) => this.isSiyaq(c) && c.auxData?.frameId === this.mainFrame);
    if (!context) throw new Error('Siyaq is not running on this page');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { result } = (await this.cdp.send('Runtime.evaluate', { expression: `${className}.prototype`, contextId: context.id })) as { result: { objectId: string } };
    const { objects } = (await this.cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId })) as { objects: { objectId: string } };
    const { result: count } = (await this.cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true })) as { result: { value: number } };
    return count.value;
  }

  startTrace(): Promise<void> {
    return startTrace(this.cdp);
  }

  stopTrace(pageUrlPart: string): Promise<MainThreadFigures> {
    return stopTrace(this.cdp, `chrome-extension://${this.extensionId}/content-scripts/content.js`, pageUrlPart);
  }
}
