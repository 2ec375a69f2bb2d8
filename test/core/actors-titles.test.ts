import { describe, it } from 'vitest';
import { checkActorProbe, type ActorProbe } from './helpers/actor-probes.js';


/**
 * A title with an "of"/"for" portfolio before a person's name ("Minister of Supply and Internal Trade Sherif Farouk"):
 * the person comes out whole, the portfolio never glued to the name, and the role is the title and its portfolio; when
 * nothing shows where the name starts, no person at all.
 */
const TITLES: ActorProbe[] = [
  ["Minister of Supply and Internal Trade Ali Hassan Mostafa told reporters the bread price would not change.", [["Ali Hassan Mostafa","person","Minister of Supply and Internal Trade"]], ["Internal Trade Ali Hassan Mostafa","Trade Ali Hassan Mostafa"]],
  ["Vice Minister of Ecology and Natural Resources Yerlan Dauletov told a briefing that the lake had shrunk.", [["Yerlan Dauletov","person","Vice Minister of Ecology and Natural Resources"]], ["Resources Yerlan Dauletov"]],
  ["Minister of Foreign Affairs Karim Haddad said the talks would resume.", [["Karim Haddad","person","Minister of Foreign Affairs"]], ["Affairs Karim Haddad"]],
  ["Secretary of State for Health and Social Care Tom Ellery said waiting lists were falling.", [["Tom Ellery","person","Secretary of State for Health and Social Care"]], ["Secretary of State for Health","Social Care Tom Ellery"]],
  ["Minister of Finance Nirmala Rao presented the budget on Thursday.", [["Nirmala Rao","person","Minister of Finance"]], ["Finance Nirmala Rao"]],
  ["Deputy Minister of Health Joe Phaahla said the clinics would reopen.", [["Joe Phaahla","person","Deputy Minister of Health"]], ["Health Joe Phaahla"]],
  ["Minister of Agriculture and Rural Development Tran Van Minh visited the delta.", [["Tran Van Minh","person","Minister of Agriculture and Rural Development"]], ["Rural Development Tran Van Minh","Development Tran Van Minh"]],
  ["Minister of Mines and Energy Alexandre Moura said the auction would go ahead.", [["Alexandre Moura","person","Minister of Mines and Energy"]], ["Energy Alexandre Moura"]],
  ["Minister of Energy and Mineral Resources Bahlil Lahadalia said exports would resume.", [["Bahlil Lahadalia","person","Minister of Energy and Mineral Resources"]], ["Mineral Resources Bahlil Lahadalia"]],
  ["Minister of Interior and Administration Tomasz Siemoniak said border guards were on alert.", [["Tomasz Siemoniak","person","Minister of Interior and Administration"]], ["Administration Tomasz Siemoniak"]],
  ["Minister of Labour, Employment and Social Affairs Dragan Kovac said wages would rise.", [["Dragan Kovac","person"]], ["Social Affairs Dragan Kovac","Affairs Dragan Kovac"]],
  ["Minister of Petroleum and Natural Gas Hardeep Singh Puri said fuel prices would stay unchanged.", [["Hardeep Singh Puri","person","Minister of Petroleum and Natural Gas"]], ["Natural Gas Hardeep Singh Puri","Gas Hardeep Singh Puri"]],
  ["Minister of State for Home Affairs Nityanand Rai told parliament that 12 people had died.", [["Nityanand Rai","person"]], ["Home Affairs Nityanand Rai","Affairs Nityanand Rai"]],
  ["Minister of Water and Sanitation Senzo Mchunu said the dam was full.", [["Senzo Mchunu","person","Minister of Water and Sanitation"]], ["Sanitation Senzo Mchunu"]],
  ["Minister of Trade, Industry and Competition Parks Tau said the tariff was unfair.", [["Parks Tau","person"]], ["Competition Parks Tau"]],
  ["Under-Secretary of State for Political Affairs Victoria Nuland arrived in Kyiv on Monday.", [["Victoria Nuland","person"],["Kyiv","place"]], ["Political Affairs Victoria Nuland","Affairs Victoria Nuland"]],
  ["Under Secretary for Arms Control Bonnie Jenkins met her Russian counterpart.", [["Bonnie Jenkins","person"]], ["Arms Control Bonnie Jenkins","Control Bonnie Jenkins"]],
  ["Director of Public Health Sarah Okafor said the outbreak was contained.", [["Sarah Okafor","person","Director of Public Health"]], ["Public Health Sarah Okafor","Health Sarah Okafor"]],
  ["Commissioner of Police Douglas Kanja said 40 officers had been deployed.", [["Douglas Kanja","person","Commissioner of Police"]], ["Police Douglas Kanja"]],
  ["Governor of the Central Bank Yannis Stournaras said inflation would ease.", [["Yannis Stournaras","person"]], ["Central Bank Yannis Stournaras","Bank Yannis Stournaras"]],
  ["Chairman of the Joint Chiefs of Staff Charles Brown flew to Brussels.", [["Charles Brown","person"],["Brussels","place"]], ["Staff Charles Brown"]],
  ["President of the European Commission Ursula von der Leyen arrived in Rome.", [["Ursula von der Leyen","person"],["Rome","place"]], ["European Commission Ursula von der Leyen","Commission Ursula von der Leyen"]],
  ["Chief of Army Staff Asim Munir met the delegation.", [["Asim Munir","person","Chief of Army Staff"]], ["Army Staff Asim Munir","Staff Asim Munir"]],
  ["Chief of Defence Staff Christopher Musa said the troops had been withdrawn.", [["Christopher Musa","person"]], ["Defence Staff Christopher Musa","Staff Christopher Musa"]],
  ["Egypt's Minister of Supply Ali Moselhy said wheat stocks would last six months.", [["Ali Moselhy","person"],["Egypt","country"]], ["Supply Ali Moselhy"]],
  ["Kazakhstan's Minister of Energy Almasadam Satkaliyev said output would rise.", [["Almasadam Satkaliyev","person"],["Kazakhstan","country"]], ["Energy Almasadam Satkaliyev"]],
  ["Nigeria's Minister of Information and National Orientation Mohammed Idris denied the report.", [["Mohammed Idris","person"],["Nigeria","country"]], ["National Orientation Mohammed Idris","Orientation Mohammed Idris"]],
  ["Ghana's Minister of Finance Cassiel Ato Forson said the cedi had stabilised.", [["Cassiel Ato Forson","person"],["Ghana","country"]], ["Finance Cassiel Ato Forson"]],
  ["Peru's Minister of Economy and Finance Jose Arista resigned on Friday.", [["Jose Arista","person"],["Peru","country"]], ["Finance Jose Arista"]],
  ["Secretary of Defense Lloyd Austin said the carrier would stay in the region.", [["Lloyd Austin","person","Secretary of Defense"]], ["Defense Lloyd Austin"]],
  ["Secretary of Agriculture Tom Vilsack announced the aid on Tuesday.", [["Tom Vilsack","person","Secretary of Agriculture"]], ["Agriculture Tom Vilsack"]],
  ["Secretary of Homeland Security Alejandro Mayorkas visited the border.", [["Alejandro Mayorkas","person"]], ["Homeland Security Alejandro Mayorkas","Security Alejandro Mayorkas"]],
  ["Secretary of State for Science, Innovation and Technology Michelle Donelan opened the summit.", [["Michelle Donelan","person"]], ["Technology Michelle Donelan"]],
  ["Secretary of State for Energy Security and Net Zero Ed Miliband said bills would fall.", [["Ed Miliband","person"]], ["Net Zero Ed Miliband","Zero Ed Miliband"]],
  ["Minister for Foreign Affairs Penny Wong said Australia would send aid.", [["Penny Wong","person","Minister for Foreign Affairs"],["Australia","country"]], ["Affairs Penny Wong"]],
  ["Minister for Climate Change and Energy Chris Bowen said the target was within reach.", [["Chris Bowen","person"]], ["Energy Chris Bowen"]],
  ["Minister for Housing, Local Government and Heritage Darragh O'Brien said rents had risen.", [["Darragh O'Brien","person"]], ["Heritage Darragh O'Brien"]],
  ["Commissioner for Human Rights Volker Turk condemned the attack.", [["Volker Turk","person"]], ["Human Rights Volker Turk","Rights Volker Turk"]],
  ["Governor of Lagos State Babajide Sanwo-Olu ordered the markets shut.", [["Babajide Sanwo-Olu","person"]], ["State Babajide Sanwo-Olu"]],
  ["Minister of Health Mahlet Tesfaye told the state broadcaster that 30 people had died.", [["Mahlet Tesfaye","person","Minister of Health"]], ["Health Mahlet Tesfaye"]],
  ["Minister of Tourism and Antiquities Ahmed Issa said visitor numbers were at a record.", [["Ahmed Issa","person"]], ["Antiquities Ahmed Issa"]],
  ["Minister of Public Works and Housing Basuki Hadimuljono inspected the dam.", [["Basuki Hadimuljono","person"]], ["Housing Basuki Hadimuljono"]],
  ["Deputy Minister of Foreign Affairs Sergei Ryabkov told RIA that talks were stalled.", [["Sergei Ryabkov","person"]], ["Affairs Sergei Ryabkov"]],
  ["Minister of Defence Rustem Umerov met his counterpart in Berlin.", [["Rustem Umerov","person"],["Berlin","place"]], ["Defence Rustem Umerov"]],
  ["Minister of Environment and Climate Change Steven Guilbeault announced the ban.", [["Steven Guilbeault","person"]], ["Climate Change Steven Guilbeault","Change Steven Guilbeault"]],
  ["The Minister of Foreign Affairs, Karim Haddad, said the talks would resume.", [["Karim Haddad","person"]], []],
  ["Minister of Higher Education Hoang Minh Son said fees would be capped.", [["Hoang Minh Son","person"]], ["Higher Education Hoang Minh Son","Education Hoang Minh Son"]],
  ["Secretary-General of the League Ahmed Aboul Gheit urged calm.", [["Ahmed Aboul Gheit","person"]], ["League Ahmed Aboul Gheit"]],
  ["Minister of State for Foreign Affairs Anwar Gargash said the UAE would help.", [["Anwar Gargash","person"]], ["Affairs Anwar Gargash"]],
  ["President of the Constitutional Court Stephan Harbarth said the law was void.", [["Stephan Harbarth","person"]], ["Constitutional Court Stephan Harbarth","Court Stephan Harbarth"]],
  ["Governor of the Bank of England Andrew Bailey said rates would stay high.", [["Andrew Bailey","person"],["Bank of England","organization"]], ["England Andrew Bailey"]],
  ["President of Ukraine Volodymyr Zelensky thanked the allies.", [["Volodymyr Zelensky","person"],["Ukraine","country"]], ["Ukraine Volodymyr Zelensky"]],
  ["Mayor of London Sadiq Khan opened the new line.", [["Sadiq Khan","person"],["London","place"]], ["London Sadiq Khan"]],
  ["Leader of the Opposition Kemi Badenoch attacked the budget.", [["Kemi Badenoch","person"]], ["Opposition Kemi Badenoch"]],
  ["He was named Minister of Finance and Planning in 2019.", [], ["Planning","Finance and Planning"]],
  ["The Minister of Health said the clinics would reopen.", [], ["Health"]],
  ["Minister of Finance, Nirmala Rao, said the deficit would narrow.", [["Nirmala Rao","person"]], ["Finance"]],
  ["Head of Research Tom Whitfield said the bank expected two cuts.", [["Tom Whitfield","person"]], ["Research Tom Whitfield"]],
  ["Secretary of State for Northern Ireland Hilary Benn met party leaders in Belfast.", [["Hilary Benn","person"],["Belfast","place"]], ["Ireland Hilary Benn"]],
  ["Minister for Europe Stephen Doughty visited Warsaw.", [["Stephen Doughty","person"],["Warsaw","place"]], ["Europe Stephen Doughty"]],
  ["Prime Minister of India Narendra Modi arrived in Washington.", [["Narendra Modi","person"],["India","country"],["Washington","place"]], ["India Narendra Modi"]],
  ["Minister of Foreign Affairs of Jordan Ayman Safadi met his Egyptian counterpart.", [["Ayman Safadi","person"],["Jordan","country"]], ["Jordan Ayman Safadi"]],
  ["Commander of the Rapid Support Forces Mohamed Hamdan Dagalo rejected the truce.", [["Mohamed Hamdan Dagalo","person"]], ["Forces Mohamed Hamdan Dagalo"]],
  ["Secretary-General of NATO Mark Rutte warned of the threat.", [["Mark Rutte","person"],["NATO","organization"]], ["NATO Mark Rutte"]],
  ["Chair of the House Foreign Affairs Committee Michael McCaul called a hearing.", [["Michael McCaul","person"]], ["Committee Michael McCaul"]],
  ["Minister of Finance Sitharaman said the deficit would fall.", [["Sitharaman","person"]], ["Finance Sitharaman"]],
  ["Director of the FBI Christopher Wray testified on Tuesday.", [["Christopher Wray","person"],["FBI","organization"]], ["FBI Christopher Wray"]],
  ["Chief Executive of Tata Sons Natarajan Chandrasekaran said the airline would grow.", [], ["Sons Natarajan Chandrasekaran","Tata Sons Natarajan Chandrasekaran"]],
  ["Minister of the Interior Gerald Darmanin ordered the raids.", [["Gerald Darmanin","person"]], ["Interior Gerald Darmanin"]],
  ["Speaker of the House Mike Johnson scheduled a vote.", [["Mike Johnson","person"]], ["House Mike Johnson"]],
  ["Attorney General of Texas Ken Paxton sued the company.", [["Ken Paxton","person"]], ["Texas Ken Paxton"]],
  ["Minister of Youth and Sports Mohamed Ali Fayed opened the stadium.", [["Mohamed Ali Fayed","person"]], ["Sports Mohamed Ali Fayed"]],
  ["Minister of Justice and Constitutional Affairs Nobuhle Nkabane denied the claim.", [["Nobuhle Nkabane","person"]], ["Affairs Nobuhle Nkabane"]],
  ["The Ministry of Foreign Affairs said the envoy had been recalled.", [["Ministry of Foreign Affairs","organization"]], []],
  ["Minister of Finance Olawale Edun's plan was approved.", [["Olawale Edun","person"]], ["Finance Olawale Edun"]],
  ["Deputy Governor of the Central Bank of Nigeria Muhammad Sani Abdullahi spoke.", [["Muhammad Sani Abdullahi","person"]], ["Nigeria Muhammad Sani Abdullahi"]],
  ["Minister of Transport Anthony Loke said the line would open in 2027.", [["Anthony Loke","person","Minister of Transport"]], ["Transport Anthony Loke"]],
  ["Minister for Health Stephen Donnelly said the hospital would open.", [["Stephen Donnelly","person","Minister for Health"]], []],
  ["Kenyan Minister of Trade Moses Kuria visited the port.", [["Moses Kuria","person"]], ["Trade Moses Kuria"]],
  ["Former Minister of Finance Tendai Biti was arrested.", [["Tendai Biti","person"]], ["Finance Tendai Biti"]],
];

/** Items listed after an organisation's plural noun and "including", "such as" or "like" are organisations. */
const LISTS: ActorProbe[] = [
  ["Shipping lines including Maersk and Hapag-Lloyd have rerouted vessels around Africa.", [["Maersk","organization"],["Hapag-Lloyd","organization"],["Africa","place"]], []],
  ["Container rivals such as CMA CGM raised their rates.", [["CMA CGM","organization"]], []],
  ["Clubs like Sampdoria and Juventus have struggled to pay wages.", [["Sampdoria","organization"],["Juventus","organization"]], []],
  ["Carmakers including Volkswagen, Stellantis and Renault cut output.", [["Volkswagen","organization"],["Stellantis","organization"],["Renault","organization"]], []],
  ["Lenders such as Barclays and Lloyds raised mortgage rates.", [["Barclays","organization"],["Lloyds","organization"]], []],
  ["Airlines including Emirates and Qatar Airways suspended flights.", [["Emirates","organization"],["Qatar Airways","organization"]], []],
  ["Tech firms such as Infosys and Wipro hired fewer graduates.", [["Infosys","organization"],["Wipro","organization"]], []],
  ["Miners including Glencore and Anglo American reported lower profits.", [["Glencore","organization"],["Anglo American","organization"]], []],
  ["Insurers such as Allianz and Generali said claims would rise.", [["Allianz","organization"],["Generali","organization"]], []],
  ["Banks including Ecobank and Zenith cut lending.", [["Ecobank","organization"],["Zenith","organization"]], []],
  ["Brokerages such as Nomura and Daiwa cut their forecasts.", [["Nomura","organization"],["Daiwa","organization"]], []],
  ["Automakers like Toyota and Hyundai expanded in India.", [["Toyota","organization"],["Hyundai","organization"],["India","country"]], []],
  ["Oil majors including Shell and TotalEnergies paid record dividends.", [["Shell","organization"],["TotalEnergies","organization"]], []],
  ["Rivals such as Petrobras and Pemex lost market share.", [["Petrobras","organization"],["Pemex","organization"]], []],
  ["Telecom operators like Safaricom and Airtel raised data prices.", [["Safaricom","organization"],["Airtel","organization"]], []],
  ["Chipmakers such as TSMC and Samsung plan new plants.", [["TSMC","organization"],["Samsung","organization"]], []],
  ["Budget carriers like Ryanair and Wizz Air added routes.", [["Ryanair","organization"],["Wizz Air","organization"]], []],
  ["Football clubs such as Ajax and Feyenoord rely on player sales.", [["Ajax","organization"],["Feyenoord","organization"]], []],
  ["Streaming services including Netflix and Disney raised subscription prices.", [["Netflix","organization"],["Disney","organization"]], []],
  ["Fast-fashion brands like Zara and Primark face new rules.", [["Zara","organization"],["Primark","organization"]], []],
  ["Exporters including Olam and Cargill bought the crop.", [["Olam","organization"],["Cargill","organization"]], []],
  ["Countries such as Kenya and Ghana welcomed the loan.", [["Kenya","country"],["Ghana","country"]], []],
  ["Cities like Lagos and Nairobi face flooding.", [["Lagos","place"],["Nairobi","place"]], []],
  ["Leaders including Emmanuel Macron and Olaf Scholz attended.", [["Emmanuel Macron","person"],["Olaf Scholz","person"]], []],
];

/** Clubs and leagues in a sports-business story, and parties named "X of <country>" before "party". */
const SPORTS: ActorProbe[] = [
  ["Only one venue, Juventus' stadium in Turin, meets the rules. The striker was relegated with the club after the derby.", [["Juventus","organization"],["Turin","place"]], ["Juventus'"]],
  ["Fans said Sampdoria, relegated to Serie B in 2023, has debts of 200 million euros. The striker was relegated with the club after the derby.", [["Serie B","organization"]], []],
  ["The striker was relegated with the club after the derby. The owners said the club stayed in Serie A.", [["Serie A","organization"]], []],
  ["Santos were relegated to Série B in 2023 after a derby defeat. The striker was relegated with the club after the derby.", [["Série B","organization"]], []],
  ["Under the deal, Genoa CFC will pay 10 million euros. The striker was relegated with the club after the derby.", [["Genoa CFC","organization"]], []],
  ["The regulator fined Plan B, the band's label, on Monday.", [], ["Plan B"]],
  ["The far-right Alternative for Germany party won 20% of the vote.", [["Alternative for Germany","group"]], ["Alternative"]],
  ["The Luigi Ferraris stadium will be rebuilt. The striker was relegated with the club after the derby.", [["Luigi Ferraris stadium","place"]], []],
  ["Genoa CFC, which plays in Serie A, was bought by a Romanian billionaire. The striker was relegated with the club after the derby.", [["Genoa CFC","organization"],["Serie A","organization"]], []],
  ["Real Madrid's revenue rose to 1 billion euros, the highest in La Liga. The striker was relegated with the club after the derby.", [["Real Madrid","organization"],["La Liga","organization"]], []],
  ["Bayern Munich's chief executive said the Bundesliga must sell its TV rights abroad. The striker was relegated with the club after the derby.", [["Bayern Munich","organization"],["Bundesliga","organization"]], []],
  ["The Premier League agreed a 6.7 billion pound broadcast deal. The striker was relegated with the club after the derby.", [["Premier League","organization"]], []],
  ["Shares of Juventus fell 5% after the club reported a loss. The striker was relegated with the club after the derby.", [["Juventus","organization"]], []],
  ["The owners of AC Milan and Inter are seeking a new stadium. The striker was relegated with the club after the derby.", [["AC Milan","organization"]], []],
  ["Meloni's Brothers of Italy party leads the polls.", [["Brothers of Italy","group"]], ["Brothers"]],
];

/** No junk: a currency's sign before a spaced amount; places joined by a spaced hyphen before a place's head word. */
const JUNK: ActorProbe[] = [
  ["Traffic on the Bien Hoa - Vung Tau Expressway was halted.", [["Bien Hoa - Vung Tau Expressway","place"]], ["Bien Hoa"]],
  ["Prices rose to Tk 16,000 from Tk 12,500 in Dhaka.", [["Dhaka","place"]], ["Tk"]],
  ["The government set aside Tk 5,000 crore for the project.", [], ["Tk"]],
  ["Exports rose to Tk 1.2 trillion in the fiscal year.", [], ["Tk"]],
  ["Prices rose by Rs 20 per litre in Karachi.", [["Karachi","place"]], ["Rs"]],
  ["The fine was raised to Rp 50 million.", [], ["Rp"]],
  ["The deal was worth R 2 billion, the company said.", [], ["R"]],
  ["The bank lent Sh 300 million to farmers.", [], ["Sh"]],
  ["Storms hit Ba Ria - Vung Tau Province on Sunday.", [["Ba Ria - Vung Tau Province","place"]], ["Ba Ria"]],
  ["Flights between Kuala Lumpur - Singapore were cancelled.", [["Kuala Lumpur","place"],["Singapore","country"]], []],
];

describe('titles with a portfolio before a name', () => {
  it.each(TITLES)('%s', (...p) => checkActorProbe(p as ActorProbe));
});
describe('organisations listed after a plural noun', () => {
  it.each(LISTS)('%s', (...p) => checkActorProbe(p as ActorProbe));
});
describe('clubs, leagues and parties', () => {
  it.each(SPORTS)('%s', (...p) => checkActorProbe(p as ActorProbe));
});
describe('junk actors', () => {
  it.each(JUNK)('%s', (...p) => checkActorProbe(p as ActorProbe));
});
