// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 613 articles, 559 settled proposals (510 right); penalty 0.5',
  bias: -0.74,
  weights: {
    body: 0.31,
    retold: 0.63,
    meetingWord: 0,
    meetingVerb: 0.75,
    photoOnly: 0.69,
    hearsay: -1.7,
    datedOnly: -2.03,
    dated: 2.24,
    sameDay: 0.96,
    recall: 1.37,
    monthOnly: -0.15,
    recorded: 2.11,
    newPerson: -0.26,
    crowd: -0.49,
    headline: 0,
    alsoPlanned: 0,
    planHeavy: -0.39,
  },
  acceptAt: 0.88,
  precisionAt: 0.975,
  reached: true,
};
