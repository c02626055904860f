export { addComment } from './addComment.ts';
export {
  asCommentEntry,
  COMMENTS_ROOT,
  type CommentEntry,
  type CommentId,
  type CommentView,
  commentCounts,
  commentsMap,
  commentsOfNote,
  compareComments,
  isCommentId,
  MAX_COMMENT_TEXT_LENGTH,
  readComments,
} from './commentSchema.ts';
export { type CommentWriteRefusal, type CommentWriteVerdict, checkCommentWrites } from './commentWrites.ts';
export { deleteComment } from './deleteComment.ts';
export { editComment } from './editComment.ts';
