// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 1874 articles, 1427 settled proposals (1294 right); penalty 4',
  bias: -0.25,
  weights: {
    body: 0.14,
    retold: 0.51,
    meetingWord: 0.17,
    meetingVerb: 0,
    photoOnly: -0.02,
    hearsay: -0.24,
    datedOnly: -0.42,
    dated: 2,
    sameDay: 0.68,
    recall: -0.03,
    monthOnly: 0.46,
    recorded: 1.37,
    newPerson: 0.03,
    crowd: 0.11,
    headline: 0.08,
    alsoPlanned: -0.12,
    planHeavy: -0.02,
  },
  acceptAt: 0.87,
  precisionAt: 0.966,
  reached: true,
};
