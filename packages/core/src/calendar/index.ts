export * from './civil-date';
export * from './period';
export * from './settings';
export * from './calendar';
export * from './gregorian-calendar';
export * from './range';
