// Pass 6: frame layout — which frame slot holds which variable.
//
// Today every frame variable gets its own slot, named after the variable so
// the emitted code stays readable. The layout is its own pass (and its own
// data) so that slot sharing between variables whose live ranges never
// overlap can replace this policy without touching the emitter.
import { Liveness } from '../liveness';
import { CoroutineCFG } from '../cfg/ir';

export interface FrameSlot {
  /** property name on the frame object */
  name: string;
  /** coroutine variables stored in this slot */
  vars: string[];
  /** initial value: the parameter it is copied from, or undefined */
  param: string | null;
}

export interface FrameLayout {
  slots: FrameSlot[];
  /** variable -> slot name */
  slotOf: Map<string, string>;
  /** does the frame need the $o (suspension kind) field */
  hasOp: boolean;
}

export function layoutFrame(cfg: CoroutineCFG, live: Liveness): FrameLayout {
  const slots: FrameSlot[] = [];
  const slotOf = new Map<string, string>();
  for (const v of live.frame) {
    const info = cfg.unit.vars.get(v)!;
    slots.push({ name: v, vars: [v], param: info.kind === 'param' ? v : null });
    slotOf.set(v, v);
  }
  return { slots, slotOf, hasOp: cfg.usesOp };
}
