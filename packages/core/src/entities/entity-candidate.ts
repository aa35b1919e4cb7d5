import type { CountryCode } from 'libphonenumber-js/min';
import type { LanguageCode } from '../languages.js';
import type { EntityType } from '../schemas/entity.js';
import type { CalendarDate } from './calendar-date.js';

/** An entity a recognizer proposes; overlap resolution keeps one per span. */
export interface EntityCandidate {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /** How sure the recognizer is, in [0, 1]; the most confident candidate wins a span. */
  readonly confidence: number;
}

/** What every recognizer reads. */
export interface RecognizerInput {
  /** The text as given; offsets refer to it. */
  readonly text: string;
  /** `text` folded by `foldForScan`: same length, ASCII digits and separators. */
  readonly scan: string;
  /** How many ASCII digits `scan` holds: recognizers of numbers skip text with too few to hold one. */
  readonly digits: number;
  readonly language: LanguageCode | undefined;
  /** The country whose national formats apply (phones, `$`, D/M versus M/D dates). */
  readonly country: CountryCode | undefined;
  readonly marketplace: string | undefined;
  /** The day relative dates count from, in the writer's calendar. */
  readonly today: CalendarDate;
}

/** Finds the candidates of one entity family. */
export type Recognizer = (input: RecognizerInput) => EntityCandidate[];
