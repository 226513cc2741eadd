// Someone's words asked for ("What did Esper say…", "…did Reuters say"): the speaker or source the question names,
// and whether a sentence reports words, theirs, in the way asked ("tweet").
import { termOf, terms, termSpans } from '../nlp/terms.js';
import { REASON_NOUNS, type Question } from './question.js';
import { heldTerms, type AnswerContext, type PassageSentence } from './context.js';
import type { Ranked } from './ranker.js';
import { spelledPattern } from './question-words.js';
import { OFFICE_TERMS } from './roles.js';

/** "…did Reuters say…", "according to Moody's": whose words the question asks for. */
const SAID_BY =
  /\b(?:did|does|do|has|have|had)\s+(.{1,40}?)\s+(?:say|said|report|reported|claim|claimed|tell|told|write|wrote|tweet|tweeted|announce|announced)\b|\baccording\s+to\s+(.{1,40}?)(?:[,?.]|$)/iu;

/** "What did Esper say…", "what does Baker tell…": the question asks for someone's words. */
export const WORDS_ASKED =
  /^\W*what\s+(?:did|does|do|has|have|had|will|would|is|was)\s+(.{1,60}?)\s+(?:say|said|saying|tell|told|telling|write|wrote|tweet|tweeted|announce|announced|declare|declared|state|stated)\b/iu;
/** "What reason did Zarif give for…", "how did Zarif justify…": a reason someone gave, which their words tell. */
const REASON_GIVEN_BY = new RegExp(
  `^\\W*(?:what\\s+(?:[\\w-]+\\s+)?(?:${REASON_NOUNS})\\s+(?:did|does|do|has|have|had|will|would)\\s+(.{1,60}?)\\s+(?:give|offer|cite|provide)|how\\s+(?:did|does|do|has|have|had|will|would)\\s+(.{1,60}?)\\s+(?:justify|explain))\\b`,
  'iu',
);

/** Whose words the question asks for ("What did Esper say…", "what reason did Zarif give…"): the phrase naming them. */
export function wordsAskedOf(question: string): string | null {
  const m = WORDS_ASKED.exec(question) ?? REASON_GIVEN_BY.exec(question);
  return m ? (m[1] ?? m[2] ?? '') : null;
}

/** Words that report speech ("said", "told reporters", "according to", a quotation). */
const REPORTS_WORDS =
  /\b(?:say|says|said|saying|tell|tells|told|telling|write|writes|wrote|written|tweeted|announce[sd]?|announcing|declare[sd]?|stated|claim(?:s|ed)?|warn(?:s|ed)?|urge[sd]?|according\s+to|quoted|indicate[sd]?|note[sd]|added|explain(?:s|ed)|insist(?:s|ed)|argue[sd]|suggest(?:s|ed)|confirm(?:s|ed)|den(?:y|ies|ied)|report(?:s|ed)|assert(?:s|ed)|acknowledge[sd]|admit(?:s|ted)|predict(?:s|ed)|repl(?:y|ies|ied)|comment(?:s|ed)|stress(?:es|ed)|reiterate[sd])\b|["“”]/iu;

/** How far behind the best a sentence that reports words in the way asked ("wrote on Twitter" for "tweet") may be. */
export const MANNER_TIE_SHARE = 0.85;
/** A word this close in the vectors to the way of saying asked says it ("Twitter" for "tweet", 0.64). */
const MANNER_SIMILARITY = 0.6;

/** The verb of "what did X tweet/write/announce…" as a term; null for "say", which any report answers. */
export function mannerAsked(q: Question): string | null {
  const verb = WORDS_ASKED.exec(q.text)?.[0].split(/\s+/).at(-1) ?? '';
  const t = termOf(verb.toLowerCase());
  return t === null || t === termOf('say') || t === termOf('said') ? null : t;
}

/** Whether the sentence says it in the way asked: the verb itself, or a word the vectors put close to it. */
export function saysInManner(ctx: AnswerContext, manner: string, r: Ranked<PassageSentence>): boolean {
  for (const t of heldTerms(r.candidate))
    if (t === manner || (ctx.vectors?.similarity(manner, t) ?? 0) >= MANNER_SIMILARITY) return true;
  return false;
}

/** Whether a sentence reports someone's words: a verb of saying ("said", "indicated", "wrote") or a quotation. */
export function reportsWords(text: string): boolean {
  return REPORTS_WORDS.test(text);
}

/**
 * "What did Esper say…": the one whose words are asked for, by the rarest word of the last name the question gives
 * them (a title goes before it: "Defence secretary Mark Esper" → esper); null when it names no one, or asks no words.
 */
export function speakerAsked(ctx: AnswerContext, q: Question): string | null {
  const phrase = wordsAskedOf(q.text);
  if (phrase === null) return null;
  // "Iran's supreme leader", "the British prime minister": an office in lower case after the name says whose words,
  // not the country before it ("Iran" is in any sentence of the crisis).
  const ws = phrase.split(/\s+/);
  const last = ws.at(-1) ?? '';
  const office = /^\p{Ll}+$/u.test(last) ? termOf(last) : null;
  const idf = (t: string) => ctx.index.stats.idf(t);
  const rarest = (ts: readonly string[]) => ts.reduce((a, b) => (idf(b) > idf(a) ? b : a));
  if (office !== null && OFFICE_TERMS.has(office) && ws.length > 1) {
    // Of the office's words, the rarest: "prime minister" is not the foreign minister.
    const start = ws.findLastIndex((w) => !/^\p{Ll}+$/u.test(w)) + 1;
    const own = terms(ws.slice(start).join(' '));
    return own.length > 0 ? rarest(own) : office;
  }
  const words = new Set(terms(phrase));
  const name = (q.names ?? []).filter((n) => n.every((t) => words.has(t))).at(-1);
  return name ? rarest(name) : null;
}

/**
 * Whether the sentence reports words, and the speaker's when one is asked about (`speakerAsked`): a sentence that
 * names them, holds them by reference, or spells them out ("IMF" as "International Monetary Fund"). Another's words,
 * a spokesman's, are not Esper's.
 */
export function reportsWordsOf(speaker: string | null, r: Ranked<PassageSentence>): boolean {
  const text = r.candidate.text;
  if (!reportsWords(text)) return false;
  if (speaker === null) return true;
  if (spelledPattern(speaker)?.test(text) === true) return true;
  const at = termSpans(text, new Set([speaker])).map(([s]) => s);
  // Held by reference only ("the professor" for Leuprecht): the speaker is there.
  if (at.length === 0) return heldTerms(r.candidate).has(speaker);
  // "Supporters of … cleric Moqtada al-Sadr carry placards … what they say": named after "of", another's words.
  return at.some((s) => !OF_SOMEONE.test(text.slice(Math.max(0, s - OF_REACH), s)));
}
/** "of" a few words before a name: the name belongs to someone else's phrase ("supporters of cleric al-Sadr"). */
const OF_SOMEONE = /\bof\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;
const OF_REACH = 60;

/** The named terms of the source the question attributes its fact to ("did Reuters say" → reuter); none if unnamed. */
export function sourceOf(q: Question): string[] {
  const m = SAID_BY.exec(q.text);
  if (!m) return [];
  return terms(m[1] ?? m[2] ?? '').filter((t) => q.named.has(t));
}

/** "What did Stoltenberg say about Canada's troops…": the topic of the words asked, after "about". */
const ABOUT_TOPIC = /\babout\s+(.+?)\s*\??\s*$/iu;
/**
 * "What did Stoltenberg say about Canada's troops in Iraq?" of "Stoltenberg … said he would not speculate on NATO
 * potential actions": a name of the topic (Canada) that the sentence does not say is not what it speaks of. Only names:
 * words on the event itself are seldom repeated in the words reported ("What did Zarif say about the strikes?" of
 * "Iran took & concluded proportionate measures…"). Its paragraph may name it for the sentence; the speaker's own
 * names do not count.
 */
export function topicNameUnsaid(q: Question, r: Ranked<PassageSentence>): boolean {
  const phrase = wordsAskedOf(q.text);
  if (phrase === null) return false;
  const about = ABOUT_TOPIC.exec(q.text.slice(q.text.indexOf(phrase) + phrase.length))?.[1];
  // "…say about who is behind the attacks on U.S. bases": a question of its own, whose names are its setting.
  if (about === undefined || /^(?:who|what|which|where|when|why|how|whether|if)\b/iu.test(about)) return false;
  const speaker = new Set(terms(phrase));
  const have = heldTerms(r.candidate);
  const paragraph = new Set(terms(r.candidate.passage.text));
  return terms(about).some((t) => q.named.has(t) && !speaker.has(t) && !have.has(t) && !paragraph.has(t));
}

/**
 * "What did Pompeo and Saleh talk about…", "what does the envoy want to discuss…", "what was discussed at the
 * meeting…": the topic of a talk is asked.
 */
const TOPIC_ASKED =
  /^\W*what\s+(?:did|does|do|will|would|has|have|had|is|are|was|were)\s+.{1,80}?\s+(?:(?:talk|talked|talking|speak|spoke|speaking|chat|chatted)\s+(?:about|over|of)|discuss|discussed|discussing)\b|^\W*what\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+(?:being\s+)?(?:discussed|talked\s+about)\b/iu;
/** Words that tell what a talk was about ("hopes to discuss the framework", "talks on trade"). */
const TOPIC_TOLD = /\b(?:discuss\w*|talk(?:s|ed|ing)?|spoke|speak\w*|conversations?|agenda|topics?|about)\b/iu;

/**
 * "What did Pompeo and Saleh talk about when they met…" of "He also met Saleh in September on the sidelines of the
 * UN": a sentence that says they met, and no word of what was said, does not give the topic. (The vectors put "meet"
 * 0.81 from "talk": they do not tell the two apart.)
 */
export function topicUntold(question: string, text: string): boolean {
  return TOPIC_ASKED.test(question) && !TOPIC_TOLD.test(text);
}
