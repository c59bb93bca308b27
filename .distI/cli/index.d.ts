import { Diagnostic } from '../diagnostics';
export interface CliIO {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    isTTY: boolean;
    stdoutIsTTY?: boolean;
}
/**
 * foo.co.js -> foo.js (foo.co.ts -> foo.js, foo.co.tsx -> foo.jsx: the types are
 * stripped; with keepTypes foo.co.ts -> foo.ts, …); other names get an .out.js-style suffix
 */
export declare function outputName(file: string, keepTypes?: boolean): string;
/** Write a file so that no reader ever sees it half-written: temp file, then rename. */
export declare function writeAtomic(file: string, content: string): void;
/**
 * Read a source file as UTF-8; invalid UTF-8 is reported (with the position
 * of the first bad byte) instead of being silently replaced.
 */
export declare function readSource(file: string): {
    source: string;
} | {
    error: Diagnostic;
};
export declare function main(argv: string[], io?: CliIO): Promise<number>;
