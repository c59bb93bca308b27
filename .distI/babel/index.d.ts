import type { ParserOptions } from '@babel/parser';
import * as t from '../ast';
import { ModuleFormat, RuntimeMode } from '../print';
interface BabelApi {
    assertVersion(range: number | string): void;
}
interface BabelFile {
    ast: t.File;
    path: {
        scope: {
            crawl(): void;
        };
    };
    buildCodeFrameError(node: t.Node, msg: string): Error;
}
type ParseFn = (code: string, opts: ParserOptions) => t.File;
interface BabelPlugin {
    name: string;
    parserOverride(code: string, parserOpts: ParserOptions, parse: ParseFn): t.File | undefined;
    pre(file: BabelFile): void;
}
interface PluginOptions {
    /** `import` (default): import the runtime from `runtimeSpecifier`; `inline`: paste it into the file */
    runtime?: RuntimeMode;
    /** `state-machine` (default) or `native` (emit function* / async, for debugging and differential tests) */
    target?: 'state-machine' | 'native';
    /** how the runtime is imported: `esm` (import) or `cjs` (require); default: esm when the file has import/export, else cjs */
    module?: ModuleFormat | 'auto';
    /** module specifier of the runtime in `import` mode (default `coframe/runtime`) */
    runtimeSpecifier?: string;
}
declare function coframeBabel(api: BabelApi, rawOptions?: Record<string, unknown>): BabelPlugin;
declare namespace coframeBabel {
    type Options = PluginOptions;
}
export = coframeBabel;
