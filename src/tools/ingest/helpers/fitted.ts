// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 208 articles, 202 settled proposals (177 right); penalty 2',
  bias: -0.19,
  weights: {
    body: 0.23,
    retold: 0.37,
    meetingWord: -0.31,
    meetingVerb: 1.18,
    photoOnly: 0.46,
    hearsay: -0.37,
    datedOnly: -0.83,
    dated: 1.23,
    sameDay: 0.33,
    recall: 0.1,
    monthOnly: 0.32,
    recorded: 0.91,
    newPerson: 0.18,
    crowd: -0.28,
    headline: 0.16,
    alsoPlanned: 0.08,
    planHeavy: 0.04,
  },
  acceptAt: 0.82,
  precisionAt: 0.95,
  reached: true,
};
