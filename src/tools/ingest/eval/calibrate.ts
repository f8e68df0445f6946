// Fitting the confidence (helpers/calibration.ts) on the development half: a logistic regression over the
// proposals' evidence, an accept line chosen on probabilities of events held out of the fit, and the table of
// precision per band that shows it.
import { confidenceFrom, sigmoid, type Calibration } from '../helpers/calibration';
import { EVIDENCE, LEANS, type Evidence, type Feature } from '../helpers/evidence';

export interface Sample {
  /** The news event: the held-out fits leave out one event at a time, as the corpus's split does. */
  event: string;
  evidence: Evidence;
  right: boolean;
}

const FEATURES = Object.keys(EVIDENCE) as Feature[];

/**
 * Logistic regression by gradient descent, L2-penalised (the corpus is small; every weight is shrunk to 0), each
 * weight kept on the side its evidence leans to (helpers/evidence.ts).
 */
export function fit(samples: Sample[], lambda = 2, rounds = 3000, rate = 0.5): Pick<Calibration, 'bias' | 'weights'> {
  // Proposals with the same evidence and the same truth pull the same way: each such group once, by its size.
  const groups = new Map<string, { x: number[]; y: number; count: number }>();
  for (const s of samples) {
    const x = FEATURES.map((f) => s.evidence[f]);
    const key = `${x.join('')}${s.right ? 1 : 0}`;
    const g = groups.get(key) ?? groups.set(key, { x, y: s.right ? 1 : 0, count: 0 }).get(key)!;
    g.count += 1;
  }
  const list = [...groups.values()];
  const w = new Float64Array(FEATURES.length);
  const gw = new Float64Array(FEATURES.length);
  const leans = FEATURES.map((f) => LEANS[f]);
  let b = 0;
  const n = Math.max(1, samples.length);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < w.length; i++) gw[i] = (lambda * w[i]) / n;
    let gb = 0;
    for (const g of list) {
      let z = b;
      for (let i = 0; i < w.length; i++) z += w[i] * g.x[i];
      const e = ((sigmoid(z) - g.y) * g.count) / n;
      gb += e;
      for (let i = 0; i < w.length; i++) gw[i] += e * g.x[i];
    }
    b -= rate * gb;
    for (let i = 0; i < w.length; i++) {
      const lean = leans[i];
      w[i] = lean === 0 ? w[i] - rate * gw[i] : lean * Math.max(0, lean * (w[i] - rate * gw[i])) || 0;
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    bias: round(b),
    weights: Object.fromEntries(FEATURES.map((f, i) => [f, round(w[i])])) as Record<Feature, number>,
  };
}

/** Each sample's probability from a fit that did not see its event. */
export function heldOut(samples: Sample[], lambda?: number): number[] {
  const out = samples.map(() => 0);
  for (const event of new Set(samples.map((s) => s.event))) {
    const model = fit(
      samples.filter((s) => s.event !== event),
      lambda,
    );
    samples.forEach((s, i) => {
      if (s.event === event) out[i] = confidenceFrom(s.evidence, model);
    });
  }
  return out;
}

/**
 * The penalty that predicts held-out events best (mean log-loss of their proposals): on a corpus this small a weak
 * penalty fits the noise, and the weights swing from one fit to the next.
 */
export function choosePenalty(samples: Sample[], grid = [0.5, 1, 2, 4, 8, 16, 32]) {
  const scored = grid.map((lambda) => {
    const p = heldOut(samples, lambda);
    const loss =
      samples.reduce((s, x, i) => s - Math.log(Math.min(1 - 1e-6, Math.max(1e-6, x.right ? p[i] : 1 - p[i]))), 0) /
      Math.max(1, samples.length);
    return { lambda, loss: Math.round(loss * 1000) / 1000, probabilities: p };
  });
  return { best: [...scored].sort((a, b) => a.loss - b.loss || b.lambda - a.lambda)[0], scored };
}

export interface Line {
  at: number;
  precision: number;
  /** Share of the right proposals at or above the line. */
  recall: number;
  accepted: number;
  /** Whether the line reaches the target precision; when none does, it is the line of best F0.5. */
  reached: boolean;
}

/**
 * The lowest line at which the proposals at or above it are right at least `target` of the time, and so are those
 * just above it (within `band` of the line: accept only bands that are right that often, not a weak band carried by
 * strong ones), keeping at least half of the right ones (a line that turns most real meetings down is no assistant).
 * Where no line does, the line
 * of best F0.5 (precision counted twice as much as recall: a false meeting costs the archive more than a missed one
 * costs the editor), so that a confidence that separates little takes little away.
 */
export function acceptLine(probabilities: number[], samples: Sample[], target = 0.95, least = 5, band = 0.1): Line {
  const all = samples.filter((s) => s.right).length;
  const lines = [...new Set(probabilities.map((p) => Math.round(p * 100) / 100))].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const at = lines.map((line) => {
    const above = samples.filter((_, i) => probabilities[i] >= line - 1e-9);
    const right = above.filter((s) => s.right).length;
    const precision = above.length ? right / above.length : 1;
    const recall = all ? right / all : 1;
    const f = precision + recall ? (1.25 * precision * recall) / (0.25 * precision + recall) : 0;
    const near = samples.filter((_, i) => probabilities[i] >= line - 1e-9 && probabilities[i] < line + band);
    const nearPrecision = near.length ? near.filter((s) => s.right).length / near.length : 1;
    return { at: line, precision, recall, accepted: above.length, f, nearPrecision };
  });
  const reached = at.find(
    (l) => l.accepted >= least && l.precision >= target && l.nearPrecision >= target && l.recall >= 0.5,
  );
  const best = reached ?? [...at].sort((a, b) => b.f - a.f || a.at - b.at)[0];
  if (!best) return { at: 0, precision: 1, recall: 1, accepted: 0, reached: false };
  return {
    at: best.at,
    precision: round(best.precision),
    recall: round(best.recall),
    accepted: best.accepted,
    reached: !!reached,
  };
}
