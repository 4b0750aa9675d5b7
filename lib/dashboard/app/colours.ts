import type { Tier } from './types.js';

/**
 * Tier colours, distinct for the common colour-vision deficiencies and at least 4.5:1 against
 * white (so white text on them reads too); charts also tell tiers apart by shape and size.
 */
export const tierColours: Record<Tier, string> = { key: '#b45309', normal: '#2563eb', small: '#6b7280' };
export const tierSymbols: Record<Tier, string> = { key: 'circle', normal: 'square', small: 'triangle' };
export const tierOrder: Tier[] = ['key', 'normal', 'small'];
