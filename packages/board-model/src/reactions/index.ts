export {
  importedReactionEntries,
  isReactionKind,
  publishReactions,
  REACTION_KINDS,
  REACTIONS_ROOT,
  type ReactionCount,
  type ReactionKind,
  reactionsAnonymous,
  reactionsMap,
  readBoardReactions,
  readNoteReactions,
} from './publishedReactions.ts';
export { type NoteReactions, type PublishedReaction, type ReactionEntry, ReactionLog } from './reactionLog.ts';
