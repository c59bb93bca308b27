import { ParserOptions, ParserPlugin } from '@babel/parser';
import * as t from '../ast';
import { Diagnostic } from '../diagnostics';
export interface ParsedSource {
    ast: t.File;
    source: string;
    filename: string;
    /** does the source mention a co_ keyword at all */
    hasCoKeyword: boolean;
}
/** Does a directive prologue make its code strict? */
export declare function hasUseStrict(directives: t.Directive[]): boolean;
export declare function isCo(node: t.Node | null | undefined): boolean;
export declare function parserPluginsFor(filename: string): ParserPlugin[];
/** How a host pipeline (the Babel plugin's parserOverride) wants the text parsed. */
export interface ParseHostOptions {
    /**
     * The host's parser options. They replace coframe's defaults, and their
     * plugins replace the ones chosen from the file extension (a Babel
     * pipeline already says whether the file is TypeScript, JSX, …).
     * `allowReturnOutsideFunction` and `errorRecovery: false` are still forced:
     * the placeholders need them, and classify reports misplaced co_return.
     */
    parserOpts?: ParserOptions;
    /** the parse function to call instead of @babel/parser's (Babel hands its own to parserOverride) */
    parse?: (code: string, opts: ParserOptions) => t.File;
}
export declare function parseSource(source: string, filename: string, extraPlugins?: ParserPlugin[], host?: ParseHostOptions): ParsedSource;
/**
 * A co_ word used as a name (binding, parameter, label, import) is turned
 * into a placeholder by the scanner and then misreported as a misplaced
 * keyword or a syntax error. When compiling failed, look at the original
 * text, where co_ words are plain identifiers, for such names: they are the
 * real error (CF1030). Only runs on the error path.
 */
export declare function findReservedNames(source: string, filename: string, plugins?: ParserOptions['plugins']): Diagnostic[];
