// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 358 articles, 336 settled proposals (287 right); penalty 1',
  bias: -0.09,
  weights: {
    body: 0,
    retold: 0.71,
    meetingWord: -1.4,
    meetingVerb: 1.75,
    photoOnly: 0.61,
    hearsay: -0.53,
    datedOnly: -1.2,
    dated: 2.04,
    sameDay: 0.96,
    recall: 0.12,
    monthOnly: 1.13,
    recorded: 0.66,
    newPerson: -0.82,
    crowd: 0.05,
    headline: -0.35,
    alsoPlanned: -0.59,
    planHeavy: 0.1,
  },
  acceptAt: 0.85,
  precisionAt: 0.972,
  reached: true,
};
