/**
 * The styles that make mentions visible: a quiet dotted underline, one colour per kind, readable
 * on light and dark pages. Only text decoration and colours apply, so nothing shifts and letters
 * keep joining. Added as an adopted stylesheet: no element enters the page, and `!important`
 * keeps ordinary page rules from restyling the marks.
 */
import { HIGHLIGHT_NAMES, type MentionKind } from './marker';
import { wrapMarkerCss } from './wrap-marker';

// Mid-tone colours keep the underline visible on white and on dark site themes alike; a dark
// colour scheme gets lighter ones.
const LIGHT: Readonly<Record<MentionKind, string>> = { person: '#2b7bd3', organization: '#c07a00', ambiguous: '#9a55d0' };
const DARK: Readonly<Record<MentionKind, string>> = { person: '#7fb8ee', organization: '#f0b454', ambiguous: '#c89af0' };

function highlightRules(colours: Readonly<Record<MentionKind, string>>): string {
  return (Object.keys(colours) as MentionKind[])
    .map((kind) => `::highlight(${HIGHLIGHT_NAMES[kind]}) { text-decoration: underline dotted ${colours[kind]} !important; text-decoration-thickness: 2px !important; text-underline-offset: 0.3em !important; }`)
    .join('\n');
}

/** The highlight that flashes a mention chosen in the toolbar popup, so the eye finds it after the scroll. */
export const FLASH_HIGHLIGHT = 'siyaq-flash';
const FLASH_RULE = `::highlight(${FLASH_HIGHLIGHT}) { background-color: #ffd84d !important; color: #1d1f23 !important; }`;

export function markStyles(): string {
  return [
    highlightRules(LIGHT),
    FLASH_RULE,
    wrapMarkerCss(LIGHT),
    '@media (prefers-color-scheme: dark) {',
    highlightRules(DARK),
    wrapMarkerCss(DARK),
    '}',
    // A printed article is the page's: the reader's marks are for the screen.
    `@media print { ${(Object.keys(LIGHT) as MentionKind[]).map((kind) => `::highlight(${HIGHLIGHT_NAMES[kind]})`).join(', ')}, siyaq-mark { text-decoration: none !important; } }`,
  ].join('\n');
}

export function installMarkStyles(doc: Document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markStyles());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
