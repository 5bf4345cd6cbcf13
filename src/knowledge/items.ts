/**
 * Weapon-system names by item class. Names are the same in every language; generic words
 * ("drones", "missiles balistiques") are in the language packs. `#` stands for any number, so
 * "Shahed-#" is Shahed-136, Shahed 131 or SHAHED-129; hyphens and spaces are interchangeable and a
 * letter run and a digit run need no separator ("Su35"). Capitalised names must be capitalised in the
 * text and short acronyms ("KN-#", "S-400") written in capitals.
 */
import type { Item } from '../core/types.js';

/** Each item's broader category; `personnel`, `technology` and `weapons` have none. */
const PARENT: Partial<Record<Item, Item>> = {
  'ballistic missiles': 'missiles',
  missiles: 'weapons',
  drones: 'weapons',
  artillery: 'weapons',
  ammunition: 'weapons',
  'fighter jets': 'military equipment',
  helicopters: 'military equipment',
  'trainer aircraft': 'military equipment',
  radars: 'military equipment',
  'air defence': 'military equipment',
  'military equipment': 'weapons',
};

/** Broader items of `item`, nearest first, not including `item` itself. */
export function itemAncestors(item: Item): Item[] {
  const ancestors: Item[] = [];
  for (let parent = PARENT[item]; parent; parent = PARENT[parent]) ancestors.push(parent);
  return ancestors;
}

export const WEAPON_SYSTEMS: Readonly<Partial<Record<Item, readonly string[]>>> = {
  drones: [
    'Shahed', 'Shahed-#', 'Geran', 'Geran-#', 'Géran-#', 'Guéran-#', 'Gueran-#', 'Mohajer', 'Mohajer-#', 'Ababil',
    'Ababil-#', 'Arash-#', 'Karrar', 'Kaman-#', 'Qasef', 'Saegheh', 'Bayraktar', 'Bayraktar TB#', 'TB#',
    'Akinci', 'Akıncı', 'Anka', 'Lancet', 'Lancet-#', 'Orlan', 'Orlan-#', 'ZALA', 'Zala', 'Switchblade', 'Switchblade #',
    'Phoenix Ghost', 'MQ-#', 'RQ-#', 'Reaper', 'Heron', 'Wing Loong', 'Forpost', 'Inokhodets', 'Eleron', 'Supercam', 'Mavic',
  ],
  'ballistic missiles': [
    'Fateh-#', 'Fath-#', 'Zolfaghar', 'Zolfaqar', 'Zulfiqar', 'Shahab-#', 'Sejjil', 'Qiam', 'Qiam-#',
    'Kheibar', 'Kheibar Shekan', 'Raad-#', 'Fattah', 'Iskander', 'Iskander-M', 'Tochka',
    'Tochka-U', 'Scud', 'Scuds', 'KN-#', 'Hwasong', 'Hwasong-#', 'ATACMS', 'Kinzhal', 'Sarmat', 'Yars', 'Oreshnik',
  ],
  missiles: [
    'Kalibr', 'Kh-#', 'Storm Shadow', 'SCALP', 'Scalp', 'Tomahawk', 'Harpoon', 'Neptune', 'Oniks', 'Tsirkon', 'Zircon',
    'Javelin', 'Javelins', 'NLAW', 'Kornet', 'Brimstone', 'Taurus', 'Hellfire', 'Soumar', 'Hoveyzeh', 'Paveh', 'Quds-#',
    '3M-#', 'P-800',
  ],
  artillery: [
    'Grad', 'BM-#', 'Smerch', 'Uragan', 'Tornado-S', 'HIMARS', 'Himars', 'M142', 'M270', 'M777', 'M109', 'Caesar', 'CAESAR',
    'Krab', 'PzH 2000', 'Bohdana', '2S#', 'Msta', 'Msta-S', 'Giatsint', 'TOS-1', 'TOS-1A', 'Solntsepyok',
    'Koksan', 'Fajr-#',
  ],
  'fighter jets': [
    'Su-#', 'Sukhoi', 'Sukhoi Su-#', 'MiG-#', 'F-4', 'F-5', 'F-14', 'F-15', 'F-16', 'F-16s', 'F-18', 'F/A-18', 'F-22', 'F-35',
    'F-35s', 'Rafale', 'Rafales', 'Mirage #', 'Mirage', 'Eurofighter', 'Eurofighter Typhoon', 'Gripen', 'J-10', 'J-10C', 'J-20',
    'JF-17', 'Harrier',
  ],
  helicopters: ['Mi-#', 'Ka-#', 'Apache', 'Apaches', 'AH-64', 'Black Hawk', 'Black Hawks', 'UH-60', 'CH-47', 'Chinook', 'NH90'],
  'air defence': [
    'S-200', 'S-300', 'S-400', 'S-500', 'Pantsir', 'Pantsir-S#', 'Tor-M#', 'Buk', 'Buk-M#', 'Patriot', 'Patriots', 'PAC-#',
    'IRIS-T', 'NASAMS', 'Iron Dome', 'Dôme de fer', 'Bavar-373', 'Khordad-#', '3rd Khordad', 'Sayyad-#', 'Stinger',
    'Stingers', 'Igla', 'Gepard', 'Crotale', 'SAMP/T', 'THAAD', 'HAWK', 'Skynex',
  ],
  radars: ['Nebo-M', 'Nebo', 'Rezonans', 'Rezonans-NE', 'Kasta', 'Podlet', 'Zoopark'],
  'trainer aircraft': [
    'Yak-130', 'Yak-52', 'L-39', 'L-39 Albatros', 'L-159', 'T-50', 'M-346', 'Hürjet', 'Hurjet', 'T-38', 'K-8', 'K-8 Karakorum',
    'JL-8', 'Hongdu JL-8', 'Super Tucano',
  ],
  'military equipment': [
    'T-54', 'T-55', 'T-62', 'T-64', 'T-72', 'T-80', 'T-90', 'T-14 Armata', 'Armata', 'Leopard', 'Leopard #', 'Abrams',
    'M1 Abrams', 'Challenger 2', 'Marder', 'BMP-#', 'BTR-#', 'Stryker', 'Strykers', 'Tu-#', 'Il-76',
  ],
};

/**
 * Where the systems made in one country only are made: "KN-23" is North Korean. Names are those of
 * WEAPON_SYSTEMS; systems built under licence or copied elsewhere ("Geran", Russia's Shahed) are left out.
 */
export const SYSTEM_ORIGINS: Readonly<Record<string, readonly string[]>> = {
  Iran: [
    'Shahed', 'Shahed-#', 'Mohajer', 'Mohajer-#', 'Ababil', 'Ababil-#', 'Arash-#', 'Karrar', 'Kaman-#', 'Qasef', 'Saegheh',
    'Fateh-#', 'Fath-#', 'Zolfaghar', 'Zolfaqar', 'Shahab-#', 'Sejjil', 'Qiam', 'Qiam-#', 'Kheibar', 'Kheibar Shekan', 'Raad-#',
    'Fattah', 'Soumar', 'Hoveyzeh', 'Paveh', 'Quds-#', 'Bavar-373', 'Khordad-#', '3rd Khordad', 'Sayyad-#',
  ],
  'North Korea': ['KN-#', 'Hwasong', 'Hwasong-#', 'Koksan'],
  Turkey: ['Bayraktar', 'Bayraktar TB#', 'TB#', 'Akinci', 'Akıncı', 'Anka', 'Hürjet', 'Hurjet'],
  Russia: [
    'Lancet', 'Lancet-#', 'Orlan', 'Orlan-#', 'ZALA', 'Zala', 'Forpost', 'Inokhodets', 'Eleron', 'Supercam', 'Iskander',
    'Iskander-M', 'Kinzhal', 'Sarmat', 'Yars', 'Oreshnik', 'Kalibr', 'Kh-#', 'Oniks', 'Tsirkon', 'Zircon', 'Kornet', '3M-#',
    'P-800', 'Tornado-S', 'Solntsepyok', 'Su-#', 'Sukhoi', 'Sukhoi Su-#', 'Pantsir', 'Pantsir-S#', 'Tor-M#', 'Buk', 'Buk-M#',
    'S-400', 'S-500', 'Nebo-M', 'Nebo', 'Rezonans', 'Rezonans-NE', 'Kasta', 'Podlet', 'Zoopark', 'Yak-130', 'T-90',
    'T-14 Armata', 'Armata',
  ],
  'United States': [
    'Switchblade', 'Switchblade #', 'Phoenix Ghost', 'MQ-#', 'RQ-#', 'Reaper', 'ATACMS', 'Tomahawk', 'Harpoon', 'Javelin',
    'Javelins', 'Hellfire', 'HIMARS', 'Himars', 'M142', 'M270', 'M777', 'M109', 'F-15', 'F-16', 'F-16s', 'F-18', 'F/A-18',
    'F-22', 'F-35', 'F-35s', 'Apache', 'Apaches', 'AH-64', 'Black Hawk', 'Black Hawks', 'UH-60', 'CH-47', 'Chinook',
    'Patriot', 'Patriots', 'PAC-#', 'NASAMS', 'Stinger', 'Stingers', 'THAAD', 'HAWK', 'Abrams', 'M1 Abrams', 'Stryker',
    'Strykers',
  ],
  'United Kingdom': ['Storm Shadow', 'NLAW', 'Brimstone', 'Challenger 2'],
  France: ['SCALP', 'Scalp', 'Caesar', 'CAESAR', 'Rafale', 'Rafales', 'Crotale'],
  Germany: ['Taurus', 'IRIS-T', 'Gepard', 'Leopard', 'Leopard #', 'Marder', 'PzH 2000'],
  Ukraine: ['Neptune', 'Bohdana'],
  Israel: ['Heron', 'Iron Dome', 'Dôme de fer'],
  China: ['Wing Loong', 'J-10', 'J-10C', 'J-20'],
  Sweden: ['Gripen'],
  Poland: ['Krab'],
};
