/**
 * Institutions known by name, any language: governments and their metonyms ("le Kremlin"),
 * ministries, armed forces, intelligence services, parliaments, international organisations,
 * state media and armed groups. Institutions named by generic words with a country ("le ministère
 * russe de la Défense", "US military") are patterns of the language packs.
 *
 * Aliases keep their natural capitalisation: capitalised words must be capitalised in the text,
 * and short acronyms ("UN", "EU", "NSC") match only in capitals.
 */
import type { EntityLexicon, InstitutionKind, InstitutionPattern } from '../lang/types.js';
import { firstCountry, firstSlot, ownedLayer, type Layer } from './layers.js';
import { isStatelessGroup } from './mention.js';

export interface Institution {
  /** English name ("White House", "Ministry of Defence"). */
  name: string;
  kind: InstitutionKind;
  /** Canonical country it belongs to, null for international bodies or when the name does not say. */
  country: string | null;
  aliases: readonly string[];
}

const us = 'United States';

export const INSTITUTIONS: readonly Institution[] = [
  // United States
  { name: 'White House', kind: 'government', country: us, aliases: ['White House', 'Maison Blanche', 'Maison-Blanche', 'Maison blanche'] },
  { name: 'Pentagon', kind: 'military', country: us, aliases: ['Pentagon', 'Pentagone'] },
  {
    name: 'State Department', kind: 'ministry', country: us,
    // British papers write it in lower case ("the state department spokesperson").
    aliases: ['State Department', 'state department', 'Department of State', "département d'État", "Département d'État", "département d'Etat", "Département d'Etat"],
  },
  {
    name: 'Department of Defense', kind: 'ministry', country: us,
    aliases: ['Department of Defense', 'Defense Department', 'DoD', 'DOD', 'département de la Défense', 'Département de la Défense'],
  },
  {
    name: 'National Security Council', kind: 'government', country: null,
    // Also in lower case, as British papers write it ("the US national security council spokesperson").
    aliases: ['National Security Council', 'national security council', 'NSC', 'Conseil de sécurité nationale', 'Conseil national de sécurité'],
  },
  { name: 'CIA', kind: 'intelligence', country: us, aliases: ['CIA', 'Central Intelligence Agency'] },
  { name: 'FBI', kind: 'intelligence', country: us, aliases: ['FBI'] },
  { name: 'NSA', kind: 'intelligence', country: us, aliases: ['NSA', 'National Security Agency'] },
  {
    name: 'Office of the Director of National Intelligence', kind: 'intelligence', country: us,
    aliases: ['ODNI', 'Office of the Director of National Intelligence', 'Director of National Intelligence'],
  },
  { name: 'US Congress', kind: 'legislature', country: us, aliases: ['Congress', 'Capitol Hill', 'US Congress'] },
  { name: 'US Army', kind: 'military', country: us, aliases: ['US Army', 'U.S. Army'] },
  { name: 'US Central Command', kind: 'military', country: us, aliases: ['CENTCOM', 'Centcom', 'Central Command'] },
  { name: 'Treasury Department', kind: 'ministry', country: us, aliases: ['Treasury Department', 'US Treasury', 'U.S. Treasury', 'Trésor américain'] },
  // Russia
  { name: 'Kremlin', kind: 'government', country: 'Russia', aliases: ['Kremlin'] },
  {
    name: 'Security Council of Russia', kind: 'government', country: 'Russia',
    aliases: ['Security Council of Russia', 'Russian Security Council', 'Conseil de sécurité russe', 'Conseil de sécurité de Russie', 'Conseil de sécurité de la Russie'],
  },
  { name: 'State Duma', kind: 'legislature', country: 'Russia', aliases: ['Duma', 'State Duma', 'Douma'] },
  { name: 'FSB', kind: 'intelligence', country: 'Russia', aliases: ['FSB'] },
  { name: 'SVR', kind: 'intelligence', country: 'Russia', aliases: ['SVR'] },
  { name: 'GRU', kind: 'intelligence', country: 'Russia', aliases: ['GRU'] },
  { name: 'Wagner Group', kind: 'armed group', country: 'Russia', aliases: ['Wagner', 'Wagner Group', 'groupe Wagner', 'Groupe Wagner'] },
  { name: 'Rosoboronexport', kind: 'company', country: 'Russia', aliases: ['Rosoboronexport'] },
  { name: 'Roscosmos', kind: 'government', country: 'Russia', aliases: ['Roscosmos'] },
  { name: 'TASS', kind: 'media', country: 'Russia', aliases: ['TASS', 'Tass'] },
  { name: 'RIA Novosti', kind: 'media', country: 'Russia', aliases: ['RIA Novosti', 'RIA'] },
  { name: 'Interfax', kind: 'media', country: null, aliases: ['Interfax'] },
  // Iran
  {
    name: 'IRGC', kind: 'military', country: 'Iran',
    aliases: [
      'IRGC', 'CGRI', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guard Corps', 'Revolutionary Guards',
      'Revolutionary Guard', 'Gardiens de la révolution', 'Gardiens de la Révolution', 'gardiens de la révolution',
      'Corps des gardiens de la révolution islamique', 'Corps des Gardiens de la révolution islamique', 'pasdaran', 'Pasdaran',
      'pasdarans', 'Pasdarans',
    ],
  },
  { name: 'Quds Force', kind: 'military', country: 'Iran', aliases: ['Quds Force', 'Force Qods', 'force Al-Qods', 'Force al-Qods', 'force Qods'] },
  { name: 'Majlis', kind: 'legislature', country: 'Iran', aliases: ['Majlis', 'Majles'] },
  { name: 'IRNA', kind: 'media', country: 'Iran', aliases: ['IRNA'] },
  { name: 'Tasnim', kind: 'media', country: 'Iran', aliases: ['Tasnim'] },
  { name: 'Fars', kind: 'media', country: 'Iran', aliases: ['Fars News', 'agence Fars'] },
  // Ukraine
  { name: 'Verkhovna Rada', kind: 'legislature', country: 'Ukraine', aliases: ['Verkhovna Rada', 'Rada'] },
  { name: 'SBU', kind: 'intelligence', country: 'Ukraine', aliases: ['SBU'] },
  { name: 'HUR', kind: 'intelligence', country: 'Ukraine', aliases: ['HUR', 'GUR'] },
  { name: 'Ukrinform', kind: 'media', country: 'Ukraine', aliases: ['Ukrinform'] },
  // Others
  { name: 'National Intelligence Service', kind: 'intelligence', country: 'South Korea', aliases: ['National Intelligence Service', 'NIS', 'Service national du renseignement', 'Service national de renseignement'] },
  { name: 'KCNA', kind: 'media', country: 'North Korea', aliases: ['KCNA', 'Korean Central News Agency'] },
  { name: 'Xinhua', kind: 'media', country: 'China', aliases: ['Xinhua'] },
  { name: 'Anadolu', kind: 'media', country: 'Turkey', aliases: ['Anadolu'] },
  { name: 'Baykar', kind: 'company', country: 'Turkey', aliases: ['Baykar'] },
  { name: 'Quai d\'Orsay', kind: 'ministry', country: 'France', aliases: ['Quai d\'Orsay', 'ministère de l\'Europe et des Affaires étrangères', 'Ministry for Europe and Foreign Affairs'] },
  { name: 'Élysée', kind: 'government', country: 'France', aliases: ['Élysée', 'Elysée', 'Elysee', 'Élysée Palace', 'Elysee Palace'] },
  { name: 'Matignon', kind: 'government', country: 'France', aliases: ['Matignon'] },
  { name: 'Downing Street', kind: 'government', country: 'United Kingdom', aliases: ['Downing Street', 'Number 10', 'No 10'] },
  { name: 'Foreign Office', kind: 'ministry', country: 'United Kingdom', aliases: ['Foreign Office', 'Foreign, Commonwealth and Development Office', 'Foreign, Commonwealth & Development Office', 'FCDO'] },
  { name: 'Whitehall', kind: 'government', country: 'United Kingdom', aliases: ['Whitehall'] },
  { name: 'MI6', kind: 'intelligence', country: 'United Kingdom', aliases: ['MI6', 'MI5'] },
  { name: 'Knesset', kind: 'legislature', country: 'Israel', aliases: ['Knesset'] },
  {
    name: 'Israel Defense Forces', kind: 'military', country: 'Israel',
    aliases: ['IDF', 'Tsahal', 'Israel Defense Forces', 'Forces de défense israéliennes', 'Forces de défense d\'Israël'],
  },
  { name: 'Mossad', kind: 'intelligence', country: 'Israel', aliases: ['Mossad'] },
  { name: 'Bundeswehr', kind: 'military', country: 'Germany', aliases: ['Bundeswehr'] },
  { name: 'Bundestag', kind: 'legislature', country: 'Germany', aliases: ['Bundestag'] },
  // International
  {
    name: 'United Nations', kind: 'international', country: null,
    aliases: ['United Nations', 'UN', 'U.N.', 'ONU', 'Nations unies', 'Nations Unies', 'Organisation des Nations unies'],
  },
  {
    name: 'UN Security Council', kind: 'international', country: null,
    aliases: [
      'UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC', 'Conseil de sécurité de l\'ONU',
      'Conseil de sécurité des Nations unies', 'Conseil de sécurité des Nations Unies', 'Conseil de sécurité',
    ],
  },
  { name: 'NATO', kind: 'international', country: null, aliases: ['NATO', 'Nato', 'OTAN', 'Otan', 'Alliance atlantique', 'North Atlantic Treaty Organization'] },
  // "Brussels", « Bruxelles »: the city the news names for the Union, as it names capitals for governments.
  { name: 'European Union', kind: 'international', country: null, aliases: ['European Union', 'EU', 'Union européenne', 'UE', 'Union Européenne', 'Brussels', 'Bruxelles'] },
  { name: 'European Commission', kind: 'international', country: null, aliases: ['European Commission', 'Commission européenne'] },
  {
    name: 'IAEA', kind: 'international', country: null,
    aliases: ['IAEA', 'AIEA', 'International Atomic Energy Agency', 'Agence internationale de l\'énergie atomique'],
  },
  { name: 'G7', kind: 'international', country: null, aliases: ['G7', 'G-7'] },
  { name: 'G20', kind: 'international', country: null, aliases: ['G20', 'G-20'] },
  { name: 'OSCE', kind: 'international', country: null, aliases: ['OSCE'] },
  { name: 'International Criminal Court', kind: 'international', country: null, aliases: ['International Criminal Court', 'ICC', 'CPI', 'Cour pénale internationale'] },
  { name: 'Red Cross', kind: 'international', country: null, aliases: ['Red Cross', 'ICRC', 'CICR', 'Croix-Rouge'] },
  { name: 'Arab League', kind: 'international', country: null, aliases: ['Arab League', 'Ligue arabe'] },
  { name: 'African Union', kind: 'international', country: null, aliases: ['African Union', 'Union africaine'] },
  { name: 'OPEC', kind: 'international', country: null, aliases: ['OPEC', 'OPEP', 'OPEC+', 'OPEP+'] },
  { name: 'Amnesty International', kind: 'organization', country: null, aliases: ['Amnesty International', 'Amnesty'] },
  { name: 'Human Rights Watch', kind: 'organization', country: null, aliases: ['Human Rights Watch', 'HRW'] },
  { name: 'Institute for the Study of War', kind: 'organization', country: null, aliases: ['Institute for the Study of War', 'ISW', 'Institut pour l’étude de la guerre', 'Institut pour l\'étude de la guerre'] },
  // Armed groups
  { name: 'Hezbollah', kind: 'armed group', country: null, aliases: ['Hezbollah', 'Hizbollah', 'Hizbullah'] },
  { name: 'Hamas', kind: 'armed group', country: null, aliases: ['Hamas'] },
  { name: 'Houthis', kind: 'armed group', country: null, aliases: ['Houthis', 'Houthi', 'houthis', 'Ansar Allah', 'rebelles houthistes', 'houthistes', 'Yemeni rebels', 'rebelles yéménites'] },
  { name: 'Taliban', kind: 'armed group', country: null, aliases: ['Taliban', 'talibans', 'Talibans'] },
  { name: 'Rapid Support Forces', kind: 'armed group', country: null, aliases: ['Rapid Support Forces', 'RSF', 'Forces de soutien rapide', 'FSR'] },
  { name: 'M23', kind: 'armed group', country: null, aliases: ['M23', 'Mouvement du 23 mars', 'March 23 Movement'] },
  {
    name: 'Islamic State', kind: 'armed group', country: null,
    aliases: ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'Daech', 'État islamique', 'Etat islamique', 'groupe État islamique', 'groupe Etat islamique'],
  },
  { name: 'Palestinian Islamic Jihad', kind: 'armed group', country: null, aliases: ['Palestinian Islamic Jihad', 'Islamic Jihad', 'Jihad islamique'] },
  { name: 'Kataib Hezbollah', kind: 'armed group', country: null, aliases: ['Kataib Hezbollah', "Kata'ib Hezbollah", 'Kataëb Hezbollah'] },
  { name: 'al-Shabaab', kind: 'armed group', country: null, aliases: ['al-Shabaab', 'Al-Shabaab', 'Shabaab', 'shebab', 'Shebab', 'chabab', 'Chabab'] },
  { name: 'PKK', kind: 'armed group', country: null, aliases: ['PKK', 'Kurdistan Workers’ Party', "Kurdistan Workers' Party", 'Parti des travailleurs du Kurdistan'] },
  // Press
  { name: 'Reuters', kind: 'media', country: null, aliases: ['Reuters'] },
  { name: 'AFP', kind: 'media', country: null, aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'Associated Press', kind: 'media', country: null, aliases: ['Associated Press', 'AP'] },
  { name: 'Bloomberg', kind: 'media', country: null, aliases: ['Bloomberg'] },
  { name: 'CNN', kind: 'media', country: null, aliases: ['CNN'] },
  { name: 'BBC', kind: 'media', country: null, aliases: ['BBC'] },
  { name: 'The New York Times', kind: 'media', country: null, aliases: ['New York Times', 'NYT'] },
  { name: 'The Washington Post', kind: 'media', country: null, aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', kind: 'media', country: null, aliases: ['Wall Street Journal', 'WSJ'] },
  { name: 'Financial Times', kind: 'media', country: null, aliases: ['Financial Times'] },
  { name: 'Al Jazeera', kind: 'media', country: null, aliases: ['Al Jazeera', 'Al-Jazeera'] },
];

/**
 * Institutions named by a language's generic patterns, and named institutions given an owner
 * ("Conseil de sécurité nationale de la Maison Blanche", "US State Department"). International
 * bodies take no owner: "Ukraine NATO" is no Ukrainian NATO.
 */
export function institutionLayer(lexicon: EntityLexicon): Layer<InstitutionPattern> {
  return ownedLayer(lexicon.institutions, lexicon, (pattern, bindings, span, text) => {
    const country = firstCountry(bindings);
    if (pattern.canonical === undefined) {
      const named = firstSlot(bindings, 'institution')?.mention;
      if (!named || named.institutionKind === 'international' && bindings.length > 1) return null;
      // "Lebanon's Hezbollah", « le Hezbollah libanais »: where a group of no state is based does not make it that state's.
      return { start: span.start, end: span.end, kind: 'institution', canonical: named.canonical, institutionKind: named.institutionKind, country: isStatelessGroup(named) ? null : country };
    }
    if (pattern.needsCountry && !country) return null;
    const name = firstSlot(bindings, 'name');
    const canonical = pattern.canonical === '{country}' && country ? country
      : name ? pattern.canonical.replace('{name}', text.slice(name.start, name.end)) : pattern.canonical;
    return { start: span.start, end: span.end, kind: 'institution', canonical, institutionKind: pattern.kind ?? 'organization', country };
  });
}
