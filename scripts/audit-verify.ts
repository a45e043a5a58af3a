import { applyScope, createDb, platformScope, verifyAuditChains, type AuditChainState } from '@pcs/db';
import { openDevDatabase } from './lib/dev-database';
import { stackPorts } from './lib/ports';

/**
 * `npm run audit:verify`: recomputes every audit chain (docs/audit.md) and prints each chain's
 * state and head hash with the date and time, for an office to publish (for example in the
 * county's printed report) and to compare later. Exits 1 when a chain is broken, 2 when the
 * check could not run. Database: DATABASE_URL (the owner), else the stack's embedded one.
 */
const COUNTY_TIME_ZONE = 'Asia/Shanghai';

function chainName(chain: AuditChainState): string {
  if (chain.tenantId === null) return '县级/平台 county and platform';
  return chain.tenantCode ? `${chain.tenantCode} ${chain.tenantName ?? ''}`.trim() : `${chain.tenantId} (unknown township)`;
}

function stateText(chain: AuditChainState): string {
  if (chain.intact) return '';
  if (chain.firstBrokenId) return ` — 断开于第 ${chain.firstBrokenId} 条 broken at entry ${chain.firstBrokenId}`;
  return ` — 末端不符（最新记录可能被删除）head does not match: the newest entries may have been removed`;
}

function report(database: string, chains: AuditChainState[], at: Date): string {
  const when = new Intl.DateTimeFormat('sv-SE', { timeZone: COUNTY_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' }).format(at);
  const lines = [
    '审计日志链校验 Audit chain check',
    `数据库 database: ${database}`,
    `校验时间 checked at: ${when} (${COUNTY_TIME_ZONE})`,
    '',
  ];
  if (chains.length === 0) return [...lines, '尚无记录 No entries yet.'].join('\n');
  lines.push(`${'state'.padEnd(7)} ${'entries'.padStart(8)} ${'last id'.padStart(9)}  ${'head hash'.padEnd(64)}  chain`);
  for (const chain of chains) {
    lines.push(
      `${(chain.intact ? 'intact' : 'BROKEN').padEnd(7)} ${String(chain.entries).padStart(8)} ${(chain.headId ?? '-').padStart(9)}  ${(chain.headHash ?? '-').padEnd(64)}  ${chainName(chain)}${stateText(chain)}`,
    );
  }
  const broken = chains.filter((c) => !c.intact).length;
  lines.push('', broken ? `${broken} 条链断开 ${broken} chain(s) BROKEN` : `全部 ${chains.length} 条链完整 all ${chains.length} chains intact`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { url, postgres } = await openDevDatabase(stackPorts(false).embeddedPostgres);
  const db = createDb(url, { max: 1 });
  try {
    // Every chain, in one transaction without an API call's time limit: a large log takes a while.
    const chains = await db.$transaction(
      async (tx) => {
        await applyScope(tx, platformScope());
        return verifyAuditChains(tx);
      },
      { maxWait: 10_000, timeout: 3_600_000 },
    );
    console.log(report(new URL(url).pathname.slice(1), chains, new Date()));
    return chains.every((c) => c.intact) ? 0 : 1;
  } finally {
    await db.$disconnect();
    await postgres.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The audit chains could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
