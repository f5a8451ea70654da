import { describe, expect, it } from 'vitest';
import { fold, foldString, originalSpan } from '../../utils/arabic/fold';

describe('fold', () => {
  const cases: [input: string, folded: string, rule: string][] = [
    ['مُصْطَفَى', 'مصطفي', 'harakat removed; alef maqsura → ya'],
    ['المقـــرعن', 'المقرعن', 'tatweel removed'],
    ['أحمد إبراهيم آمال ٱلله', 'احمد ابراهيم امال الله', 'hamza/madda/wasla alef → bare alef'],
    ['الحكومة المؤقتة', 'الحكومه الموقته', 'ta marbuta → ha; ؤ → و'],
    ['الموقته', 'الموقته', 'already folded text is unchanged'],
    ['رئاسة', 'رياسه', 'ئ → ي'],
    ['اللیبیین', 'الليبيين', 'Persian ی → ي'],
    ['ڤيديو', 'فيديو', 'Maghrebi ڤ → ف'],
    ['٢٠١٥ و۲۰۲۱', '2015 و2021', 'Arabic-Indic and Persian digits → ASCII'],
    ['باشا\u200cغا', 'باشاغا', 'zero-width non-joiner removed'],
    ['\u202bليبيا\u202c', 'ليبيا', 'bidi embedding removed'],
    ['نجلاء\u00adالمنقوش', 'نجلاءالمنقوش', 'soft hyphen removed; the lone hamza ء is a letter and stays'],
    ['ﻻ', 'لا', 'presentation-form ligature decomposed (NFKC)'],
    ['ليبيا24 CNN', 'ليبيا24 cnn', 'Latin lower-cased, digits kept'],
    ['قال – “ليبيا” …', 'قال – “ليبيا” …', 'punctuation above the Arabic block kept as it is'],
    ['\ufe8d\ufedf\ufee4\ufee8\ufed4\ufef2', 'المنفي', 'contextual letter shapes (presentation forms-B) decomposed'],
  ];
  it.each(cases)('%s → %s (%s)', (input, expected) => {
    expect(foldString(input)).toBe(expected);
  });

  it('maps every folded character back to its source character', () => {
    const input = 'قَالَ الخـراز، إنّ ﻻ';
    const folded = fold(input);
    for (let i = 0; i < folded.text.length; i++) {
      const source = input[folded.origin[i]!]!;
      expect(foldString(source.normalize('NFKC'))).toContain(folded.text[i]);
    }
    expect(folded.origin[folded.text.length]).toBe(input.length);
  });

  it('maps a folded span back to the original span, marks included', () => {
    const input = 'عيّن مُصطَفى المقـرعن رئيسا';
    const folded = fold(input);
    const start = folded.text.indexOf('مصطفي');
    const [s, e] = originalSpan(folded, start, start + 'مصطفي المقرعن'.length);
    expect(input.slice(s, e)).toBe('مُصطَفى المقـرعن');
  });

  it('folds around presentation forms piece by piece: the same as folding each piece, offsets shifted', () => {
    // ﷺ expands to 18 letters and spaces, ﻻ to two; both among long ordinary text.
    const pieces = ['قال النبي '.repeat(300), 'ﷺ', ' وأكد مُصطفى '.repeat(200), 'ﻻ', ' نهاية'];
    const input = pieces.join('');
    const whole = fold(input);
    expect(whole.text).toBe(pieces.map((p) => fold(p).text).join(''));
    let offset = 0;
    const origins: number[] = [];
    for (const piece of pieces) {
      const folded = fold(piece);
      origins.push(...Array.from(folded.origin.subarray(0, folded.text.length), (o) => o + offset));
      offset += piece.length;
    }
    expect(Array.from(whole.origin)).toEqual([...origins, input.length]);
  });
});
