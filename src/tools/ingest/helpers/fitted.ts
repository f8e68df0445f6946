// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 208 articles, 211 settled proposals (188 right); penalty 1',
  bias: -0.81,
  weights: {
    body: 0.45,
    retold: 0.72,
    meetingWord: -0.53,
    meetingVerb: 1.57,
    photoOnly: 0.84,
    hearsay: -0.37,
    datedOnly: -1.11,
    dated: 1.72,
    sameDay: 0.64,
    recall: 0.07,
    monthOnly: 0.66,
    recorded: 1.13,
    newPerson: -0.15,
    crowd: -0.36,
    headline: -0.05,
    alsoPlanned: -0.58,
    planHeavy: 0.69,
  },
  acceptAt: 0.84,
  precisionAt: 0.959,
  reached: true,
};
