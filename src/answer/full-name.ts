// News copy names a person in full once ("Air Force Maj. Gen. Alex Grynkewich")
// and by surname after ("…, Grynkewich said"). A sentence lifted out of the
// article to answer "who…" may carry the surname only: the article's first
// full mention says who that is, and the answer opens with it.
import { lexiconTags } from '../nlp/lexicon.js';
import { STOP_WORDS } from '../nlp/stopwords.js';
import { CALENDAR_WORD } from '../util/calendar-names.js';

/** A word: letters, inner apostrophes and hyphens, and a closing full stop (an abbreviation, or the sentence's end). */
const WORD = /[\p{L}][\p{L}'’-]*\.?/gu;
/** A capitalised word as names are written ("Grynkewich", "O'Brien"), not an acronym ("NATO"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]/u;
/** A title or initial written short ("Gen.", "Maj.", "Dr.", "W."): part of a name's run. Longer words ending in a full stop end a sentence. */
const SHORT_FORM = /^\p{Lu}[\p{Ll}]{0,3}\.$/u;
/** Small words inside a name of several words: "Council on Foreign Relations", "Bank of Japan". */
const PARTICLE = /^(?:of|on|for|de|del|du|da|van|von|der)$/;
/** Words before the surname that a full name runs to: "Air Force Maj. Gen. Alex". */
const MAX_BEFORE = 5;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Nothing but spaces between two words: one run of a name, not across a comma, quote or bracket. */
const adjacent = (text: string, a: Word, b: Word) => /^\s+$/.test(text.slice(a.end, b.start));

const isName = (w: string) => NAME_WORD.test(w) && !STOP_WORDS.has(w.toLowerCase()) && !CALENDAR_WORD.test(w);

/**
 * Surnames standing alone in `sentence`: capitalised words, not its first word, with no capitalised word
 * beside them ("Grynkewich said"; not "Air Force", not "Moqtada al-Sadr"). A possessive counts as the name.
 */
export function loneNames(sentence: string): string[] {
  const ws = wordsOf(sentence);
  const out: string[] = [];
  ws.forEach((w, i) => {
    const bare = w.text.replace(/['’]s$/u, '').replace(/\.$/, '');
    if (i === 0 || !isName(bare) || SHORT_FORM.test(w.text)) return;
    const prev = ws[i - 1];
    const next = ws[i + 1];
    if (prev && adjacent(sentence, prev, w) && NAME_WORD.test(prev.text)) return;
    if (next && adjacent(sentence, w, next) && NAME_WORD.test(next.text) && !w.text.endsWith('.')) return;
    // "Council on Foreign Relations", "Bank of Japan": a name of several words, through its particle.
    const after = ws[i + 2];
    if (next && after && PARTICLE.test(next.text) && adjacent(sentence, next, after) && NAME_WORD.test(after.text))
      return;
    if (!out.includes(bare)) out.push(bare);
  });
  return out;
}

/**
 * The full name `surname` is first given as in `article`: the capitalised words that run up to it, the one
 * just before a first name or an initial ("Alex", "W."), not a title alone ("Gen. Grynkewich"); or null.
 */
export function fullNameIn(article: string, surname: string): string | null {
  const ws = wordsOf(article);
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (w.text.replace(/['’]s$/u, '').replace(/\.$/, '') !== surname) continue;
    const first = ws[i - 1] as Word;
    const initial = /^\p{Lu}\.$/u.test(first.text);
    if (!adjacent(article, first, w) || (!initial && (!isName(first.text) || first.text.endsWith('.')))) continue;
    let from = i - 1;
    while (from > 0 && i - from < MAX_BEFORE) {
      const before = ws[from - 1] as Word;
      const joins =
        adjacent(article, before, ws[from] as Word) &&
        // A word of its own, not the end of one written with stops ("U.S." is no "S.").
        !/[\p{L}.]/u.test(article[before.start - 1] ?? ' ') &&
        (SHORT_FORM.test(before.text) || (isName(before.text) && !before.text.endsWith('.')));
      if (!joins) break;
      from--;
    }
    return article.slice((ws[from] as Word).start, w.start + surname.length);
  }
  return null;
}

/**
 * The full name to open a "who" answer with: of the first surname standing alone in `sentence` that the
 * question does not name (`asked`) and whose full form `article` gives, unless the sentence gives its first name too.
 */
export function fullNameLead(sentence: string, article: string, asked: (word: string) => boolean): string | null {
  const another = namesInFull(sentence);
  for (const name of loneNames(sentence)) {
    if (asked(name)) continue;
    // "Daniel Bower … will assume Koza's former position": the one named in full is who the sentence is about, not
    // the one whose position it was.
    if (another && new RegExp(`\\b${name}['’]s\\b`, 'u').test(sentence)) continue;
    const full = fullNameIn(article, name);
    // Given with its first name elsewhere in the sentence, the name needs no lead. Words that are all common ones
    // ("International Monetary Fund" for "Fund") name a body, not a person.
    if (full && !sentence.includes(full.split(/\s+/).slice(-2).join(' ')) && !allCommonWords(full)) return full;
  }
  return null;
}

/** `sentence` names someone in full: a given name (a capitalised word wink-lexicon lacks) before a surname. */
function namesInFull(sentence: string): boolean {
  const ws = wordsOf(sentence);
  return ws.some((w, i) => {
    const next = ws[i + 1];
    return (
      next !== undefined &&
      adjacent(sentence, w, next) &&
      isName(w.text) &&
      !w.text.endsWith('.') &&
      isName(next.text) &&
      lexiconTags(w.text.toLowerCase()) === undefined
    );
  });
}

/** Every word of `name` is one wink-lexicon knows in lower case (a short title with its stop aside). */
function allCommonWords(name: string): boolean {
  return wordsOf(name).every((w) => SHORT_FORM.test(w.text) || lexiconTags(w.text.toLowerCase()) !== undefined);
}
