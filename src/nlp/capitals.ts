// Capitals stand for their governments in news ("Washington sanctioned…", "Tehran denied…"): a question naming the
// capital asks about the country the article names. General knowledge, like the demonym list.
import { termPairs } from './terms.js';

const PAIRS = `kabul:afghanistan tirana:albania algiers:algeria luanda:angola buenos_aires:argentina yerevan:armenia
canberra:australia vienna:austria baku:azerbaijan manama:bahrain dhaka:bangladesh minsk:belarus brussels:belgium
sarajevo:bosnia brasilia:brazil sofia:bulgaria phnom_penh:cambodia ottawa:canada santiago:chile beijing:china
peking:china bogota:colombia havana:cuba nicosia:cyprus prague:czechia copenhagen:denmark quito:ecuador cairo:egypt
addis_ababa:ethiopia helsinki:finland paris:france tbilisi:georgia berlin:germany bonn:germany accra:ghana
athens:greece budapest:hungary reykjavik:iceland delhi:india jakarta:indonesia tehran:iran baghdad:iraq
dublin:ireland jerusalem:israel rome:italy tokyo:japan amman:jordan nairobi:kenya seoul:korea pyongyang:korea
kuwait_city:kuwait beirut:lebanon tripoli:libya vilnius:lithuania kuala_lumpur:malaysia mexico_city:mexico
rabat:morocco kathmandu:nepal the_hague:netherlands wellington:new_zealand abuja:nigeria lagos:nigeria oslo:norway
muscat:oman islamabad:pakistan lima:peru manila:philippines warsaw:poland lisbon:portugal doha:qatar
bucharest:romania moscow:russia riyadh:saudi dakar:senegal belgrade:serbia bratislava:slovakia pretoria:south_africa
madrid:spain khartoum:sudan stockholm:sweden bern:switzerland damascus:syria taipei:taiwan bangkok:thailand
tunis:tunisia ankara:turkey kampala:uganda kiev:ukraine kyiv:ukraine abu_dhabi:emirates london:britain
washington:US montevideo:uruguay caracas:venezuela hanoi:vietnam sanaa:yemen lusaka:zambia
harare:zimbabwe`;

/** A capital's index term → its country's (both as the term pipeline makes them). */
export const CAPITAL_OF: ReadonlyMap<string, string> = termPairs(PAIRS);

/**
 * Buildings that stand for the body housed in them, as capitals do for governments: "the Pentagon" is the defence
 * department an article may name instead ("the US department of defence spokesman"), the Kremlin the Soviet leadership.
 */
export const SEAT_STANDS_FOR: ReadonlyMap<string, readonly string[]> = new Map([
  ['pentagon', ['defens', 'defenc']],
  ['kremlin', ['soviet', 'russia', 'moscow']],
]);
