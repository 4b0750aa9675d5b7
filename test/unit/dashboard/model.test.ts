import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  english,
  pickLanguage,
  simplifiedChinese,
  translate,
  translateCode,
} from '../../../lib/dashboard/model/messages.js';
import { newestFirst, nextStayFor } from '../../../lib/dashboard/model/next-stay.js';
import { paretoPoints, shareOfGuestsForEightyPercent, topFifthPoint } from '../../../lib/dashboard/model/pareto.js';
import { hashOf, pageOf, type Page } from '../../../lib/dashboard/model/routes.js';
import { durationParts, timeLeft } from '../../../lib/dashboard/model/time-left.js';

const curve = Array.from({ length: 101 }, (_, i) => Math.round((1 - (1 - i / 100) ** 3) * 10_000) / 10_000);

describe('the Pareto view', () => {
  it('places each step of the curve at its share of guests', () => {
    const points = paretoPoints(curve);
    expect(points).toHaveLength(101);
    expect(points[20]).toEqual({ guestShare: 0.2, valueShare: curve[20] });
    expect(points[100]!.guestShare).toBe(1);
  });

  it('marks the top fifth of guests and the share of guests that brings 80%', () => {
    expect(topFifthPoint(curve)).toEqual({ guestShare: 0.2, valueShare: 0.488 });
    expect(shareOfGuestsForEightyPercent(curve)).toBe(0.42);
    expect(topFifthPoint([0])).toBeNull();
    expect(shareOfGuestsForEightyPercent([0, 0.1, 0.2])).toBeNull();
  });
});

describe('time left on a complaint', () => {
  const now = new Date('2026-12-04T12:00:00Z');

  it('counts down to the deadline and up past it', () => {
    expect(timeLeft('2026-12-04T14:30:00Z', now)).toEqual({ overdue: false, minutes: 150 });
    expect(timeLeft('2026-12-04T11:15:00Z', now)).toEqual({ overdue: true, minutes: 45 });
  });

  it('says it in the largest unit, never rounding time left up', () => {
    expect(durationParts(59)).toEqual({ value: 59, unit: 'minute' });
    expect(durationParts(119)).toEqual({ value: 1, unit: 'hour' });
    expect(durationParts(47 * 60 + 59)).toEqual({ value: 47, unit: 'hour' });
    expect(durationParts(3 * 24 * 60 - 1)).toEqual({ value: 2, unit: 'day' });
  });
});

describe('pages', () => {
  it('reads every page back from the hash it makes, whatever the guest id', () => {
    const page = fc.oneof(
      fc.constant<Page>({ name: 'overview' }),
      fc.constant<Page>({ name: 'key-customers' }),
      fc.constant<Page>({ name: 'complaints' }),
      fc.string({ minLength: 1 }).map((guestId): Page => ({ name: 'guest', guestId })),
    );
    fc.assert(
      fc.property(page, (p) => {
        expect(pageOf(hashOf(p))).toEqual(p);
      }),
    );
  });

  it('falls back to the overview for an unknown or broken hash', () => {
    expect(pageOf('#/nowhere')).toEqual({ name: 'overview' });
    expect(pageOf('#/guests/%E0%A4%A')).toEqual({ name: 'overview' });
    expect(pageOf('')).toEqual({ name: 'overview' });
  });
});

describe('languages', () => {
  it('follows a stored choice, then the browser, then English', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
    expect(pickLanguage(null, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['zh'])).toBe('zh-CN');
    expect(pickLanguage(null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLanguage('klingon', ['de'])).toBe('en');
  });

  it('does not take traditional Chinese for simplified', () => {
    expect(pickLanguage(null, ['zh-TW', 'en-US'])).toBe('en');
    expect(pickLanguage(null, ['zh-Hant-HK'])).toBe('en');
  });

  it('has every text in both languages, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(simplifiedChinese).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      expect(placeholders(simplifiedChinese[key]), key).toEqual(placeholders(english[key]));
    }
  });

  it('fills placeholders, and shows an unknown code as it came', () => {
    expect(translate('en', 'pareto.point', { share: '71%' })).toBe('The top 20% of guests bring 71% of the value');
    expect(translate('zh-CN', 'keys.count', { count: 3 })).toBe('共 3 位关键客户');
    expect(translateCode('zh-CN', 'stay', 'no_show')).toBe('未到店');
    expect(translateCode('en', 'category', 'parking')).toBe('parking');
  });
});

describe('the stay a guest page recommends for', () => {
  const today = new Date('2026-12-04T09:00:00Z');
  const stay = (stayId: string, checkIn: string, status: string, propertyId = 'sh-bund') => ({
    stayId,
    propertyId,
    checkIn,
    checkOut: checkIn,
    status,
  });

  it('is the next booked stay', () => {
    const stays = [
      stay('a', '2026-12-20', 'reserved', 'bj'),
      stay('b', '2026-12-10', 'reserved', 'gz'),
      stay('c', '2026-11-01', 'completed'),
    ];
    expect(nextStayFor(stays, today, 'x')).toEqual({
      booked: true,
      propertyId: 'gz',
      checkIn: '2026-12-10',
      checkOut: '2026-12-10',
    });
  });

  it('without a booking, is two nights a week from today where the guest last stayed', () => {
    const stays = [stay('old', '2025-01-01', 'completed', 'hk'), stay('new', '2026-10-01', 'cancelled', 'sg')];
    expect(nextStayFor(stays, today, 'x')).toEqual({
      booked: false,
      propertyId: 'sg',
      checkIn: '2026-12-11',
      checkOut: '2026-12-13',
    });
    expect(nextStayFor([], today, 'main').propertyId).toBe('main');
  });

  it('lists stays newest first', () => {
    const stays = [stay('a', '2024-01-01', 'completed'), stay('b', '2026-01-01', 'completed')];
    expect(newestFirst(stays).map((s) => s.stayId)).toEqual(['b', 'a']);
  });
});
