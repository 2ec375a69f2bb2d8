/**
 * Compact word lists for actor extraction: countries with their short forms
 * and demonyms, well-known organisations and groups, major places, given
 * names, titles and head words. Plain strings, split lazily on first use (no
 * work at import time), so the whole list costs a few KB gzip.
 */

import type { ActorKind } from './types.js';
import { MONTH_ABBRS, MONTH_NAMES, TENS_NAMES, UNIT_NAMES, WEEKDAY_NAMES } from './lexicon.js';

/** A known name: its cluster key (canonical name) and kind. */
export interface GazetteerEntry {
  /** Canonical name, shared by every alias of one actor ("United States" for "US", "U.S."). */
  key: string;
  kind: ActorKind;
}

/** The lists, built once on first use. */
export interface Gazetteer {
  /** Exact-case form ("US", "Islamic State", "Baghdad") → entry. */
  names: Map<string, GazetteerEntry>;
  /** Nationality and religious/ethnic adjectives ("Iraqi", "British", "Shiite"); not actors by themselves. */
  isDemonym(word: string): boolean;
  /** Common given names (exact case): "Donald", "Carla", "Mohamed". */
  firstNames: Set<string>;
  /** Lower-case title and role words that may precede a person's name: "president", "colonel", "mr". */
  titles: Set<string>;
  /** Titles kept in a name when only a surname follows: "mr", "lord", "justice". */
  honorifics: Set<string>;
  /** Lower-case words that may sit inside a title phrase: "prime", "foreign", "deputy". */
  titleModifiers: Set<string>;
  /** `titles` and `titleModifiers` together (one lookup for "a title or a title's modifier"). */
  titleish: Set<string>;
  /** Lower-case role nouns for lower-case roles: "solicitor", "elector", "spokesman". */
  roleNouns: Set<string>;
  /** Lower-case nouns that introduce an organisation: "organisation", "company", "broadcaster". */
  orgNouns: Set<string>;
  /** Capitalised head words → kind: "Ministry" → organization, "Movement" → group, "Province" → place. */
  heads: Map<string, ActorKind>;
  /** Head words of documents, events and laws (never actors): "Convention", "Treaty", "Olympics". */
  nonActorHeads: Set<string>;
  /** Lower-case words that are never the start of a name at sentence start: "the", "however". */
  stopWords: Set<string>;
  /** Month and weekday names (exact case). */
  calendar: Set<string>;
  /** All-caps tokens that are not actors: "GDP", "CEO", "TV". */
  nonActorAcronyms: Set<string>;
  /** Party labels used as adjectives before a name: "Republican", "Labour". */
  partyLabels: Set<string>;
  /** Forms that are US states (for "Georgia" and "Washington" disambiguation). */
  usStates: Set<string>;
  /** Last words of countries' and US states' names, and their parts after a hyphen ("Africa", "Herzegovina"): a cheap test before a lookup. */
  stateEnds: Set<string>;
  /** Generic last words of company names ("Logistics", "Group"): "Swiftdrop Logistics" is also "Swiftdrop". */
  companyHeads: Set<string>;
  /** Head words of newspaper names, an organisation even alone after "the": "the Guardian". */
  mediaHeads: Set<string>;
}

// Countries: "Name|alias|alias" separated by ";". Regular demonyms ("Iraqi", "Syrian") are derived.
const COUNTRIES =
  'Afghanistan;Albania;Algeria;Angola;Argentina;Armenia;Australia;Austria;Azerbaijan;Bahamas;Bahrain;Bangladesh;' +
  'Belarus;Belgium;Bolivia;Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina;Botswana;Brazil;Bulgaria;Burkina Faso;Cambodia;' +
  'Cameroon;Canada;Central African Republic;Chad;Chile;China|People\'s Republic of China|PRC;Colombia;' +
  'Congo|Republic of the Congo|Congo-Brazzaville;Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|Congo-Kinshasa;' +
  'Costa Rica;Ivory Coast|Côte d\'Ivoire|Cote d\'Ivoire;Croatia;Cuba;Cyprus;Czech Republic|Czechia;Denmark;Dominican Republic;' +
  'Ecuador;Egypt;El Salvador;Eritrea;Estonia;Ethiopia;Fiji;Finland;France;Gabon;Gambia;Georgia;Germany;Ghana;' +
  'Greece;Guatemala;Guinea;Haiti;Honduras;Hungary;Iceland;India;Indonesia;Iran|Islamic Republic of Iran;Iraq;Ireland|Republic of Ireland;' +
  'Israel;Italy;Jamaica;Japan;Jordan;Kazakhstan;Kenya;Kosovo;Kuwait;Kyrgyzstan|Kyrgyz Republic;Laos|Lao PDR;Latvia;Lebanon;Liberia;' +
  'Libya;Lithuania;Luxembourg;Madagascar;Malawi;Malaysia;Maldives;Mali;Malta;Mauritania;Mexico;Moldova|Republic of Moldova;Monaco;' +
  'Mongolia;Montenegro;Morocco;Mozambique;Myanmar|Burma;Namibia;Nepal;Netherlands|Holland;New Zealand;Nicaragua;' +
  'Niger;Nigeria;North Korea|DPRK|Democratic People\'s Republic of Korea;North Macedonia|Macedonia;Norway;Oman;Pakistan;' +
  'Palestine|Palestinian territories|State of Palestine;Panama;Papua New Guinea;Paraguay;Peru;Philippines;Poland;Portugal;Qatar;' +
  'Romania;Russia|Russian Federation;Rwanda;Saudi Arabia|Kingdom of Saudi Arabia;Senegal;Serbia;Sierra Leone;Singapore;Slovakia;' +
  'Slovenia;Somalia;South Africa;South Korea|Korea|Republic of Korea;South Sudan;Spain;Sri Lanka;Sudan;Sweden;' +
  'Switzerland;Syria|Syrian Arab Republic;Taiwan;Tajikistan;Tanzania|United Republic of Tanzania;Thailand;Togo;Tunisia;Turkey|Türkiye|Turkiye;Turkmenistan;Uganda;' +
  'Ukraine;United Arab Emirates|UAE;United Kingdom|UK|U.K.|Britain|Great Britain;' +
  'United States|US|U.S.|USA|U.S.A.|America|United States of America;Uruguay;Uzbekistan;Vatican|Holy See|Vatican City;' +
  'Venezuela;Vietnam|Viet Nam;Yemen;Zambia;Zimbabwe;England;Scotland;Wales|Cymru;Northern Ireland;Greenland;Andorra;' +
  'Antigua and Barbuda;Barbados;Belize;Benin;Bhutan;Brunei|Brunei Darussalam;Burundi;Cabo Verde|Cape Verde;Comoros;Djibouti;Dominica;' +
  'Equatorial Guinea;Eswatini|Swaziland;Grenada;Guinea-Bissau|Guinea Bissau;Guyana;Kiribati;Lesotho;Liechtenstein;Marshall Islands;' +
  'Mauritius;Micronesia|Federated States of Micronesia;Nauru;Palau;Saint Kitts and Nevis|St Kitts and Nevis;Saint Lucia|St Lucia;' +
  'Saint Vincent and the Grenadines|St Vincent and the Grenadines;Samoa;San Marino;Sao Tome and Principe|São Tomé and Príncipe|São Tomé;' +
  'Seychelles;Solomon Islands;Suriname;Timor-Leste|East Timor|Timor Leste;Tonga;Trinidad and Tobago|Trinidad;Tuvalu;Vanuatu;' +
  // Former states.
  'Soviet Union|USSR;Yugoslavia;Czechoslovakia;East Germany;West Germany';

// Irregular demonyms and other adjectives that are not actors by themselves.
const ADJECTIVES =
  'British French Dutch Swiss Greek Danish Finnish Irish Spanish Welsh Scottish Norwegian Filipino ' +
  'Philippine Thai Saudi Emirati Afghan Peruvian Portuguese Argentine Kazakh Uzbek Tajik Kyrgyz Turkmen Lao ' +
  'Czech Slovak Azeri Scot Serb Briton Kurdish Arab Arabic Western Eastern Shiite Shia Shi\'ite Sunni ' +
  'Islamic Islamist Jewish Muslim Christian Catholic Protestant Orthodox Soviet Persian Latino Hispanic Nordic ' +
  'Hebrew Farsi Urdu Hindi Alawite Druze Yazidi Pashtun Tamil Hindu Sikh Houthi Baltic Slavic Balkan Gulf Kosovar ' +
  'German Congolese Icelandic Cypriot Salvadoran Ivorian Burkinabe Malagasy Mauritian Montenegrin Monegasque Maldivian ' +
  'Timorese Honduran Panamanian Bahamian Barbadian Trinidadian Mozambican Swazi Spaniard Swede Dane Kiwi';

// Organisations, groups, places, cities and states (with their AP abbreviations): like the countries, "Name|alias|alias" separated by ";".
const ORGANIZATIONS =
  'United Nations|UN|U.N.;UN Security Council|Security Council;NATO|Nato|North Atlantic Treaty Organization;' +
  'European Union|EU|E.U.;European Central Bank|ECB;' +
  'World Health Organization|World Health Organisation|WHO;International Monetary Fund|IMF;' +
  'World Trade Organization|WTO;OPEC|Opec;International Criminal Court|ICC;ICJ;IAEA;UNICEF|Unicef;UNHCR;' +
  'UNESCO|Unesco;UNRWA;ASEAN|Asean;Red Cross|ICRC;Red Crescent;' +
  'Amnesty International|Amnesty;Human Rights Watch;Doctors Without Borders|MSF;Interpol;Congress;Senate;' +
  'House of Representatives;House of Commons;House of Lords;Parliament;Pentagon|Department of Defense|Defense Department;White House;Kremlin;' +
  'Downing Street;Whitehall;Elysee|Élysée;Treasury;Federal Reserve|Fed;' +
  // Central banks.
  "Bank of England|BoE;Bank of Japan|BOJ|BoJ;Bundesbank;Swiss National Bank|SNB;Bank of Canada;Reserve Bank of Australia|RBA;" +
  "Reserve Bank of India|RBI;People's Bank of China|PBOC;Reserve Bank of New Zealand|RBNZ;South African Reserve Bank|SARB;" +
  'Central Bank of Nigeria|CBN;Bank of Korea;Banque de France;' +
  // State-owned giants named in commodity news.
  'Codelco;Petrobras;Pemex;Rosneft;Sinopec;PetroChina;Eskom;Bundestag;Knesset;Federal Bureau of Investigation|FBI;Central Intelligence Agency|CIA;NASA;' +
  'Centers for Disease Control and Prevention|CDC;NHS;' +
  'Mossad;Islamic Revolutionary Guard Corps|Revolutionary Guards|IRGC;BBC;CNN;Reuters;Associated Press|AP;' +
  'Agence France-Presse|AFP;Deutsche Welle|DW;Al Jazeera;NBC;CBS;ABC;NPR;Xinhua;Google;Apple;Microsoft;Amazon;' +
  'Meta;Facebook;Twitter;TikTok;Instagram;YouTube;WhatsApp;Telegram;LinkedIn;Snapchat;Reddit;WeChat;Weibo;Tesla;OpenAI;Nvidia;Samsung;Huawei;Boeing;Airbus;Gazprom;Netflix;Goldman Sachs;Morgan Stanley;' +
  'JPMorgan;Food and Drug Administration|FDA;National Institutes of Health|NIH;Federal Aviation Administration|FAA;' +
  'National Transportation Safety Board|NTSB;Securities and Exchange Commission|SEC;Federal Trade Commission|FTC;' +
  'Environmental Protection Agency|EPA;Department of Homeland Security|DHS;Internal Revenue Service|IRS;' +
  'European Medicines Agency|EMA;Nasdaq;NYSE;Euronext;Ofcom;Ofsted;FIFA;UEFA;NBA;NFL;MLB;NHL;Bundesliga;La Liga;Serie A;' +
  'Formula One|Formula 1|F1;MotoGP;NASCAR;WNBA;MLS;ATP;WTA;IOC;' +
  'Pfizer;Moderna;AstraZeneca;GSK;Novartis;Roche;Sanofi;Merck;BioNTech;Novo Nordisk;Eli Lilly;Johnson & Johnson;' +
  'Shell;BP;ExxonMobil|Exxon;Chevron;Saudi Aramco|Aramco;Toyota;Volkswagen;BMW;Stellantis;Walmart;Tesco;IBM;Intel;AMD;' +
  'Oracle;Qualcomm;Alibaba;Tencent;ByteDance;Anthropic;Uber;Spotify;SpaceX;Disney;HSBC;Barclays;Citigroup|Citi;' +
  'BlackRock;Ryanair;Lufthansa;' +
  // Credit rating agencies.
  "Moody's|Moody's Investors Service;Fitch Ratings|Fitch;S&P Global|S&P Global Ratings|Standard & Poor's;" +
  // Pollsters.
  'YouGov;Ipsos;Gallup;Newspoll;Morning Consult;Quinnipiac;Opinium;Survation;Savanta;Datafolha;Ifop;Forsa;Kantar;Nielsen;Pew Research Center|Pew';

const GROUPS =
  'Islamic State|IS|ISIS|ISIL|Daesh;al-Qaeda|Al-Qaeda|al-Qaida|Al Qaeda;Hamas;Hezbollah|Hizbollah;Taliban;' +
  'Houthis;Boko Haram;al-Shabab|Al-Shabaab|al-Shabaab;Wagner|Wagner Group;PKK;Muslim Brotherhood;' +
  'Popular Mobilization Forces|PMF;Republicans|GOP;Democrats;Conservatives|Tories;Liberal Democrats|Lib Dems;' +
  'Shiites;Sunnis;Kurds;Yazidis;Rohingya;Uyghurs|Uighurs;Alawites;G7;G20;' +
  // Parties are groups (the corpus's convention), the UK's and Ireland's main ones too.
  'BJP|Bharatiya Janata Party;ANC|African National Congress;Labour|Labour Party;Reform UK;SNP;' +
  'Sinn Féin|Sinn Fein;Fianna Fáil|Fianna Fail;Fine Gael;' +
  // Australia's parties known by one word (groups, as "Democrats").
  'Labor|Labor Party|Australian Labor Party;Nationals|National Party;' +
  // Ruling and main parties of large democracies, known by their letters (not ones whose letters name other bodies:
  // "DPP", "PTI", "CSU").
  'Liberal National Party|LNP;New Democratic Party|NDP;CDU;AfD;Kuomintang|KMT;AKP;Likud;Fidesz;Chinese Communist Party|CCP';

const PLACES =
  'Middle East;Europe;Africa;Asia;Americas;Oceania;Antarctica;Scandinavia;Latin America;Caribbean;Balkans;' +
  'Caucasus;Sahel;Arctic;Atlantic;Pacific;Mediterranean;West Bank;Crimea;' +
  'Donbas;Kashmir;Darfur;Tigray;Xinjiang;Tibet;Kurdistan;Sinai;Capitol Hill;Capitol;Hong Kong;' +
  'Puerto Rico;D.C.|Washington DC;' +
  // Overseas and dependent territories, and the planets (a probe "swings past Earth").
  'French Guiana;Guadeloupe;Martinique;Réunion|Reunion;Mayotte;New Caledonia;French Polynesia;Guam;American Samoa;' +
  'US Virgin Islands|U.S. Virgin Islands;British Virgin Islands;Bermuda;Gibraltar;Falkland Islands|Falklands;' +
  'Cayman Islands;Turks and Caicos Islands;Aruba;Curaçao|Curacao;Faroe Islands;Isle of Man;Guernsey;Macau|Macao;' +
  'Western Sahara;Earth;Mars;Venus;Jupiter;Saturn;' +
  // Provinces and states of large countries, like the US states.
  'Anhui;Fujian;Gansu;Guangdong;Guizhou;Hainan;Hebei;Heilongjiang;Henan;Hubei;Hunan;Jiangsu;Jiangxi;Jilin;Liaoning;' +
  'Qinghai;Shaanxi;Shandong;Shanxi;Sichuan;Yunnan;Zhejiang;Guangxi;Inner Mongolia;Ningxia;' +
  'Andhra Pradesh;Assam;Bihar;Gujarat;Haryana;Karnataka;Kerala;Madhya Pradesh;Maharashtra;Odisha;Punjab;Rajasthan;' +
  'Tamil Nadu;Telangana;Uttar Pradesh;West Bengal;Sindh;Balochistan;Khyber Pakhtunkhwa;Sumatra;Borneo;Mindanao;' +
  'Siberia;Chechnya;Catalonia;Andalusia;Lombardy;Sicily;Sardinia;Corsica;Normandy;Brittany;Flanders;Wallonia;' +
  // Large and much-visited islands and island groups (not also common words or surnames: "Java", "Jersey", "Man").
  'Crete;Rhodes;Corfu;Mykonos;Santorini;Naxos;Paros;Kos;Lesbos|Lesvos;Cyclades;Dodecanese;Mallorca|Majorca;Ibiza;' +
  'Menorca;Tenerife;Lanzarote;Gran Canaria;Canary Islands|Canaries;Balearic Islands|Balearics;Azores;Madeira;Bali;' +
  'Lombok;Phuket;Luzon;Visayas;Cebu;Hokkaido;Okinawa;Zanzibar;Lampedusa;Maui;Oahu;Tahiti;Sulawesi;Galapagos Islands|Galapagos';

const CITIES =
  'London;Paris;Berlin;Madrid;Rome;Moscow;Kyiv;Kiev;Warsaw;Vienna;Brussels;Geneva;Athens;Istanbul;Ankara;Beijing;' +
  'Shanghai;Taipei;Tokyo;Seoul;Pyongyang;Delhi;New Delhi;Mumbai;Islamabad;Kabul;Tehran;Baghdad;Damascus;Beirut;' +
  'Jerusalem;Tel Aviv;Gaza;Cairo;Riyadh;Dubai;Doha;Nairobi;Sydney;Ottawa;Toronto;New York|N.Y.;Chicago;' +
  'The Hague;Rio de Janeiro;Edinburgh;Glasgow;Cardiff;Belfast;' +
  // Other capitals and large cities, above all the multi-word ones.
  'Buenos Aires;Mexico City;Sao Paulo|São Paulo;Kuala Lumpur;Addis Ababa;Abu Dhabi;Cape Town;Johannesburg;Pretoria;' +
  'Ho Chi Minh City;Phnom Penh;Dar es Salaam;Port-au-Prince;Kuwait City;Panama City;Guatemala City;Santo Domingo;' +
  'Los Angeles;San Francisco;Hanoi;Bangkok;Jakarta;Manila;Dhaka;Karachi;Lahore;Kolkata;Bengaluru;Chennai;Kinshasa;' +
  'Lagos;Abuja;Accra;Dakar;Kampala;Kigali;Mogadishu;Khartoum;Tripoli;Tunis;Algiers;Rabat;Casablanca;Harare;Lusaka;' +
  'Luanda;Maputo;Amman;Manama;Muscat;Sanaa;Baku;Tbilisi;Yerevan;Minsk;Vilnius;Riga;Tallinn;Helsinki;Stockholm;Oslo;' +
  'Copenhagen;Amsterdam;Lisbon;Dublin;Prague;Budapest;Bucharest;Belgrade;Zagreb;Canberra;Melbourne;Caracas;Bogota|Bogotá;' +
  'Havana;Brasilia|Brasília;Montevideo;Quito;Shenzhen;Guangzhou;Wuhan;Chongqing;Tianjin;Osaka;Busan;' +
  // State capitals and large cities of Australia, New Zealand and Canada (not surnames: "Darwin", "Wellington").
  'Brisbane;Perth;Adelaide;Hobart;Gold Coast;Auckland;Christchurch;Vancouver;Montreal;Calgary;Edmonton;Winnipeg;' +
  // Large US cities and hubs (not surnames or given names: "Houston", "Austin", "Charlotte", "Phoenix").
  'Boston;Philadelphia;Atlanta;Miami;Seattle;Detroit;San Diego;San Jose;San Antonio;Las Vegas;Orlando;Newark;' +
  'New Orleans;Baltimore;Pittsburgh;Minneapolis;St. Louis|St Louis;Cleveland;Cincinnati;Milwaukee;Nashville;Memphis;' +
  'Portland;Sacramento;Honolulu;Anchorage;Tampa;Fort Lauderdale;Fort Worth;Kansas City;Salt Lake City;Oklahoma City;' +
  'Indianapolis;Albuquerque;Tucson;Omaha;Louisville;Jacksonville;El Paso;Dallas;Denver';

const US_STATES =
  'Alabama|Ala;Alaska;Arizona|Ariz;California|Calif;Colorado|Colo;Connecticut|Conn;Delaware;Florida|Fla;Georgia;Hawaii;Idaho;' +
  'Illinois;Indiana;Iowa;Kentucky|Ky;Louisiana;Maine;Maryland|Md;Massachusetts;Michigan|Mich;Minnesota|Minn;Mississippi;' +
  'Missouri;Montana|Mont;Nebraska|Neb;Nevada|Nev;New Hampshire|N.H.;New Jersey|N.J.;New Mexico|N.M.;North Carolina|N.C.;North Dakota|N.D.;Ohio;' +
  'Oklahoma|Okla;Pennsylvania;Rhode Island|R.I.;South Carolina|S.C.;South Dakota|S.D.;Tennessee|Tenn;Texas;Utah;Vermont|Vt;Virginia|Va;' +
  'Washington;West Virginia|W.Va.;Wisconsin|Wis;Wyoming|Wyo;Ontario;Quebec;British Columbia;Alberta;Bavaria;Queensland;' +
  'New South Wales;Victoria;Tasmania;South Australia;Western Australia;Northern Territory;Australian Capital Territory;' +
  'Manitoba;Saskatchewan;Nova Scotia;New Brunswick;Newfoundland and Labrador|Newfoundland;Prince Edward Island;Yukon;' +
  'Northwest Territories;Nunavut;Arkansas;Kansas;Oregon';

const FIRST_NAMES =
  'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony ' +
  'Mark Donald Steven Stephen Paul Andrew Brian George Edward Nicholas Jonathan Benjamin Samuel Alexander Frank ' +
  'Patrick Jack Henry Peter Jeremy Sean Arthur Philip Tom Tony Bob Bill Jim Mike Dave Steve Joe Ron Dan Ben Sam ' +
  'Nick Chris Phil Colin Keir Boris Rishi Nigel Gordon Harry Charlie Oliver Liam Ed Barack Marco Elon Jeff Tim ' +
  'Ian Martin Vladimir Volodymyr Emmanuel Olaf Friedrich Jean Pierre Jacques Mario Pedro Carlos Luis Miguel ' +
  'Jorge Francisco Antonio Juan José Jair Sergei Dmitry Alexei Viktor Ivan Mohammed Mohamed Muhammad Mohammad ' +
  'Ahmed Ahmad Ali Hassan Hussein Omar Abdul Abdullah Ibrahim Salman Bashar Qassem Abu Fatima Aisha Rahul ' +
  'Narendra Imran Kim Xi Li Wang Zhang Lee Park Moon Mary Jennifer Elizabeth Susan Sarah Margaret Emily ' +
  'Michelle Rebecca Laura Anna Emma Rachel Maria Victoria Hannah Ann Anne Grace Hillary Kamala Kate Carla ' +
  'Esther Faith Angela Ursula Greta Levi Bret Bernie Kemi Zoe Chloe Sophie Lucy Amy Helen Claire Karen Lisa Linda ' +
  'Patricia Barbara Nancy Julia Julie Jane Joan Alice Ruth Jessica Katie Amanda Olivia Ella Megan Lauren Daria ' +
  'Natalia Olga Irina Elena Svetlana Yulia Marta Monika Eva Ana Sofia Lucia Isabel Carmen Rosa Priya Aditi Ayesha ' +
  'Amina Leila Nadia Yasmin Mei Ling Yuki Hana Ji Ngozi Chioma Wanjiru Kofi Kwame Emeka Musa Tariq Yusuf Khalid Karim ' +
  'Mustafa Hamza Ravi Amit Raj Arjun Sanjay Vikram Hiroshi Kenji Takeshi Wei Jun Hao Andrei Mikhail Nikolai Pavel ' +
  'Oleksandr Andriy Giorgio Luca Matteo Hans Klaus Lars Erik Anders Jan Piotr Tomasz Pablo Diego Javier ' +
  'Alejandro Rafael Fernando Ricardo Roberto Luiz Josh Ryan Kevin Jason Justin Eric Scott Greg Gary Neil Simon ' +
  'Adam Luke Jake Joel Aaron Kyle Tyler Noah Ethan Alan Graham Keith Kenneth Ronald Dennis Douglas Roger Terry ' +
  'Will Howard Carl Craig Dean Wayne Ray Marcus Nathan Owen Rhys Callum Jamie Declan Conor Ciaran Fiona Siobhan Niamh';

// Local officials elected by title, also joined in pairs: "County Clerk Ann Ruiz", "Clerk-Treasurer Bo Lin".
const LOCAL_OFFICES = 'clerk treasurer auditor assessor recorder registrar comptroller controller coroner';

// Lower-case title words that may stand before a name.
const TITLES =
  'president president-elect vice-president premier minister secretary secretary-general chancellor king queen ' +
  'prince princess emperor pope sheikh emir sultan ayatollah governor gov senator sen rep representative ' +
  'congressman congresswoman mayor judge justice lord lady sir dame baroness baron earl duke duchess dr prof ' +
  'professor mr mrs ms miss mx general gen lieutenant lt colonel col major maj captain capt sergeant sgt ' +
  'admiral adm administrator commander cmdr marshal brigadier corporal detective det inspector insp constable con superintendent supt ' +
  'commissioner ambassador envoy speaker leader chair chairperson chairman chairwoman ceo director bishop archbishop cardinal ' +
  'undersecretary under-secretary rabbi imam rev reverend pastor coach manager pm mp mep msp mla mpp td attorney prosecutor chief director-general councillor councilor cllr cr coun alderman alderwoman ald officer sheriff secretary-' + LOCAL_OFFICES.replace(/ /g, ' secretary-');

// Lower-case role nouns beyond the titles; words ending in -er, -or, -ist, -man, -ian, -ent, -ant count too.
const ROLE_NOUNS =
  'analyst rapporteur head boss substitute forward elector delegate member candidate nominee evacuee retiree detainee trainee returnee star aide adviser counsel official veteran victim witness suspect ' +
  'defendant pilot monarch dictator chief executive chair figure counterpart spokesperson father mother son ' +
  'daughter wife husband widow brother sister nurse cleric rebel fighter activist host tycoon billionaire ' +
  'founder actress heir teenager pupil colleague deputy novelist physicist ally rival critic playwright clerk registrar magistrate trustee ' +
  // Kin, who are named by the given name alone: "his son, Marco,", "their children, Ada and Leo".
  'sons daughters children grandchildren brothers sisters parents grandson granddaughter uncle aunt cousin niece nephew';

const HONORIFICS = 'mr mrs ms miss mx dr sir dame lord lady justice judge prof professor';

const TITLE_MODIFIERS =
  'former then acting interim deputy vice prime ch foreign defence defense home interior finance health justice ' +
  'energy trade economy education culture transport environment agriculture state attorney general chief ' +
  'executive supreme crown field high shadow junior senior first grand lance staff master rear top ' +
  'opposition party army police military navy air federal national regional local provincial managing assistant ' +
  'associate lead co legal special technical communications press security intelligence labour labor treasury ' +
  'cabinet parliamentary majority minority house senate union world human rights district circuit appeals financial ' +
  'operating technology information marketing medical scientific mines mining oil petroleum fisheries tourism housing ' +
  'industry commerce sports sport immigration infrastructure aviation country';

// Organisations introduced by a lower-case noun ("the human rights organisation Redress").
const ORG_NOUNS =
  'organisation organization company firm group charity agency service newspaper paper broadcaster network carrier ' +
  'airline studio manufacturer carmaker automaker retailer lender bank insurer producer maker publisher operator supplier ' +
  'provider developer startup giant watchdog journal gazette daily side outfit regulator outlet channel website platform club team union ' +
  'party movement militia faction institute university think-tank ngo brand chain fund ' +
  'nonprofit association alliance foundation council ministry department body magazine tabloid house chamber legislature ' +
  'parliament utility corporation conglomerate consultancy supermarket gang cartel hotline helpline authority museum miner refiner smelter exporter shipper brokerage';

// Capitalised head words of organisations, groups and places. Organisation heads come in three parts: plain
// ones, generic last words of company names ("Swiftdrop Logistics" is also "Swiftdrop"), and newspaper names.
const ORG_HEADS =
  'Ministry Department Court Office Council Regiment Army Navy Force Forces Guard Guards Corps Police Bank ' +
  'News Gazette Chronicle Monthly Weekly Daily Press Magazine Radio Television TV Channel Network ' +
  'Broadcasting Agency Commission Committee Corp Inc Ltd Bureau Service Services University College School ' +
  'Institute Foundation Trust Association Society Union Federation League Club Authority Board Fund Guild Cooperative ' +
  'Organisation Organization Alliance Coalition Parliament Assembly Senate Congress Embassy Consulate ' +
  'Administration Cabinet Government Tribunal Exchange Reserve Hospital Clinic Centre Center Laboratories ' +
  'Museum Church Chamber Chambers Command Division Unit Battalion Star Associates Centres Observatory ' +
  // Administrative bodies of civil-law states: "the General Superintendency of Banks", "the Labour Inspectorate".
  'Directorate Inspectorate Superintendency Commissariat Procuracy ' +
  'Centers Hospitals Schools Universities FC AFC CFC SSC Economics Lines Airline Academy Institution ' +
  'Theatre Theater Playhouse Opera Orchestra Ballet Gallery Warehouse Sport Party Parties Front Panel ' +
  'Hotel Resort Motel Partnership Taskforce Collaboration Executive Circuit Initiative Caucus System Body Secretariat Consortium Diocese Archdiocese Synod Mission Liga Ligue Serie Série ' +
  // Bodies' last words in German, Dutch and the Nordic languages ("Bertelsmann Stiftung", "Nordhavn Rederi"), romanised
  // Japanese ("Sakuragawa Shuzo": brewery; "Sumitomo Shoji": trading house; "Nada Gogo Shuzo Kumiai": association),
  // Turkish and Indonesian. (Plain heads: the first word of "Nada Gogo Shuzo Kumiai" is often a place.)
  'Werke Werk Stiftung Verband Bundesverband Verein Gesellschaft Versicherung Versicherungen Bahn Bundesbahnen Sparkasse Groep Vereniging Stichting ' +
  'Rederi Bolaget Forbund Förbund Förbundet Forbundet ' +
  'Shuzo Kumiai Kyokai Chuokai Rengokai Shoji Kogyo Sangyo Seiyaku Ginko Shimbun Shinbun Denki Jukogyo Kaisha Shoken Jidosha ' +
  'Havayollari Ticaret Enerji Otomotiv Persero Telekomunikasi';

const COMPANY_HEADS =
  'Logistics Airlines Airways Motor Motors Industries Technologies Systems Energy Pharmaceuticals Biologics ' +
  'Therapeutics Pharma Biotech Labs Research Analytics Consulting Capital Investments Holdings Group ' +
  'Securities Partners Solutions Software Robotics Networks Studios Brands Foods Insurance Healthcare Media ' +
  'Corporation Company Health Advisory Pictures Films Entertainment Records Productions Publishing Semiconductor ' +
  'Semiconductors Electronics Steel Chemicals Mining Telecom Rail Railway Railways Railroad ' +
  // Company words of other languages: Turkish "Yatirim" (investment), "Holding", "Bankasi"; German "Gruppe".
  'Holding Yatirim Yatırım Menkul Bankasi Bankası Sigorta Sanayi Gruppe Groupe ' +
  // Swedish, Norwegian, Danish and German: "Sjöfors Kapital", "Ekvik Invest", "Norrland Fastigheter".
  'Kapital Invest Gruppen Fastigheter Förvaltning Finans Beteiligungen ' +
  // Industries as a firm's last word: "Hanwha Aerospace", "Korea Zinc", "Southern Copper", "Dangote Cement".
  'Aerospace Defence Shipbuilding Engineering Construction Cement Petroleum Petrochemical Petrochemicals Chemical Textiles Zinc Copper Nickel Aluminium Aluminum Shipping ' +
  // (Singular industry words: "Takeda Pharmaceutical", "Mitsubishi Heavy", "Mitsubishi Electric".)
  'Pharmaceutical Heavy Electric Industrial Financial';

const MEDIA_HEADS =
  'Times Guardian Telegraph Independent Economist Observer Mirror Post Journal Herald Tribune Express Mail Standard Globe ' +
  'Inquirer Enquirer Courier Dispatch Sentinel Advertiser Bulletin Statesman ' +
  // Japanese, Korean and Chinese words for a newspaper: "Asahi Shimbun", "Chosun Ilbo", "Renmin Ribao".
  'Shimbun Ilbo Ribao';

const GROUP_HEADS =
  'Movement Brigade Brigades Militia Militias Tribe Nation Nations Rebels Electors Cartel Cartels Gang Gangs Mafia Syndicate';

const PLACE_HEADS =
  'Street Road Avenue Lane Drive Square Airport Bridge River Sea Ocean Lake Island Islands Mountains Mountain ' +
  'Province Region District County City Valley Hill Nagar Pradesh Falls Strait Peninsula Desert Coast Heights Hills Park Station Port ' +
  'Bay Canal Gulf Strip Camp Village Governorate State Territory Crossing Prison Tower Palace Stadium Arena ' +
  'Highway Motorway Boulevard Crescent Terrace Market Harbour Harbor Beach Forest Reservoir Dam Jail Cathedral Mosque Farm ' +
  'Works Refinery Mine Reef Atoll Lagoon Range Canyon Gorge Township Borough Parish Pike Turnpike Parkway Expressway Freeway Base Oblast Krai Prefecture Canton Municipality Plateau Basin Plains Glacier Steppe Area ' +
  'Pools Springs Caves Cliffs Peak Volcano Dunes Marshes Wetlands Fjord Current Massif Delta Highlands Line Fort Pans Deep Ground';

const NON_ACTOR_HEADS =
  'Convention Treaty Act Agreement Accord Accords Protocol Papers Charter Constitution Declaration Resolution ' +
  'Amendment Ordinance Statute Directive Decree Regulation Regulations Code Report Programme Program Strategy War Wars Revolution Crisis Olympics Games Cup Championship ' +
  'Prix Open Festival Prize Award Awards Day Week Summit Conference Election Elections Pipeline Project Index Bill ' +
  'Law Doctrine Plan Deal Trophy Series Show Tour Era Pandemic Virus Hurricane Storm Typhoon Cyclone Budget Order Medal Principles Average Composite Telescope Intermediate';

const STOP_WORDS =
  'the a an this that these those it its he she they we i you his her their our my your there here in on at by ' +
  'for from to of with without after before during since until while when where what which who whom whose why ' +
  'how if but and or nor so yet as also however meanwhile although though despite because among amid around ' +
  'about above below under over into through across against between within beyond prior following according ' +
  'some many most much more less few all both each every other others another such only even still just not no ' +
  'yes one two three four five six seven eight nine ten first second third last next then now today yesterday ' +
  'tomorrow earlier later past former several anyone everyone someone nothing everything either neither do does ' +
  'did is are was were be has have had will would could should may might must can let like unlike whether once ' +
  'instead perhaps overall upon via per near outside inside throughout along behind police officials critics ' +
  'analysts experts residents witnesses protesters supporters sources authorities troops soldiers nobody somebody anybody everybody';

const HOLIDAYS = 'Christmas Easter Ramadan Eid Thanksgiving';

const NON_ACTOR_ACRONYMS =
  'GDP CEO CFO COO TV PM MP MPs MEP AM OK ID DNA HIV AIDS COVID VAT IPO CPI PPE ICU ER NICU PhD AI IT PR UFO SUV EV EVs ' +
  'LGBT LGBTQ GPS CCTV ATM XL LNG UTC GMT EST AD BC USD GBP EUR NGO NGOs SMS URL VIP UAV IED WMD MRI IQ RSV SARS MERS TB ALS PTSD ADHD ' +
  'FILE PHOTO PHOTOS VIDEO IMAGE OBE MBE CBE KBE DBE KC QC GPU GPUs CPU CPUs API APIs LLM LLMs AGI EPS ARR ETF ETFs ESG GW MW PDF USB HGV GCSE GCSEs NFT GP GPs EBIT EBITDA Rs Rp';

const PARTY_LABELS = 'Republican Democratic Democrat Libertarian Conservative Labour Labor Liberal Green Socialist Tory Independent';

// ("Vermonter", "Londoner": "-er" of a place.)
const DEMONYM_SUFFIXES = ['ian', 'an', 'n', 'i', 'ese', 'ish', 'er'];
// ("Catalan" ← Catalonia; never "-on" to "-n": "Cameron" is no demonym of Cameroon.)
const DEMONYM_STEM_ENDS = ['', 'a', 'ia', 'i', 'y', 'e', 'o', 'on', 'um', 'ey', 'and', 'en', 'onia'];

/** A space-separated word list as a Set. */
const words = (s: string): Set<string> => new Set(s.split(' '));

/** A set of names that also finds a name written with accents the list leaves out ("Luís" as "Luis"). */
class FoldedNames extends Set<string> {
  override has(w: string): boolean {
    return super.has(w) || (/[^\x00-\x7f]/.test(w) && super.has(w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
  }
}

let cache: Gazetteer | undefined;

/** The gazetteer, built on first call and cached. */
export function gazetteer(): Gazetteer {
  if (cache) return cache;
  const names = new Map<string, GazetteerEntry>();
  const heads = new Map<string, ActorKind>();
  const adjectives = words(ADJECTIVES);
  // The first list that names a form wins: "Georgia" is a country before a US state.
  const lists: [string, ActorKind][] = [
    [COUNTRIES, 'country'],
    [US_STATES, 'place'],
    [CITIES, 'place'],
    [ORGANIZATIONS, 'organization'],
    [GROUPS, 'group'],
    [PLACES, 'place'],
  ];
  for (const [list, kind] of lists) {
    for (const line of list.split(';')) {
      const forms = line.split('|');
      // (One entry object for all the forms of a line: entries are never changed.)
      const entry = { key: forms[0]!, kind };
      for (const f of forms) {
        if (!names.has(f)) names.set(f, entry);
        // ("Côte d’Ivoire", "People’s Republic of China": a typographic apostrophe names it too.)
        if (f.includes("'")) {
          const g = f.replace("'", '’');
          if (!names.has(g)) names.set(g, entry);
        }
      }
    }
  }
  const headLists: [string, ActorKind][] = [
    [`${ORG_HEADS} ${COMPANY_HEADS} ${MEDIA_HEADS}`, 'organization'],
    [GROUP_HEADS, 'group'],
    [PLACE_HEADS, 'place'],
  ];
  for (const [list, kind] of headLists) for (const w of list.split(' ')) heads.set(w, kind);
  const demonymCache = new Map<string, boolean>();
  // "Iraqi" ← Iraq, "Syrian" ← Syria, "Chinese" ← China, "Belgian" ← Belgium, "Turkish" ← Turkey.
  const isDemonym = (w: string): boolean => {
    // (Every suffix below and "-man", "-men" end in one of these letters: other words need no cache.)
    if (!'niehr'.includes(w[w.length - 1] ?? ' ')) return adjectives.has(w);
    let found = demonymCache.get(w);
    if (found === undefined) {
      // ("Englishman", "Scotswoman", "Frenchmen": a person of a demonym.)
      const man = (w.endsWith('man') || w.endsWith('men')) && /^([A-Z][a-z]{2,}?)s?(?:wo)?m[ae]n$/.exec(w);
      found =
        adjectives.has(w) ||
        (!!man && isDemonym(man[1]!)) ||
        DEMONYM_SUFFIXES.some(
          (suffix) =>
            w.endsWith(suffix) &&
            w.length - suffix.length >= 3 &&
            DEMONYM_STEM_ENDS.some((end) => {
              // (A bare "-n" only follows the place's whole name: "Kenyan"; never "Cairn" ← Cairo.)
              if (suffix === 'n' && end) return false;
              // (Not "Alan" ← "Ala": an abbreviation of three letters.)
              const stem = w.slice(0, -suffix.length) + end;
              const kind = stem.length > 3 ? names.get(stem)?.kind : undefined;
              return kind === 'country' || kind === 'place';
            }),
        );
      demonymCache.set(w, found);
    }
    return found;
  };
  const usStates = new Set(US_STATES.split(/[;|]/));
  const stateEnds = new Set<string>();
  for (const f of `${COUNTRIES};${US_STATES}`.replace(/'/g, '’').split(/[;| -]/)) stateEnds.add(f).add(f.replace('’', "'"));
  // "Vice-Chief", "Deputy-Chair", "co-founder": a title joined to "vice", "deputy" or "co" by a hyphen is one too;
  // "Attorney-General", "Governor-General": so is a title joined to "general".
  const offices = LOCAL_OFFICES.split(' ');
  const titleWords = `${TITLES} ${LOCAL_OFFICES}`.split(' ');
  for (const t of offices) for (const u of offices) titleWords.push(`${t}-${u}`);
  const titles = new Set<string>();
  for (const t of titleWords) titles.add(t).add(`vice-${t}`).add(`deputy-${t}`).add(`co-${t}`).add(`${t}-general`);
  const titleModifiers = words(TITLE_MODIFIERS);
  return (cache = {
    names,
    isDemonym,
    firstNames: new FoldedNames(FIRST_NAMES.split(' ')),
    titles,
    honorifics: words(HONORIFICS),
    titleModifiers,
    titleish: new Set([...titles, ...titleModifiers]),
    roleNouns: words(TITLES + ' ' + ROLE_NOUNS),
    orgNouns: words(ORG_NOUNS),
    heads,
    nonActorHeads: words(NON_ACTOR_HEADS),
    // (Number words too: "Nineteen Democrats joined" was an organisation.)
    stopWords: words(`${STOP_WORDS} ${UNIT_NAMES.join(' ')} ${TENS_NAMES.join(' ')}`),
    calendar: new Set([...MONTH_NAMES, ...MONTH_ABBRS, ...WEEKDAY_NAMES, ...HOLIDAYS.split(' ')]),
    nonActorAcronyms: words(NON_ACTOR_ACRONYMS),
    partyLabels: words(PARTY_LABELS),
    usStates,
    stateEnds,
    companyHeads: words(COMPANY_HEADS),
    mediaHeads: words(MEDIA_HEADS),
  });
}
