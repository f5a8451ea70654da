import type { CardData } from '../utils/store/card-data';
import { EntityCard } from './EntityCard';
import type { SourceActions } from './SourceLine';

/**
 * The card a reader sees over the page: one entity, or for an ambiguous name every candidate.
 * A labelled dialog, so assistive technology announces it.
 */
export function HoverCard({ entities, actions, onClose }: { entities: readonly CardData[]; actions: SourceActions; onClose: () => void }) {
  const ambiguous = entities.length > 1;
  return (
    <div class="card" role="dialog" aria-labelledby="siyaq-card-title" dir="rtl" lang="ar">
      <button class="close" type="button" aria-label="إغلاق" onClick={onClose}>
        ×
      </button>
      {ambiguous && (
        <p class="ambiguous-note" id="siyaq-card-title">
          هذا الاسم يطلق على أكثر من جهة:
        </p>
      )}
      {entities.map((data, i) => (
        <EntityCard key={data.id} data={data} actions={actions} headingId={!ambiguous && i === 0 ? 'siyaq-card-title' : undefined} />
      ))}
      <footer class="card-footer">سياق · كل معلومة من مصدرها</footer>
    </div>
  );
}
