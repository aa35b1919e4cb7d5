export { createCascadeClassifier, type CascadeClassifier, type CascadeClassifierOptions } from './cascade/create-cascade-classifier.js';
export type { CascadeEvents, EscalationInfo } from './cascade/cascade-events.js';
