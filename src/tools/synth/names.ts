// Name material for synthetic people and organisations: Korean syllables with their romanisation,
// and English names with their Korean transliteration.
import type { Rng } from './rng';

const SURNAMES: [string, string][] = [
  ['김', 'Kim'],
  ['이', 'Lee'],
  ['박', 'Park'],
  ['최', 'Choi'],
  ['정', 'Jung'],
  ['강', 'Kang'],
  ['조', 'Cho'],
  ['윤', 'Yoon'],
  ['장', 'Jang'],
  ['임', 'Lim'],
  ['한', 'Han'],
  ['오', 'Oh'],
  ['서', 'Seo'],
  ['신', 'Shin'],
  ['권', 'Kwon'],
  ['황', 'Hwang'],
  ['안', 'Ahn'],
  ['송', 'Song'],
  ['류', 'Ryu'],
  ['홍', 'Hong'],
];
const GIVEN: [string, string][] = [
  ['민', 'min'],
  ['준', 'jun'],
  ['서', 'seo'],
  ['연', 'yeon'],
  ['지', 'ji'],
  ['우', 'woo'],
  ['현', 'hyun'],
  ['수', 'su'],
  ['영', 'young'],
  ['호', 'ho'],
  ['진', 'jin'],
  ['태', 'tae'],
  ['원', 'won'],
  ['석', 'seok'],
  ['은', 'eun'],
  ['희', 'hee'],
  ['재', 'jae'],
  ['용', 'yong'],
  ['성', 'sung'],
  ['혜', 'hye'],
  ['동', 'dong'],
];
const EN_FIRST: [string, string][] = [
  ['James', '제임스'],
  ['Sarah', '세라'],
  ['David', '데이비드'],
  ['Emily', '에밀리'],
  ['Michael', '마이클'],
  ['Laura', '로라'],
  ['Daniel', '대니얼'],
  ['Anna', '애나'],
  ['Thomas', '토머스'],
  ['Grace', '그레이스'],
];
const EN_LAST: [string, string][] = [
  ['Smith', '스미스'],
  ['Brown', '브라운'],
  ['Miller', '밀러'],
  ['Wilson', '윌슨'],
  ['Taylor', '테일러'],
  ['Clark', '클라크'],
  ['Walker', '워커'],
  ['Young', '영'],
  ['Allen', '앨런'],
  ['Wright', '라이트'],
];

export interface PersonName {
  ko: string;
  en: string;
  slug: string;
}

export function personName(rng: Rng): PersonName {
  if (rng.next() < 0.15) {
    const [fe, fk] = rng.pick(EN_FIRST);
    const [le, lk] = rng.pick(EN_LAST);
    return { ko: `${fk} ${lk}`, en: `${fe} ${le}`, slug: `${fe}-${le}`.toLowerCase() };
  }
  const [sk, se] = rng.pick(SURNAMES);
  const [ak, ae] = rng.pick(GIVEN);
  const [bk, be] = rng.pick(GIVEN);
  const given = ae + be;
  return {
    ko: sk + ak + bk,
    en: `${given[0].toUpperCase()}${ae.slice(1)}-${be} ${se}`,
    slug: `${se}-${ae}-${be}`.toLowerCase(),
  };
}

const ORG_STEMS: [string, string][] = [
  ['한빛', 'Hanbit'],
  ['누리', 'Nuri'],
  ['미래', 'Mirae'],
  ['대한', 'Daehan'],
  ['새솔', 'Saesol'],
  ['가람', 'Garam'],
  ['하늘', 'Haneul'],
  ['동방', 'Dongbang'],
  ['세움', 'Seum'],
  ['바른', 'Bareun'],
  ['청운', 'Cheongun'],
  ['태평', 'Taepyeong'],
];
const ORG_KINDS: [string, string][] = [
  ['전자', 'Electronics'],
  ['반도체', 'Semiconductor'],
  ['통신', 'Telecom'],
  ['화학', 'Chemical'],
  ['증권', 'Securities'],
  ['바이오', 'Bio'],
  ['모빌리티', 'Mobility'],
  ['소프트', 'Soft'],
  ['에너지', 'Energy'],
  ['네트웍스', 'Networks'],
];

export function orgName(rng: Rng, group: boolean): PersonName {
  const [sk, se] = rng.pick(ORG_STEMS);
  if (group) return { ko: `${sk}그룹`, en: `${se} Group`, slug: `${se}-group`.toLowerCase() };
  const [kk, ke] = rng.pick(ORG_KINDS);
  return { ko: sk + kk, en: `${se} ${ke}`, slug: `${se}-${ke}`.toLowerCase() };
}

export const TITLES: [string, string][] = [
  ['회장', 'Chairman'],
  ['대표', 'CEO'],
  ['사장', 'President'],
  ['부사장', 'Executive Vice President'],
  ['전무', 'Senior Vice President'],
  ['상무', 'Vice President'],
  ['본부장', 'Head of Division'],
  ['팀장', 'Team Lead'],
];

export const TOPICS: [string, string][] = [
  ['인공지능 반도체 공급', 'AI chip supply'],
  ['데이터센터 구축', 'building data centres'],
  ['생성형 AI 서비스 협력', 'cooperation on generative AI services'],
  ['공동 연구', 'joint research'],
  ['투자 유치', 'investment'],
  ['인재 양성', 'training talent'],
  ['클라우드 인프라', 'cloud infrastructure'],
];

export const PLACES: [string, string][] = [
  ['서울 중구', 'Jung District, Seoul'],
  ['서울 강남구', 'Gangnam District, Seoul'],
  ['경기 성남시', 'Seongnam, Gyeonggi'],
  ['서울 여의도', 'Yeouido, Seoul'],
  ['부산 해운대구', 'Haeundae District, Busan'],
];
