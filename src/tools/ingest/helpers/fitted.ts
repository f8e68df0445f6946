// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 149 articles, 135 settled proposals (122 right); penalty 2',
  bias: -0.07,
  weights: {
    body: 0.28,
    retold: 0.44,
    meetingWord: -0.02,
    meetingVerb: 0.8,
    photoOnly: 0.29,
    hearsay: 0.13,
    datedOnly: -0.6,
    dated: 1.12,
    sameDay: 0.37,
    recall: -0.05,
    monthOnly: 0.18,
    recorded: 0.69,
    newPerson: 0.34,
    crowd: -0.27,
    headline: 0.51,
    alsoPlanned: -0.38,
    planHeavy: 0.3,
  },
  acceptAt: 0.89,
  precisionAt: 0.95,
  reached: true,
};
