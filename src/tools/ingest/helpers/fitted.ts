// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 208 articles, 212 settled proposals (189 right); penalty 1',
  bias: -0.81,
  weights: {
    body: 0.45,
    retold: 0.73,
    meetingWord: -0.54,
    meetingVerb: 1.56,
    photoOnly: 0.83,
    hearsay: -0.38,
    datedOnly: -1.12,
    dated: 1.73,
    sameDay: 0.64,
    recall: 0.07,
    monthOnly: 0.66,
    recorded: 1.13,
    newPerson: -0.14,
    crowd: -0.34,
    headline: -0.06,
    alsoPlanned: -0.58,
    planHeavy: 0.7,
  },
  acceptAt: 0.84,
  precisionAt: 0.959,
  reached: true,
};
