import type { JSX } from 'preact';
import { roleHeldOn } from '../utils/seeds/dates';
import type { CardData, CardRole, EntityRef, SourceRef } from '../utils/store/card-data';
import { formatIsoDate, formatRoleWhen, relationLabel, typeLabel } from './format';
import { countryName, t } from './i18n';
import { Link } from './Link';
import { Arabic, EntityName, OtherName } from './Names';
import { SourceList, SourceMarks, sourceArticles, type SourceActions } from './SourceLine';

export interface EntityActions extends SourceActions {
  /** The entity page's address. */
  readonly entityHref: (id: string) => string;
  /** Shows another entity (an organization of a role, a relation) on a plain click; without it the link navigates. */
  readonly openEntity?: (id: string) => void;
}

/**
 * What a card shows about one entity at a glance: name, type, its roles (most recent first; with a
 * page date, those that held on it first) with their dates, its relations, and the articles behind
 * them, each once. Each fact points by number to its article, and the number opens the article at
 * the fact's quote.
 */
export function EntityCard({ data, actions, headingId, pageDate }: { data: CardData; actions: EntityActions; headingId?: string; pageDate?: string | null }) {
  const roles = orderForDate(data.roles, pageDate ?? null);
  const articles = sourceArticles([...roles.flatMap((r) => r.role.sources), ...data.relations.flatMap((r) => r.sources), ...data.mentions]);
  const numbers = new Map(articles.map((a, i) => [a.articleId, i + 1]));
  /** A link to an entity, named as the interface names it, or as a title writes it (`asWritten`). */
  const entityLink = (ref: EntityRef, asWritten?: string) => (
    <Link href={actions.entityHref(ref.id)} onActivate={actions.openEntity && (() => actions.openEntity!(ref.id))} newTab={actions.inNewTab} class="entity-link">
      {asWritten ?? <EntityName entity={ref} />}
    </Link>
  );
  const marks = (sources: readonly SourceRef[]) => <SourceMarks sources={sources} numbers={numbers} actions={actions} />;
  return (
    <article class={`entity entity-${data.type}`}>
      <header class="entity-header">
        <h2 class="entity-name" id={headingId}>
          <EntityName entity={data} />
        </h2>
        <div class="entity-type">
          {typeLabel(data.type)}
          {data.countryCode && ` · ${countryName(data.countryCode)}`}
          {data.latin && (
            <>
              {' · '}
              <OtherName entity={data} class="entity-latin" />
            </>
          )}
          {data.parent && (
            <>
              {` · ${t('belongsTo')} `}
              {entityLink(data.parent)}
            </>
          )}
        </div>
      </header>
      {roles.length > 0 && (
        <ul class="roles">
          {roles.map(({ role, heldOnPageDate }, i) => (
            <li class={heldOnPageDate ? 'role role-current' : 'role'} key={i}>
              {heldOnPageDate && <div class="role-badge">{t('heldOnPageDate', { date: formatIsoDate(pageDate!) })}</div>}
              <div class="role-title">
                <Arabic>
                  <RoleTitle role={role} link={entityLink} />
                </Arabic>
                {marks(role.sources)}
              </div>
              <div class={role.when.basis === 'not-stated' ? 'role-date muted' : 'role-date'}>{formatRoleWhen(role.when)}</div>
            </li>
          ))}
        </ul>
      )}
      {data.relations.length > 0 && (
        <ul class="relations">
          {data.relations.map((relation, i) => (
            <li key={i}>
              {relationLabel(relation.kind)} {entityLink(relation.entity)}
              {marks(relation.sources)}
            </li>
          ))}
        </ul>
      )}
      {articles.length > 0 && <SourceList articles={articles} actions={actions} />}
    </article>
  );
}

/**
 * The title as written, with the organization as a link: inside the title where the title names
 * it (رئيس «جهاز المخابرات الليبية» العامة), after it otherwise.
 */
function RoleTitle({ role, link }: { role: CardRole; link: (ref: EntityRef, asWritten?: string) => JSX.Element }) {
  const org = role.organization;
  if (!org) return <>{role.title}</>;
  const at = role.title.indexOf(org.name);
  if (at < 0) {
    return (
      <>
        {role.title} — {link(org)}
      </>
    );
  }
  return (
    <>
      {role.title.slice(0, at)}
      {link(org, org.name)}
      {role.title.slice(at + org.name.length)}
    </>
  );
}

/** Roles that held on the page's date first (labelled), the rest in their order (most recent first). */
function orderForDate(roles: readonly CardRole[], pageDate: string | null): { role: CardRole; heldOnPageDate: boolean }[] {
  const marked = roles.map((role) => ({ role, heldOnPageDate: pageDate !== null && roleHeldOn(role.when, pageDate) }));
  return [...marked.filter((r) => r.heldOnPageDate), ...marked.filter((r) => !r.heldOnPageDate)];
}
