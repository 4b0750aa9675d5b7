import type { StayLike } from '../model/next-stay.js';

/** The parts of the API's answers the dashboard reads. */
export type Tier = 'key' | 'normal' | 'small';
export type Quadrant = 'apostle' | 'mercenary' | 'hostage' | 'defector' | 'unknown';

export interface ParetoReport {
  guests: number;
  computedAt: string;
  totalValue: { curve: number[]; topShare: number };
}

export interface TiersReport {
  guests: number;
  /** The tenant's base currency, which values are summed in (absent in reports of older runs). */
  currency?: string;
  computedAt: string;
  upgrades: number;
  downgrades: number;
  tiers: Record<Tier, { guests: number; shareOfGuests: number; value: number; shareOfValue: number }>;
}

export interface QuadrantPoint {
  guestId: string;
  tier: Tier;
  quadrant: Quadrant;
  satisfaction: number;
  loyalty: number;
  valueScore: number;
}

export interface QuadrantReport {
  guests: number;
  currency?: string;
  quadrants: Record<Quadrant, { guests: number; value: number }>;
  keyCustomersAtRisk: { guestId: string; quadrant: Quadrant; valueScore: number; accountManagerId: string | null }[];
  thresholds: { satisfaction: number; loyalty: number };
  points: QuadrantPoint[];
  pointsOmitted: number;
}

export interface KeyCustomer {
  guestId: string;
  name?: string;
  accountManagerId: string | null;
  tier: Tier | null;
  valueScore: number | null;
  quadrant: Quadrant;
  openComplaints: number;
  followUpsOwed: number;
  nextArrival: string | null;
}

export interface Page<T> {
  items: T[];
  cursor: string | null;
  total?: number;
}

export interface Complaint {
  complaintId: string;
  guestId: string;
  stayId?: string;
  category: string;
  severity: 'low' | 'medium' | 'high';
  description: string;
  status: string;
  dueBy: string;
  tierAtReceipt?: string;
  createdAt: string;
}

export interface Workload {
  workload: { managerId: string; name: string | null; keyCustomers: number }[];
}

export interface Guest {
  guestId: string;
  name?: string;
  email?: string;
  phone?: string;
  loyaltyNumber?: string;
  birthday?: string;
  company?: string;
  segment?: string;
  language?: string;
  accountManagerId?: string;
  preferences?: Record<string, Record<string, unknown>>;
}

export interface Stay extends StayLike {
  nights?: number;
  revenue?: { room?: number; fnb?: number; other?: number };
  currency?: string;
}

export interface Score {
  tier: Tier;
  valueScore: number;
  components: { directProfit: number; potentialProfit: number; influence: number };
  clv: { expectedStays12m: number; pAlive: number | null; value12m: number };
  satisfaction: number | null;
  loyalty: number;
  quadrant: Quadrant;
  computedAt: string;
  currency?: string;
  computedFrom: Record<string, unknown>;
}

export interface Recommendation {
  type: string;
  action: string;
  priority: number;
  estimatedCost: { amount: number; currency: string };
  reasons: { code: string; message: string }[];
}

export interface RecommendationAnswer {
  tier: string;
  recommendations: Recommendation[];
}
