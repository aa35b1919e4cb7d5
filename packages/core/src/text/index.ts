export { foldText } from './fold.js';
export { countScripts, isUnsegmentedScriptChar, type ScriptCounts } from './scripts.js';
export { tokenize, type Token } from './tokenize.js';
