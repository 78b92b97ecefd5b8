/** The part of h5p-standalone's player class this site uses (the package ships no typing for it). */
declare module 'h5p-standalone' {
  export class H5P {
    constructor(anchor: HTMLElement, options: Record<string, unknown>);
  }
}
