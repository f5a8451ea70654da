/**
 * The `::highlight()` rules that make mentions visible: a quiet dotted underline, one colour per
 * kind, readable on light and dark pages. Only text-decoration and colours apply to highlights, so
 * nothing shifts and letters keep joining. Added as an adopted stylesheet: no element enters the
 * page, and `!important` keeps ordinary page rules from restyling the marks.
 */
import { HIGHLIGHT_NAMES } from './highlighter';

const COLOURS = {
  person: { light: '#1a6fb5', dark: '#7fb8ee' },
  organization: { light: '#9a5b00', dark: '#f0b454' },
  ambiguous: { light: '#7a3fa8', dark: '#c89af0' },
} as const;

export function highlightCss(): string {
  const rule = (name: string, colour: string) =>
    `::highlight(${name}) { text-decoration: underline dotted ${colour} !important; text-decoration-thickness: 2px !important; text-underline-offset: 0.3em !important; }`;
  const kinds = Object.keys(COLOURS) as (keyof typeof COLOURS)[];
  return [
    ...kinds.map((k) => rule(HIGHLIGHT_NAMES[k], COLOURS[k].light)),
    '@media (prefers-color-scheme: dark) {',
    ...kinds.map((k) => rule(HIGHLIGHT_NAMES[k], COLOURS[k].dark)),
    '}',
  ].join('\n');
}

export function installHighlightStyles(doc: Document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
