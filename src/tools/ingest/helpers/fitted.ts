// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 232 articles, 236 settled proposals (211 right); penalty 1',
  bias: -0.45,
  weights: {
    body: 0.3,
    retold: 0.73,
    meetingWord: -0.95,
    meetingVerb: 2.01,
    photoOnly: 0.69,
    hearsay: -0.39,
    datedOnly: -1.01,
    dated: 1.96,
    sameDay: 0.6,
    recall: 0.24,
    monthOnly: 0.66,
    recorded: 0.97,
    newPerson: -0.37,
    crowd: -0.55,
    headline: -0.44,
    alsoPlanned: -0.8,
    planHeavy: 0.42,
  },
  acceptAt: 0.86,
  precisionAt: 0.978,
  reached: true,
};
