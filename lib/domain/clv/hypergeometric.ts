/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and z < 1, by its power series.
 *
 * The series is summed directly after at most two exact transformations:
 * - Pfaff, for z < 0: 2F1(a, b; c; z) = (1 − z)^(−a) 2F1(a, c − b; c; z / (z − 1)) maps z into [0, 1), so the
 *   terms keep one sign instead of alternating (no cancellation), and |z| ≥ 1 becomes reachable.
 * - Euler, when a + b > c: 2F1(a, b; c; z) = (1 − z)^(c − a − b) 2F1(c − a, c − b; c; z). The terms of the
 *   original series grow like n^(a + b − c − 1) z^n before they decay, which for z near 1 (or large a, b, as in
 *   the conditional expectations of customers with hundreds of purchases) means huge terms; after Euler they
 *   shrink from the start and the large factor is kept in log space.
 */

const MAX_TERMS = 1_000_000;
const RELATIVE_TOLERANCE = 1e-16;
// The running sum is rescaled before it can overflow; the scale is carried as a logarithm.
const RESCALE_AT = 1e250;
const LOG_RESCALE = Math.log(RESCALE_AT);
// If the largest term exceeds the sum by more than this, cancellation has eaten more than ten digits.
const MAX_CANCELLATION = 1e10;

/** log|2F1| with its sign, so that callers can combine it with other factors without overflow. */
export interface LogValue {
  sign: number;
  log: number;
}

function isNonPositiveInteger(value: number): boolean {
  return value <= 0 && Number.isInteger(value);
}

/** Power series Σ (a)_n (b)_n / ((c)_n n!) z^n, for |z| < 1 or a terminating series. */
function logSeries(a: number, b: number, c: number, z: number): LogValue {
  let term = 1;
  let sum = 1;
  let largest = 1;
  let logScale = 0;
  // Before n passes the parameters, the term ratio can still rise; do not stop on a small term there.
  const minTerms = Math.max(Math.abs(a), Math.abs(b), Math.abs(c)) + 1;
  for (let n = 0; n < MAX_TERMS; n += 1) {
    const factor = ((a + n) * (b + n)) / ((c + n) * (n + 1));
    term *= factor * z;
    if (term === 0) return finish(sum, largest, logScale);
    sum += term;
    largest = Math.max(largest, Math.abs(term));
    if (Math.abs(sum) > RESCALE_AT || largest > RESCALE_AT) {
      term /= RESCALE_AT;
      sum /= RESCALE_AT;
      largest /= RESCALE_AT;
      logScale += LOG_RESCALE;
    }
    // Geometric bound on the remainder: later ratios stay below max(factor, 1)·|z| once n > minTerms.
    const rho = Math.abs(z) * Math.max(Math.abs(factor), 1);
    if (n >= minTerms && rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
      return finish(sum, largest, logScale);
    }
  }
  throw new RangeError(`2F1(${a}, ${b}; ${c}; ${z}): series did not converge in ${MAX_TERMS} terms`);
}

function finish(sum: number, largest: number, logScale: number): LogValue {
  if (largest > MAX_CANCELLATION * Math.abs(sum)) {
    throw new RangeError('2F1: catastrophic cancellation in the series; no accurate value available');
  }
  return { sign: Math.sign(sum), log: Math.log(Math.abs(sum)) + logScale };
}

/**
 * log|2F1(a, b; c; z)| and its sign, for z < 1 (any z when a or b is a non-positive integer).
 * @throws RangeError when c is a non-positive integer, z ≥ 1, or the series cannot be summed accurately.
 */
export function logHyp2f1(a: number, b: number, c: number, z: number): LogValue {
  if (![a, b, c, z].every(Number.isFinite)) throw new RangeError('2F1: arguments must be finite numbers');
  if (isNonPositiveInteger(c)) throw new RangeError(`2F1: c = ${c} must not be a non-positive integer`);
  if (z === 0) return { sign: 1, log: 0 };
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return logSeriesPolynomial(a, b, c, z);
  if (z >= 1) throw new RangeError(`2F1: z = ${z} must be below 1`);
  let logPrefactor = 0;
  if (z < 0) {
    // Pfaff on whichever upper parameter leaves the larger new parameter, to keep the terms one-signed.
    const onA = c - b >= c - a;
    logPrefactor = -(onA ? a : b) * Math.log1p(-z);
    [a, b] = onA ? [a, c - b] : [c - a, b];
    z = z / (z - 1);
  }
  // Euler only when it does not introduce a parameter below −1, which would make early terms change sign.
  if (a + b > c && c - a > -1 && c - b > -1) {
    logPrefactor += (c - a - b) * Math.log1p(-z);
    [a, b] = [c - a, c - b];
  }
  const series = logSeries(a, b, c, z);
  return { sign: series.sign, log: series.log + logPrefactor };
}

function logSeriesPolynomial(a: number, b: number, c: number, z: number): LogValue {
  const degree = -Math.max(isNonPositiveInteger(a) ? a : -Infinity, isNonPositiveInteger(b) ? b : -Infinity);
  let term = 1;
  let sum = 1;
  let largest = 1;
  for (let n = 0; n < degree; n += 1) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    largest = Math.max(largest, Math.abs(term));
  }
  return finish(sum, largest, 0);
}

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) for real a, b, c and z < 1.
 * @throws RangeError when c is a non-positive integer, z ≥ 1, or the series cannot be summed accurately.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const { sign, log } = logHyp2f1(a, b, c, z);
  return sign * Math.exp(log);
}
