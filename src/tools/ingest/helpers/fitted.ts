// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 183 articles, 175 settled proposals (153 right); penalty 1',
  bias: -1.74,
  weights: {
    body: 0.37,
    retold: 0.61,
    meetingWord: 0.17,
    meetingVerb: 1.23,
    photoOnly: 0.71,
    hearsay: -0.64,
    datedOnly: -0.87,
    dated: 1.62,
    sameDay: 0.66,
    recall: 0.03,
    monthOnly: 0.36,
    recorded: 1.41,
    newPerson: 0.79,
    crowd: -0.44,
    headline: 0.29,
    alsoPlanned: 0,
    planHeavy: 0.36,
  },
  acceptAt: 0.86,
  precisionAt: 0.962,
  reached: true,
};
