/** A user-facing message in both languages the product ships. */
export interface BilingualMessage {
  zh: string;
  en: string;
}

/** Errors that domain rules and procedures raise, with their texts in one place. */
export const ERROR_MESSAGES = {
  NOT_FOUND: { zh: '记录不存在', en: 'Record not found' },
  FORBIDDEN: { zh: '无权执行此操作', en: 'You are not allowed to do this' },
  UNAUTHORIZED: { zh: '请先登录', en: 'Please sign in' },
  TENANT_REQUIRED: { zh: '请选择乡镇', en: 'Choose a township first' },
  TENANT_SUSPENDED: { zh: '该乡镇已停用', en: 'This township is suspended' },
  TENANT_ARCHIVED: { zh: '该乡镇已归档，只读', en: 'This township is archived and read-only' },
  USER_DISABLED: { zh: '账号已停用', en: 'This account is disabled' },
  DEPUTY_TERM_ENDED: { zh: '您的代表职务已终止，只能查看本人履职记录', en: 'Your term as deputy has ended: you can only read your own records' },
  USER_UNKNOWN: { zh: '账号未开通', en: 'This account has not been provisioned' },
  CONFLICT_DUPLICATE: { zh: '已存在相同的记录', en: 'A record with the same values already exists' },
  CONFLICT_STALE: { zh: '记录已被他人修改，请刷新后重试', en: 'Someone else changed this record; reload and try again' },
  IN_USE: { zh: '记录仍被引用，无法删除', en: 'The record is still referenced and cannot be deleted' },
  BAD_INPUT: { zh: '输入有误', en: 'Invalid input' },
  RATE_LIMITED: { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please wait and try again' },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大', en: 'The request is too large' },
  BATCH_TOO_LARGE: { zh: '一次请求中的调用过多', en: 'Too many calls in one request' },
  BAD_JSON: { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  INTERNAL: { zh: '服务器内部错误，请稍后重试', en: 'Internal error; please try again later' },
  DATABASE_UNAVAILABLE: { zh: '数据库暂时不可用，请稍后重试', en: 'The database is unavailable for a moment; please try again shortly' },
  IDEMPOTENCY_KEY_INVALID: { zh: 'Idempotency-Key 须为1–100位字母、数字或 -_.:', en: 'Idempotency-Key must be 1–100 letters, digits or -_.:' },
  IDEMPOTENCY_KEY_REUSED: { zh: '该 Idempotency-Key 已用于另一个请求', en: 'This Idempotency-Key was already used for a different request' },
  IDEMPOTENCY_KEY_NOT_SUPPORTED: { zh: 'Idempotency-Key 仅用于乡镇业务的写入', en: 'Idempotency-Key is accepted on township writes only' },
} as const satisfies Record<string, BilingualMessage>;

export type ErrorKey = keyof typeof ERROR_MESSAGES;
