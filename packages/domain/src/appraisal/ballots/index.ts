export * from './groups';
export * from './codes';
export * from './ballot';
export * from './tally';
export * from './evaluation';
export * from './signed-in';
