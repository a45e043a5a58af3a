import { z } from 'zod';

/** Deputies of the roster the office invites to sign in, at most a few hundred at once (a township's whole roster). */
export const deputyInviteSchema = z.object({
  deputyIds: z
    .array(z.uuid())
    .min(1)
    .max(400)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'Each deputy once', params: { zh: '代表不能重复', en: 'each deputy once' } }),
});
export type DeputyInvite = z.infer<typeof deputyInviteSchema>;
