/** What is under the cursor in an analysed brief: an actor mention or a checked figure. */
import type { Position } from 'vscode-languageserver/node';
import type { ActorMention, CheckedClaim } from '../engine';
import type { Snapshot } from './analyses';

export type Target =
  | { kind: 'mention'; mention: ActorMention; start: number; end: number }
  | { kind: 'claim'; checked: CheckedClaim; start: number; end: number };

export function targetAt(snapshot: Snapshot, position: Position): Target | undefined {
  const analysis = snapshot.analysis;
  if (!analysis) return undefined;
  const offset = snapshot.doc.offsetAt(position);
  const mention = analysis.mentions.find((m) => m.start <= offset && offset < m.end);
  if (mention) return { kind: 'mention', mention, start: mention.start, end: mention.end };
  // The hedge belongs to the claim ("more than 1,600"), so hovering it shows the check too.
  const checked = analysis.checked.find((c) => c.claim.phraseStart <= offset && offset < c.claim.phraseEnd);
  if (checked) return { kind: 'claim', checked, start: checked.claim.phraseStart, end: checked.claim.phraseEnd };
  return undefined;
}
