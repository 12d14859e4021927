import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { describeActor, describeCheckedClaim } from '../engine';
import type { Snapshot } from './analyses';
import { offsetRange } from './convert';
import { targetAt } from './lookup';

/** Actor mention → the actor's card; figure or date → how it compares with the fact base. */
export function hoverAt(snapshot: Snapshot, position: Position): Hover | null {
  const target = targetAt(snapshot, position);
  if (!target) return null;
  const { knowledge } = snapshot;
  let value: string | undefined;
  if (target.kind === 'mention') {
    const actor = knowledge.actor(target.mention.actorId);
    value = actor && describeActor(actor, knowledge);
  } else {
    value = describeCheckedClaim(target.checked, knowledge);
  }
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: offsetRange(snapshot.doc, target.start, target.end) };
}
