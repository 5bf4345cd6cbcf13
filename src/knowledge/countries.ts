/**
 * Countries and territories: ISO 3166-1 codes with one canonical English short name each, their
 * names in any language from `Intl.DisplayNames`, and hand lists of what DisplayNames lacks (short
 * forms, historical or official names, capitals and other places that stand for a government).
 * Demonyms are language words and live in the language packs (`lang/<code>/entities.ts`).
 */

export interface Country {
  /** ISO 3166-1 alpha-2 code ("XK" for Kosovo, the code in common use). */
  code: string;
  /** Canonical English short name ("United States", "Turkey", "North Korea"). */
  name: string;
}

/**
 * Codes DisplayNames knows that are not current countries or territories: supranational and
 * pseudo regions, exceptionally reserved codes, and withdrawn codes that alias a current one.
 */
const NOT_COUNTRIES = new Set([
  'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ',
  'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA',
  'AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'UK', 'VD', 'YD', 'YU', 'ZR',
]);

/** Canonical names where DisplayNames' English form is not the short name news uses. */
const CANONICAL_FIXES: Record<string, string> = {
  TR: 'Turkey', MM: 'Myanmar', CD: 'DR Congo', CG: 'Congo', CI: 'Ivory Coast', HK: 'Hong Kong',
  MO: 'Macau', PS: 'Palestine', UM: 'United States Minor Outlying Islands',
  VI: 'United States Virgin Islands', CZ: 'Czech Republic',
};

/**
 * More names per canonical country, any language, written with their natural capitalisation
 * (a capitalised word must be capitalised in the text; short all-capital forms match exactly).
 */
export const COUNTRY_ALIASES: Record<string, readonly string[]> = {
  'United States': [
    'US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'United States of America', 'America', 'États Unis', 'Etats-Unis',
    'Etats-unis', 'États-Unis d\'Amérique',
  ],
  'United Kingdom': [
    'UK', 'U.K.', 'Britain', 'Great Britain', 'Grande-Bretagne', 'Angleterre', 'England', 'Royaume Uni',
  ],
  Russia: ['Russian Federation', 'Fédération de Russie'],
  Iran: ['Islamic Republic of Iran', 'République islamique d\'Iran', 'Islamic Republic', 'République islamique', 'Perse'],
  'North Korea': [
    'DPRK', 'RPDC', 'Democratic People\'s Republic of Korea', 'République populaire démocratique de Corée',
    'Pyongyang regime', 'Nord-Corée',
  ],
  'South Korea': ['Republic of Korea', 'République de Corée', 'ROK'],
  China: ['PRC', 'People\'s Republic of China', 'République populaire de Chine', 'Chine populaire', 'Mainland China'],
  Turkey: ['Türkiye', 'Turkiye'],
  Ukraine: [],
  Belarus: ['Biélorussie', 'Bélarus', 'Belorussia', 'Byelorussia', 'Bielorussie'],
  Syria: ['Syrian Arab Republic', 'République arabe syrienne'],
  Myanmar: ['Burma', 'Birmanie'],
  'DR Congo': [
    'RDC', 'DRC', 'République démocratique du Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa',
  ],
  Congo: ['Republic of the Congo', 'République du Congo', 'Congo-Brazzaville'],
  'Ivory Coast': ['Côte d\'Ivoire'],
  'United Arab Emirates': ['UAE', 'U.A.E.', 'EAU', 'Émirats', 'Emirats', 'Emirates', 'Emirats arabes unis', 'Émirats Arabes Unis'],
  'Saudi Arabia': ['Arabie Saoudite', 'KSA'],
  'Czech Republic': ['Czechia', 'République tchèque'],
  Eswatini: ['Swaziland'],
  'North Macedonia': ['Macedonia', 'Macédoine'],
  Moldova: ['Moldavie'],
  Kyrgyzstan: ['Kirghizstan', 'Kyrgyz Republic'],
  Netherlands: ['Holland', 'Hollande', 'the Netherlands'],
  'Timor-Leste': ['East Timor'],
  'Cape Verde': ['Cabo Verde'],
  'Vatican City': ['Vatican', 'Holy See', 'Saint-Siège', 'Saint Siège'],
  Palestine: ['Palestinian Territories', 'Palestinian territories', 'West Bank', 'the West Bank', 'Cisjordanie', 'Gaza', 'Gaza Strip', 'bande de Gaza'],
  Taiwan: ['Republic of China', 'Formose'],
  Laos: ['Lao PDR'],
  Vietnam: ['Viet Nam'],
};

/**
 * Names too ambiguous to read as a country without more context: first names, common words and
 * place names that are more often something else ("New Jersey", "Maurice Ravel", "Dominique").
 */
const AMBIGUOUS_NAMES = new Set(['Jersey', 'Maurice', 'Dominique', 'La Réunion', 'Réunion']);

/**
 * Capitals and other places whose name stands for a country's government in the news
 * ("Moscou a démenti", "Tehran denies"), any language. Places ambiguous with a common word, a
 * person or another city are left out (Sofia, Vienne, Santiago, Victoria...).
 */
export const CAPITALS: Record<string, readonly string[]> = {
  'United States': ['Washington', 'Washington D.C.', 'Washington DC'],
  Russia: ['Moscow', 'Moscou', 'Moskva'],
  Ukraine: ['Kyiv', 'Kiev', 'Kyïv', 'Kiïv', 'Kiyv'],
  Iran: ['Tehran', 'Téhéran', 'Teheran'],
  'North Korea': ['Pyongyang'],
  'South Korea': ['Seoul', 'Séoul'],
  China: ['Beijing', 'Pékin', 'Peking'],
  Turkey: ['Ankara'],
  'United Kingdom': ['London', 'Londres'],
  France: ['Paris'],
  Germany: ['Berlin'],
  Italy: ['Rome'],
  Spain: ['Madrid'],
  Japan: ['Tokyo', 'Tokio'],
  India: ['New Delhi', 'New Dehli', 'Delhi'],
  Pakistan: ['Islamabad'],
  Afghanistan: ['Kabul', 'Kaboul'],
  Iraq: ['Baghdad', 'Bagdad'],
  Syria: ['Damascus', 'Damas'],
  Lebanon: ['Beirut', 'Beyrouth'],
  Israel: ['Jerusalem', 'Jérusalem', 'Tel Aviv', 'Tel-Aviv'],
  Jordan: ['Amman'],
  Egypt: ['Cairo', 'Le Caire'],
  'Saudi Arabia': ['Riyadh', 'Riyad'],
  'United Arab Emirates': ['Abu Dhabi', 'Abou Dhabi'],
  Qatar: ['Doha'],
  Kuwait: ['Kuwait City', 'Koweït City'],
  Bahrain: ['Manama'],
  Oman: ['Muscat', 'Mascate'],
  Yemen: ['Sanaa', 'Sana\'a'],
  Belarus: ['Minsk'],
  Poland: ['Warsaw', 'Varsovie'],
  Canada: ['Ottawa'],
  Mexico: ['Mexico City'],
  Brazil: ['Brasília', 'Brasilia'],
  Argentina: ['Buenos Aires'],
  'South Africa': ['Pretoria'],
  Australia: ['Canberra'],
  Indonesia: ['Jakarta', 'Djakarta'],
  Azerbaijan: ['Baku', 'Bakou'],
  Armenia: ['Yerevan', 'Erevan', 'Erevan'],
  Georgia: ['Tbilisi', 'Tbilissi'],
  Kazakhstan: ['Astana', 'Nur-Sultan'],
  Uzbekistan: ['Tashkent', 'Tachkent'],
  Kyrgyzstan: ['Bishkek', 'Bichkek'],
  Tajikistan: ['Dushanbe', 'Douchanbé'],
  Turkmenistan: ['Ashgabat', 'Achgabat'],
  Moldova: ['Chisinau', 'Chișinău', 'Chişinău', 'Kichinev'],
  Romania: ['Bucharest', 'Bucarest'],
  Hungary: ['Budapest'],
  'Czech Republic': ['Prague'],
  Slovakia: ['Bratislava'],
  Austria: ['Vienna'],
  Switzerland: ['Bern', 'Berne'],
  Greece: ['Athens', 'Athènes'],
  Portugal: ['Lisbon', 'Lisbonne'],
  Ireland: ['Dublin'],
  Sweden: ['Stockholm'],
  Norway: ['Oslo'],
  Finland: ['Helsinki'],
  Denmark: ['Copenhagen', 'Copenhague'],
  Lithuania: ['Vilnius'],
  Latvia: ['Riga'],
  Estonia: ['Tallinn'],
  Serbia: ['Belgrade'],
  Croatia: ['Zagreb'],
  Albania: ['Tirana'],
  Kosovo: ['Pristina', 'Priština'],
  'Bosnia and Herzegovina': ['Sarajevo'],
  Slovenia: ['Ljubljana'],
  Cyprus: ['Nicosia', 'Nicosie'],
  Morocco: ['Rabat'],
  Algeria: ['Algiers', 'Alger'],
  Tunisia: ['Tunis'],
  Libya: ['Tripoli'],
  Sudan: ['Khartoum'],
  Ethiopia: ['Addis Ababa', 'Addis-Abeba'],
  Eritrea: ['Asmara'],
  Kenya: ['Nairobi'],
  Somalia: ['Mogadishu', 'Mogadiscio'],
  Nigeria: ['Abuja'],
  'DR Congo': ['Kinshasa'],
  Congo: ['Brazzaville'],
  Rwanda: ['Kigali'],
  Mali: ['Bamako'],
  Niger: ['Niamey'],
  'Burkina Faso': ['Ouagadougou'],
  Chad: ['N\'Djamena', 'Ndjamena'],
  Senegal: ['Dakar'],
  Bangladesh: ['Dhaka', 'Dacca'],
  Nepal: ['Kathmandu', 'Katmandou'],
  'Sri Lanka': ['Colombo'],
  Myanmar: ['Naypyidaw', 'Naypyitaw', 'Rangoon'],
  Thailand: ['Bangkok'],
  Vietnam: ['Hanoi', 'Hanoï'],
  Cambodia: ['Phnom Penh'],
  Laos: ['Vientiane'],
  Malaysia: ['Kuala Lumpur'],
  Philippines: ['Manila', 'Manille'],
  Taiwan: ['Taipei', 'Taipeh'],
  Mongolia: ['Ulaanbaatar', 'Ulan Bator', 'Oulan-Bator'],
  Venezuela: ['Caracas'],
  Cuba: ['Havana', 'La Havane'],
  Colombia: ['Bogotá', 'Bogota'],
  Peru: ['Lima'],
  Ecuador: ['Quito'],
  Bolivia: ['La Paz'],
  Uruguay: ['Montevideo'],
  Nicaragua: ['Managua'],
  'New Zealand': ['Wellington'],
};

/**
 * Regions that are not countries, any language. Listed so that their names are read whole ("Latin
 * America" is not "America") and so that a place like Crimea is not silently given a country.
 */
export const REGIONS: Record<string, readonly string[]> = {
  Crimea: ['Crimea', 'Crimée', 'Krym'],
  Donbas: ['Donbas', 'Donbass'],
  'Middle East': ['Middle East', 'Moyen-Orient', 'Proche-Orient', 'Near East'],
  'Persian Gulf': ['Persian Gulf', 'golfe Persique', 'Gulf', 'Golfe'],
  Europe: ['Europe', 'Eastern Europe', 'Western Europe', 'Europe de l\'Est', 'Europe occidentale'],
  Africa: ['Africa', 'Afrique', 'West Africa', 'Afrique de l\'Ouest', 'Sahel'],
  Asia: ['Asia', 'Asie', 'Central Asia', 'Asie centrale', 'East Asia', 'Asie de l\'Est'],
  Americas: [
    'Latin America', 'Amérique latine', 'South America', 'Amérique du Sud', 'North America',
    'Amérique du Nord', 'Central America', 'Amérique centrale',
  ],
  Caucasus: ['Caucasus', 'Caucase', 'South Caucasus', 'Caucase du Sud'],
  Balkans: ['Balkans'],
  'Korean Peninsula': ['Korean Peninsula', 'péninsule coréenne'],
};

/**
 * Regions and cities inside one country that the news names as where people or arms go ("deployed to the
 * Kursk region", « livrés à Odessa »). Not metonyms for a government, as capitals are; places held by another
 * country than the one they belong to (Crimea, the Donbas, Kherson, Zaporizhzhia) are left to REGIONS or out.
 */
export const PROVINCES: Record<string, readonly string[]> = {
  Russia: [
    'Kursk', 'Koursk', 'Belgorod', 'Bielgorod', 'Bryansk', 'Briansk', 'Rostov', 'Rostov-on-Don', 'Rostov-sur-le-Don',
    'Voronezh', 'Voronej', 'Krasnodar', 'Kaliningrad', 'Saint Petersburg', 'St. Petersburg', 'St Petersburg', 'Saint-Pétersbourg',
    'Vladivostok', 'Siberia', 'Sibérie', 'Chechnya', 'Tchétchénie', 'Tatarstan',
  ],
  Ukraine: [
    'Kharkiv', 'Kharkov', 'Odesa', 'Odessa', 'Lviv', 'Lvov', 'Dnipro', 'Mykolaiv', 'Mykolaïv', 'Sumy', 'Soumy',
    'Chernihiv', 'Tchernihiv', 'Poltava',
  ],
};

let countryList: Country[] | null = null;

/** Every current country or territory known to `Intl.DisplayNames`, with its canonical name. */
export function countries(): readonly Country[] {
  if (countryList) return countryList;
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  countryList = [];
  for (const code of twoLetterCodes()) {
    if (NOT_COUNTRIES.has(code)) continue;
    const name = english.of(code);
    if (!name) continue;
    countryList.push({ code, name: CANONICAL_FIXES[code] ?? tidyDisplayName(name)[0] });
  }
  return countryList;
}

function twoLetterCodes(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return [...letters].flatMap((first) => [...letters].map((second) => first + second));
}

/**
 * Names of DisplayNames' odd forms that read as text: "St. Kitts & Nevis" -> "Saint Kitts and
 * Nevis", "Myanmar (Burma)" -> "Myanmar" and "Burma", "R.A.S. chinoise de Hong Kong" -> "Hong Kong".
 */
function tidyDisplayName(name: string): string[] {
  const names: string[] = [];
  const bracketed = /\s*\(([^)]*)\)/.exec(name);
  let main = name.replace(/\s*\([^)]*\)/, '');
  if (bracketed) names.push(bracketed[1]);
  main = main.replace(/ SAR China$/, '').replace(/^R\.A\.S\. chinoise de /, '')
    .replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ').replace(/ - /g, '-');
  names.unshift(main);
  return names;
}

const namesByLocales = new Map<string, Map<string, string[]>>();

/** All names of each country in `locales` (canonical first), ambiguous names left out. */
export function countryNames(locales: readonly string[]): Map<string, string[]> {
  const key = locales.join(',');
  const cached = namesByLocales.get(key);
  if (cached) return cached;
  const byName = new Map<string, string[]>();
  namesByLocales.set(key, byName);
  const displays = locales.map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
  for (const { code, name } of countries()) {
    const names = new Set([name]);
    for (const display of displays) {
      const shown = display.of(code);
      if (shown) for (const form of [shown, ...tidyDisplayName(shown)]) if (!/[()&]/.test(form)) names.add(form);
    }
    for (const alias of COUNTRY_ALIASES[name] ?? []) names.add(alias);
    byName.set(name, [...names].filter((form) => !AMBIGUOUS_NAMES.has(form)));
  }
  return byName;
}

/** The canonical name of an ISO 3166-1 alpha-2 code, or null. */
export function countryByCode(code: string): string | null {
  const upper = code.toUpperCase();
  return countries().find((country) => country.code === upper)?.name ?? null;
}
