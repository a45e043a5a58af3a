import { Flex, Tag } from 'antd';
import { ROLE_INFO, type Role } from '@pcs/domain';
import { useRoleName } from './MembershipsEditor';

export interface MembershipLabel {
  role: Role;
  tenant?: { name: string } | null;
  department?: { name: string } | null;
}

const SCOPE_COLORS = { platform: 'magenta', county: 'blue', township: 'green' } as const;

/** A user's roles as tags: "乡镇管理员 · 溪口镇", "县直部门承办人 · 县交通运输局". */
export function MembershipTags({ memberships }: { memberships: readonly MembershipLabel[] }) {
  const roleName = useRoleName();
  return (
    <Flex gap={4} wrap>
      {memberships.map((m, i) => {
        const place = m.tenant?.name ?? m.department?.name;
        return (
          <Tag key={i} color={SCOPE_COLORS[ROLE_INFO[m.role].scope]} style={{ marginInlineEnd: 0 }}>
            {place ? `${roleName(m.role)} · ${place}` : roleName(m.role)}
          </Tag>
        );
      })}
    </Flex>
  );
}

/** The same, as plain text for an Excel export. */
export function membershipText(memberships: readonly MembershipLabel[], roleName: (role: Role) => string): string {
  return memberships.map((m) => [roleName(m.role), m.tenant?.name ?? m.department?.name].filter(Boolean).join(' · ')).join('、');
}
