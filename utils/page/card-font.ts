/**
 * The card's Arabic typeface (Noto Naskh Arabic, Arabic subset), shipped with the extension.
 * Fonts declared inside a shadow root are ignored by browsers, so the face is registered on the
 * document through the FontFace API: no element or stylesheet enters the page.
 */
/** The family name card.css asks for first. */
const CARD_FONT_FAMILY = 'Siyaq Naskh';

export const FONT_FILES = [
  { source: 'noto-naskh-arabic-arabic-400-normal.woff2', path: '/fonts/naskh-arabic-400.woff2', weight: '400' },
  { source: 'noto-naskh-arabic-arabic-700-normal.woff2', path: '/fonts/naskh-arabic-700.woff2', weight: '700' },
] as const;

/** Registers the card's faces on the document; returns how to remove them. */
export function registerCardFont(doc: Document, urlOf: (path: string) => string): () => void {
  // Faces a previous injection added are replaced: their dynamic URLs may no longer resolve.
  for (const face of [...doc.fonts]) if (face.family.replace(/"/g, '') === CARD_FONT_FAMILY) doc.fonts.delete(face);
  const faces = FONT_FILES.map((file) => new FontFace(CARD_FONT_FAMILY, `url("${urlOf(file.path)}") format("woff2")`, { weight: file.weight, display: 'swap' }));
  for (const face of faces) doc.fonts.add(face);
  return () => {
    for (const face of faces) doc.fonts.delete(face);
  };
}
