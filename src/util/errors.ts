// Errors from Node and libraries carry a `code` (ENOENT, TokenInvalid, …): one
// way to read it, so callers compare strings instead of sniffing shapes.

/** The error's `code` as a string, or undefined when it has none. */
export function errorCode(err: unknown): string | undefined {
  if (!err || typeof err !== 'object' || !('code' in err)) return undefined;
  const code = err.code;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

export const isErrorCode = (err: unknown, code: string): boolean => errorCode(err) === code;
