export * from './rule-set';
export * from './item-rules';
export * from './scoring';
export * from './campaign';
export * from './templates';
export * from './field-labels';
export * from './subject-home';
export * from './department-results';
