import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Language, type MessageKey, translate, translateCode } from '../model/messages.js';

export interface Words {
  language: Language;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A code from the API (`stay`, `complaint`, `category`), in words. */
  code(
    prefix: 'stay' | 'complaint' | 'category' | 'pref' | 'computed' | 'recommendation' | 'segment',
    code: string,
  ): string;
  /** A language tag (`zh-CN`) by its name, in the language shown. */
  languageName(tag: string): string;
  /** A value from the API in words: yes/no for booleans, lists joined. */
  value(value: unknown): string;
  number(value: number, digits?: number): string;
  percent(share: number): string;
  money(amount: number, currency?: string): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  /** A chart's time tick: month and year. */
  monthYear(date: Date): string;
  duration(value: number, unit: 'minute' | 'hour' | 'day'): string;
}

export function wordsFor(language: Language): Words {
  const numbers = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const monthYear = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const t: Words['t'] = (key, values) => translate(language, key, values);
  return {
    language,
    t,
    code: (prefix, code) => translateCode(language, prefix, code),
    number: (value, digits = 0) => {
      if (!numbers.has(digits)) numbers.set(digits, new Intl.NumberFormat(language, { maximumFractionDigits: digits }));
      return numbers.get(digits)!.format(value);
    },
    percent: (share) => percent.format(share),
    money: (amount, currency = 'CNY') =>
      new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount),
    // Stay dates are calendar days; shown as such, whatever the viewer's time zone.
    date: (iso) => date.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    monthYear: (date) => monthYear.format(date),
    languageName: (tag) => {
      try {
        return names.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    value: (value) =>
      value === null || value === undefined || value === ''
        ? t('none')
        : typeof value === 'boolean'
          ? t(value ? 'value.yes' : 'value.no')
          : Array.isArray(value)
            ? value.join(', ') || t('none')
            : String(value),
    duration: (value, unit) =>
      new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value),
  };
}

export const WordsContext = createContext<Words>(wordsFor('en'));
export const useWords = () => useContext(WordsContext);
