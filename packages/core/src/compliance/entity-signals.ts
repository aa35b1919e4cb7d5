import type { EntityType } from '../schemas/entity.js';

// What the entity stage reads as `@` and as digits (its scan folds full-width forms and Thai digits).
const AT = /[@\uff20]/;
const DIGIT = /[0-9\uff10-\uff19\u0e50-\u0e59]/g;
const PHONE_MIN_DIGITS = 7;

/**
 * What a text must hold for the entity stage to find an entity of a type, where that is cheap to tell: an e-mail
 * address needs an `@`, a phone number seven digits. A type without an entry may be anywhere. The linter skips the
 * entity stage for text that cannot hold any of the types a rule asks for; a test checks the two agree.
 * @example ENTITY_SIGNALS.phone?.('Order 12-34') // false
 */
export const ENTITY_SIGNALS: Readonly<Partial<Record<EntityType, (text: string) => boolean>>> = {
  email: (text) => AT.test(text),
  phone: (text) => {
    DIGIT.lastIndex = 0;
    let count = 0;
    while (DIGIT.test(text)) if (++count >= PHONE_MIN_DIGITS) break;
    DIGIT.lastIndex = 0;
    return count >= PHONE_MIN_DIGITS;
  },
};
