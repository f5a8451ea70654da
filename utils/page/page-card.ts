/**
 * The hover card on the extension's own pages (the reader): the same controller as on news pages,
 * with the card in a shadow root of its own, so that it looks as it does over a news page.
 */
import cardCss from '../../components/card.css?inline';
import entityCss from '../../components/entity.css?inline';
import type { Settings } from '../settings';
import type { CardData } from '../store/card-data';
import { CardController, type CardControllerDeps } from './card-controller';
import type { MentionMarker } from './marker';

export function mountPageCard(doc: Document, deps: { marker: MentionMarker; settings: Settings; openFromPointer: boolean; pageDate: string | null; loadCard: (id: string) => Promise<CardData | null>; actions: CardControllerDeps['actions'] }): CardController {
  const host = doc.createElement('siyaq-card');
  doc.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${cardCss}\n${entityCss}`);
  shadow.adoptedStyleSheets = [sheet];
  const container = doc.createElement('div');
  shadow.append(container);
  const { pageDate } = deps;
  // The reader's page keeps its host; its date is the article's.
  return new CardController({ ...deps, pageDate: () => pageDate, container, host, attachHost: () => undefined });
}
