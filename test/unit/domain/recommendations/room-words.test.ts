import { describe, expect, it } from 'vitest';
import { recommendForStay } from '../../../../lib/domain/recommendations/engine.js';
import type { GuestFacts } from '../../../../lib/domain/recommendations/types.js';
import { summarizeStays } from '../../../../lib/domain/stay-summary.js';
import type { Guest } from '../../../../lib/schemas/guest.js';
import { defaultTenantConfig } from '../../../../lib/schemas/tenant-config.js';

const stay = { propertyId: 'sh-bund', checkIn: '2026-12-23', checkOut: '2026-12-27' };

/** A guest with no history, so the room rule acts on what they said alone. */
const guestWhoAsked = (room: NonNullable<Guest['preferences']>['room']): GuestFacts => ({
  profile: {
    guestId: 'g1',
    name: 'Li Na',
    version: 1,
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z',
    preferences: { room },
  },
  summary: summarizeStays([]),
});

const roomAction = (room: NonNullable<Guest['preferences']>['room'], language: 'en' | 'zh-CN') =>
  recommendForStay(guestWhoAsked(room), stay, defaultTenantConfig, language).recommendations.find(
    (r) => r.type === 'room',
  )?.action;

describe('room preferences in words', () => {
  it('read as a front desk says them, in English and in Chinese', () => {
    const room = { floor: 'high', bed: 'king', quiet: true, smoking: false } as const;

    expect(roomAction(room, 'en')).toBe('Assign a room: high floor, king bed, quiet room, non-smoking');
    expect(roomAction(room, 'zh-CN')).toBe('安排客房：高楼层，特大床，安静房间，无烟房');
  });

  it('leave out a "no" that asks nothing of the room, and make no room task of it alone', () => {
    expect(roomAction({ bed: 'twin', quiet: false }, 'en')).toBe('Assign a room: twin bed');
    expect(roomAction({ quiet: false }, 'en')).toBeUndefined();
  });

  it('keep free text as the guest wrote it, and accessibility needs first', () => {
    expect(roomAction({ view: 'river', pillow: 'buckwheat', accessibility: ['wheelchair', 'grab bars'] }, 'en')).toBe(
      'Assign a room: accessibility: wheelchair/grab bars, river view, buckwheat pillow',
    );
  });
});
