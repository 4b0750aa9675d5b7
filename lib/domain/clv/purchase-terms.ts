import betaln from '@stdlib/math-base-special-betaln';
import gammaln from '@stdlib/math-base-special-gammaln';

/**
 * A customer's purchase history in the calibration period. Time is measured from the first purchase, in one
 * unit throughout (CDNOW: weeks).
 */
export interface CustomerHistory {
  /** Number of repeat purchases (the first purchase is not counted). */
  x: number;
  /** Time of the last repeat purchase; 0 when x = 0. */
  tx: number;
  /** Age of the customer: time from the first purchase to the end of the calibration period. */
  T: number;
}

/** Parameters of the BG/NBD family: purchase rate λ ~ Gamma(r, alpha), dropout probability p ~ Beta(a, b). */
export interface PurchaseModelParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/**
 * `bgnbd`: a customer can drop out right after each repeat purchase (Fader, Hardie & Lee 2005).
 * `mbgnbd`: also right after the first purchase (Batislam, Denizel & Filiztekin 2007), so one-time buyers
 * are not certainly alive.
 */
export type PurchaseModel = 'bgnbd' | 'mbgnbd';

/** Dropout opportunities a customer with x repeat purchases has had: x, or x + 1 under MBG/NBD. */
export function dropoutChances(x: number, model: PurchaseModel): number {
  return model === 'mbgnbd' ? x + 1 : x;
}

/**
 * The dropout part of the likelihood, in logs: `alive` = log E[(1−p)^m] (survived all m dropout chances),
 * `dropout` = log E[p (1−p)^(m−1)] (dropped out at the last chance; −∞ when m = 0). It depends on x only,
 * so a fit computes it once per distinct x.
 */
export function logDropoutParts(
  params: PurchaseModelParams,
  x: number,
  model: PurchaseModel,
): { alive: number; dropout: number } {
  const { a, b } = params;
  const m = dropoutChances(x, model);
  const logBeta = betaln(a, b);
  return { alive: betaln(a, b + m) - logBeta, dropout: m > 0 ? betaln(a + 1, b + m - 1) - logBeta : -Infinity };
}

interface DropoutParts {
  alive: number;
  dropout: number;
}

/** The (a, b) and model last asked about, with the dropout parts made for them so far, by x. */
let recentDropoutParts: { a: number; b: number; model: PurchaseModel; byX: Map<number, DropoutParts> } | undefined;
// Histories with fractional x could make one entry per customer; past this the parts are made afresh.
const maxRememberedFrequencies = 4096;

/**
 * {@link logDropoutParts}, remembered for the parameters last asked about: valuing a population asks again
 * and again with one (a, b) and few distinct x, and each answer costs three log-Beta functions. The fit
 * changes (a, b) at every step and calls logDropoutParts itself.
 */
function rememberedDropoutParts(params: PurchaseModelParams, x: number, model: PurchaseModel): DropoutParts {
  let recent = recentDropoutParts;
  if (!recent || recent.a !== params.a || recent.b !== params.b || recent.model !== model) {
    recent = recentDropoutParts = { a: params.a, b: params.b, model, byX: new Map() };
  }
  let parts = recent.byX.get(x);
  if (parts === undefined) {
    parts = logDropoutParts(params, x, model);
    if (recent.byX.size < maxRememberedFrequencies) recent.byX.set(x, parts);
  }
  return parts;
}

/**
 * The two parts of a customer's likelihood, in logs, with the common factor Γ(r+x) α^r / Γ(r) left out:
 * alive at T (no purchase since tx), or dropped out right after the purchase at tx. Working in logs keeps
 * customers with hundreds of purchases finite.
 */
export function logLikelihoodParts(
  params: PurchaseModelParams,
  customer: CustomerHistory,
  model: PurchaseModel,
): { alive: number; dropout: number } {
  const { r, alpha } = params;
  const { x, tx, T } = customer;
  const parts = rememberedDropoutParts(params, x, model);
  return {
    alive: parts.alive - (r + x) * Math.log(alpha + T),
    dropout: parts.dropout - (r + x) * Math.log(alpha + tx),
  };
}

/** log Γ(r+x) α^r / Γ(r): the factor shared by both parts of the likelihood. */
export function logCommonFactor(params: PurchaseModelParams, x: number): number {
  return gammaln(params.r + x) - gammaln(params.r) + params.r * Math.log(params.alpha);
}

/** log(e^u + e^v) without overflow; e^−∞ counts as 0. */
export function logAddExp(u: number, v: number): number {
  const high = Math.max(u, v);
  if (high === -Infinity) return -Infinity;
  return high + Math.log1p(Math.exp(Math.min(u, v) - high));
}

/** Throws a RangeError unless all parameters are positive and finite. */
export function assertPositiveParams(params: object): void {
  // Object.keys, not Object.entries: the same properties in the same order without an array per property;
  // this runs twice for every guest valued, and the arrays made it cost ~0.3 s per million guests.
  for (const name of Object.keys(params)) {
    const value: unknown = (params as Record<string, unknown>)[name];
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
      throw new RangeError(`parameter ${name} must be a positive finite number, got ${String(value)}`);
    }
  }
}

/** Throws a RangeError unless x ≥ 0 and 0 ≤ tx ≤ T, with tx = 0 when x = 0. */
export function assertValidHistory(customer: CustomerHistory): void {
  const { x, tx, T } = customer;
  const valid = x >= 0 && tx >= 0 && tx <= T && Number.isFinite(x) && Number.isFinite(T) && (x > 0 || tx === 0);
  if (!valid) throw new RangeError(`invalid customer history x=${x}, tx=${tx}, T=${T}`);
}
