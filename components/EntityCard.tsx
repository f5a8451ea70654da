import { roleHeldOn } from '../utils/seeds/dates';
import type { CardData, CardRole } from '../utils/store/card-data';
import { formatIsoDate, formatRoleWhen, RELATION_LABELS, TYPE_LABELS } from './format';
import { SourceLine, type SourceActions } from './SourceLine';

export interface EntityActions extends SourceActions {
  /** Opens another entity's card (an organization named in a role, a relation). */
  readonly openEntity: (id: string) => void;
  /** The full entity view, as an address and as an action. */
  readonly entityHref: (id: string) => string;
  readonly openEntityView: (id: string) => void;
}

/** A link that runs an action on click but keeps a real address for middle-click and copying. */
function ActionLink({ href, onActivate, children, className }: { href: string; onActivate: () => void; children: preact.ComponentChildren; className?: string }) {
  return (
    <a
      class={className}
      href={href}
      onClick={(event) => {
        event.preventDefault();
        onActivate();
      }}
    >
      {children}
    </a>
  );
}

/**
 * What a card shows about one entity: name, type, roles (most recent first; with a page date,
 * those that held on it first), the date of each and its sources, and the stated relations.
 */
export function EntityCard({ data, actions, headingId, pageDate }: { data: CardData; actions: EntityActions; headingId?: string; pageDate?: string | null }) {
  const roles = orderForDate(data.roles, pageDate ?? null);
  return (
    <article class={`entity entity-${data.type}`}>
      <header class="entity-header">
        <h2 class="entity-name" id={headingId}>
          {data.name}
        </h2>
        {data.latin && (
          <div class="entity-latin" dir="ltr" lang="en">
            {data.latin}
          </div>
        )}
        <div class="entity-type">
          {TYPE_LABELS[data.type]}
          {data.country && ` · ${data.country}`}
          {data.parent && (
            <>
              {' · تتبع '}
              <ActionLink href={actions.entityHref(data.parent.id)} onActivate={() => actions.openEntity(data.parent!.id)} className="entity-link">
                {data.parent.name}
              </ActionLink>
            </>
          )}
        </div>
      </header>
      {roles.length > 0 && (
        <ul class="roles">
          {roles.map(({ role, heldOnPageDate }, i) => (
            <li class={heldOnPageDate ? 'role role-current' : 'role'} key={i}>
              {heldOnPageDate && <div class="role-badge">عند تاريخ نشر هذه الصفحة ({formatIsoDate(pageDate!)})</div>}
              <div class="role-title">
                <RoleTitle role={role} actions={actions} />
              </div>
              <div class={role.when.basis === 'not-stated' ? 'role-date muted' : 'role-date'}>{formatRoleWhen(role.when)}</div>
              {role.sources.map((source, j) => (
                <SourceLine key={j} source={source} actions={actions} />
              ))}
            </li>
          ))}
        </ul>
      )}
      {roles.length === 0 && data.mentions.length > 0 && (
        <ul class="roles">
          {data.mentions.map((source, j) => (
            <li class="role" key={j}>
              <SourceLine source={source} actions={actions} />
            </li>
          ))}
        </ul>
      )}
      {data.relations.length > 0 && (
        <ul class="relations">
          {data.relations.map((relation, i) => (
            <li key={i}>
              {RELATION_LABELS[relation.kind] ?? relation.kind}{' '}
              <ActionLink href={actions.entityHref(relation.entity.id)} onActivate={() => actions.openEntity(relation.entity.id)} className="entity-link">
                {relation.entity.name}
              </ActionLink>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/**
 * The title as written, with the organization as a link: inside the title where the title names
 * it (رئيس «جهاز المخابرات الليبية» العامة), after it otherwise.
 */
function RoleTitle({ role, actions }: { role: CardRole; actions: EntityActions }) {
  const org = role.organization;
  if (!org) return <>{role.title}</>;
  const link = (text: string) => (
    <ActionLink href={actions.entityHref(org.id)} onActivate={() => actions.openEntity(org.id)} className="entity-link">
      {text}
    </ActionLink>
  );
  const at = role.title.indexOf(org.name);
  if (at < 0) {
    return (
      <>
        {role.title} — {link(org.name)}
      </>
    );
  }
  return (
    <>
      {role.title.slice(0, at)}
      {link(org.name)}
      {role.title.slice(at + org.name.length)}
    </>
  );
}

/** Roles that held on the page's date first (labelled), the rest in their order (most recent first). */
function orderForDate(roles: readonly CardRole[], pageDate: string | null): { role: CardRole; heldOnPageDate: boolean }[] {
  const marked = roles.map((role) => ({ role, heldOnPageDate: pageDate !== null && roleHeldOn(role.when, pageDate) }));
  return [...marked.filter((r) => r.heldOnPageDate), ...marked.filter((r) => !r.heldOnPageDate)];
}
