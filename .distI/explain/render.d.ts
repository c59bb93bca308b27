import { ExplainResult } from './index';
export interface TextOptions {
    color: boolean;
    width?: number;
}
export declare function renderText(result: ExplainResult, opts: TextOptions): string;
export declare function renderDot(result: ExplainResult): string;
