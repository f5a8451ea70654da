/**
 * Proclitics that Arabic writes attached to a name: a conjunction (و ف), then a preposition or
 * particle (ب ك ل س), then the article ال, where ل + ال contracts to لل (للمنفي = ل + المنفي).
 *
 * Stripping is never destructive: `nameStarts` returns every place a name could begin inside a
 * word, the unstripped start first, and the matcher keeps whichever start yields a known name.
 * So باشاغا (which begins with ب) and كمال (with ك) still match from their first letter.
 * Works on folded text (see fold.ts), whose alef forms are already plain ا.
 */

const CONJUNCTIONS = new Set([0x0648 /* و */, 0x0641 /* ف */]);
const PARTICLES = new Set([0x0628 /* ب */, 0x0643 /* ك */, 0x0644 /* ل */, 0x0633 /* س */]);
const ALEF = 0x0627;
const LAM = 0x0644;

/** At least this many letters must remain after stripping: no name is a single letter. */
const MIN_STEM = 2;

export interface NameStart {
  /** Offset in the text where the marked name begins. */
  readonly at: number;
  /**
   * Letters of the name that a contraction hid, to match before the text at `at`. ل + ال is written
   * لل: للمنفي hides the ا of المنفي; before a name beginning with ل, ال's lam merges too, and
   * للجنة hides the ال of اللجنة.
   */
  readonly restores: '' | 'ا' | 'ال';
}

/**
 * Every offset in the word [start, end) of folded `text` where a name may begin, in order of
 * preference: the least stripped first.
 */
export function nameStarts(text: string, start: number, end: number): NameStart[] {
  const starts: NameStart[] = [{ at: start, restores: '' }];
  const fits = (at: number) => end - at >= MIN_STEM;
  const code = (at: number) => (at < end ? text.charCodeAt(at) : -1);

  const afterConjunction = CONJUNCTIONS.has(code(start)) ? [start, start + 1] : [start];
  for (const base of afterConjunction) {
    if (base !== start && fits(base)) starts.push({ at: base, restores: '' });
    const afterParticle = PARTICLES.has(code(base)) ? base + 1 : -1;
    if (afterParticle > 0 && fits(afterParticle)) {
      starts.push({ at: afterParticle, restores: '' });
      if (code(base) === LAM && code(afterParticle) === LAM && fits(afterParticle + 1)) {
        starts.push({ at: afterParticle, restores: 'ا' }, { at: afterParticle, restores: 'ال' });
      }
    }
    // The article itself, directly or after a particle: names are stored with or without it.
    for (const at of afterParticle > 0 ? [base, afterParticle] : [base]) {
      if (code(at) === ALEF && code(at + 1) === LAM && fits(at + 2)) starts.push({ at: at + 2, restores: '' });
    }
  }
  return dedupe(starts);
}

function dedupe(starts: NameStart[]): NameStart[] {
  const seen = new Set<string>();
  return starts.filter((s) => {
    const key = `${s.at}:${s.restores}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
