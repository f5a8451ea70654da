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
