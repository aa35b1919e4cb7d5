export { runClassifierContract, type ClassifierContractOptions } from './classifier.js';
