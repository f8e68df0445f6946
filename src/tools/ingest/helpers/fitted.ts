// Written by `npm run ingest:calibrate` (scripts/ingest-calibrate.ts): the confidence model fitted on the real
// corpus's development half. Do not edit by hand; fit again.
export const FITTED = {
  fitted: 'development half of the real corpus: 825 articles, 743 settled proposals (682 right); penalty 1',
  bias: -0.54,
  weights: {
    body: 0.61,
    retold: 0.58,
    meetingWord: 0,
    meetingVerb: 0.48,
    photoOnly: 0.41,
    hearsay: -0.91,
    datedOnly: -1.93,
    dated: 2.39,
    sameDay: 0.63,
    recall: 0.46,
    monthOnly: 0.29,
    recorded: 1.59,
    newPerson: -0.25,
    crowd: -0.09,
    headline: 0.21,
    alsoPlanned: -0.21,
    planHeavy: -0.55,
  },
  acceptAt: 0.87,
  precisionAt: 0.981,
  reached: true,
};
