import type { Guest } from '../../schemas/guest.js';
import type { TenantConfig } from '../../schemas/tenant-config.js';
import type { Language } from '../i18n.js';
import type { Quadrant } from '../scoring/quadrant.js';
import type { Tier } from '../scoring/tier.js';
import type { StaySummary } from '../stay-summary.js';
import type { MessageCode } from './messages.js';

export type Audience = Tier | 'new';
export type RecommendationType =
  'room' | 'gift' | 'driver' | 'dining' | 'butler' | 'service_recovery' | 'upgrade' | 'welcome';

/** What the booking engine tells about the stay being booked. */
export interface Reservation {
  propertyId: string;
  checkIn: string;
  checkOut: string;
  roomType?: string;
  arrival?: {
    mode: 'air' | 'rail' | 'car' | 'other';
    airport?: string;
    station?: string;
    flightNumber?: string;
    at?: string;
  };
  adults?: number;
  children?: number;
  purpose?: string;
  currency?: string;
}

/** Complaints as the guest's header item keeps them: what is open, what still needs its follow-up. */
export interface ComplaintsSummary {
  open: {
    complaintId: string;
    category: string;
    severity: 'low' | 'medium' | 'high';
    stayId?: string;
    dueBy?: string;
  }[];
  awaitingFollowUp: { complaintId: string; category: string; followUpDueBy?: string | null }[];
}

/** The parts of a score the engine uses. */
export interface ScoreFacts {
  tier: Tier;
  valueScore: number;
  quadrant: Quadrant;
  clv: { pAlive: number | null; value12m: number };
}

/** Everything known about a guest, from one read of their partition. */
export interface GuestFacts {
  profile: Guest;
  summary: StaySummary;
  score?: ScoreFacts;
  complaints?: ComplaintsSummary;
}

export interface Reason {
  code: string;
  message: string;
}

export interface Recommendation {
  type: RecommendationType;
  action: string;
  details: Record<string, unknown>;
  priority: number;
  estimatedCost: { amount: number; currency: string };
  reasons: Reason[];
}

/** A recommendation before the budget: its cost in the base currency, and whether it is owed regardless. */
export interface Candidate extends Omit<Recommendation, 'estimatedCost'> {
  cost: number;
  /** Service obligations (accessibility, allergies, complaints) are never cut for budget. */
  obligation: boolean;
}

/** What every rule gets: the facts, and helpers that speak the caller's language. */
export interface RuleContext {
  guest: GuestFacts | null;
  reservation: Reservation;
  config: TenantConfig;
  language: Language;
  /** Whether the guest allows decisions from inferred behaviour and scores. */
  profiling: boolean;
  audience: Audience;
  reason(code: MessageCode, params?: Record<string, string | number>): Reason;
  text(code: MessageCode, params?: Record<string, string | number>): string;
}

export type Rule = (context: RuleContext) => Candidate[];
