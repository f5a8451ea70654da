/**
 * What the page's main thread spent on Siyaq, read from a Chromium trace with its CPU profile:
 * each task (RunTask) the renderer ran, and within it the samples whose stack holds the content
 * script. "Longest task" is the most of Siyaq's own time inside one task, so the page's own work
 * in the same task (a storm of mutations whose observer callback Siyaq's is) does not count,
 * and the figure does not depend on how loaded the machine is beyond what Siyaq itself does.
 */
import type { CDPSession } from 'playwright-core';

/** Tasks and the CPU profile only: events per function call would swamp a page of 70,000 marks. */
const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly id?: string;
  readonly args?: { data?: Record<string, unknown>; name?: string };
}

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { readonly url: string; readonly functionName: string };
}

export interface MainThreadFigures {
  /** The most of Siyaq's own time inside one task, in ms. */
  readonly longestTaskMs: number;
  /** All of Siyaq's time on the main thread, in ms. */
  readonly siyaqMs: number;
  /** Time of samples whose stack holds a script from `pageUrlPart` (the page's own scripts), in ms. */
  readonly pageScriptMs: number;
  /** Time the main thread was busy with anything, in ms (sum of its tasks). */
  readonly busyMs: number;
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
}

/** Ends the trace and measures the main thread of the renderer that shows `pageUrlPart`. */
export async function stopTrace(cdp: CDPSession, contentScriptUrl: string, pageUrlPart: string): Promise<MainThreadFigures> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return measure(Array.isArray(parsed) ? parsed : parsed.traceEvents, contentScriptUrl, pageUrlPart);
}

function measure(events: TraceEvent[], contentScriptUrl: string, pageUrlPart: string): MainThreadFigures {
  // The renderer's main thread that ran the content script: the profiled thread with its samples.
  const profiles = new Map<string, { pid: number; tid: number; start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, start: (e.args!.data as { startTime: number }).startTime, nodes: new Map(), samples: [], deltas: [] });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    if (!profile) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data.timeDeltas ?? []));
  }
  const empty = { longestTaskMs: 0, siyaqMs: 0, pageScriptMs: 0, busyMs: 0 };
  let best: MainThreadFigures | null = null;
  for (const profile of profiles.values()) {
    const ours = new Map<number, boolean>();
    const page = new Map<number, boolean>();
    const holds = (memo: Map<number, boolean>, id: number, part: string): boolean => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const value = !!node && ((node.callFrame.url ?? "").includes(part) || (node.parent !== undefined && holds(memo, node.parent, part)));
      memo.set(id, value);
      return value;
    };
    // Each sample stands for the time until the next one.
    const times: number[] = [];
    let t = profile.start;
    for (const delta of profile.deltas) times.push((t += delta));
    let siyaq = 0;
    let pageScript = 0;
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === profile.pid && e.tid === profile.tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
    const perTask = new Array<number>(tasks.length).fill(0);
    let task = 0;
    for (let i = 0; i + 1 < times.length; i++) {
      const span = times[i + 1]! - times[i]!;
      const id = profile.samples[i]!;
      if (holds(page, id, pageUrlPart) && !holds(ours, id, contentScriptUrl)) pageScript += span;
      if (!holds(ours, id, contentScriptUrl)) continue;
      siyaq += span;
      while (task < tasks.length && tasks[task]!.ts + tasks[task]!.dur! < times[i]!) task++;
      if (task < tasks.length && tasks[task]!.ts <= times[i]!) perTask[task]! += span;
    }
    if (process.env.SIYAQ_TRACE_DEBUG) {
      const longest = perTask.indexOf(Math.max(...perTask));
      const t0 = tasks[longest]?.ts ?? 0;
      const t1 = t0 + (tasks[longest]?.dur ?? 0);
      const self = new Map<string, number>();
      for (let i = 0; i + 1 < times.length; i++) {
        if (times[i]! < t0 || times[i]! > t1) continue;
        const node = profile.nodes.get(profile.samples[i]!);
        const key = `${node?.callFrame.functionName || '(anon)'} ${(node?.callFrame.url ?? '').split('/').pop()}:${(node?.callFrame as { lineNumber?: number }).lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + times[i + 1]! - times[i]!);
      }
      console.log('longest task', (tasks[longest]?.dur ?? 0) / 1000, [...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v / 1000).toFixed(1)} ${k}`));
    }
    const figures = { longestTaskMs: Math.max(0, ...perTask) / 1000, siyaqMs: siyaq / 1000, pageScriptMs: pageScript / 1000, busyMs: tasks.reduce((sum, e) => sum + e.dur!, 0) / 1000 };
    if (!best || figures.siyaqMs > best.siyaqMs) best = figures;
  }
  return best ?? empty;
}
