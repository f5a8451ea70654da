/** The content script answers only well-formed requests from the popup; anything else is ignored. */
import { describe, expect, it } from 'vitest';
import { pageRequest } from '../../utils/page/page-entities';

describe('page requests', () => {
  it('accepts the two requests the popup sends', () => {
    expect(pageRequest({ type: 'siyaq-page-entities' })).toEqual({ type: 'siyaq-page-entities' });
    expect(pageRequest({ type: 'siyaq-show-mention', key: 'fathi-bashagha', index: -1 })).toEqual({ type: 'siyaq-show-mention', key: 'fathi-bashagha', index: -1 });
  });

  it.each([
    null,
    'siyaq-page-entities',
    { type: 'siyaq-page-entities', extra: 1 },
    { type: 'siyaq-show-mention', key: 'x' },
    { type: 'siyaq-show-mention', key: '', index: 0 },
    { type: 'siyaq-show-mention', key: 'x'.repeat(2001), index: 0 },
    { type: 'siyaq-show-mention', key: 'x', index: 1.5 },
    { type: 'siyaq-show-mention', key: 'x', index: '1' },
    { type: 'siyaq-show-mention', key: 'x', index: 2_000_000 },
    { type: 'siyaq-walk-names' },
  ])('rejects %j', (message) => {
    expect(pageRequest(message)).toBeNull();
  });
});
