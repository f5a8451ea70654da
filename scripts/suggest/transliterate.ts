/**
 * A simple Arabic → Latin transliteration, to suggest a draft's id. A suggestion to correct, not a
 * standard: the maintainer checks every id before a draft is accepted.
 */

const LATIN: Readonly<Record<string, string>> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd',
  'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': '', 'غ': 'gh', 'ف': 'f',
  'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ي': 'y', 'ى': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i',
  'گ': 'g', 'ڤ': 'v', 'پ': 'p', 'ی': 'y', 'ک': 'k',
};

/** Letters that carry a vowel of their own: و and ي after them are consonants. */
const VOWEL_CARRIERS = /[اوىيأإآة]/;

/**
 * The article ال becomes al-, a compound عبدال… abd-al-, و and ي after a consonant read as u and
 * i, a word-initial ع as a, a final ة as a; repeated vowels are written once.
 */
export function transliterate(text: string): string {
  const words = text.replace(/[\u064b-\u065f\u0670\u0640]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words
    .map((word) => {
      let prefix = '';
      let w = word;
      if (w.length > 5 && w.startsWith('عبدال')) {
        prefix = 'abd-al-'; // عبدالحميد: a compound written as one word
        w = w.slice(5);
      } else if (w.length > 3 && /^[اأ]ل/.test(w)) {
        prefix = 'al-';
        w = w.slice(2);
      }
      let out = '';
      for (let i = 0; i < w.length; i++) {
        const c = w[i]!;
        const prev = w[i - 1];
        const afterConsonant = i > 0 && prev !== undefined && !VOWEL_CARRIERS.test(prev);
        if ((c === 'و' || c === 'ي') && afterConsonant) out += c === 'و' ? 'u' : 'i';
        else if (c === 'ي' && i === w.length - 1) out += 'i';
        else if (c === 'ع' && i === 0) out += 'a'; // a word-initial ʿayn carries a vowel: عادل, عبد
        else out += LATIN[c] ?? (/[a-z0-9]/i.test(c) ? c.toLowerCase() : '');
      }
      return prefix + out.replace(/([aiu])\1+/g, '$1');
    })
    .join('-');
}

/** A valid entity id from a name. */
export function slug(name: string): string {
  const id = transliterate(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id || 'entity';
}
