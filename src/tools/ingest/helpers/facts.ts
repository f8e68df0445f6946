// Facts an article states about a meeting (how long, from when, in which district, under which name), read the
// same way from the new article and from the sources already recorded, so that where they differ both are kept.
import { findTime } from '../korean/dates';
import type { StatedFact } from '../pipeline/types';

const FIELDS = {
  duration: { ko: '회동 시간', en: 'Duration' },
  start: { ko: '시작 시각', en: 'Start time' },
  district: { ko: '장소 (구)', en: 'District' },
  name: { ko: '행사 이름', en: 'Name of the event' },
};

const DURATION = /(\d+\s*시간(?:\s*\d+\s*분)?|\d+\s*분)\s*(?:여\s*)?(가량|간|쯤|정도|동안|여)?/;
const DISTRICT = /서울\s+([가-힣]{1,4}구)/;
const NAMED =
  /(워크숍|세미나|간담회|미디어\s?데이|포럼|콘퍼런스|컨퍼런스)\s*['‘]([^'’]{2,30})['’]|['‘]([^'’]{2,30})['’]\s*(행사|워크숍|세미나)/;

export function factsIn(text: string): StatedFact[] {
  const out: StatedFact[] = [];
  const d = DURATION.exec(text);
  if (d && /진행|회동|면담|만남|오찬|만찬|회담|동안|가량|간/.test(text))
    out.push({ field: FIELDS.duration, value: d[1].replace(/\s+/g, ''), quote: d[0].trim() });
  const t = findTime(text);
  if (t?.time) out.push({ field: FIELDS.start, value: t.time, quote: t.cue });
  const s = DISTRICT.exec(text);
  if (s) out.push({ field: FIELDS.district, value: s[1], quote: s[0] });
  const n = NAMED.exec(text);
  if (n) {
    const name = n[2] ?? n[3];
    out.push({ field: FIELDS.name, value: name.replace(/\s+/g, ''), quote: n[0] });
  }
  return out;
}
