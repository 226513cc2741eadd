// Titles news copy writes short before a name ("Maj. Gen. Alex Grynkewich", "Sen. John Melcher"), spelled out: the
// words a reader asks by ("the US general", "which senator").

/** Short title (without its period) → the title spelled out. */
export const TITLES: Readonly<Record<string, string>> = {
  Adm: 'Admiral',
  Brig: 'Brigadier',
  Capt: 'Captain',
  Cmdr: 'Commander',
  Col: 'Colonel',
  Cpl: 'Corporal',
  Dr: 'Doctor',
  Gen: 'General',
  Gov: 'Governor',
  Lt: 'Lieutenant',
  Maj: 'Major',
  Pres: 'President',
  Prof: 'Professor',
  Rep: 'Representative',
  Sen: 'Senator',
  Sgt: 'Sergeant',
};

/** The titles spelled out: "General", "Professor", "Senator"… */
export const SPELLED_TITLES: ReadonlySet<string> = new Set(Object.values(TITLES));

/** A short title before a capitalised word (a name); any capitalised short word with a period before a space. */
const BEFORE_NAME = new RegExp(`\\b(${Object.keys(TITLES).join('|')})\\.(?=\\s+\\p{Lu})`, 'gu');
const ANY_SHORT = /\b(\p{Lu}\p{Ll}{1,3})\.(?=\s)/gu;

const spell = (text: string, pattern: RegExp) => text.replace(pattern, (short, word: string) => TITLES[word] ?? short);

/** `text` with each short title that stands before a capitalised word spelled out ("Maj. Gen. Alex" → "Major General Alex"). */
export function spellTitlesBeforeNames(text: string): string {
  return spell(text, BEFORE_NAME);
}

/** A name (or an article read for names) with all its short titles spelled out, wherever they stand. */
export function spelledTitles(name: string): string {
  return spell(name, ANY_SHORT);
}
