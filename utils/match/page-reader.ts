/**
 * Reads a page's text blocks in reading order, a batch at a time, and decides what each name on it
 * names. The clause around a name is read at once (resolver.ts); what the page around it must show
 * is read from the blocks around it, the way a careful reader reads a page that holds several
 * stories (a sidebar, related stories, the next article of an infinite scroll):
 * - a generic name (مجلس النواب) is its seed entity's when the countries named in the paragraphs
 *   around it put the story in that entity's country, or its own names or people stand close by;
 *   a ministry or army named bare on a site of another country is that country's own;
 * - a short alias that is an ordinary word (المنفي) is its entity's when its own full name stands
 *   close by; a person's surname alone, when others of that surname are not named there more
 *   often (هانيبال القذافي … القذافي, أحمد الدبيبة … الدبيبة);
 * - a block that is all one link (a headline in a ticker, a sidebar, related stories) is a story
 *   of its own: only its own places and the site's country tell it.
 * So a name is decided once the text a little beyond it has been read: most at once, the rest
 * with a later batch, and those near the page's end when reading finishes. The blocks that are
 * read are numbered in order; only their signals (countries, full names) are kept, and only as
 * long as a window may still reach them.
 * The pure half of the page scanner: scan-page.ts feeds it blocks from the DOM, and the marks
 * command lines of text files. No browser APIs.
 */
import { fold } from '../arabic/fold';
import { opensLine } from '../arabic/word-scan';
import type { IndexAlias, MatchIndex } from './match-index';
import { Matcher, type Candidate } from './matcher';
import { placeOf, Resolver, type NameOption, type NameReading, type Why } from './resolver';

/** A name the page reader has decided, where it stands, and what it names. */
export interface BlockMention {
  /** The block's number in reading order, from 0. */
  readonly block: number;
  /** The name's span in the block's text as given (not folded). */
  readonly start: number;
  readonly end: number;
  /** Entity indexes into the match index: one when resolved, several when ambiguous. */
  readonly entities: readonly number[];
  /** A dual (وزارتي الداخلية): the name stands for two bodies at once, not one of them. */
  readonly dual: boolean;
  readonly why: Why;
}

/** What is known of the page before its text is read. */
export interface PageFacts {
  /** The country of the news site the page is on, when it is one of a known country's. */
  readonly siteCountry?: string | null;
}

/**
 * Windows, in characters of text before and after a name. A short alias's own full name must
 * stand within the first. A generic name's story is read from its own block and from the text
 * around it, where a country counts only if it is named both before and after the name: a story
 * boundary lies on one side at most, so the story before a name that says nothing of its country
 * does not decide it alone (the next article of an infinite scroll).
 */
const OWN_NAME_WINDOW = { before: 3_000, after: 2_500 };
const STORY_SIDES: readonly number[] = [1_500, 4_000];
/** A country is one the story is about when it has at least this share of the strongest one's signals. */
const STORY_SHARE = 0.5;
/** Weight of a place named in the name's own block, against 1 before or after it. */
const SAME_BLOCK_WEIGHT = 2;
/** A place this close to a name, in its own block, counts again as much: a long paragraph may hold several stories' countries. */
const NEAR_PLACE_CHARS = 300;
/** Weight of a place that opens a dateline (طرابلس - …). */
const DATELINE_WEIGHT = 3;
/** Weight of the site's own country on each side of a name. */
const SITE_WEIGHT = 1;

/** How far after a name the reader must have read before deciding it. */
const LOOK_AHEAD = Math.max(OWN_NAME_WINDOW.after, ...STORY_SIDES);
/** How far before a name a window may reach: blocks further back are forgotten. */
const LOOK_BACK = Math.max(OWN_NAME_WINDOW.before, ...STORY_SIDES);

/** What a block says about the story it belongs to. */
interface BlockSignals {
  /** Where the block begins and ends in the page's text, its blocks joined by line breaks. */
  readonly at: number;
  readonly end: number;
  /** The block is one link (a headline in a list of other stories): its story is its own. */
  readonly link: boolean;
  /** The countries of the places named in it, once per mention (a dateline counts DATELINE_WEIGHT times). */
  places: string[] | null;
  /** Entities named in full in it. */
  named: Set<number> | null;
  /** Entities named in full by a generic name (الحكومة المؤقتة): theirs if the story is. */
  namedIfStory: Set<number> | null;
  /** Persons named in it by more than the surname alone: a full name, his given name or title before it. */
  personNamed: Set<number> | null;
  /** Persons whose surname names someone else in it (هانيبال القذافي): Resolver NameReading.someoneElse. */
  namedOther: Set<number> | null;
  /** Persons whose surname alone was decided as theirs in it: the page goes on meaning them by it. */
  surnameHis: Set<number> | null;
  /** The weights of its story, once a name in it needed them (storyAt). */
  story?: Map<string, number>;
}

/** A name whose decision waits for the text after it. */
interface Waiting {
  readonly block: number;
  /** Where the name stands in the page's text. */
  readonly at: number;
  readonly start: number;
  readonly end: number;
  readonly reading: NameReading;
  /** Countries of the places within NEAR_PLACE_CHARS of the name in its block. */
  readonly nearPlaces: readonly string[];
}

export class PageReader {
  /** Signals of the blocks a window may still reach; blocks[i] is block number firstBlock + i. */
  private readonly blocks: BlockSignals[] = [];
  private firstBlock = 0;
  private blockCount = 0;
  /** Characters of page text read so far, its blocks joined by line breaks. */
  private charsRead = 0;
  private waiting: Waiting[] = [];

  /** A reader for one page, with the trie and the resolver of the page's match index (built once for all its reads). */
  constructor(
    private readonly matcher: Matcher,
    private readonly resolver: Resolver,
    private readonly page: PageFacts = {},
  ) {}

  /** A reader for one page, building the trie and the resolver from `index` (tests, scripts). */
  static of(index: MatchIndex, page: PageFacts = {}): PageReader {
    return new PageReader(new Matcher(index), new Resolver(index), page);
  }

  /** Blocks read so far: the next block read is this number. */
  get blocksRead(): number {
    return this.blockCount;
  }

  /** The lowest block number a name still waits in (the caller keeps blocks from there on), or null. */
  get oldestWaitingBlock(): number | null {
    return this.waiting.length > 0 ? this.waiting[0]!.block : null;
  }

  /**
   * Reads the next blocks (their texts, in reading order) and returns the names decided by what is
   * now read, in reading order: names in these blocks, and earlier ones that waited for them.
   * `links[i]`: block i is all one link (text-blocks.ts isLink).
   */
  read(texts: readonly string[], links: readonly boolean[] = []): BlockMention[] {
    if (texts.length === 0) return [];
    const text = texts.join('\n');
    const firstNumber = this.blockCount;
    const starts: number[] = [];
    let offset = 0;
    for (let i = 0; i < texts.length; i++) {
      const block = texts[i]!;
      starts.push(offset);
      this.blocks.push({ at: this.charsRead + offset, end: this.charsRead + offset + block.length, link: links[i] === true, places: null, named: null, namedIfStory: null, personNamed: null, namedOther: null, surnameHis: null });
      offset += block.length + 1;
    }
    this.blockCount += texts.length;
    const folded = fold(text);
    const foldedText = folded.text;
    const origin = folded.origin;
    const written = { text, origin };
    const candidates = this.matcher.scan(foldedText);
    const decided: BlockMention[] = [];
    const batchAt = this.charsRead;
    this.charsRead += text.length + 1;
    // A plain loop that allocates little: it runs for every name and place of the page, cold.
    let k = 0;
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i]!;
      // Candidates come in order: the block of each is this one or a later one.
      const from = origin[candidate.start]!;
      while (k + 1 < starts.length && starts[k + 1]! <= from) k++;
      const signals = this.blocks[firstNumber + k - this.firstBlock]!;
      const place = placeOf(foldedText, candidate);
      if (place !== undefined) notePlace(signals, place, opensLine(foldedText, candidate.start, candidate.end) ? DATELINE_WEIGHT : 1);
      if (candidate.aliases.length === 0) continue;
      const reading = this.resolver.read(foldedText, candidates, i, written);
      if (!reading) continue;
      for (let e = 0; e < reading.someoneElse.length; e++) (signals.namedOther ??= new Set()).add(reading.someoneElse[e]!);
      if (reading.options.length === 0) continue;
      this.noteNamed(signals, candidate, reading);
      const start = origin[reading.start]! - starts[k]!;
      const end = origin[reading.end - 1]! + 1 - starts[k]!;
      if (isDecided(reading) && !this.mayNarrowByStory(reading)) {
        const entities = reading.options.length === 1 ? [reading.options[0]!.entity] : this.narrow([...new Set(reading.options.map((o) => o.entity))], reading, null);
        decided.push({ block: firstNumber + k, start, end, entities, dual: reading.dual, why: reading.options[0]!.why });
      } else {
        this.waiting.push({ block: firstNumber + k, at: batchAt + starts[k]! + start, start, end, reading, nearPlaces: placesNear(foldedText, candidates, i) });
      }
    }
    decided.push(...this.decideWaiting(false));
    this.forget();
    return inReadingOrder(decided);
  }

  /**
   * Ends the story read so far (the page, or one part of it that changed): decides every name
   * still waiting, with what has been read. What is read next is a story of its own: no window
   * reaches back across the end.
   */
  finish(): BlockMention[] {
    const decided = this.decideWaiting(true);
    this.charsRead += LOOK_BACK + 1;
    this.forget();
    return inReadingOrder(decided);
  }

  /** Notes the entities a name names in full in its block, and their countries. */
  private noteNamed(signals: BlockSignals, candidate: Candidate, reading: NameReading): void {
    const named = this.resolver.namedInFull(reading);
    if (!named) return;
    const set = named === 'if-story' ? (signals.namedIfStory ??= new Set()) : (signals.named ??= new Set());
    // Plain loops: this runs for every name of a page, on code still cold.
    for (let i = 0; i < reading.options.length; i++) {
      const entity = reading.options[i]!.entity;
      set.add(entity);
      if (!reading.options[i]!.surnameAlone && this.resolver.entity(entity).type === 'person') (signals.personNamed ??= new Set()).add(entity);
      const inside = aliasOf(candidate, entity)?.inside;
      if (inside) for (let k = 0; k < inside.length; k++) set.add(inside[k]!);
      const country = this.resolver.entity(entity).country;
      if (country !== null && named === 'named') notePlace(signals, country, 1);
    }
  }

  /** A shared name whose candidates are of several countries waits for the story to narrow them. */
  private mayNarrowByStory(reading: NameReading): boolean {
    if (!reading.shared) return false;
    const { options } = reading;
    const first = this.resolver.entity(options[0]!.entity).country;
    for (let i = 1; i < options.length; i++) if (this.resolver.entity(options[i]!.entity).country !== first) return true;
    return false;
  }

  private decideWaiting(all: boolean): BlockMention[] {
    const decided: BlockMention[] = [];
    const still: Waiting[] = [];
    for (const waiting of this.waiting) {
      if (!all && waiting.at + LOOK_AHEAD >= this.charsRead) {
        still.push(waiting);
        continue;
      }
      const mention = this.decide(waiting);
      if (mention) decided.push(mention);
    }
    this.waiting = still;
    return decided;
  }

  /** Decides a name: which of its options the page around it supports, then which of those it names. */
  private decide(waiting: Waiting): BlockMention | null {
    const { reading } = waiting;
    const { options } = reading;
    let needsStory = false;
    for (let i = 0; i < options.length; i++) if (options[i]!.needsStory) needsStory = true;
    const story = needsStory || this.mayNarrowByStory(reading) ? this.storyAt(waiting) : null;
    // Indexed loops: this runs for every name that waited, on code still cold.
    let first: { readonly option: NameOption; readonly why: Why } | null = null;
    let entities: number[] = [];
    for (let i = 0; i < options.length; i++) {
      const why = this.support(options[i]!, waiting, story);
      if (!why) continue;
      first ??= { option: options[i]!, why };
      if (!entities.includes(options[i]!.entity)) entities.push(options[i]!.entity);
    }
    if (!first) return null;
    if (entities.length > 1) entities = this.narrow(entities, reading, story);
    // A generic name the story has decided names its body for the names after it too (المجلس الرئاسي … المجلس الرئاسي).
    if (entities.length === 1 && !reading.dual && first.option.needsStory) this.addNamed(waiting.block, entities[0]!);
    // So does a surname alone (القذافي … القذافي): one passing mention of a son does not take the next.
    if (entities.length === 1 && first.option.surnameAlone) this.addSurnameHis(waiting.block, entities[0]!);
    return { block: waiting.block, start: waiting.start, end: waiting.end, entities, dual: reading.dual, why: first.why };
  }

  /** Why the page supports one option of a name, or null when it does not. */
  private support(option: NameOption, waiting: Waiting, story: ReadonlyMap<string, number> | null): Why | null {
    const entity = this.resolver.entity(option.entity);
    let why = option.why;
    if (option.needsOwnName) {
      // A generic full name (الحكومة المؤقتة) counts here: the story must be its entity's anyway.
      // A person's surname alone is his only where the page names him at least as often as others of that name.
      const namings = entity.type === 'person' ? this.surnameNamings(waiting.at, option.entity) : null;
      const ownNear = namings ? namings.own > 0 && namings.own >= namings.others : this.namedNear(waiting.at, OWN_NAME_WINDOW, [option.entity], option.needsStory);
      // An organization's parent or part named in the same block (ط1 … التابعة لمكتب التنسيق).
      const relatedBeside = entity.type === 'organization' && this.namedIn(waiting.block, entity.related, true);
      if (!ownNear && !relatedBeside) return null;
      why = 'names-near';
    } else if (option.surnameAlone) {
      // A surname safe alone is another's too where the page names others of it more often (أحمد الدبيبة … الدبيبة).
      const namings = this.surnameNamings(waiting.at, option.entity);
      if (namings.his < namings.others) return null;
    }
    if (option.needsStory) {
      if (entity.country !== null && story?.has(entity.country) && !this.rivalIn(story, waiting.reading, entity.country) && !this.siteOwnBody(option.entity, waiting.reading)) return option.needsOwnName ? why : 'story';
      // Its own full name close by, unless its own paragraph names only other countries (the next
      // story of a page, about Egypt, after a Libyan one); or its people and related bodies in its own block.
      if (this.namedNear(waiting.at, OWN_NAME_WINDOW, [option.entity], false) && !this.placedElsewhere(waiting, entity.country)) return option.needsOwnName ? why : 'names-near';
      return this.namedIn(waiting.block, entity.related, false) ? 'people-near' : null;
    }
    return why;
  }

  /**
   * Whether the name is the site's own country's body: on a Tunisian site «وزارة الداخلية» is
   * Tunisia's, whatever country its story is about. Another country's is written with the country
   * (وزارة الداخلية الإيطالية), with its context words (وزارة الخارجية بحكومة الوفاق الليبية), or
   * beside its own names.
   */
  private siteOwnBody(entity: number, reading: NameReading): boolean {
    const site = this.page.siteCountry;
    const { namedBareAtHome, country } = this.resolver.entity(entity);
    if (namedBareAtHome !== true || site === undefined || site === null || site === country) return false;
    return !reading.pointedTo.includes(entity);
  }

  /** Whether a name's own block names countries, and `country` is not one of them. */
  private placedElsewhere(waiting: Waiting, country: string | null): boolean {
    const places = this.blocks[waiting.block - this.firstBlock]!.places ?? [];
    if (country === null || (places.length === 0 && waiting.nearPlaces.length === 0)) return false;
    return !places.includes(country) && !waiting.nearPlaces.includes(country);
  }

  /**
   * Whether the story is more about a country none of the name's entities belongs to than about
   * `country`: then the name is most likely that country's body, which the set does not know.
   */
  private rivalIn(story: ReadonlyMap<string, number>, reading: NameReading, country: string): boolean {
    const own = new Set(reading.options.map((o) => this.resolver.entity(o.entity).country));
    for (const [other, weight] of story) if (!own.has(other) && weight > story.get(country)!) return true;
    return false;
  }

  /**
   * Narrows a shared name's candidates: to those its context words point to, when enough do;
   * else to those of the countries its story is about, when that leaves some.
   */
  private narrow(entities: number[], reading: NameReading, story: ReadonlyMap<string, number> | null): number[] {
    const pointed = entities.filter((e) => reading.pointedTo.includes(e));
    if (pointed.length >= reading.pointsNeeded) return pointed;
    if (!story) return entities;
    const inStory = entities.filter((e) => story.has(this.resolver.entity(e).country ?? ''));
    return inStory.length >= reading.pointsNeeded && inStory.length < entities.length ? inStory : entities;
  }

  /**
   * The countries the story around a name is about: of the countries named in its own block, and
   * of those named both before and after the block, those with at least STORY_SHARE of the
   * strongest's signals, the places close to the name counting twice. The window widens
   * (STORY_SIDES) while it finds none.
   */
  private storyAt(waiting: Waiting): ReadonlyMap<string, number> {
    const block = this.blocks[waiting.block - this.firstBlock]!;
    const base = (block.story ??= this.blockStory(waiting.block));
    if (waiting.nearPlaces.length === 0) return dominant(base);
    const weights = new Map(base);
    for (const country of waiting.nearPlaces) addWeight(weights, country, SAME_BLOCK_WEIGHT);
    return dominant(weights);
  }

  /** The weights of a block's story (storyAt), before the places near a name in it. */
  private blockStory(number: number): Map<string, number> {
    const own = this.blocks[number - this.firstBlock]!;
    const ownCountries = countriesOf(own.places);
    const site = this.page.siteCountry;
    const weights = new Map<string, number>();
    if (own.link) {
      // A headline among other stories' headlines says nothing of the text around it, nor it of them.
      for (const [country, weight] of ownCountries) addWeight(weights, country, SAME_BLOCK_WEIGHT * weight);
      if (site) addWeight(weights, site, SITE_WEIGHT);
      return weights;
    }
    for (const side of STORY_SIDES) {
      const after = this.countriesIn(own.end + 1, own.end + side);
      // No place before the block (a headline, under the site's menus): what follows is its story.
      // Not the other way round: at a page's end, the story before may be another article's.
      let before = this.countriesIn(own.at - side, own.at - 1);
      if (before.size === 0) before = new Map(after);
      if (site) {
        addWeight(before, site, SITE_WEIGHT);
        addWeight(after, site, SITE_WEIGHT);
      }
      for (const [country, weight] of ownCountries) addWeight(weights, country, SAME_BLOCK_WEIGHT * weight);
      for (const [country, weight] of before) {
        if (ownCountries.has(country) || after.has(country)) addWeight(weights, country, weight + (after.get(country) ?? 0));
      }
      for (const [country, weight] of after) if (ownCountries.has(country) && !before.has(country)) addWeight(weights, country, weight);
      if (weights.size > 0) break;
    }
    return weights;
  }

  /** Places named in the blocks that overlap [from, to] of the page's text, by country. */
  private countriesIn(from: number, to: number): Map<string, number> {
    const weights = new Map<string, number>();
    for (let i = this.firstBlockEndingFrom(from); i < this.blocks.length && this.blocks[i]!.at <= to; i++) {
      const places = this.blocks[i]!.places;
      if (places) for (let k = 0; k < places.length; k++) addWeight(weights, places[k]!, 1);
    }
    return weights;
  }

  /** Whether any of `entities` is named in full within `window` of `at`. */
  private namedNear(at: number, window: { readonly before: number; readonly after: number }, entities: readonly number[], orIfStory: boolean): boolean {
    for (let i = this.firstBlockEndingFrom(at - window.before); i < this.blocks.length && this.blocks[i]!.at <= at + window.after; i++) {
      if (names(this.blocks[i]!, entities, orIfStory)) return true;
    }
    return false;
  }

  /**
   * How many blocks within OWN_NAME_WINDOW of `at` name person `entity` in full (`own`), by more
   * than his surname or by his surname read as his (`his`), and name others of his surname
   * (`others`).
   */
  private surnameNamings(at: number, entity: number): { own: number; his: number; others: number } {
    let own = 0;
    let his = 0;
    let others = 0;
    for (let i = this.firstBlockEndingFrom(at - OWN_NAME_WINDOW.before); i < this.blocks.length && this.blocks[i]!.at <= at + OWN_NAME_WINDOW.after; i++) {
      const block = this.blocks[i]!;
      if (block.named?.has(entity)) own++;
      if (block.personNamed?.has(entity) || block.surnameHis?.has(entity)) his++;
      if (block.namedOther?.has(entity)) others++;
    }
    return { own, his, others };
  }

  private addSurnameHis(blockNumber: number, entity: number): void {
    const block = this.blocks[blockNumber - this.firstBlock];
    if (block) (block.surnameHis ??= new Set()).add(entity);
  }

  private addNamed(blockNumber: number, entity: number): void {
    const block = this.blocks[blockNumber - this.firstBlock];
    if (block) (block.named ??= new Set()).add(entity);
  }

  /** Whether any of `entities` is named in full in block `blockNumber`; by a generic name too when `orIfStory`. */
  private namedIn(blockNumber: number, entities: readonly number[], orIfStory: boolean): boolean {
    const block = this.blocks[blockNumber - this.firstBlock];
    return block !== undefined && names(block, entities, orIfStory);
  }

  /** Index in `blocks` of the first kept block that ends at or after `at` (blocks are in order, their ends too). */
  private firstBlockEndingFrom(at: number): number {
    const blocks = this.blocks;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.end < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Drops the signals of blocks no window can reach any more. */
  private forget(): void {
    const oldest = this.waiting.length > 0 ? Math.min(this.waiting[0]!.at, this.charsRead) : this.charsRead;
    const drop = this.firstBlockEndingFrom(oldest - LOOK_BACK);
    if (drop === 0) return;
    this.blocks.splice(0, drop);
    this.firstBlock += drop;
  }
}

function aliasOf(candidate: Candidate, entity: number): IndexAlias | undefined {
  for (let i = 0; i < candidate.aliases.length; i++) if (candidate.aliases[i]!.entity === entity) return candidate.aliases[i];
  return undefined;
}

function notePlace(signals: BlockSignals, country: string, weight: number): void {
  const places = (signals.places ??= []);
  for (let i = 0; i < weight; i++) places.push(country);
}

/** Countries of a block's places, with how often each is named. */
function countriesOf(places: readonly string[] | null): Map<string, number> {
  const weights = new Map<string, number>();
  for (const country of places ?? []) addWeight(weights, country, 1);
  return weights;
}

function addWeight(weights: Map<string, number>, country: string, weight: number): void {
  weights.set(country, (weights.get(country) ?? 0) + weight);
}

/** The countries with at least STORY_SHARE of the strongest one's weight, with their weights. */
function dominant(weights: ReadonlyMap<string, number>): Map<string, number> {
  let strongest = 0;
  for (const weight of weights.values()) strongest = Math.max(strongest, weight);
  const story = new Map<string, number>();
  for (const [country, weight] of weights) if (weight >= STORY_SHARE * strongest) story.set(country, weight);
  return story;
}

/**
 * Whether the clause alone decides a name: none of its options needs the page around it (a
 * surname alone needs it to tell whose).
 */
function isDecided(reading: NameReading): boolean {
  const { options } = reading;
  for (let i = 0; i < options.length; i++) if (options[i]!.needsOwnName || options[i]!.needsStory || options[i]!.surnameAlone) return false;
  return true;
}

/** Whether a block names any of `entities` in full; by a generic name too when `orIfStory`. */
function names(block: BlockSignals, entities: readonly number[], orIfStory: boolean): boolean {
  for (let i = 0; i < entities.length; i++) {
    if (block.named?.has(entities[i]!) || (orIfStory && block.namedIfStory?.has(entities[i]!))) return true;
  }
  return false;
}

/** Mentions sorted by where they stand. */
function inReadingOrder(mentions: BlockMention[]): BlockMention[] {
  return mentions.sort((a, b) => a.block - b.block || a.start - b.start);
}

/** Countries of the places named within NEAR_PLACE_CHARS of candidate `i`, in its line. */
function placesNear(text: string, candidates: readonly Candidate[], i: number): string[] {
  const { start, end } = candidates[i]!;
  const nextLine = text.indexOf('\n', end);
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - NEAR_PLACE_CHARS);
  const to = Math.min(nextLine < 0 ? text.length : nextLine, end + NEAR_PLACE_CHARS);
  const countries: string[] = [];
  const note = (j: number) => {
    const place = placeOf(text, candidates[j]!);
    if (place !== undefined) countries.push(place);
  };
  for (let j = i - 1; j >= 0 && candidates[j]!.end >= from; j--) note(j);
  for (let j = i + 1; j < candidates.length && candidates[j]!.start <= to; j++) note(j);
  return countries;
}
