// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 120 articles, 114 settled proposals (103 right)',
  bias: 1.03,
  weights: {
    body: -0.21,
    retold: 0.63,
    meetingWord: 0.53,
    meetingVerb: 0.27,
    photoOnly: 0.01,
    hearsay: 0.09,
    datedOnly: -0.34,
    dated: 0.85,
    sameDay: 0.19,
    recall: 0.08,
    monthOnly: 0.34,
    recorded: 0.25,
    newPerson: -0.43,
    crowd: -0.23,
    headline: 0.33,
    alsoPlanned: 0.25,
    planHeavy: 0.39,
  },
  acceptAt: 0.68,
  precisionAt: 0.903,
  reached: false,
};
