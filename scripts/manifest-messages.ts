/**
 * The manifest's words in each language: `_locales/<lang>/messages.json`, which the browser reads
 * for `__MSG_…__` in the manifest (name, description, the keyboard command), written at build time
 * from `locales/<lang>/manifest.json`, the same folder that holds every other word of the interface.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MessagesFile {
  readonly relativeDest: string;
  readonly contents: string;
}

export function manifestMessages(root: string): MessagesFile[] {
  const folder = join(root, 'locales');
  return readdirSync(folder).map((language) => {
    const words = JSON.parse(readFileSync(join(folder, language, 'manifest.json'), 'utf8')) as Record<string, string>;
    const messages = Object.fromEntries(Object.entries(words).map(([key, message]) => [key, { message }]));
    return { relativeDest: `_locales/${language}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` };
  });
}
