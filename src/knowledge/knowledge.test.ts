import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countryName, countryOf, findEntities, findItems, findRoles, isBroaderItem, itemAncestors, type EntityMention } from './index.js';
import { countries } from './countries.js';
import { SYSTEM_ORIGINS, WEAPON_SYSTEMS } from './items.js';
import { languagePack } from '../lang/index.js';

const fr = languagePack('fr');
const en = languagePack('en');

/** Mentions as [text, kind, canonical, country] for compact comparisons. */
function mentions(text: string, lang = fr): [string, string, string, string | null][] {
  return findEntities(text, null, lang).map((m) => [text.slice(m.start, m.end), m.kind, m.canonical, m.country]);
}

function only(text: string, lang = fr): EntityMention {
  const found = findEntities(text, null, lang);
  assert.equal(found.length, 1, `one mention in "${text}", got ${JSON.stringify(found)}`);
  return found[0];
}

test('countries come from Intl.DisplayNames, real countries only, with news short names', () => {
  const byCode = new Map(countries().map((c) => [c.code, c.name]));
  for (const code of ['EU', 'UN', 'EZ', 'QO', 'XA', 'XB', 'ZZ', 'SU', 'UK', 'BU']) assert.ok(!byCode.has(code), code);
  assert.equal(byCode.get('US'), 'United States');
  assert.equal(byCode.get('TR'), 'Turkey');
  assert.equal(byCode.get('MM'), 'Myanmar');
  assert.equal(byCode.get('CD'), 'DR Congo');
  assert.equal(byCode.get('KP'), 'North Korea');
  assert.equal(byCode.get('KN'), 'Saint Kitts and Nevis');
  assert.equal(byCode.get('XK'), 'Kosovo');
  assert.ok(byCode.size > 240);
});

test('countryName takes codes and names in any language', () => {
  assert.equal(countryName('IR'), 'Iran');
  assert.equal(countryName('gb'), 'United Kingdom');
  assert.equal(countryName('Türkiye'), 'Turkey');
  assert.equal(countryName('Turquie'), 'Turkey');
  assert.equal(countryName('États-Unis'), 'United States');
  assert.equal(countryName('Corée du Nord'), 'North Korea');
  assert.equal(countryName('Myanmar (Burma)'), 'Myanmar');
  assert.equal(countryName('Atlantis'), null);
});

test('countryOf resolves names, capitals, demonyms and institutions of every language, case rules included', () => {
  const cases: [string, string | null][] = [
    ['Téhéran', 'Iran'], ['Tehran', 'Iran'], ['Moscou', 'Russia'], ['Kiev', 'Ukraine'], ['Kyiv', 'Ukraine'], ['Kyïv', 'Ukraine'],
    ['Washington', 'United States'], ['Pyongyang', 'North Korea'], ['Pékin', 'China'], ['Londres', 'United Kingdom'],
    ['iranien', 'Iran'], ['iraniennes', 'Iran'], ['Iraniens', 'Iran'], ['russe', 'Russia'], ['nord-coréenne', 'North Korea'],
    ['américaines', 'United States'], ['turques', 'Turkey'], ['Iranian', 'Iran'], ['North Koreans', 'North Korea'],
    ['US', 'United States'], ['U.S.', 'United States'], ['us', null], ['Etats-Unis', 'United States'],
    ['Kremlin', 'Russia'], ['turkey', null], ['Atlantis', null],
  ];
  for (const [word, country] of cases) assert.equal(countryOf(word), country, word);
});

test('French text: names, capitals, demonyms and metonyms with exact offsets', () => {
  const text = "Téhéran et Moscou ont nié ; les drones iraniens visent Kyïv, selon Washington et les États-Unis.";
  assert.deepEqual(mentions(text), [
    ['Téhéran', 'capital', 'Iran', 'Iran'],
    ['Moscou', 'capital', 'Russia', 'Russia'],
    ['drones', 'item', 'drones', null],
    ['iraniens', 'demonym', 'Iran', 'Iran'],
    ['Kyïv', 'capital', 'Ukraine', 'Ukraine'],
    ['Washington', 'capital', 'United States', 'United States'],
    ['États-Unis', 'country', 'United States', 'United States'],
  ]);
});

test('English text: demonyms must be capitalised and short codes exact', () => {
  assert.deepEqual(mentions('Let us see: the US and Turkey, not a turkey; Iranian and North Korean officials.', en), [
    ['US', 'country', 'United States', 'United States'],
    ['Turkey', 'country', 'Turkey', 'Turkey'],
    ['Iranian', 'demonym', 'Iran', 'Iran'],
    ['North Korean officials', 'role', 'official', 'North Korea'],
  ]);
});

test('longest match wins: regions and media are not countries or capitals', () => {
  assert.deepEqual(mentions('Latin America and the Washington Post', en), [
    ['Latin America', 'region', 'Americas', null],
    ['Washington Post', 'institution', 'The Washington Post', null],
  ]);
  assert.equal(only('les pays occidentaux').canonical, 'West');
  assert.equal(only('the West', en).kind, 'bloc');
});

test('named institutions, and generic ones built from a demonym', () => {
  const cases: [string, string, string | null][] = [
    ['la Maison Blanche', 'White House', 'United States'],
    ['le Kremlin', 'Kremlin', 'Russia'],
    ['le Pentagone', 'Pentagon', 'United States'],
    ["le département d'État", 'State Department', 'United States'],
    ["l'armée américaine", 'Armed Forces', 'United States'],
    ['le ministère russe de la Défense', 'Ministry of Defence', 'Russia'],
    ['le ministère de la Défense russe', 'Ministry of Defence', 'Russia'],
    ['les forces armées ukrainiennes', 'Armed Forces', 'Ukraine'],
    ['le renseignement américain', 'Intelligence services', 'United States'],
    // « Les services » of a country, with no more said, are its intelligence services.
    ['les services sud-coréens', 'Intelligence services', 'South Korea'],
    ['les Gardiens de la révolution', 'IRGC', 'Iran'],
    ["l'ONU", 'United Nations', null],
    ["l'OTAN", 'NATO', null],
    ['le Conseil de sécurité nationale', 'National Security Council', null],
    ['le Conseil de sécurité nationale de la Maison Blanche', 'National Security Council', 'United States'],
    ["l'administration Biden", 'Biden administration', null],
  ];
  for (const [text, canonical, country] of cases) {
    const mention = only(text);
    assert.equal(mention.kind, 'institution', text);
    assert.deepEqual([mention.canonical, mention.country], [canonical, country], text);
  }
  const english: [string, string, string | null][] = [
    ['the State Department', 'State Department', 'United States'],
    ['the U.S. Army', 'US Army', 'United States'],
    ['the US military', 'Armed Forces', 'United States'],
    ["Russia's defence ministry", 'Ministry of Defence', 'Russia'],
    ['the IRGC', 'IRGC', 'Iran'],
    ['the Biden administration', 'Biden administration', null],
    ['the United Nations', 'United Nations', null],
  ];
  for (const [text, canonical, country] of english) {
    const mention = only(text, en);
    assert.deepEqual([mention.kind, mention.canonical, mention.country], ['institution', canonical, country], text);
  }
});

test('generic military and government words need a country', () => {
  assert.deepEqual(mentions("l'armée a tiré ; les forces ont reculé"), []);
  assert.deepEqual(mentions('the army and the government', en), []);
});

test('items: system names in any spelling, the most specific class of a phrase', () => {
  const cases: [string, string, string][] = [
    ['Shahed-136', 'drones', 'Shahed-136'], ['Shahed 136', 'drones', 'Shahed-136'], ['Geran-2', 'drones', 'Geran-2'],
    ['Su-35', 'fighter jets', 'Su-35'], ['SU-35', 'fighter jets', 'Su-35'], ['Su 35', 'fighter jets', 'Su-35'],
    ['Yak-130', 'trainer aircraft', 'Yak-130'], ['Fath-360', 'ballistic missiles', 'Fath-360'],
    ['KN-23', 'ballistic missiles', 'KN-23'], ['Bayraktar', 'drones', 'Bayraktar'], ['S-400', 'air defence', 'S-400'],
    ['missiles balistiques', 'ballistic missiles', 'ballistic missiles'], ['avions de chasse', 'fighter jets', 'fighter jets'],
    ['drones kamikazes', 'drones', 'drones'], ['véhicules aériens sans pilote', 'drones', 'drones'],
    ['hélicoptères', 'helicopters', 'helicopters'], ["avions d’entraînement", 'trainer aircraft', 'trainer aircraft'],
    ['matériel militaire', 'military equipment', 'military equipment'], ["livraisons d'armes", 'weapons', 'weapons'],
    ['formateurs', 'personnel', 'personnel'], ['technologies', 'technology', 'technology'],
    ['obus', 'ammunition', 'ammunition'], ['systèmes de défense antiaérienne', 'air defence', 'air defence'],
  ];
  for (const [text, item, canonical] of cases) {
    const mention = only(text);
    assert.deepEqual([mention.kind, mention.item, mention.canonical], ['item', item, canonical], text);
  }
  assert.equal(only('kamikaze drones', en).item, 'drones');
  assert.equal(only('ballistic missiles', en).item, 'ballistic missiles');
  assert.deepEqual(mentions('kn-23 et su-35'), [], 'acronyms and capitalised names keep their case');
});

test('a weapon system made in one country only carries its origin; the country itself is no mention of that country', () => {
  assert.deepEqual([only('KN-23').origin, only('Shahed-136').origin, only('HIMARS', en).origin], ['North Korea', 'Iran', 'United States']);
  assert.equal(only('KN-23').country, null);
  assert.equal(only('Geran-2').origin, undefined, 'a copy built elsewhere has no single origin');
  const systems = new Set(Object.values(WEAPON_SYSTEMS).flat());
  for (const name of Object.values(SYSTEM_ORIGINS).flat()) assert.ok(systems.has(name), `${name} is a listed weapon system`);
});

test('findItems gives the most specific item of a span and its mentions', () => {
  const text = "des armes, notamment des drones Shahed et des missiles balistiques";
  const { item, mentions: found } = findItems(text, null, fr);
  assert.equal(item, 'ballistic missiles');
  assert.deepEqual(found.map((m) => text.slice(m.start, m.end)), ['armes', 'drones', 'Shahed', 'missiles balistiques']);
  assert.deepEqual(findItems('rien ici', null, fr), { item: null, mentions: [] });
});

test('item hierarchy', () => {
  assert.deepEqual(itemAncestors('ballistic missiles'), ['missiles', 'weapons']);
  assert.deepEqual(itemAncestors('fighter jets'), ['military equipment', 'weapons']);
  assert.deepEqual(itemAncestors('personnel'), []);
  assert.ok(isBroaderItem('weapons', 'drones'));
  assert.ok(!isBroaderItem('drones', 'drones'));
  assert.ok(!isBroaderItem('missiles', 'drones'));
});

test('roles: span, English role and the country they imply', () => {
  const text = 'Le porte-parole du Pentagone, le général de brigade Patrick Ryder, a parlé.';
  const roles = findRoles(text, null, fr);
  assert.deepEqual(roles.map((r) => [text.slice(r.start, r.end), r.role, r.country, r.institution ?? null]), [
    ['porte-parole du Pentagone', 'spokesperson', 'United States', 'Pentagon'],
    ['général de brigade', 'brigadier general', null, null],
  ]);
  const minister = 'Hossein Amirabdollahian, ministre iranien des Affaires étrangères, a démenti.';
  assert.deepEqual(findRoles(minister, null, fr).map((r) => [minister.slice(r.start, r.end), r.role, r.country]), [
    ['ministre iranien des Affaires étrangères', 'foreign minister', 'Iran'],
  ]);
  const cases: [string, string, string | null, typeof fr][] = [
    ['Secretary of State Antony Blinken', 'secretary of state', 'United States', en],
    ["le secrétaire d'État américain", 'secretary of state', 'United States', fr],
    ['White House press secretary', 'press secretary', 'United States', en],
    ["Iran's foreign minister", 'foreign minister', 'Iran', en],
    ["l'ambassadeur russe à l'ONU", 'ambassador', 'Russia', fr],
    ['le conseiller du président ukrainien', 'presidential adviser', 'Ukraine', fr],
    ['le porte-parole du ministère russe des Affaires étrangères', 'spokesperson', 'Russia', fr],
    ['the representative of France', 'representative', 'France', en],
    ['les responsables américains', 'official', 'United States', fr],
    ['Brig. Gen. Pat Ryder', 'brigadier general', null, en],
    ['a vice director at the Iranian Foreign Ministry', 'director', 'Iran', en],
    ['deputy director-general of the Iranian Foreign Ministry', 'director', 'Iran', en],
    ['deputy head of the Iranian Foreign Ministry', 'head', 'Iran', en],
    ['le directeur adjoint du ministère iranien des Affaires étrangères', 'director', 'Iran', fr],
    ['la sous-directrice au ministère russe de la Défense', 'director', 'Russia', fr],
    ["China's commerce ministry spokesperson", 'spokesperson', 'China', en],
    ['le porte-parole du ministère chinois du Commerce', 'spokesperson', 'China', fr],
    ['le porte-parole du ministère chinois de la Santé', 'spokesperson', 'China', fr],
  ];
  for (const [text, role, country, lang] of cases) {
    const [found] = findRoles(text, null, lang);
    assert.deepEqual([found?.role, found?.country], [role, country], text);
  }
});

test('a role owned by a demonym wins over a longer owner that ends inside it: "Ukrainian military intelligence chief"', () => {
  const chief = only('Ukrainian military intelligence chief', en);
  assert.deepEqual([chief.kind, chief.role, chief.country], ['role', 'intelligence chief', 'Ukraine']);
  assert.deepEqual(mentions('Ukrainian military intelligence said', en), [['Ukrainian military intelligence', 'institution', 'Military intelligence', 'Ukraine']]);
});

test('words that are roles only in context', () => {
  assert.deepEqual(findRoles('pour aider à conseiller les troupes ; en général, le quartier général', null, fr), []);
  assert.deepEqual(findRoles('the general public', null, en), []);
});

test('offsets point into the original text, typographic apostrophes and a sub-span included', () => {
  const text = "Selon lui, l’armée américaine a vu des drones d’attaque.";
  const sentence = { start: 11, end: text.length };
  const found = findEntities(text, sentence, fr);
  assert.deepEqual(found.map((m) => text.slice(m.start, m.end)), ['armée américaine', 'drones d’attaque']);
  assert.ok(found.every((m) => m.start >= sentence.start && m.end <= sentence.end));
});

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

test('seed articles: mentions are ordered, disjoint, and trimmed to words', { skip: !existsSync(seeds) && 'no ../shared/seeds folder' }, () => {
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) {
    const text = readFileSync(seeds + name, 'utf8');
    const found = findEntities(text, null, fr);
    assert.ok(found.length > 20, name);
    for (let i = 0; i < found.length; i++) {
      const { start, end } = found[i];
      assert.ok(start < end && (i === 0 || found[i - 1].end <= start), `${name}: overlap at ${start}`);
      assert.match(text.slice(start, end), /^[\p{L}\p{N}].*[\p{L}\p{N}.]$|^[\p{L}\p{N}]$/su, name);
    }
  }
});
