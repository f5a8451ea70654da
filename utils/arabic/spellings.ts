/**
 * Spellings of one name that differ by a whole letter, so the fold (which maps letter to letter)
 * cannot bring them together. The match index holds each alias in all of them.
 * No browser APIs.
 *
 * - A hamza before waw sits on waw (الشؤون, مسؤول), or in Egyptian and older spelling on ya
 *   (الشئون, مسئول), or alone (الشءون). The fold turns ؤ into و and ئ into ي, so the three
 *   never meet otherwise. Only before waw: elsewhere the seat follows the vowels and does not vary
 *   (رئيس is never written رؤيس).
 * - A hamza after alef at a word's end is often left out (نجلاء / نجلا). Only in a name of
 *   several words: alone, the shorter word is often another name (علاء / علا, رجاء / رجا).
 */

/**
 * The dual forms of a name of several words whose first word is the head noun: وزارة الداخلية →
 * وزارتي الداخلية, وزارتا الداخلية (ة becomes ت before the ending); جهاز المخابرات → جهازي
 * المخابرات, جهازا المخابرات. In a construct the dual drops its ن, so these are the forms news
 * text writes (بين وزارتي الداخلية الفرنسية والليبية). A name of one word has none: وزارتي alone
 * is "my ministry".
 */
export function dualForms(name: string): string[] {
  const [head, ...rest] = name.trim().split(/\s+/);
  if (!head || rest.length === 0 || head.length < 3) return [];
  const stem = head.endsWith('ة') ? head.slice(0, -1) + 'ت' : head;
  return [`${stem}ي`, `${stem}ا`].map((dual) => [dual, ...rest].join(' '));
}

interface Choice {
  readonly at: number;
  readonly length: number;
  readonly forms: readonly string[];
}

const RULES: readonly { readonly pattern: RegExp; readonly forms: readonly string[] }[] = [
  { pattern: /[ؤئء](?=و)/g, forms: ['ؤ', 'ئ', 'ء'] },
  { pattern: /(?<=ا)ء(?=\s|$)/g, forms: ['ء', ''] },
];

/** At most this many spellings of one name: a name has one or two such places. */
const MAX_SPELLINGS = 16;

/** The name as written and its other spellings (unfolded), the name itself first. */
export function spellings(name: string): string[] {
  const rules = /\s/.test(name.trim()) ? RULES : RULES.slice(0, 1);
  const choices: Choice[] = rules.flatMap(({ pattern, forms }) =>
    [...name.matchAll(pattern)].map((m) => ({ at: m.index, length: m[0].length, forms })),
  ).sort((a, b) => a.at - b.at);
  let out = [''];
  let from = 0;
  for (const choice of choices) {
    const between = name.slice(from, choice.at);
    const own = name.slice(choice.at, choice.at + choice.length);
    // The name's own letter first, so that the first spelling is the name itself.
    const forms = [own, ...choice.forms.filter((f) => f !== own)];
    out = out.flatMap((prefix) => forms.map((form) => prefix + between + form)).slice(0, MAX_SPELLINGS);
    from = choice.at + choice.length;
  }
  return out.map((prefix) => prefix + name.slice(from));
}

/**
 * Other spellings of a foreign name written in Arabic letters (a European minister's), which
 * outlets transliterate each their own way. Two spellings are one name when they differ only in
 * what Arabic has no single letter for, word by word:
 * - the hard g, written ج, غ or ق (لويجي, لويغي; لامورجيز, لامورغيز);
 * - a final -in or -an, written ين or ان (دارمانين, دارمانان);
 * - a final vowel written with ي or left out (لامورجيزي, لامورجيز);
 * - the long a after the first letter, written or not (دارمانان, درمانان);
 * - a particle joined to the name or written apart (لودريان, لو دريان; the match index already
 *   takes دي مايو for ديمايو, for it ignores the spaces inside a name).
 * Only words of five letters or more vary (a short word varied is another word), and the caller
 * keeps only spellings no other entity has. At most MAX_FOREIGN spellings, the name's own first.
 */
export function foreignSpellings(name: string): string[] {
  let out = [''];
  for (const word of name.trim().split(/\s+/)) {
    const forms = [word, ...wordSpellings(word)];
    out = out.flatMap((prefix) => forms.map((form) => (prefix === '' ? form : `${prefix} ${form}`))).slice(0, MAX_FOREIGN);
  }
  return out;
}

const MAX_FOREIGN = 32;
/** Particles of European names written joined or apart (le, du, di). */
const PARTICLES = ['لو', 'دو', 'دي'];
/** No word shorter than this varies, nor becomes one: short words varied are other words. */
const MIN_VARIED = 5;

/**
 * The other spellings of one word of a foreign name (foreignSpellings): every combination of the
 * choices it offers, the written one first in each.
 */
function wordSpellings(word: string): string[] {
  if (word.length < MIN_VARIED) return [];
  const choices: ((w: string) => string[])[] = [
    (w) => {
      const g = /[جغق]/.exec(w.slice(1));
      return g ? [w, ...['ج', 'غ', 'ق'].map((letter) => w.slice(0, g.index + 1) + letter + w.slice(g.index + 2))] : [w];
    },
    (w) => (w.endsWith('ان') ? [w, `${w.slice(0, -2)}ين`] : w.endsWith('ين') ? [w, `${w.slice(0, -2)}ان`] : [w]),
    (w) => (w.endsWith('ي') ? [w, w.slice(0, -1)] : /[اويةه]$/.test(w) ? [w] : [w, `${w}ي`]),
    (w) => (w[1] === 'ا' ? [w, w[0] + w.slice(2)] : [w]),
    (w) => {
      const particle = PARTICLES.find((p) => w.startsWith(p) && w.length - p.length >= MIN_VARIED);
      return particle ? [w, `${particle} ${w.slice(particle.length)}`] : [w];
    },
  ];
  let out = [word];
  for (const choice of choices) out = [...new Set(out.flatMap(choice))];
  return out.filter((w) => w !== word && w.replace(' ', '').length >= MIN_VARIED);
}
