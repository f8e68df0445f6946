// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 232 articles, 235 settled proposals (211 right); penalty 1',
  bias: -0.44,
  weights: {
    body: 0.36,
    retold: 0.7,
    meetingWord: -0.76,
    meetingVerb: 1.78,
    photoOnly: 0.72,
    hearsay: -0.52,
    datedOnly: -1.09,
    dated: 1.91,
    sameDay: 0.69,
    recall: 0.2,
    monthOnly: 0.59,
    recorded: 0.97,
    newPerson: -0.42,
    crowd: -0.49,
    headline: -0.55,
    alsoPlanned: -0.57,
    planHeavy: 0.7,
  },
  acceptAt: 0.81,
  precisionAt: 0.954,
  reached: true,
};
