import { useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, Settings } from '../utils/settings';

const FIELDS: { key: keyof Settings; label: string; help: string }[] = [
  { key: 'showDelayMs', label: 'مهلة ظهور البطاقة', help: 'بعد توقف المؤشر على الاسم' },
  { key: 'fetchDelayMs', label: 'مهلة تحضير البطاقة', help: 'يبدأ التحضير قبل الظهور لتكون البطاقة جاهزة' },
  { key: 'hideDelayMs', label: 'مهلة الإخفاء', help: 'بعد مغادرة المؤشر للاسم أو للبطاقة' },
  { key: 'fadeMs', label: 'مدة التلاشي', help: 'ظهور البطاقة واختفاؤها تدريجيًا' },
];

/** The card's timings, in milliseconds, validated before they are saved. */
export function SettingsForm({ initial, save }: { initial: Settings; save: (settings: Settings) => Promise<Settings> }) {
  const [values, setValues] = useState<Settings>(initial);
  const [status, setStatus] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = Settings.safeParse(values);
    if (!parsed.success) {
      setStatus('قيمة غير صالحة: أدخل عددًا صحيحًا بين 0 و5000.');
      return;
    }
    await save(parsed.data);
    setStatus('حُفظت الإعدادات. تسري على الصفحات التي تُفتح بعد الآن.');
  };
  return (
    <main class="article">
      <h1>إعدادات سياق</h1>
      <form onSubmit={submit} class="settings">
        {FIELDS.map(({ key, label, help }) => (
          <label key={key}>
            <span>{label}</span>
            <input type="number" name={key} min={0} max={5000} step={10} value={values[key]} onInput={(e) => setValues({ ...values, [key]: Number((e.target as HTMLInputElement).value) })} />
            <span class="muted">
              ملّي ثانية — {help}
            </span>
          </label>
        ))}
        <div>
          <button type="submit">حفظ</button>{' '}
          <button type="button" onClick={() => setValues(DEFAULT_SETTINGS)}>
            القيم الافتراضية
          </button>
        </div>
        <p role="status">{status}</p>
      </form>
      <p class="muted">اختصار لوحة المفاتيح للتنقل بين الأسماء المعلّمة يُغيَّر من صفحة اختصارات الإضافات في المتصفح.</p>
    </main>
  );
}
