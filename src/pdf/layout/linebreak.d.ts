// Types for the `linebreak` package (UAX #14 line breaking), which ships none.
declare module 'linebreak' {
  /** One place a line may (or must) break: before `position` (a UTF-16 index). */
  interface Break {
    position: number;
    required: boolean;
  }
  /** Walks the break opportunities of a string, in order. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
