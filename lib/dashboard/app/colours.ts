import type { Tier } from './types.js';

/** Tier colours, distinct for the common colour-vision deficiencies; charts also differ by size. */
export const tierColours: Record<Tier, string> = { key: '#b45309', normal: '#2563eb', small: '#9ca3af' };
export const tierOrder: Tier[] = ['key', 'normal', 'small'];
