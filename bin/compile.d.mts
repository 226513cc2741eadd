// Types for compile.mjs (plain JavaScript: npm start runs it before anything is compiled).
export const ROOT: string;
export function sourcesIn(dir: string): string[];
export function compile(files: string[], outdir: string): Promise<boolean>;
