/** Go to definition (fact base entries) and find references (actor mentions across open briefs). */
import type { Location, Position } from 'vscode-languageserver/node';
import type { Snapshot } from './analyses';
import { offsetRange, toLocation } from './convert';
import { targetAt } from './lookup';

/** Actor mention → the actor's entry; checked figure → the fact it was compared with. */
export function definitionAt(snapshot: Snapshot, position: Position): Location | null {
  const target = targetAt(snapshot, position);
  if (target?.kind === 'mention') {
    const actor = snapshot.knowledge.actor(target.mention.actorId);
    return actor ? toLocation(actor.location) : null;
  }
  if (target?.kind === 'claim' && target.checked.fact) return toLocation(target.checked.fact.location);
  return null;
}

/** The actor id under the cursor, if any. */
export function actorAt(snapshot: Snapshot, position: Position): string | undefined {
  const target = targetAt(snapshot, position);
  return target?.kind === 'mention' ? target.mention.actorId : undefined;
}

/** Every mention of `actorId` in the given briefs, plus the actor's entry when asked. */
export function referencesTo(
  actorId: string,
  snapshots: readonly Snapshot[],
  here: Snapshot,
  includeDeclaration: boolean,
): Location[] {
  const locations: Location[] = [];
  if (includeDeclaration) {
    const actor = here.knowledge.actor(actorId);
    if (actor) locations.push(toLocation(actor.location));
  }
  for (const snapshot of snapshots) {
    for (const mention of snapshot.analysis?.mentions ?? []) {
      if (mention.actorId === actorId) {
        locations.push({ uri: snapshot.uri, range: offsetRange(snapshot.doc, mention.start, mention.end) });
      }
    }
  }
  return locations;
}
