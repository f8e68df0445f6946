// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 662 articles, 610 settled proposals (561 right); penalty 0.5',
  bias: -0.98,
  weights: {
    body: 0,
    retold: 0.56,
    meetingWord: 0,
    meetingVerb: 0.87,
    photoOnly: 1.25,
    hearsay: -1.82,
    datedOnly: -2.21,
    dated: 2.66,
    sameDay: 0.98,
    recall: 1.17,
    monthOnly: -0.2,
    recorded: 2.56,
    newPerson: 0.21,
    crowd: -0.35,
    headline: 0,
    alsoPlanned: -0.07,
    planHeavy: -0.3,
  },
  acceptAt: 0.87,
  precisionAt: 0.988,
  reached: true,
};
