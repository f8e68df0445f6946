// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 183 articles, 174 settled proposals (152 right); penalty 1',
  bias: -1.84,
  weights: {
    body: 0.38,
    retold: 0.53,
    meetingWord: 0.22,
    meetingVerb: 1.3,
    photoOnly: 0.75,
    hearsay: -0.59,
    datedOnly: -0.85,
    dated: 1.68,
    sameDay: 0.65,
    recall: 0.03,
    monthOnly: 0.33,
    recorded: 1.41,
    newPerson: 0.77,
    crowd: -0.48,
    headline: 0.32,
    alsoPlanned: -0.01,
    planHeavy: 0.4,
  },
  acceptAt: 0.85,
  precisionAt: 0.955,
  reached: true,
};
