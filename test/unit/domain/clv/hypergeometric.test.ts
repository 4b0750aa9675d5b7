import { describe, expect, it } from 'vitest';
import { hyp2f1, logHyp2f1 } from '../../../../lib/domain/clv/hypergeometric.js';

const relativeError = (actual: number, expected: number): number => Math.abs(actual / expected - 1);

describe('hyp2f1 against closed forms', () => {
  it.each([-5, -0.9, -0.3, 0.1, 0.5, 0.9, 0.99, 0.999])('2F1(1, 1; 2; %s) equals −ln(1 − z) / z', (z) => {
    expect(relativeError(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
  });

  it.each([
    [0.3, 1.7, -2],
    [2.5, 2, 0.4],
    [2.5, 2, 0.95],
    [-1.7, 0.6, 0.8],
  ])('2F1(a, b; b; z) equals (1 − z)^(−a) for a=%s, b=%s, z=%s', (a, b, z) => {
    expect(relativeError(hyp2f1(a, b, b, z), (1 - z) ** -a)).toBeLessThan(1e-13);
  });

  it.each([0.2, 0.7, 0.99])('2F1(1/2, 1/2; 3/2; z²) equals arcsin(z) / z for z=%s', (z) => {
    expect(relativeError(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z)).toBeLessThan(1e-12);
  });

  it.each([0.5, 3, 20])('2F1(1/2, 1; 3/2; −z²) equals arctan(z) / z for z=%s (negative argument, Pfaff)', (z) => {
    expect(relativeError(hyp2f1(0.5, 1, 1.5, -z * z), Math.atan(z) / z)).toBeLessThan(1e-12);
  });

  it.each([
    [0.3, 1.2],
    [1.7, 1.5],
  ])('2F1(a, 1 − a; 3/2; sin² x) equals sin((2a − 1)x) / ((2a − 1) sin x) for a=%s, x=%s', (a, x) => {
    const expected = Math.sin((2 * a - 1) * x) / ((2 * a - 1) * Math.sin(x));
    expect(relativeError(hyp2f1(a, 1 - a, 1.5, Math.sin(x) ** 2), expected)).toBeLessThan(1e-12);
  });

  it('sums a terminating series as the polynomial it is, for any z', () => {
    const [b, c, z] = [2.5, 1.5, 3];
    const polynomial =
      1 -
      (3 * b * z) / c +
      (3 * b * (b + 1) * z * z) / (c * (c + 1)) -
      (b * (b + 1) * (b + 2) * z ** 3) / (c * (c + 1) * (c + 2));
    expect(relativeError(hyp2f1(-3, b, c, z), polynomial)).toBeLessThan(1e-13);
  });

  it("agrees with itself across Gauss's quadratic transformation (argument near 1 on one side, Euler on the other)", () => {
    const [a, b, z] = [0.7, 1.1, 0.45];
    const left = hyp2f1(a, b, a + b + 0.5, 4 * z * (1 - z));
    const right = hyp2f1(2 * a, 2 * b, a + b + 0.5, z);
    expect(relativeError(left, right)).toBeLessThan(1e-12);
  });
});

describe('logHyp2f1', () => {
  it('returns the logarithm of values far beyond the double range', () => {
    const { sign, log } = logHyp2f1(1000, 2, 2, 0.9);
    expect(sign).toBe(1);
    expect(relativeError(log, -1000 * Math.log(0.1))).toBeLessThan(1e-12);
  });
});

describe('hyp2f1 domain errors', () => {
  it('rejects z at or beyond 1, where the series diverges', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
  });

  it('rejects a non-positive integer c, where the function is undefined', () => {
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(RangeError);
  });
});
