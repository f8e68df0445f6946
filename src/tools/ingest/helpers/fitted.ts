// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 208 articles, 205 settled proposals (182 right); penalty 2',
  bias: -0.29,
  weights: {
    body: 0.23,
    retold: 0.67,
    meetingWord: -0.3,
    meetingVerb: 1.25,
    photoOnly: 0.48,
    hearsay: -0.24,
    datedOnly: -0.8,
    dated: 1.23,
    sameDay: 0.38,
    recall: 0.09,
    monthOnly: 0.35,
    recorded: 0.83,
    newPerson: 0.06,
    crowd: -0.23,
    headline: 0.29,
    alsoPlanned: 0.05,
    planHeavy: 0.36,
  },
  acceptAt: 0.83,
  precisionAt: 0.952,
  reached: true,
};
