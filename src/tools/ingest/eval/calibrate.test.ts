// Fitting the confidence and choosing the accept line: pure functions over made-up samples.
import { describe, expect, it } from 'vitest';
import { EVIDENCE, type Evidence, type Feature } from '../helpers/evidence';
import { confidenceFrom } from '../helpers/calibration';
import { acceptLine, fit, heldOut, type Sample } from './calibrate';

const none = () => Object.fromEntries(Object.keys(EVIDENCE).map((f) => [f, 0])) as Evidence;
const sample = (event: string, right: boolean, on: Feature[]): Sample => ({
  event,
  right,
  evidence: { ...none(), ...Object.fromEntries(on.map((f) => [f, 1])) },
});

describe('calibration', () => {
  // Dated, verb-of-meeting reports are right; crowds told only in a photo are wrong.
  const samples = [
    ...Array.from({ length: 12 }, (_, i) => sample(`e${i % 6}`, true, ['dated', 'meetingVerb'])),
    ...Array.from({ length: 6 }, (_, i) => sample(`e${i % 6}`, false, ['crowd', 'photoOnly'])),
    sample('e0', true, ['crowd', 'photoOnly']),
  ];

  it('weighs evidence for and against a real meeting', () => {
    const model = fit(samples);
    expect(model.weights.dated).toBeGreaterThan(0);
    expect(model.weights.crowd).toBeLessThan(0);
    const strong = confidenceFrom(sample('x', true, ['dated', 'meetingVerb']).evidence, model);
    const weak = confidenceFrom(sample('x', true, ['crowd', 'photoOnly']).evidence, model);
    expect(strong).toBeGreaterThan(weak);
  });

  it('keeps each weight on the side its evidence leans to, whatever the samples say', () => {
    // Every report named by a meeting word is wrong here: the fit may not count the word against a meeting.
    const odd = [
      ...Array.from({ length: 8 }, (_, i) => sample(`e${i}`, false, ['meetingWord'])),
      ...Array.from({ length: 8 }, (_, i) => sample(`e${i}`, true, ['hearsay', 'dated'])),
    ];
    const model = fit(odd);
    expect(model.weights.meetingWord).toBe(0);
    expect(model.weights.hearsay).toBe(0);
    expect(model.weights.dated).toBeGreaterThan(0);
  });

  it('sets the line where held-out proposals are right 95% of the time, else at the best F0.5', () => {
    const held = heldOut(samples);
    const line = acceptLine(held, samples);
    expect(line.reached).toBe(true);
    expect(line.precision).toBeGreaterThanOrEqual(0.95);
    // A confidence that tells nothing apart: no line reaches 0.95, and the line takes little away.
    const flat = samples.map(() => 0.8);
    expect(acceptLine(flat, samples)).toMatchObject({ reached: false, at: 0.8, recall: 1 });
    // A weak band carried by strong ones above it is not accepted: the line rises past it.
    const right = (n: number, p: number) => Array.from({ length: n }, () => ({ p, s: sample('e', true, []) }));
    const wrong = (n: number, p: number) => Array.from({ length: n }, () => ({ p, s: sample('e', false, []) }));
    const mixed = [...right(3, 0.75), ...wrong(2, 0.75), ...right(40, 0.97)];
    const weak = acceptLine(
      mixed.map((m) => m.p),
      mixed.map((m) => m.s),
    );
    expect(weak).toMatchObject({ reached: true, at: 0.97 });
  });
});
