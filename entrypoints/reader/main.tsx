/**
 * The reader page: a bundled article with every name marked as on a news page (the same marks and
 * hover card), the quote of a fact or the name of a concordance line marked and scrolled to, and
 * the entities it names beside it.
 */
import { render } from 'preact';
import { ArticleView, LINE_OFFSET_ATTRIBUTE } from '../../components/ArticleView';
import { PageNav } from '../../components/PageNav';
import { setUpPage } from '../../components/page-setup';
import { tp } from '../../components/page-strings';
import { ask } from '../../utils/messaging';
import { installMarkStyles } from '../../utils/page/highlight-styles';
import { Highlighter } from '../../utils/page/highlighter';
import type { PageMention } from '../../utils/page/marker';
import { mountPageCard } from '../../utils/page/page-card';
import { rangeInText } from '../../utils/page/text-ranges';
import { entityUrl, libraryUrl, readerSpan, readerUrl } from '../../utils/page-urls';
import type { ArticleMention } from '../../utils/seeds/concordance';
import '../../components/pages.css';

async function main() {
  const settings = await setUpPage();
  if (!settings) return;
  const params = new URLSearchParams(location.search);
  const root = document.getElementById('app')!;
  const id = params.get('article');
  const data = id ? await ask({ type: 'reader', id }).catch(() => null) : null;
  if (!data) {
    document.title = tp('title.reader');
    render(<p class="not-found">{tp('reader.notFound')}</p>, root);
    return;
  }
  document.title = tp('title.readerOf', { headline: data.article.headline });
  const counts = new Map<string, number>();
  for (const m of data.mentions) for (const e of m.entities) counts.set(e, (counts.get(e) ?? 0) + 1);

  const marker = new Highlighter();
  installMarkStyles(document, settings.highlightStyle);
  const card = mountPageCard(document, {
    marker,
    settings,
    openFromPointer: settings.highlightStyle !== 'none',
    pageDate: data.article.published.date,
    loadCard: (entity) => ask({ type: 'card', id: entity }),
    actions: { readerHref: (article, quote) => readerUrl(article, quote), entityHref: entityUrl },
  });
  const showEntity = (entity: string) => {
    const first = marker.mentionsInOrder().find((m) => m.entityIds.includes(entity));
    if (!first) return;
    first.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    card.showPinned(first);
  };
  render(
    <>
      <PageNav library={libraryUrl({})} settings="/options.html" />
      <ArticleView
      article={data.article}
      quote={params.get('quote')}
      at={readerSpan(params.get('at'))}
      entities={data.entities}
      entityHref={entityUrl}
      showEntity={showEntity}
      counts={counts}
      />
    </>,
    root,
  );
  marker.add(pageMentions(root, data.mentions, new Map(data.entities.map((e) => [e.id, e.type]))));
}

/** The article's marks as ranges over the shown lines (names in hidden furniture have none). */
function pageMentions(root: Element, mentions: readonly ArticleMention[], types: ReadonlyMap<string, 'person' | 'organization'>): PageMention[] {
  const lines = [...root.querySelectorAll<HTMLElement>(`[${LINE_OFFSET_ATTRIBUTE}]`)].map((element) => ({ element, start: Number(element.getAttribute(LINE_OFFSET_ATTRIBUTE)) }));
  return mentions.flatMap((m) => {
    const line = lines.findLast((l) => l.start <= m.start);
    const range = line && rangeInText(line.element, m.start - line.start, m.end - line.start);
    if (!range) return [];
    const kind = m.entities.length > 1 ? 'ambiguous' : types.get(m.entities[0]!) ?? 'person';
    return [{ range, kind, entityIds: m.entities, dual: m.dual === true }];
  });
}

void main();
