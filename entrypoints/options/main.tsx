/** The settings page: the card's timings, stored by the background. */
import { render } from 'preact';
import { SettingsForm } from '../../components/SettingsForm';
import { ask } from '../../utils/messaging';
import '../../components/pages.css';

async function main() {
  const root = document.getElementById('app')!;
  const settings = await ask({ type: 'settings' }).catch(() => null);
  if (!settings) {
    render(<p class="not-found">تعذّر تحميل الإعدادات. أعد فتح الصفحة.</p>, root);
    return;
  }
  render(<SettingsForm initial={settings} save={(next) => ask({ type: 'save-settings', settings: next })} />, root);
}

void main();
