/**
 * How every stored or received document is decoded: values promoted to JS numbers, strings and
 * Binary kept as BSON Binary (not Buffer), and regexes as JS RegExp so mingo can run them.
 */
export const BSON_DECODE_OPTIONS = { promoteBuffers: false, promoteValues: true, promoteLongs: true, bsonRegExp: false } as const;
