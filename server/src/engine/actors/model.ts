/** An actor named in a brief's prose. */
export interface ActorMention {
  actorId: string;
  /** Index of the ProseBlock it was found in. */
  block: number;
  /** Exact source offsets of the name as written (a possessive "'s" is not included). */
  start: number;
  end: number;
  /** The name as written in the source (line breaks included). */
  text: string;
}
