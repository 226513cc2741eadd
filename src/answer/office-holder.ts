// Who holds an office: "who is the head of NATO", "who is Texaco's chairman" (the body's top office named beside it,
// or who runs it), "who replaced…" (a succession told), a role said by the sentence or a person by full name.
import { termOf, terms, words } from '../nlp/terms.js';
import { DEMONYMS } from '../nlp/demonyms.js';
import { spelledTitles } from '../nlp/titles.js';
import type { Question } from './question.js';
import { OFFICE_TERMS } from './roles.js';
import { heldTerms, type AnswerContext, type PassageSentence } from './context.js';
import { nameLead, namesSomeone } from './people.js';
import type { Ranked } from './ranker.js';
import { names, saysOrNear } from './naming.js';

/**
 * "Who took over as chief executive…" asks who succeeded someone in a post: a sentence that says so as news copy
 * does ("new chief executive Frank Baxter", "succeeds Bill Saxon as chairman", "was elected chairman") answers,
 * though WordNet gives "take over" none of these words. Other two-word verbs keep to their WordNet synonyms.
 */
const SUCCESSION_WORD = /\b(?:succeed(?:s|ed|ing)?|successor|replac(?:e|es|ed|ing)|named|appointed|elected)\b/i;
/** "new" and the office it qualifies ("Iraq's new prime minister"), not any new thing ("new product development"). */
const NEW_OFFICE = /\bnew\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)/giu;

/** Whether `text` tells of a succession: a word for one, or a new holder of an office. */
export function tellsSuccession(text: string): boolean {
  if (SUCCESSION_WORD.test(text)) return true;
  for (const m of text.matchAll(NEW_OFFICE)) if (OFFICE_TERMS.has(terms(m[1] ?? '')[0] ?? '')) return true;
  return false;
}
export const TAKE = termOf('take');
/**
 * "Who replaced…", "who will succeed…", "who is his successor", "who took over from X", "who became the new chief
 * after X quit": a successor is asked for.
 */
export const SUCCESSOR_ASKED =
  /^\W*who\b.*\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|successor|(?:take|takes|took|taken|taking)\s+over\s+from|bec[oa]me\b.*\bnew\b.*\bafter)\b/i;
/** "Who was Britain's Chancellor before Nigel Lawson?", "who owned Ademco before Seal bought it?": a predecessor. */
export const PREDECESSOR_ASKED = /^\W*who\b.*\bbefore\s+\p{Lu}/u;
/** What tells of one who held or owned something before: a former holder, a succession, a sale from someone. */
const TELLS_PREDECESSOR =
  /\b(?:former(?:ly)?|previous(?:ly)?|predecessor|succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing)|until|from|ex-)/i;

/** Whether `text` tells of someone before: a former holder, a succession, a sale from someone. */
export function tellsPredecessor(text: string): boolean {
  return TELLS_PREDECESSOR.test(text);
}
/** How far down the ranking a "who took over…" question looks for a sentence that says it. */
export const WHO_VERB_LOOKAHEAD = 10;

/** A question that opens with "who" (or "whom"): it asks for a person. */
export const WHO_ASKED = /^\W*who(?:m)?\b/i;

/**
 * "Who is the chairman of Tofutti Brands?" asks for the one who holds a role: a sentence that names people but no
 * chairman (nor a word the vectors put as close, nor the role by reference) does not say who. The head of a body is
 * whoever holds its top office.
 */
export function roleHeld(ctx: AnswerContext, q: Question, r: Ranked<PassageSentence>): boolean {
  const role = q.whoHead;
  if (role === undefined) return true;
  const have = heldTerms(r.candidate);
  if (!roleWordSaid(q.text, role, r.candidate.text)) return false;
  return (
    saysOrNear(role, have, ctx.vectors) ||
    (q.whoCompound !== undefined && have.has(q.whoCompound)) ||
    // "Who is the head of NATO?": whoever holds its top office ("Jens Stoltenberg, NATO Secretary-General").
    (HEAD_ROLES.has(role) && ([...have].some((t) => TOP_OFFICES.has(t)) || headedBy(q, r.candidate.text)))
  );
}

/**
 * "Who is the commander of US Central Command?": the stemmer makes "commander" and "Command" one term, so a sentence
 * that says only the body's name would hold the role. Where the question spells the role's term two ways, the
 * sentence must say the role as the question spells it (or its plural).
 */
function roleWordSaid(question: string, role: string, text: string): boolean {
  const spellings = [
    ...new Set(
      words(question)
        .filter((w) => termOf(w) === role)
        .map((w) => w.toLowerCase()),
    ),
  ];
  const asked = spellings[0];
  if (asked === undefined || spellings.length < 2) return true;
  return words(text).some((w) => {
    const lower = w.toLowerCase();
    return lower === asked || lower === `${asked}s`;
  });
}

/** "Kataib Hezbollah is run by Abu Mahdi al-Muhandis", "…was led by…": who leads it, named after "by". */
const HEADED_BY = /\b(?:(?:is|was|are|were)\s+)?(?:run|led|headed|chaired)\s+by\s+\p{Lu}/u;
/** How close before "run by" the body's name stands: "Kataib Hezbollah is run by". */
const HEADED_BY_SPAN = 4;

/** Whether `text` says who runs the body the question names: its name, then "is run by" and a name. */
export function headedBy(q: Question, text: string): boolean {
  const m = HEADED_BY.exec(text);
  if (!m || q.named.size === 0) return false;
  const before = new Set(
    words(text.slice(0, m.index))
      .slice(-HEADED_BY_SPAN)
      .flatMap((w) => terms(w)),
  );
  return [...q.named].every((t) => before.has(t));
}

/** Roles that mean whoever leads a body. */
const HEAD_ROLES: ReadonlySet<string> = new Set(terms('head leader chief boss'));
/** The words by which a question asks who leads a body: its roles, and "heads", "runs", "leads", "chairs", "in charge". */
export const HEAD_ASKING: ReadonlySet<string> = new Set([...HEAD_ROLES, ...terms('heads runs leads chairs charge')]);
/** Words that say someone holds an office or leads: a title ("chairman", "minister") or a verb ("heads", "led"). */
const HOLDER_TERMS: ReadonlySet<string> = new Set([
  ...HEAD_ASKING,
  ...terms('president chairman chairwoman director chief executive manager managing secretary minister governor'),
  ...terms('commander premier chancellor headed led chaired'),
]);

/**
 * "Who runs Greenery Rehabilitation Group?" asks for whoever leads a body: a sentence that names someone, with a
 * title or a verb of leading, may say who; one with neither ("…the facilities are operated by Greenery") does not.
 */
export function tellsHolder(ctx: AnswerContext, q: Question, s: PassageSentence): boolean {
  const have = heldTerms(s);
  return [...HOLDER_TERMS].some((t) => have.has(t)) && namesSomeone(ctx, q, s);
}

/** Words before a title that say its holder is not the body's top officer now: "former", "deputy", "vice". */
const NOT_THE_HOLDER = /^(?:former|ex|late|onetime|deputy|vice|assistant)$/i;
/** How far before a title such a word still qualifies it: "a former general and NATO chief". */
const NOT_THE_HOLDER_SPAN = 4;
/** The titles of a body's top office. */
export const TOP_OFFICES: ReadonlySet<string> = new Set(
  terms('secretary-general president chairman chairwoman director chief leader premier chancellor commander governor'),
);

/**
 * "Who is the head of NATO", "who heads NATO", "who is the NATO chief": whoever leads a named body is asked for. Not
 * "who was the Iraqi paramilitary chief killed…", a person described by a role.
 */
export function asksHead(q: Question): boolean {
  if (HEAD_OF_ASKED.test(q.text) || HEAD_VERB_ASKED.test(q.text)) return true;
  const m = HEAD_NOUN_ASKED.exec(q.text);
  return m !== null && !words(m[1] ?? '').some((w) => DEMONYMS.has(w.toLowerCase()));
}
const HEAD_OF_ASKED = /^\W*[Ww]ho\b.*\b(?:head|leader|chief|boss)\s+of\s+(?:the\s+)?\p{Lu}/u;
const HEAD_VERB_ASKED = /^\W*who\s+(?:heads|leads|runs|chairs|is\s+in\s+charge\s+of)\b/i;
const HEAD_NOUN_ASKED =
  /^\W*[Ww]ho(?:\s+is|\s+was|'s|’s)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,2})(?:head|leader|chief|boss)\s*\??\s*$/u;
/** How near a top office's title must stand to the body the question names: "NATO Secretary-General", "chairman of Acme". */
const OFFICE_SPAN = 3;

/**
 * "Who is the chairman of Texaco?", "who is Texaco's chairman?": only who holds a role at a named body is asked (no
 * other word), so the role is the office a sentence must give beside the body's name.
 */
export function roleAtBodyAsked(q: Question): ReadonlySet<string> | null {
  const role = q.whoHead;
  if (q.kind !== 'name' || role === undefined || q.named.size === 0) return null;
  return q.terms.every((t) => t === role || q.named.has(t)) ? new Set([role]) : null;
}

/** Whether `s` names every body the question names, one of `offices` beside one of them, and someone. */
export function holdsOffice(
  ctx: AnswerContext,
  q: Question,
  s: PassageSentence,
  offices: ReadonlySet<string>,
): boolean {
  const named = [...q.named];
  const have = heldTerms(s);
  if (!named.length || !named.every((t) => have.has(t))) return false;
  const ws = words(s.text);
  const ts = ws.map((w) => termOf(w));
  // The body's whole name, its words in order: "World Bank President … Japan" does not name the Bank of Japan; nor
  // does a longer name that holds it, a capitalised word written just before ("Export-Import Bank of Japan").
  const at = ts.flatMap((t, i) => (t === null ? [] : [i]));
  const said = at.map((i) => ts[i] as string);
  const longer = (i: number) => {
    const before = ws[i - 1] ?? '';
    return (
      ts[i - 1] != null &&
      /^\p{Lu}/u.test(before) &&
      (s.text.includes(`${before} ${ws[i] ?? ''}`) || s.text.includes(`${before}-${ws[i] ?? ''}`))
    );
  };
  const inOrder = (name: readonly string[]) =>
    said.some((_, k) => name.every((t, j) => said[k + j] === t) && !longer(at[k] ?? 0));
  if (!(q.names ?? []).every((name) => name.length < 2 || inOrder(name))) return false;
  const beside = ts.some(
    (t, i) =>
      t !== null &&
      offices.has(t) &&
      !ws.slice(Math.max(0, i - NOT_THE_HOLDER_SPAN), i).some((w) => NOT_THE_HOLDER.test(w)) &&
      ts.slice(Math.max(0, i - OFFICE_SPAN), i + OFFICE_SPAN + 1).some((u) => u !== null && q.named.has(u)),
  );
  return beside && namesSomeone(ctx, q, s);
}

/**
 * "The name of the general who spoke…" answered by a sentence that calls him by surname only ("…, Grynkewich said"):
 * the full name the article gives him names a general ("Air Force Maj. Gen. Alex Grynkewich").
 */
export function namesByFullName(ctx: AnswerContext, q: Question, candidate: PassageSentence): boolean {
  if (!q.nameOf) return false;
  const lead = nameLead(ctx, q, candidate);
  return lead !== null && names(q, q.nameOf, spelledTitles(lead), ctx.vectors);
}
