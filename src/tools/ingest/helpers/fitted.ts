// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 554 articles, 505 settled proposals (455 right); penalty 0.5',
  bias: -0.95,
  weights: {
    body: 0.59,
    retold: 0.47,
    meetingWord: 0,
    meetingVerb: 0.47,
    photoOnly: 0.89,
    hearsay: -1.75,
    datedOnly: -1.81,
    dated: 2.48,
    sameDay: 0.87,
    recall: 0.78,
    monthOnly: 0.08,
    recorded: 2.19,
    newPerson: -0.34,
    crowd: -0.36,
    headline: 0,
    alsoPlanned: -0.09,
    planHeavy: 0,
  },
  acceptAt: 0.87,
  precisionAt: 0.975,
  reached: true,
};
