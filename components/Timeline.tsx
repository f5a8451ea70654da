/**
 * Roles on a time axis, right to left: a role held from a date to another is a bar between them,
 * one with only a start runs on and fades (the source gives no end), one attested on a date is a
 * point. Each says how its date is known. Roles without a date are listed beside the axis, never
 * placed on it.
 */
import type { ComponentChildren } from 'preact';
import type { CardRole } from '../utils/store/card-data';
import { formatIsoDate, formatRoleWhen } from './format';
import { tp } from './page-strings';

interface Placed {
  readonly role: CardRole;
  readonly from: number;
  readonly to: number;
  readonly shape: 'span' | 'open' | 'point';
}

/** A partial ISO date as a point in years: 2015-05 is 2015 and four twelfths. */
function yearOf(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return year! + (month ? (month - 1) / 12 : 0) + (day ? (day - 1) / 365 : 0);
}

function place(role: CardRole): Omit<Placed, 'to'> & { to: number | null } {
  const { from, to, on } = role.when;
  if (from && to) return { role, from: yearOf(from), to: yearOf(to), shape: 'span' };
  if (from) return { role, from: yearOf(from), to: null, shape: 'open' };
  if (to) return { role, from: yearOf(to), to: yearOf(to), shape: 'point' };
  return { role, from: yearOf(on!), to: yearOf(on!), shape: 'point' };
}

export function Timeline({ roles, label }: { roles: readonly CardRole[]; label: (role: CardRole) => ComponentChildren }) {
  const dated = roles.filter((r) => r.when.basis !== 'not-stated').map(place);
  const undated = roles.filter((r) => r.when.basis === 'not-stated');
  return (
    <div class="roles-timeline">
      {dated.length > 0 && <Axis dated={dated} label={label} />}
      {undated.length > 0 && (
        <div class="undated">
          <h3>{tp('entity.undated')}</h3>
          <ul>
            {undated.map((role, i) => (
              <li key={i}>{label(role)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The dated roles (at least one) on an axis of whole years, at least four wide. */
function Axis({ dated, label }: { dated: readonly ReturnType<typeof place>[]; label: (role: CardRole) => ComponentChildren }) {
  const years = dated.flatMap((p) => [p.from, p.to ?? p.from]);
  let start = Math.floor(Math.min(...years));
  let end = Math.floor(Math.max(...years)) + 1;
  // An open role runs on past its start: give the axis room to show it.
  if (dated.some((p) => p.shape === 'open')) end += 1;
  while (end - start < 4) {
    start -= 1;
    end += 1;
  }
  const at = (year: number) => ((year - start) / (end - start)) * 100;
  const step = Math.ceil((end - start) / 8);
  const ticks = Array.from({ length: Math.floor((end - start) / step) + 1 }, (_, i) => start + i * step);
  const placed: Placed[] = dated.map((p) => ({ ...p, to: p.to ?? end }));
  return (
    <div class="timeline" role="list" aria-label={tp('entity.timeline')}>
      {placed.map((p, i) => (
        <div class="timeline-row" role="listitem" key={i}>
          <div class="timeline-label">{label(p.role)}</div>
          <div class={`timeline-bar ${p.shape}`} style={{ insetInlineStart: `${at(p.from)}%`, width: `${Math.max(0, at(p.to) - at(p.from))}%` }} title={p.shape === 'open' ? tp('entity.openEnded') : undefined} />
          <div class="timeline-when" style={{ insetInlineStart: `${Math.min(at(p.from), 70)}%` }}>
            {formatRoleWhen(p.role.when)}
          </div>
        </div>
      ))}
      <div class="timeline-axis" aria-hidden="true">
        {ticks.map((year) => (
          <span class="timeline-tick" key={year} style={{ insetInlineStart: `${at(year)}%` }}>
            {formatIsoDate(String(year))}
          </span>
        ))}
      </div>
    </div>
  );
}
