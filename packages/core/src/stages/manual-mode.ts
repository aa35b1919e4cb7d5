/**
 * A run-time switch for manual mode (the circuit breaker): while on, nothing is sent or discarded automatically.
 * @example if (pipeline.manualMode.enabled) console.log('manual mode:', pipeline.manualMode.note);
 */
export interface ManualModeSwitch {
  /** Whether manual mode is on. */
  readonly enabled: boolean;
  /** Why it was turned on, when a note was given. Never put buyer data here: it is copied into decision reasons. */
  readonly note: string | undefined;
  /** Turns manual mode on, for every pipeline sharing this switch, from the next decision on. */
  enable(note?: string): void;
  /** Turns manual mode off. */
  disable(): void;
}

/**
 * Creates a manual-mode switch. Share one switch between pipelines (one per marketplace, say) to stop every
 * automatic reply at once, at run time, without rebuilding anything.
 * @example
 * const manualMode = createManualMode();
 * const pipeline = createPipeline({ manualMode });
 * manualMode.enable('incident 4711: wrong tracking links');  // every auto_reply becomes suggest
 */
export function createManualMode(initial: boolean = false): ManualModeSwitch {
  let enabled = initial;
  let note: string | undefined;
  return {
    get enabled() {
      return enabled;
    },
    get note() {
      return note;
    },
    enable(value?: string) {
      enabled = true;
      note = value;
    },
    disable() {
      enabled = false;
      note = undefined;
    },
  };
}
