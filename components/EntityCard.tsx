import type { CardData } from '../utils/store/card-data';
import { formatRoleWhen, RELATION_LABELS, TYPE_LABELS } from './format';
import { SourceLine, type SourceActions } from './SourceLine';

/** What a card shows about one entity: name, type, roles with dates, and the source of each. */
export function EntityCard({ data, actions, headingId }: { data: CardData; actions: SourceActions; headingId?: string }) {
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
          {data.parent && ` · تتبع ${data.parent.name}`}
        </div>
      </header>
      {data.roles.length > 0 && (
        <ul class="roles">
          {data.roles.map((role, i) => (
            <li class="role" key={i}>
              <div class="role-title">
                {role.title}
                {role.organization && !role.title.includes(role.organization.name) && <span class="role-org"> — {role.organization.name}</span>}
              </div>
              <div class={role.when.basis === 'not-stated' ? 'role-date muted' : 'role-date'}>{formatRoleWhen(role.when)}</div>
              {role.sources.map((source, j) => (
                <SourceLine key={j} source={source} actions={actions} />
              ))}
            </li>
          ))}
        </ul>
      )}
      {data.roles.length === 0 && data.mentions.length > 0 && (
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
              {RELATION_LABELS[relation.kind] ?? relation.kind} {relation.entity.name}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
