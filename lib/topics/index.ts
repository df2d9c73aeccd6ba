// Topics: the built-in taxonomy and the reader's keyword rules (chips with their reasons), readable arXiv
// subject names, and tag suggestions learned on the device.
export { type SubjectInfo, subjectInfo, subjectLabel } from './arxiv-subjects';
export {
  createTagModel,
  type SuggestOptions,
  type TaggablePaper,
  type TagModel,
  type TagScore,
} from './learner';
export { matchTopics, type ScoredTopic, scoreTopics, type TopicInput } from './rules';
export { type BuiltinTopic, builtinTopics } from './taxonomy';
export {
  addUserTopic,
  parseKeywords,
  removeUserTopic,
  shadowsBuiltin,
  type TopicResult,
  type UserTopicInput,
  updateUserTopic,
  validateUserTopic,
} from './user-topics';
