/** Handbook retrieval: questions in Chinese → the passage that answers, with section and title. */
export { answerQuestion, searchSections, type SearchResult } from './answer.js';
export { evaluate, type EvalRow, type EvalReport } from './eval.js';
