// Turns a tag's cosine into a probability: p = σ(A·cos + B + d_tag). A and B are shared by all tags, d_tag
// moves one tag's threshold: a broad tag ("materials") has low cosines even for its own papers, a narrow
// one ("superconductivity") high ones, and the raw cosine would favour the narrow one. Fitted by weighted
// logistic regression on leave-one-out cosines of each tag's papers (positives) and of the others
// (negatives), weighted so that each tag counts with its real share of papers; cyclic coordinate Newton,
// at most PASSES passes, bounded parameters.

export interface CalibrationSample {
  tag: number;
  cosine: number;
  positive: boolean;
  weight: number;
}

export interface Calibration {
  slope: number;
  intercept: number;
  offsets: Float64Array;
}

/** Where the fit starts and what it falls back to with too little data (from the evaluation's fits). */
export const DEFAULT_SLOPE = 20;
export const DEFAULT_INTERCEPT = -3;
/** Where the fit may go: a handful of papers can be separated perfectly, which would send the slope to
 * infinity and every confidence to 0 or 1. Also no suggestion is ever certain. */
const SLOPE = [4, 40] as const;
const INTERCEPT = [-8, 0] as const;
const OFFSET = [-3, 3] as const;
const CONFIDENCE = [0.01, 0.99] as const;
const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));
/** Pull of each tag's offset towards zero, and a weak pull of slope and intercept to their defaults. */
const OFFSET_PENALTY = 0.1;
const SHARED_PENALTY = 1e-4;
const PASSES = 20;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function fitCalibration(samples: readonly CalibrationSample[], tags: number): Calibration {
  const fit: Calibration = { slope: DEFAULT_SLOPE, intercept: DEFAULT_INTERCEPT, offsets: new Float64Array(tags) };
  if (!samples.some((s) => s.positive) || !samples.some((s) => !s.positive)) return fit;
  const byTag: CalibrationSample[][] = Array.from({ length: tags }, () => []);
  for (const s of samples) byTag[s.tag]?.push(s);
  const z = (s: CalibrationSample) => fit.slope * s.cosine + fit.intercept + (fit.offsets[s.tag] as number);
  /** One Newton step on a parameter whose derivative of z is `dz`, with a penalty around `center`. */
  const step = (value: number, dz: (s: CalibrationSample) => number, only: number, penalty: number, center: number) => {
    let grad = penalty * (value - center);
    let hess = penalty;
    for (const s of only >= 0 ? (byTag[only] ?? []) : samples) {
      const d = dz(s);
      if (d === 0) continue;
      const p = sigmoid(z(s));
      grad += s.weight * (p - (s.positive ? 1 : 0)) * d;
      hess += s.weight * p * (1 - p) * d * d;
    }
    return value - Math.max(-5, Math.min(5, grad / Math.max(hess, 1e-9)));
  };
  const penalty = OFFSET_PENALTY / Math.max(1, tags);
  for (let pass = 0; pass < PASSES; pass++) {
    const before = [fit.slope, fit.intercept, ...fit.offsets];
    fit.slope = clamp(
      step(fit.slope, (s) => s.cosine, -1, SHARED_PENALTY, DEFAULT_SLOPE),
      SLOPE,
    );
    fit.intercept = clamp(
      step(fit.intercept, () => 1, -1, SHARED_PENALTY, DEFAULT_INTERCEPT),
      INTERCEPT,
    );
    for (let t = 0; t < tags; t++)
      fit.offsets[t] = clamp(
        step(fit.offsets[t] as number, () => 1, t, penalty, 0),
        OFFSET,
      );
    const after = [fit.slope, fit.intercept, ...fit.offsets];
    if (after.every((value, i) => Math.abs(value - (before[i] as number)) < 1e-6)) break;
  }
  return fit;
}

export function probability(fit: Calibration, tag: number, cosine: number): number {
  return clamp(sigmoid(fit.slope * cosine + fit.intercept + (fit.offsets[tag] ?? 0)), CONFIDENCE);
}
