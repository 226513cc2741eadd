// Button state lives in the custom_id, so buttons keep working after a
// restart: `<kind>:<field>:<field>…`, at most 100 characters. Handlers
// validate their fields; anything that does not parse is a stale button.
export const CUSTOM_ID_MAX = 100;
const SEPARATOR = ':';

export interface CustomId {
  kind: string;
  fields: string[];
}

/** Encodes a button id; throws when it would exceed Discord's limit (a bug, not user input). */
export function encodeCustomId(kind: string, fields: readonly (string | number)[] = []): string {
  const parts = [kind, ...fields.map(String)];
  if (parts.some((p) => p.includes(SEPARATOR))) throw new Error(`custom_id field contains "${SEPARATOR}"`);
  const id = parts.join(SEPARATOR);
  if (id.length > CUSTOM_ID_MAX) throw new Error(`custom_id longer than ${CUSTOM_ID_MAX}: ${id.length}`);
  return id;
}

export function decodeCustomId(id: string): CustomId | null {
  if (!id || id.length > CUSTOM_ID_MAX) return null;
  const [kind, ...fields] = id.split(SEPARATOR);
  return kind ? { kind, fields } : null;
}
