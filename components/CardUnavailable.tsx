/**
 * The card shown in place of an entity's when the extension's store cannot answer (its
 * IndexedDB failed, or is held by another version): the reader learns why no facts appear,
 * rather than pointing at a name that does nothing. The store tries again at the next request.
 */
export function CardUnavailable({ onClose }: { readonly onClose: () => void }) {
  return (
    <div class="card" role="dialog" aria-labelledby="siyaq-card-title" dir="rtl" lang="ar" tabIndex={-1}>
      <div class="card-tools">
        <button class="tool close" type="button" aria-label="إغلاق" onClick={onClose}>
          ×
        </button>
      </div>
      <h2 class="entity-name" id="siyaq-card-title">
        البيانات غير متاحة الآن
      </h2>
      <p class="muted">تعذّرت قراءة بيانات سياق المحفوظة في المتصفح، فلا يمكن عرض هذه البطاقة. ستُعاد المحاولة عند المرور على الاسم مرة أخرى.</p>
    </div>
  );
}
