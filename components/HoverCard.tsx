import { useState } from 'preact/hooks';
import type { CardData } from '../utils/store/card-data';
import { EntityCard, type EntityActions } from './EntityCard';
import { countryName, direction, displayName, language, t } from './i18n';
import { Link } from './Link';
import { EntityName } from './Names';

export interface HoverCardProps {
  /** One entity, or every candidate of an ambiguous name. */
  readonly entities: readonly CardData[];
  /** The name is a dual (وزارتي الداخلية): it names two of the candidates together. */
  readonly dual: boolean;
  readonly actions: Omit<EntityActions, 'openEntity'>;
  readonly loadCard: (id: string) => Promise<CardData | null>;
  /** The publication date the page declares, if any. */
  readonly pageDate: string | null;
  readonly onClose: () => void;
}

/**
 * The card a reader sees over the page: a labelled dialog. Following an organization link shows
 * that organization's card in place, with a way back.
 */
export function HoverCard({ entities, dual, actions, loadCard, pageDate, onClose }: HoverCardProps) {
  const [trail, setTrail] = useState<readonly CardData[]>([]);
  const current = trail.at(-1);
  const openEntity = (id: string) => {
    void loadCard(id).then((data) => data && setTrail((t) => [...t, data]));
  };
  const entityActions: EntityActions = { ...actions, openEntity };
  const shown = current ? [current] : entities;
  const ambiguous = shown.length > 1;

  return (
    <div class="card" role="dialog" aria-labelledby="siyaq-card-title" dir={direction()} lang={language()} tabIndex={-1}>
      <div class="card-tools">
        {trail.length > 0 && (
          <button class="tool back" type="button" onClick={() => setTrail((t) => t.slice(0, -1))}>
            {t('back')}
          </button>
        )}
        <button class="tool close" type="button" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      {ambiguous ? (
        <AmbiguousName candidates={shown} dual={dual} openEntity={openEntity} />
      ) : (
        <>
          <EntityCard data={shown[0]!} actions={entityActions} headingId="siyaq-card-title" pageDate={pageDate} />
          <Link class="full-view" href={actions.entityHref(shown[0]!.id)} newTab={actions.inNewTab}>
            {t('fullView', { name: displayName(shown[0]!) })}
          </Link>
        </>
      )}
    </div>
  );
}

/**
 * An alias that several entities share: each candidate with what tells it apart. A dual names two
 * of them together, and says which two when the page's context leaves only two.
 */
function AmbiguousName({ candidates, dual, openEntity }: { candidates: readonly CardData[]; dual: boolean; openEntity: (id: string) => void }) {
  let note = t('sharedNote');
  if (dual) note = candidates.length === 2 ? t('dualPair') : t('dualNote');
  return (
    <>
      <h2 class="entity-name" id="siyaq-card-title">
        {dual ? t('dualTitle') : t('sharedTitle')}
      </h2>
      <p class="muted">{note}</p>
      <ul class="candidates">
        {candidates.map((c) => (
          <li key={c.id}>
            <button type="button" class="candidate" onClick={() => openEntity(c.id)}>
              <span class="candidate-name">
                <EntityName entity={c} />
              </span>
              <span class="candidate-detail">
                {[c.countryCode && countryName(c.countryCode), c.parent && displayName(c.parent), c.roles[0]?.title].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
