/** The toolbar button's badge: how many entities the page names, nothing when none. */

export const BADGE_COLOR = '#1a56a6';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
