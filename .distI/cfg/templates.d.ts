import * as t from '../ast';
/** `co_return RAW_RETURN(x)` completes without the async generator's await of x. */
export declare const RAW_RETURN = "$$coRawReturn";
/** `RAW_YIELD(x)` yields x without awaiting it and resumes with the completion record {t, v}. */
export declare const RAW_YIELD = "$$coRawYield";
/** In a template's finally block: the completion ({t, v} or null) that entered it. */
export declare const COMPLETION = "$$coCompletion";
export type TemplateName = 'forOf' | 'forAwait' | 'forIn' | 'asyncDelegate';
export interface TemplateSubstitutions {
    RIGHT?: t.Expression;
    ARG?: t.Expression;
    BODY?: t.Statement;
    /** builds the statements that store the current element into the loop's target */
    ASSIGN?: (value: t.Expression) => t.Statement[];
    RESULT?: t.Identifier;
}
export interface TemplateOptions {
    /** a fresh coroutine temporary (tagged identifier) */
    temp: (hint: string) => t.Identifier;
    runtime: string;
    /** the user node the expansion stands for (positions) */
    node: t.Node;
    /** user labels of the loop statement */
    labels?: string[];
}
/** Instantiate a template: a fresh copy with placeholders filled in. */
export declare function expandTemplate(which: TemplateName, subs: TemplateSubstitutions, opts: TemplateOptions): t.Statement[];
