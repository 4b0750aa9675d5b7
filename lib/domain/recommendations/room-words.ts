import type { Language } from '../i18n.js';

type Say = (value: unknown) => string | undefined;

const zhFloor: Record<string, string> = { low: '低楼层', middle: '中间楼层', high: '高楼层' };
const zhBed: Record<string, string> = { king: '特大床', queen: '大床', twin: '双床', double: '双人床' };
const yesOnly =
  (text: string): Say =>
  (value) =>
    value === true ? text : undefined;
const list = (value: unknown) => (Array.isArray(value) ? value.join('/') : String(value));

/**
 * Each room preference as a front desk reads it, by language. A "no" that asks nothing of the
 * room (quiet: false) says nothing; free text (pillow, view, room type) stays as the guest gave it.
 */
const words: Record<Language, Record<string, Say>> = {
  en: {
    accessibility: (v) => `accessibility: ${list(v)}`,
    floor: (v) => `${String(v)} floor`,
    bed: (v) => `${String(v)} bed`,
    view: (v) => `${String(v)} view`,
    pillow: (v) => `${String(v)} pillow`,
    quiet: yesOnly('quiet room'),
    smoking: (v) => (v ? 'smoking room' : 'non-smoking'),
    temperatureC: (v) => `room at ${String(v)} °C`,
    roomType: (v) => `room type ${String(v)}`,
  },
  'zh-CN': {
    accessibility: (v) => `无障碍：${list(v)}`,
    floor: (v) => zhFloor[String(v)] ?? `楼层：${String(v)}`,
    bed: (v) => zhBed[String(v)] ?? `床型：${String(v)}`,
    view: (v) => `景观：${String(v)}`,
    pillow: (v) => `枕头：${String(v)}`,
    quiet: yesOnly('安静房间'),
    smoking: (v) => (v ? '吸烟房' : '无烟房'),
    temperatureC: (v) => `室温 ${String(v)}°C`,
    roomType: (v) => `房型：${String(v)}`,
  },
};

/** One room preference in words, or undefined when it asks nothing of the room. */
export function roomPreferenceWords(field: string, value: unknown, language: Language): string | undefined {
  const say = words[language][field];
  return say ? say(value) : `${field}: ${String(value)}`;
}

/** Room preferences in words, in `language`: "low floor, king bed, quiet room". */
export function describeRoomPreferences(entries: readonly [string, unknown][], language: Language): string {
  return entries
    .flatMap(([field, value]) => roomPreferenceWords(field, value, language) ?? [])
    .join(language === 'zh-CN' ? '，' : ', ');
}
