// US states as wire copy writes them after a city ("Danville, Va.", "Fort Worth, Texas"): the abbreviations of
// AP style. A question naming the state ("in danville virginia") asks about an article that abbreviates it.
// One-word states only (a question's name is matched term by term), and not those whose abbreviation is a common
// word or another name's ("Mass.", "Miss.", "Wash.", "Ore.", "La.", "Del.", "Ind.", "Mo.").
import { termPairs } from './terms.js';

const PAIRS = `alabama:ala arizona:ariz arkansas:ark california:calif colorado:colo connecticut:conn florida:fla
georgia:ga illinois:ill kansas:kan kentucky:ky maryland:md michigan:mich minnesota:minn montana:mont
nebraska:neb nevada:nev oklahoma:okla pennsylvania:pa tennessee:tenn vermont:vt virginia:va wisconsin:wis
wyoming:wyo`;

/** A state's index term → the term of its abbreviation (both as the term pipeline makes them). */
export const STATE_ABBREVIATION: ReadonlyMap<string, string> = termPairs(PAIRS);
