// Fitting the confidence (helpers/calibration.ts) on the development half: a logistic regression over the
// proposals' evidence, an accept line chosen on probabilities of events held out of the fit, and the table of
// precision per band that shows it.
import { sigmoid, type Calibration } from '../helpers/calibration';
import { EVIDENCE, type Evidence, type Feature } from '../helpers/evidence';

export interface Sample {
  /** The news event: the held-out fits leave out one event at a time, as the corpus's split does. */
  event: string;
  evidence: Evidence;
  right: boolean;
}

const FEATURES = Object.keys(EVIDENCE) as Feature[];

/** Logistic regression by gradient descent, L2-penalised (the corpus is small; every weight is shrunk to 0). */
export function fit(samples: Sample[], lambda = 2, rounds = 3000, rate = 0.5): Pick<Calibration, 'bias' | 'weights'> {
  const w = FEATURES.map(() => 0);
  let b = 0;
  const n = Math.max(1, samples.length);
  for (let r = 0; r < rounds; r++) {
    const gw = w.map((x) => (lambda * x) / n);
    let gb = 0;
    for (const s of samples) {
      const p = sigmoid(b + FEATURES.reduce((x, f, i) => x + w[i] * s.evidence[f], 0));
      const e = p - (s.right ? 1 : 0);
      gb += e / n;
      FEATURES.forEach((f, i) => (gw[i] += (e * s.evidence[f]) / n));
    }
    b -= rate * gb;
    w.forEach((_, i) => (w[i] -= rate * gw[i]));
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    bias: round(b),
    weights: Object.fromEntries(FEATURES.map((f, i) => [f, round(w[i])])) as Record<Feature, number>,
  };
}

const predict = (m: Pick<Calibration, 'bias' | 'weights'>, e: Evidence) =>
  sigmoid(m.bias + FEATURES.reduce((x, f) => x + m.weights[f] * e[f], 0));

/** Each sample's probability from a fit that did not see its event. */
export function heldOut(samples: Sample[], lambda?: number): number[] {
  const out = samples.map(() => 0);
  for (const event of new Set(samples.map((s) => s.event))) {
    const model = fit(
      samples.filter((s) => s.event !== event),
      lambda,
    );
    samples.forEach((s, i) => {
      if (s.event === event) out[i] = predict(model, s.evidence);
    });
  }
  return out;
}

/** The lowest line at which the proposals at or above it are right at least `target` of the time. */
export function acceptLine(
  probabilities: number[],
  samples: Sample[],
  target = 0.95,
  least = 5,
): { at: number; precision: number; accepted: number } {
  const lines = [...new Set(probabilities.map((p) => Math.round(p * 100) / 100))].sort((a, b) => a - b);
  for (const at of lines) {
    const above = samples.filter((_, i) => probabilities[i] >= at - 1e-9);
    const right = above.filter((s) => s.right).length;
    if (above.length >= least && right / above.length >= target)
      return { at, precision: Math.round((right / above.length) * 1000) / 1000, accepted: above.length };
  }
  return { at: 1.01, precision: 1, accepted: 0 };
}
