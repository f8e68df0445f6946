// The confidence of a proposal: a logistic model over its evidence (helpers/evidence.ts), fitted on the real
// corpus's development half by `npm run ingest:calibrate` (helpers/fitted.ts), which also sets the line above which a proposal is
// accepted by default (the lowest at which the development half's proposals were right 95% of the time, measured
// on events held out of the fit; where no line reaches that, the line of best F0.5).
import { FITTED } from './fitted';
import { EVIDENCE, type Evidence, type Feature } from './evidence';

export interface Calibration {
  /** What it was fitted on, for the reader of the file. */
  fitted: string;
  bias: number;
  weights: Record<Feature, number>;
  /** Proposals at least this sure are accepted by default. */
  acceptAt: number;
  /** Precision of the held-out proposals at that line, on the development half. */
  precisionAt: number;
  /** Whether that precision reaches 0.95; if not, the line is the one of best F0.5. */
  reached: boolean;
}

export const CALIBRATION: Calibration = FITTED;

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The model's probability that a proposal with this evidence reports a real meeting. */
export function confidenceFrom(evidence: Evidence, model: Pick<Calibration, 'bias' | 'weights'> = CALIBRATION): number {
  let x = model.bias;
  for (const f of Object.keys(EVIDENCE) as Feature[]) x += (model.weights[f] ?? 0) * evidence[f];
  return sigmoid(x);
}
