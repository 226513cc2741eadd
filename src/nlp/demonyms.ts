// Nationality words → their country, so "Canadian troops" finds "Canada has
// 500 troops". Applied to index and questions alike, before stemming. General
// knowledge, like a stemmer's exception list; plurals are added below.
import { wordPairs } from '../util/text.js';

const PAIRS = `afghan:afghanistan albanian:albania algerian:algeria american:america angolan:angola argentine:argentina
argentinian:argentina armenian:armenia australian:australia austrian:austria azerbaijani:azerbaijan bahraini:bahrain
bangladeshi:bangladesh belarusian:belarus belgian:belgium bolivian:bolivia bosnian:bosnia brazilian:brazil
british:britain bulgarian:bulgaria burmese:burma cambodian:cambodia cameroonian:cameroon canadian:canada
chadian:chad chilean:chile chinese:china colombian:colombia congolese:congo croatian:croatia cuban:cuba
cypriot:cyprus czech:czechia danish:denmark dutch:netherlands ecuadorian:ecuador egyptian:egypt emirati:emirates
english:england eritrean:eritrea estonian:estonia ethiopian:ethiopia european:europe filipino:philippines
finnish:finland french:france georgian:georgia german:germany ghanaian:ghana greek:greece guatemalan:guatemala
haitian:haiti honduran:honduras hungarian:hungary icelandic:iceland indian:india indonesian:indonesia iranian:iran
iraqi:iraq irish:ireland israeli:israel italian:italy jamaican:jamaica japanese:japan jordanian:jordan
kazakh:kazakhstan kenyan:kenya korean:korea kosovar:kosovo kuwaiti:kuwait kurdish:kurdistan kyrgyz:kyrgyzstan
latvian:latvia lebanese:lebanon liberian:liberia libyan:libya lithuanian:lithuania malaysian:malaysia malian:mali
maltese:malta mexican:mexico moldovan:moldova mongolian:mongolia moroccan:morocco mozambican:mozambique
namibian:namibia nepalese:nepal nepali:nepal nicaraguan:nicaragua nigerian:nigeria nigerien:niger norwegian:norway
omani:oman pakistani:pakistan palestinian:palestine panamanian:panama paraguayan:paraguay peruvian:peru
polish:poland portuguese:portugal qatari:qatar romanian:romania russian:russia rwandan:rwanda saudi:saudi
scottish:scotland senegalese:senegal serbian:serbia singaporean:singapore slovak:slovakia slovenian:slovenia
somali:somalia sudanese:sudan spanish:spain swedish:sweden swiss:switzerland syrian:syria taiwanese:taiwan
tajik:tajikistan tanzanian:tanzania thai:thailand tunisian:tunisia turkish:turkey turkmen:turkmenistan
ugandan:uganda ukrainian:ukraine uruguayan:uruguay uzbek:uzbekistan venezuelan:venezuela vietnamese:vietnam
welsh:wales yemeni:yemen zambian:zambia zimbabwean:zimbabwe`;

export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  wordPairs(PAIRS).flatMap(([demonym, country]) =>
    // "Iraqis", "Canadians": plural nouns of the same word ("Chinese", "French" have none).
    /(an|i)$/.test(demonym)
      ? [[demonym, country] as const, [`${demonym}s`, country] as const]
      : [[demonym, country] as const],
  ),
);
