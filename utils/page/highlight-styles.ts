/**
 * The styles that make mentions visible, as the reader chose: a quiet dotted underline, a light
 * background, or nothing (the card is then reached from the keyboard walk and the popup); one
 * colour per kind, readable on light and dark pages. Only text decoration and colours apply, so
 * nothing shifts and letters keep joining. Added as an adopted stylesheet: no element enters the
 * page, and `!important` keeps ordinary page rules from restyling the marks.
 */
import type { HighlightStyle } from '../settings';
import { HIGHLIGHT_NAMES, type MentionKind } from './marker';
import { wrapMarkerCss } from './wrap-marker';

// Mid-tone colours keep the underline visible on white and on dark site themes alike; a dark
// colour scheme gets lighter ones.
const LIGHT: Readonly<Record<MentionKind, string>> = { person: '#2b7bd3', organization: '#c07a00', ambiguous: '#9a55d0' };
const DARK: Readonly<Record<MentionKind, string>> = { person: '#7fb8ee', organization: '#f0b454', ambiguous: '#c89af0' };

const DECORATIONS: Readonly<Record<HighlightStyle, (colour: string) => string>> = {
  underline: (colour) => `text-decoration: underline dotted ${colour} !important; text-decoration-thickness: 2px !important; text-underline-offset: 0.3em !important;`,
  // Light enough that the page's own text colour stays readable on it.
  background: (colour) => `background-color: color-mix(in srgb, ${colour} 24%, transparent) !important;`,
  none: () => '',
};

/** Each kind's declarations in `style` and `colours`. */
function decorations(style: HighlightStyle, colours: Readonly<Record<MentionKind, string>>): Record<MentionKind, string> {
  return { person: DECORATIONS[style](colours.person), organization: DECORATIONS[style](colours.organization), ambiguous: DECORATIONS[style](colours.ambiguous) };
}

function highlightRules(declarations: Readonly<Record<MentionKind, string>>): string {
  return (Object.keys(declarations) as MentionKind[]).map((kind) => `::highlight(${HIGHLIGHT_NAMES[kind]}) { ${declarations[kind]} }`).join('\n');
}

/** The highlight that flashes a mention chosen in the toolbar popup, so the eye finds it after the scroll. */
export const FLASH_HIGHLIGHT = 'siyaq-flash';
const FLASH_RULE = `::highlight(${FLASH_HIGHLIGHT}) { background-color: #ffd84d !important; color: #1d1f23 !important; }`;

export function markStyles(style: HighlightStyle): string {
  const light = decorations(style, LIGHT);
  const dark = decorations(style, DARK);
  return [
    highlightRules(light),
    FLASH_RULE,
    wrapMarkerCss(light),
    '@media (prefers-color-scheme: dark) {',
    highlightRules(dark),
    wrapMarkerCss(dark),
    '}',
    // A printed article is the page's: the reader's marks are for the screen.
    `@media print { ${(Object.keys(LIGHT) as MentionKind[]).map((kind) => `::highlight(${HIGHLIGHT_NAMES[kind]})`).join(', ')}, siyaq-mark { text-decoration: none !important; background: none !important; } }`,
  ].join('\n');
}

export function installMarkStyles(doc: Document, style: HighlightStyle): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markStyles(style));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
