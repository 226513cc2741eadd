// What a question asks for: its content terms and the kind of answer it wants.
import { EntityKind } from '../nlp/analyze.js';
import { terms, words } from '../nlp/terms.js';

export type AnswerKind = 'date' | 'number' | 'duration' | 'name' | 'other';

export interface Question {
  text: string;
  /** Unique index terms, in order. */
  terms: string[];
  /** Consecutive term pairs, "a b". */
  bigrams: Set<string>;
  kind: AnswerKind;
  /** Entity kinds that would answer it (0 when any will do). */
  wants: number;
  /** Terms of capitalised words in the question, which an answer must go beyond. */
  named: Set<string>;
}

const NUMBER_KINDS = EntityKind.CARDINAL | EntityKind.MONEY | EntityKind.PERCENT | EntityKind.NUMBER;
const DATE_KINDS = EntityKind.DATE | EntityKind.TIME;

/** Nouns whose instances have proper names (people, places, organisations, works). */
const NAME_HEADS =
  'country|countries|city|cities|state|group|unit|company|organi[sz]ation|party|person|man|woman|leader|team|agency|base|nation|province|region|town|newspaper|actor|actress|author|writer|singer|designer|director|player|president|film|movie|book|song|album|band|brand|university|river|mountain|island';

/** The answer kind from the question's wording. Order matters: "how many years" is a number. */
export function answerKind(question: string): AnswerKind {
  const q = question.toLowerCase();
  if (
    /\bhow (many|much)\b|\bwhat (percentage|percent|number|amount|proportion|share)\b|\bhow (large|big|far|high|tall|fast)\b/.test(
      q,
    )
  )
    return 'number';
  // A measure asked for by name: "what was the cost of…", "at what age…", "what is X's annual revenue".
  if (
    /\b(what|which) (is|was|are|were) [\w' ]*\b(age|cost|price|value|population|revenues?|sales|salary|budget|fare|rate|income|profit|temperature|distance|height|length|speed|worth)\b|\bat what (age|speed|rate|price|cost)\b/.test(
      q,
    )
  )
    return 'number';
  if (/\bhow (long|old)\b/.test(q)) return 'duration';
  if (/\bwhen\b|\b(what|which) (year|date|day|month|time|decade|century)\b|\bwhat time\b|\bsince when\b/.test(q))
    return 'date';
  if (/\bwho(m|se)?\b|\bwhere\b|\bwhich\b|^name\b/.test(q)) return 'name';
  // "What (is the largest) city…", "what actor…", "what is the name of…": the head noun wants a name.
  if (new RegExp(`\\bwhat ((is|was|are|were) )?(the |a |an )?([\\w']+ )?(${NAME_HEADS})\\b`).test(q)) return 'name';
  if (/\bwhat (is|was|are|were)\b[\w' ]*\bnames?\b/.test(q)) return 'name';
  return 'other';
}

const WANTS: Record<AnswerKind, number> = {
  date: DATE_KINDS,
  number: NUMBER_KINDS,
  duration: EntityKind.DURATION | NUMBER_KINDS | EntityKind.DATE,
  name: 0,
  other: 0,
};

export function parseQuestion(text: string): Question {
  const t = terms(text);
  const unique = [...new Set(t)];
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) bigrams.add(`${t[i]} ${t[i + 1]}`);
  const kind = answerKind(text);
  const named = new Set<string>();
  const ws = words(text);
  ws.forEach((w, i) => {
    if (i > 0 && /^\p{Lu}/u.test(w)) for (const x of terms(w)) named.add(x);
  });
  return { text, terms: unique, bigrams, kind, wants: WANTS[kind], named };
}
