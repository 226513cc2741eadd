// User text → a question we can search for, or a reason we cannot.

/** Discord's option limit for /ask, and the terminal's too. */
export const QUESTION_MAX_CHARS = 300;

// Control characters, bidirectional overrides and zero-width characters:
// invisible, and able to reorder or hide what the reader sees.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function cleanQuestion(raw: string): string {
  return raw.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A request around the question ("Can you tell me who…", "Do you know when…", "I'd like to know how many…"): chat's
 * politeness, not what is asked. The question inside is read alone, as if asked directly; what is left must still
 * hold a word ("Can you tell me?" stays as it is).
 */
const REQUEST =
  /^\W*(?:(?:please\s+)?(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+)?(?:tell|show|let)\s+(?:me|us)(?:\s+know)?|(?:do|does)\s+(?:you|u|anyone|anybody|someone|somebody)\s+know|i(?:['’]d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|(?:please\s+)?tell\s+(?:me|us)|any\s+idea)\b[\s,:]*/i;

export function withoutRequest(question: string): string {
  const m = REQUEST.exec(question);
  if (!m) return withoutChatter(question);
  const rest = question.slice(m[0].length).replace(/^about\s+/i, '');
  return withoutChatter(/\p{L}/u.test(rest) ? rest : question);
}

/** Chat's asides, which ask for nothing an article says: "…in iraq rn?", "tbh", "btw", "pls". */
const CHATTER = /[\s,]*\b(?:rn|tbh|imo|imho|btw|fyi|lol|lmao|pls|plz|thx|idk|ngl|iirc|afaik)\b[,.!]*/gi;

function withoutChatter(question: string): string {
  const rest = question
    .replace(CHATTER, ' ')
    .replace(/\s+([?!.,])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return /\p{L}/u.test(rest) ? rest : question;
}
