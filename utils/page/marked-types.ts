/**
 * Marks only the entity types the reader chose (settings: entityTypes). The page is read whole,
 * the same way whatever is chosen, so that a name's story and its neighbours decide it as before;
 * only the marks of the types left out are not drawn. A shared name is drawn when any of its
 * candidates is of a chosen type.
 */
import type { EntityType, MatchIndex } from '../match/match-index';
import { wrapMarker, type MentionMarker } from './marker';

export function markedTypesOnly(marker: MentionMarker, index: MatchIndex, types: Readonly<Record<EntityType, boolean>>): MentionMarker {
  if (types.person && types.organization) return marker;
  const typeOf = new Map(index.entities.map((e) => [e.id, e.type]));
  // `following` counts the scan's marks before this choice: a marker may take the page for a
  // longer one than it is, which only changes how it registers them (highlighter.ts).
  return wrapMarker(marker, {
    add: (mentions, following, moreLater) => marker.add(mentions.filter((m) => m.entityIds.some((id) => types[typeOf.get(id)!])), following, moreLater),
  });
}
