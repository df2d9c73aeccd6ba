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

/** Samples as columns (the fit reads each of them some sixty times), and each tag's samples in order. */
interface Columns {
  cosine: Float64Array;
  weight: Float64Array;
  /** 1 for a positive, 0 for a negative. */
  label: Float64Array;
  tag: Int32Array;
  byTag: Int32Array[];
}

function columns(samples: readonly CalibrationSample[], tags: number): Columns {
  const n = samples.length;
  const cols = {
    cosine: new Float64Array(n),
    weight: new Float64Array(n),
    label: new Float64Array(n),
    tag: new Int32Array(n),
  };
  const byTag: number[][] = Array.from({ length: tags }, () => []);
  samples.forEach((s, i) => {
    cols.cosine[i] = s.cosine;
    cols.weight[i] = s.weight;
    cols.label[i] = s.positive ? 1 : 0;
    cols.tag[i] = s.tag;
    byTag[s.tag]?.push(i);
  });
  return { ...cols, byTag: byTag.map((list) => Int32Array.from(list)) };
}

/** Newton step size, bounded. */
const newton = (grad: number, hess: number) => Math.max(-5, Math.min(5, grad / Math.max(hess, 1e-9)));

export function fitCalibration(samples: readonly CalibrationSample[], tags: number): Calibration {
  const fit: Calibration = { slope: DEFAULT_SLOPE, intercept: DEFAULT_INTERCEPT, offsets: new Float64Array(tags) };
  if (!samples.some((s) => s.positive) || !samples.some((s) => !s.positive)) return fit;
  const { cosine, weight, label, tag, byTag } = columns(samples, tags);
  const offsets = fit.offsets;
  // One Newton step per parameter in turn, each with a penalty around its default. The loops below are one
  // step written out per parameter (∂z/∂slope = cosine, ∂z/∂intercept = ∂z/∂offset = 1), in sample order.
  // Each sample's e^−z is kept (p = 1 / (1 + e^−z)): a step of the intercept or of an offset moves z by the
  // same amount for every sample it touches, so it rescales e^−z (one factor per tag, applied when next
  // read) instead of calling exp again; only the slope's step, different for every cosine, needs a fresh
  // exp. One exp per sample a pass instead of three: most of the fit's cost.
  const penalty = OFFSET_PENALTY / Math.max(1, tags);
  const before = new Float64Array(tags + 2);
  const expMinusZ = new Float64Array(cosine.length);
  const factor = new Float64Array(tags);
  for (let i = 0; i < cosine.length; i++) expMinusZ[i] = Math.exp(-(fit.slope * (cosine[i] as number) + fit.intercept));
  factor.fill(1);
  for (let pass = 0; pass < PASSES; pass++) {
    before[0] = fit.slope;
    before[1] = fit.intercept;
    before.set(offsets, 2);
    let grad = SHARED_PENALTY * (fit.slope - DEFAULT_SLOPE);
    let hess = SHARED_PENALTY;
    for (let i = 0; i < cosine.length; i++) {
      const d = cosine[i] as number;
      if (d === 0) continue;
      const p = 1 / (1 + (expMinusZ[i] as number) * (factor[tag[i] as number] as number));
      grad += (weight[i] as number) * (p - (label[i] as number)) * d;
      hess += (weight[i] as number) * p * (1 - p) * d * d;
    }
    fit.slope = clamp(fit.slope - newton(grad, hess), SLOPE);
    grad = SHARED_PENALTY * (fit.intercept - DEFAULT_INTERCEPT);
    hess = SHARED_PENALTY;
    for (let i = 0; i < cosine.length; i++) {
      const e = Math.exp(-(fit.slope * (cosine[i] as number) + fit.intercept + (offsets[tag[i] as number] as number)));
      expMinusZ[i] = e;
      const p = 1 / (1 + e);
      grad += (weight[i] as number) * (p - (label[i] as number));
      hess += (weight[i] as number) * p * (1 - p);
    }
    const intercept = clamp(fit.intercept - newton(grad, hess), INTERCEPT);
    const shift = Math.exp(fit.intercept - intercept);
    fit.intercept = intercept;
    for (let t = 0; t < tags; t++) {
      const offset = offsets[t] as number;
      grad = penalty * offset;
      hess = penalty;
      for (const i of byTag[t] as Int32Array) {
        const p = 1 / (1 + (expMinusZ[i] as number) * shift);
        grad += (weight[i] as number) * (p - (label[i] as number));
        hess += (weight[i] as number) * p * (1 - p);
      }
      offsets[t] = clamp(offset - newton(grad, hess), OFFSET);
      factor[t] = shift * Math.exp(offset - (offsets[t] as number));
    }
    const still = (value: number, i: number) => Math.abs(value - (before[i] as number)) < 1e-6;
    if (still(fit.slope, 0) && still(fit.intercept, 1) && offsets.every((value, t) => still(value, t + 2))) break;
  }
  return fit;
}

export function probability(fit: Calibration, tag: number, cosine: number): number {
  return clamp(sigmoid(fit.slope * cosine + fit.intercept + (fit.offsets[tag] ?? 0)), CONFIDENCE);
}
