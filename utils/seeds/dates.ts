/**
 * Comparing the partial ISO dates of roles (2015, 2015-05, 2021-04-21) with a page's date.
 * No browser APIs.
 */
import type { RoleWhen } from './schema';

/** Compares two partial dates at the precision both have: 2015 equals 2015-05. */
function compareAtCommonPrecision(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether a role held on `date`: within its from/to period, or attested the same month as `on`.
 * An undated role is never claimed to hold.
 */
export function roleHeldOn(when: RoleWhen, date: string): boolean {
  if (when.basis === 'not-stated') return false;
  if (when.on && !when.from && !when.to) return compareAtCommonPrecision(when.on.slice(0, 7), date) === 0;
  if (!when.from && !when.to) return false;
  if (when.from && compareAtCommonPrecision(when.from, date) > 0) return false;
  if (when.to && compareAtCommonPrecision(when.to, date) < 0) return false;
  return true;
}
