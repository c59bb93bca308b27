import { ParsedSource } from '../syntax/parse';
export declare const TS_FILE: RegExp;
/** Is this a file the compiler parses as TypeScript? */
export declare function isTypeScriptFile(filename: string): boolean;
/**
 * Remove the TypeScript of a parsed `.ts`/`.tsx` file in place (a no-op for
 * other files). Throws CompileError when the TypeScript transform is not
 * installed or rejects the file.
 */
export declare function stripTypes(parsed: ParsedSource): void;
