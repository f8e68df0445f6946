// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 120 articles, 110 settled proposals (103 right)',
  bias: 1.57,
  weights: {
    body: -0.06,
    retold: 0.4,
    meetingWord: 0.13,
    meetingVerb: 0.4,
    photoOnly: 0.19,
    hearsay: 0.06,
    datedOnly: -0.38,
    dated: 0.86,
    sameDay: 0.13,
    recall: -0.06,
    monthOnly: 0.26,
    recorded: 0.43,
    newPerson: -0.32,
    crowd: -0.31,
    headline: 0.31,
    alsoPlanned: 0.19,
    planHeavy: 0.31,
  },
  acceptAt: 0.93,
  precisionAt: 0.959,
  reached: true,
};
