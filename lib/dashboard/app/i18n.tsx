import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Language, type MessageKey, translate, translateCode } from '../model/messages.js';

export interface Words {
  language: Language;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A code from the API (`stay`, `complaint`, `category`), in words. */
  code(prefix: 'stay' | 'complaint' | 'category', code: string): string;
  number(value: number, digits?: number): string;
  percent(share: number): string;
  money(amount: number, currency?: string): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  duration(value: number, unit: 'minute' | 'hour' | 'day'): string;
}

export function wordsFor(language: Language): Words {
  const numbers = new Map<number, Intl.NumberFormat>();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    language,
    t: (key, values) => translate(language, key, values),
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
    duration: (value, unit) =>
      new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value),
  };
}

export const WordsContext = createContext<Words>(wordsFor('en'));
export const useWords = () => useContext(WordsContext);
