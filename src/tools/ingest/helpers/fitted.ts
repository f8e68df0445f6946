// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 526 articles, 476 settled proposals (424 right); penalty 1',
  bias: -0.68,
  weights: {
    body: 0.42,
    retold: 0.44,
    meetingWord: 0,
    meetingVerb: 0.73,
    photoOnly: 0.79,
    hearsay: -1.33,
    datedOnly: -1.08,
    dated: 2.14,
    sameDay: 0.59,
    recall: -0.21,
    monthOnly: 0.57,
    recorded: 1.65,
    newPerson: -0.29,
    crowd: -0.05,
    headline: 0,
    alsoPlanned: -0.44,
    planHeavy: -0.02,
  },
  acceptAt: 0.87,
  precisionAt: 0.97,
  reached: true,
};
