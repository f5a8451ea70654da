/**
 * The card shown in place of an entity's when the extension's store cannot answer (its
 * IndexedDB failed, or is held by another version): the reader learns why no facts appear,
 * rather than pointing at a name that does nothing. The store tries again at the next request.
 */
import { direction, language, t } from './i18n';

export function CardUnavailable({ onClose }: { readonly onClose: () => void }) {
  return (
    <div class="card" role="dialog" aria-labelledby="siyaq-card-title" dir={direction()} lang={language()} tabIndex={-1}>
      <div class="card-tools">
        <button class="tool close" type="button" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <h2 class="entity-name" id="siyaq-card-title">
        {t('unavailableTitle')}
      </h2>
      <p class="muted">{t('unavailableText')}</p>
    </div>
  );
}
