import type { SourceRef } from '../utils/store/card-data';
import { formatPublished, OUTLET_NOT_STATED } from './format';

export interface SourceActions {
  /** The address of the bundled article page with this quote marked. */
  readonly readerHref: (articleId: string, quote: string) => string;
  /** Opens it; content scripts ask the background, extension pages navigate. */
  readonly openSource: (articleId: string, quote: string) => void;
}

/** One source of a fact: the article (headline, outlet, date) and its original address. */
export function SourceLine({ source, actions }: { source: SourceRef; actions: SourceActions }) {
  return (
    <div class="source">
      <span class="source-label">المصدر: </span>
      <a
        class="source-link"
        href={actions.readerHref(source.articleId, source.quote)}
        title={`«${source.quote}»`}
        onClick={(event) => {
          event.preventDefault();
          actions.openSource(source.articleId, source.quote);
        }}
      >
        {source.headline}
      </a>
      <span class="source-meta">
        {' — '}
        {source.outlet ?? OUTLET_NOT_STATED}
        {' — '}
        {formatPublished(source.published)}
      </span>
      {source.url ? (
        <a class="source-original" href={source.url} target="_blank" rel="noopener noreferrer">
          الرابط الأصلي
        </a>
      ) : (
        <span class="source-original muted">الرابط الأصلي غير معروف</span>
      )}
    </div>
  );
}
