/**
 * The Swedish language knowledge of protokoll, as data: calendar words, header and column words,
 * forms of deciding, forms of assigning, role titles. Rules elsewhere build their patterns from
 * these lists; a new form is a new entry here.
 */
export * from './dates.js';
export * from './headers.js';
export * from './decisions.js';
export * from './tasks.js';
export * from './roles.js';
export * from './items.js';
