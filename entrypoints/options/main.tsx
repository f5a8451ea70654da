/** The settings page: the card's timings, stored by the background. */
import { render } from 'preact';
import { SettingsForm } from '../../components/SettingsForm';
import { ask } from '../../utils/messaging';
import '../../components/pages.css';

async function main() {
  const settings = await ask({ type: 'settings' });
  render(<SettingsForm initial={settings} save={(next) => ask({ type: 'save-settings', settings: next })} />, document.getElementById('app')!);
}

void main();
