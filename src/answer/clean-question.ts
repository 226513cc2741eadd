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
