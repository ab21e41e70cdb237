/** Re-marketing nudges: the pure engine, its settings, dates and log changes. */
export * from '../dates.js';
export * from './engine.js';
export * from './log.js';
export * from './settings.js';
export * from './summary.js';
