/**
 * Tells which marks lie near the viewport, for pages with so many marks that registering them all
 * would slow the page: Chromium re-validates every registered highlight range in the frame after
 * any highlight changes, so that frame grows with the number of marks (decision 0006).
 *
 * Marks are kept in chunks of consecutive mentions, in document order: a mark that comes late (a
 * name resolved at the end of the scan, a rescanned paragraph) joins the chunk where it stands,
 * so that no chunk stretches from the top of the page to its end and registers far marks.
 *
 * When marks have been added, and once per frame after a scroll or a resize, each chunk's extent
 * (from its first mark to its last) is read and the chunks within one screen of the viewport are
 * shown, the others hidden. Two element rectangles per chunk keep that read cheap, where an
 * IntersectionObserver per element slows every frame while scrolling thousands of targets.
 */
import { compareStarts, liveRange, type PageMention } from './marker';

/** Mentions per chunk: few chunks to measure, few marks registered beyond the screen. */
const CHUNK_SIZE = 64;
/** Chunks within this many screen heights above or below the viewport are shown. */
const MARGIN_SCREENS = 1;

interface Chunk {
  readonly mentions: PageMention[];
  /** Whether its marks are registered; null when some are, until the next refresh decides. */
  shown: boolean | null;
}

export class NearViewport {
  private readonly chunks: Chunk[] = [];
  private readonly chunkOf = new Map<PageMention, Chunk>();
  private frame = 0;
  private readonly scheduleRefresh = () => {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.refresh());
  };

  /** `show` and `hide` are called as marks come near the viewport and move away from it. */
  constructor(
    private readonly show: (mention: PageMention) => void,
    private readonly hide: (mention: PageMention) => void,
  ) {
    // Capture: scrolling inside a page's own scroll box moves its marks too.
    addEventListener('scroll', this.scheduleRefresh, { capture: true, passive: true });
    addEventListener('resize', this.scheduleRefresh, { passive: true });
  }

  /**
   * Tracks a mention, in reading order after those added before; it is shown at the next refresh
   * if near. `registered`: the mention is registered already (it was marked before this took over).
   */
  add(mention: PageMention, registered = false): void {
    const last = this.chunks.at(-1);
    const chunk = !last || !startsBefore(mention, last.mentions.at(-1)!) ? this.append(mention, last) : this.insert(mention);
    this.chunkOf.set(mention, chunk);
    // A chunk with some marks registered and some not is decided anew, whole, at the next refresh.
    if (chunk.shown !== null && chunk.shown !== registered) chunk.shown = null;
  }

  /** A mark after all others: the usual case, as a scan reads the page in order. */
  private append(mention: PageMention, last: Chunk | undefined): Chunk {
    let chunk = last;
    if (!chunk || chunk.mentions.length >= CHUNK_SIZE) {
      chunk = { mentions: [], shown: false };
      this.chunks.push(chunk);
    }
    chunk.mentions.push(mention);
    return chunk;
  }

  /** A mark before the last one: into the chunk where it stands, split when it grows too long. */
  private insert(mention: PageMention): Chunk {
    // The last chunk that begins before the mark, by binary search (or the first chunk).
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (startsBefore(this.chunks[mid]!.mentions[0]!, mention)) low = mid;
      else high = mid - 1;
    }
    const chunk = this.chunks[low]!;
    let at = chunk.mentions.length;
    while (at > 0 && startsBefore(mention, chunk.mentions[at - 1]!)) at--;
    chunk.mentions.splice(at, 0, mention);
    if (chunk.mentions.length < 2 * CHUNK_SIZE) return chunk;
    // The second half becomes a chunk of its own, registered or not as the first.
    const rest: Chunk = { mentions: chunk.mentions.splice(CHUNK_SIZE), shown: chunk.shown };
    for (const m of rest.mentions) this.chunkOf.set(m, rest);
    this.chunks.splice(low + 1, 0, rest);
    return rest.mentions.includes(mention) ? rest : chunk;
  }

  delete(mention: PageMention): void {
    const chunk = this.chunkOf.get(mention);
    if (!chunk) return;
    this.chunkOf.delete(mention);
    chunk.mentions.splice(chunk.mentions.indexOf(mention), 1);
    if (chunk.mentions.length === 0) this.chunks.splice(this.chunks.indexOf(chunk), 1);
    else this.scheduleRefresh(); // its extent may have changed
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    removeEventListener('scroll', this.scheduleRefresh, { capture: true });
    removeEventListener('resize', this.scheduleRefresh);
    this.chunks.length = 0;
    this.chunkOf.clear();
  }

  /**
   * Shows the chunks near the viewport and hides the others: after marks are added (the marker
   * calls it once the last group is in), and in the frame after a scroll, a resize or a removal.
   */
  refresh(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const margin = innerHeight * MARGIN_SCREENS;
    // All reads first, then all changes: reading a rectangle after a change to the highlights
    // can make the browser bring style and layout up to date again first.
    const near = this.chunks.map((chunk) => isNear(chunk, -margin, innerHeight + margin));
    this.chunks.forEach((chunk, i) => {
      if (near[i] === chunk.shown) return;
      chunk.shown = near[i]!;
      for (const mention of chunk.mentions) (near[i] ? this.show : this.hide)(mention);
    });
  }
}

/**
 * Whether a chunk overlaps the band [top, bottom] of the viewport. Its extent runs from its first
 * mark to its last, whichever is higher (a sidebar can come after the article in the page's code).
 * A mark's place is read off the element that holds its text: a Range's rectangle costs much more
 * than an element's on a long page, and a screen of margin makes the difference immaterial, unless
 * the element is taller than the screen.
 */
function isNear(chunk: Chunk, top: number, bottom: number): boolean {
  const first = placeOf(chunk.mentions[0]!);
  const last = placeOf(chunk.mentions.at(-1)!);
  // A mark that is not rendered (display: none) has an empty rectangle at 0,0. Where one end is
  // not rendered the extent is unknown, and the chunk is shown rather than risk a missing mark.
  if (!first || !last || isEmpty(first) || isEmpty(last)) return true;
  return Math.max(first.bottom, last.bottom) >= top && Math.min(first.top, last.top) <= bottom;
}

function placeOf(mention: PageMention): DOMRect | null {
  const element = mention.range.startContainer.parentElement?.getBoundingClientRect() ?? null;
  // Text straight under a tall container (an article body of text and <br>s) would take the
  // whole container's place: then the mark's own rectangle is worth its cost.
  return element && element.height > innerHeight ? liveRange(mention.range).getBoundingClientRect() : element;
}

function isEmpty(rect: DOMRect): boolean {
  return rect.width === 0 && rect.height === 0;
}

function startsBefore(a: PageMention, b: PageMention): boolean {
  return compareStarts(a, b) < 0;
}
