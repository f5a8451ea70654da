/**
 * Entity data in an interface of either language: names, titles, headlines and quotes are shown
 * as the seeds have them, each marked with its own language and direction, so that Arabic text
 * reads right to left inside an English page and a Latin name left to right inside an Arabic one.
 */
import type { ComponentChildren } from 'preact';
import { displayName, language } from './i18n';

/** Text the seeds give in Arabic (a title, a headline, a quote, an outlet). */
export function Arabic({ children, class: className }: { children: ComponentChildren; class?: string }) {
  return (
    <span lang="ar" dir="rtl" class={className}>
      {children}
    </span>
  );
}

/** An entity's name: its Latin name in English where the seeds give one, else its Arabic name. */
export function EntityName({ entity }: { entity: { readonly name: string; readonly latin?: string | null } }) {
  const shown = displayName(entity);
  return shown === entity.name ? <Arabic>{shown}</Arabic> : <span lang="en" dir="ltr">{shown}</span>;
}

/** The other spelling of a name, beside the one shown: the Latin in Arabic, the Arabic in English. */
export function OtherName({ entity, class: className }: { entity: { readonly name: string; readonly latin?: string | null }; class?: string }) {
  if (!entity.latin) return null;
  return language() === 'en' ? <Arabic class={className}>{entity.name}</Arabic> : (
    <span class={className} dir="ltr" lang="en">
      {entity.latin}
    </span>
  );
}
