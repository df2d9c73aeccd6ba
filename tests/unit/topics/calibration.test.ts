import { describe, expect, it } from 'vitest';
import { type CalibrationSample, fitCalibration, probability } from '@/lib/topics/calibration';

/** A seeded generator (mulberry32): the samples are the same on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tag 0 is broad (its papers sit far from its centroid), tag 1 narrow, tag 2 in between; negatives low. */
function samples(): CalibrationSample[] {
  const next = random(7);
  const centres = [0.15, 0.45, 0.3];
  const out: CalibrationSample[] = [];
  centres.forEach((centre, tag) => {
    for (let i = 0; i < 12; i++)
      out.push({ tag, cosine: centre + (next() - 0.5) * 0.2, positive: true, weight: 1 / 40 });
    for (let i = 0; i < 30; i++) out.push({ tag, cosine: next() * 0.2, positive: false, weight: 0.9 / 40 });
  });
  return out;
}

/** The fit written plainly, every probability computed afresh at each step (what calibration.ts does with a
 * shortcut: it keeps each sample's e^−z and rescales it when the intercept or an offset moves). */
function plainFit(data: readonly CalibrationSample[], tags: number) {
  const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
  const newton = (grad: number, hess: number) => Math.max(-5, Math.min(5, grad / Math.max(hess, 1e-9)));
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  let slope = 20;
  let intercept = -3;
  const offsets = new Float64Array(tags);
  const penalty = 0.1 / tags;
  const p = (s: CalibrationSample) => sigmoid(slope * s.cosine + intercept + (offsets[s.tag] as number));
  const y = (s: CalibrationSample) => (s.positive ? 1 : 0);
  for (let pass = 0; pass < 20; pass++) {
    let grad = 1e-4 * (slope - 20);
    let hess = 1e-4;
    for (const s of data) {
      grad += s.weight * (p(s) - y(s)) * s.cosine;
      hess += s.weight * p(s) * (1 - p(s)) * s.cosine ** 2;
    }
    slope = clamp(slope - newton(grad, hess), 4, 40);
    grad = 1e-4 * (intercept + 3);
    hess = 1e-4;
    for (const s of data) {
      grad += s.weight * (p(s) - y(s));
      hess += s.weight * p(s) * (1 - p(s));
    }
    intercept = clamp(intercept - newton(grad, hess), -8, 0);
    for (let t = 0; t < tags; t++) {
      grad = penalty * (offsets[t] as number);
      hess = penalty;
      for (const s of data.filter((s) => s.tag === t)) {
        grad += s.weight * (p(s) - y(s));
        hess += s.weight * p(s) * (1 - p(s));
      }
      offsets[t] = clamp((offsets[t] as number) - newton(grad, hess), -3, 3);
    }
  }
  return { slope, intercept, offsets: [...offsets] };
}

describe('calibration', () => {
  it('keeps the defaults without both positives and negatives', () => {
    const onlyPositives = samples().filter((s) => s.positive);
    expect(fitCalibration(onlyPositives, 3)).toEqual({ slope: 20, intercept: -3, offsets: new Float64Array(3) });
  });

  it('fits what plain coordinate Newton steps fit, to rounding', () => {
    const fit = fitCalibration(samples(), 3);
    const plain = plainFit(samples(), 3);
    expect(fit.slope).toBeCloseTo(plain.slope, 9);
    expect(fit.intercept).toBeCloseTo(plain.intercept, 9);
    for (const [t, offset] of fit.offsets.entries()) expect(offset).toBeCloseTo(plain.offsets[t] as number, 9);
  });

  it('raises the threshold of a narrow tag and lowers that of a broad one', () => {
    const fit = fitCalibration(samples(), 3);
    const [broad, narrow, middle] = fit.offsets as unknown as [number, number, number];
    expect(broad).toBeGreaterThan(middle);
    expect(middle).toBeGreaterThan(narrow);
    // At the same cosine the broad tag is the more likely one.
    expect(probability(fit, 0, 0.25)).toBeGreaterThan(probability(fit, 1, 0.25));
  });

  it('gives confidences that grow with the cosine and are never certain', () => {
    const fit = fitCalibration(samples(), 3);
    const confidences = [0, 0.1, 0.2, 0.3, 0.5, 1].map((cosine) => probability(fit, 1, cosine));
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(Math.min(...confidences)).toBeGreaterThanOrEqual(0.01);
    expect(Math.max(...confidences)).toBeLessThanOrEqual(0.99);
  });
});
