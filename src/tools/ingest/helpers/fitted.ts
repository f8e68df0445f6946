// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 442 articles, 405 settled proposals (360 right); penalty 1',
  bias: -0.53,
  weights: {
    body: 0.31,
    retold: 0.51,
    meetingWord: 0,
    meetingVerb: 0.81,
    photoOnly: 0.59,
    hearsay: -0.94,
    datedOnly: -1.58,
    dated: 1.88,
    sameDay: 0.73,
    recall: -0.08,
    monthOnly: 1,
    recorded: 1.31,
    newPerson: -0.52,
    crowd: 0.12,
    headline: 0,
    alsoPlanned: -0.62,
    planHeavy: 0,
  },
  acceptAt: 0.87,
  precisionAt: 0.965,
  reached: true,
};
