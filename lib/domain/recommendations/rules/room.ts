import { mostFrequent } from '../../stay-history.js';
import type { MessageCode } from '../messages.js';
import { describeRoomPreferences, roomPreferenceWords } from '../room-words.js';
import type { Candidate, Reason, RuleContext } from '../types.js';

type Source = 'stated' | 'history';
const learnable = ['floor', 'bed', 'view'] as const;

/**
 * Room preferences: what the guest said, completed with what their history shows (only with
 * profiling consent); the guest's word wins any conflict, and accessibility needs come first.
 */
export function roomPreferencesOf(context: RuleContext) {
  const stated = context.guest?.profile.preferences?.room ?? {};
  const rooms = context.guest?.summary.rooms;
  const preferences: Record<string, unknown> = {};
  const sources: Record<string, Source> = {};
  const learn = (field: string, value: string | undefined) => {
    if (value === undefined) return;
    preferences[field] = value;
    sources[field] = 'history';
  };
  if (context.profiling && rooms) {
    for (const field of learnable) learn(field, mostFrequent(rooms[field]));
    if (!context.reservation.roomType) learn('roomType', mostFrequent(rooms.roomType));
  }
  for (const [field, value] of Object.entries(stated)) {
    preferences[field] = value;
    sources[field] = 'stated';
  }
  return { preferences, sources };
}

export function roomRule(context: RuleContext): Candidate[] {
  const { preferences, sources } = roomPreferencesOf(context);
  const describe = (entries: [string, unknown][]) => describeRoomPreferences(entries, context.language);
  // A preference that asks nothing of the room (quiet: false) is kept in the details, not acted on.
  const entries = Object.entries(preferences).filter(
    ([field, value]) => field !== 'accessibility' && roomPreferenceWords(field, value, context.language) !== undefined,
  );
  const accessibility = (preferences.accessibility as string[] | undefined) ?? [];
  if (entries.length === 0 && accessibility.length === 0) return [];
  const reasons: Reason[] = [];
  if (accessibility.length > 0) reasons.push(context.reason('ACCESSIBILITY_NEED', { items: accessibility.join(', ') }));
  const floor = sources.floor === 'stated' ? String(preferences.floor).toUpperCase() : undefined;
  if (floor) reasons.push(context.reason(`PREFERS_${floor}_FLOOR` as MessageCode));
  const stated = entries.filter(([field]) => sources[field] === 'stated' && field !== 'floor');
  const learned = entries.filter(([field]) => sources[field] === 'history');
  if (stated.length > 0) reasons.push(context.reason('STATED_ROOM_PREFERENCE', { items: describe(stated) }));
  if (learned.length > 0) reasons.push(context.reason('LEARNED_FROM_HISTORY', { items: describe(learned) }));
  const items = describe([
    ...(accessibility.length ? [['accessibility', accessibility] as [string, unknown]] : []),
    ...entries,
  ]);
  return [
    {
      type: 'room',
      action: context.text('ACTION_ROOM', { items }),
      details: { preferences, sources },
      priority: accessibility.length > 0 ? 95 : 70,
      cost: 0,
      obligation: accessibility.length > 0,
      reasons,
    },
  ];
}
