/**
 * What a reader can change: the card's timings. Stored by the background; validated on the way in.
 * Defaults come from utils/timing.ts.
 */
import { z } from 'zod';
import { CARD_TIMING } from './timing';

export const Settings = z.strictObject({
  showDelayMs: z.number().int().min(0).max(5000),
  hideDelayMs: z.number().int().min(0).max(5000),
  fetchDelayMs: z.number().int().min(0).max(5000),
  fadeMs: z.number().int().min(0).max(2000),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { ...CARD_TIMING };
