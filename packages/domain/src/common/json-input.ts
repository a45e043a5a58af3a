import { z } from 'zod';

/**
 * A free-form JSON object the client keeps with us (a saved list filter): its size is bounded
 * here, its depth and contents by the input policy (`checkInput`).
 */
export function jsonObjectSchema(maxChars: number) {
  return z.record(z.string().max(100), z.unknown()).refine((value) => JSON.stringify(value).length <= maxChars, {
    params: { zh: `内容过大（最多 ${maxChars} 个字符）`, en: `is too large (at most ${maxChars} characters)` },
  });
}
