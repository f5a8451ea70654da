import { useState } from 'preact/hooks';
import type { CardData, SourceRef } from '../utils/store/card-data';
import { EntityCard, type EntityActions } from './EntityCard';
import { formatPublished, OUTLET_NOT_STATED } from './format';

/** Every quote the bundle holds about an entity, whatever fact it backs, with its article. */
function allSources(data: CardData): SourceRef[] {
  const sources = [...data.roles.flatMap((r) => r.sources), ...data.relations.flatMap((r) => r.sources), ...data.mentions];
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.articleId}\u0000${s.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A citation a researcher can paste: quote, headline, outlet, date, address — each as known. */
function citation(source: SourceRef): string {
  const parts = [`«${source.quote}»`, source.headline, source.outlet ?? OUTLET_NOT_STATED, formatPublished(source.published)];
  if (source.url) parts.push(decodeURI(source.url));
  return parts.join('، ');
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  // Firefox starts the download after the click returns: revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The researcher's page for one entity: the card in full, every mention with its quote, citations and export. */
export function EntityView({ data, actions }: { data: CardData; actions: EntityActions }) {
  const sources = allSources(data);
  const citations = sources.map(citation);
  const [copyStatus, setCopyStatus] = useState('');
  const copy = () =>
    void navigator.clipboard.writeText(citations.join('\n')).then(
      () => setCopyStatus('نُسخت الاستشهادات.'),
      () => setCopyStatus('تعذّر النسخ: انسخها من المربع أعلاه.'),
    );
  return (
    <main class="article entity-view">
      <EntityCard data={data} actions={actions} headingId="entity-title" />
      <section>
        <h2>كل ما ورد عنه في المقالات ({sources.length})</h2>
        <ol class="mentions">
          {sources.map((s, i) => (
            <li key={i}>
              <blockquote>
                <a href={actions.readerHref(s.articleId, s.quote)}>«{s.quote}»</a>
              </blockquote>
              <div class="muted">
                {s.headline} — {s.outlet ?? OUTLET_NOT_STATED} — {formatPublished(s.published)}
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>الاستشهاد والتصدير</h2>
        <textarea class="citations" readOnly rows={Math.min(10, citations.length + 1)} value={citations.join('\n')} aria-label="الاستشهادات" />
        <div class="export">
          <button type="button" onClick={copy}>
            نسخ الاستشهادات
          </button>
          <button type="button" onClick={() => download(`${data.id}.json`, 'application/json', JSON.stringify(data, null, 2))}>
            تصدير JSON
          </button>
          <span role="status">{copyStatus}</span>
        </div>
      </section>
    </main>
  );
}
