import type { AppraisalPeriodKind, AppraisalRuleSet, AppraisalSubjectKind, ItemRule } from './rule-set';

/**
 * The four starting templates the product ships (each county gets a copy to start from; users
 * copy and edit them, nothing here is used to score). Areas, items and phases follow the seeds;
 * item maxima and per-item amounts are starting content for the office to edit (the seeds give
 * only totals: "共计30多项内容,总分值25分", seed 002; "满分64分" = 36 + 28, seed 003). What decides
 * an outcome and that no seed gives — grade cut-offs, subsidy amounts — is left not configured;
 * weights the seeds do not give start as equal shares (docs/decisions.md, 53).
 */
export interface StartingTemplate {
  code: string;
  name: string;
  nameEn: string;
  subjectKind: AppraisalSubjectKind;
  periodKind: AppraisalPeriodKind;
  ruleSet: AppraisalRuleSet;
}

type Row = [key: string, name: string, max: number, rule?: ItemRule, evidence?: string | null, phase?: AppraisalRuleSet['areas'][number]['items'][number]['phase']];
const P: ItemRule = { kind: 'points' };

function area(key: string, name: string, rows: Row[]): AppraisalRuleSet['areas'][number] {
  const items = rows.map(([k, n, max, rule = P, evidence = null, phase = 'onsite_review']) => ({ key: k, name: n, max, rule, evidence, phase }));
  const max = items.filter((i) => i.rule.kind !== 'bonus').reduce((s, i) => s + i.max, 0);
  return { key, name, max: Math.round(max * 1000) / 1000, items };
}

const DEFAULT_GRADES = ['优秀', '合格', '基本合格', '不合格'];

/** Seed 002 (朝阳区): the county's score sheet of the townships' congress work, 25 points, five areas. */
const congressWork: AppraisalRuleSet = {
  title: '乡镇（街道）人大工作目标化管理考评细则',
  maxTotal: 25,
  areas: [
    area('A', '代表联系组自身建设', [
      ['A1', '代表联系组组织健全、组长明确', 1, { kind: 'pass_fail', failPoints: 0, veto: false }, '联系组名单'],
      ['A2', '年初制定联系组活动计划', 1, { kind: 'pass_fail', failPoints: 0, veto: false }, '活动计划'],
      ['A3', '每季度至少组织一次活动', 1, { kind: 'deduction', perOccurrence: 0.25, floor: 0 }, '活动记录、照片'],
      ['A4', '活动台账（“六簿一册”）完整规范', 1, P, '台账'],
      ['A5', '代表联络站（之家）规范运行', 0.5, P, '制度、接待记录'],
      ['A6', '联系组学习培训', 0.5, P, '学习记录'],
    ]),
    area('B', '镇人大主席团工作', [
      ['B1', '依法按时召开人代会', 1, { kind: 'pass_fail', failPoints: 0, veto: false }, '会议文件'],
      ['B2', '每季度至少召开一次主席团会议', 1, { kind: 'deduction', perOccurrence: 0.25, floor: 0 }, '会议纪要'],
      ['B3', '年度工作要点经主席团会议通过', 1, { kind: 'pass_fail', failPoints: 0, veto: false }, '工作要点'],
      ['B4', '组织视察、执法检查、专题调研', 1, P, '活动方案与报告'],
      ['B5', '听取审议政府专项工作报告', 0.5, P, '审议意见'],
      ['B6', '开展工作评议、述职评议', 0.5, P, '评议结果'],
      ['B7', '审议意见跟踪落实', 1, P, '落实情况报告'],
    ]),
    area('C', '代表工作', [
      ['C1', '代表建议按期答复', 1, { kind: 'linear', from: 0, to: 100 }, '建议办理台账'],
      ['C2', '代表对办理结果满意率', 1, { kind: 'linear', from: 0, to: 100 }, '满意度测评表'],
      ['C3', '代表向选民述职', 1, P, '述职材料'],
      ['C4', '代表固定联系群众', 0.5, P, '联系名单'],
      ['C5', '代表小组活动', 0.5, P, '活动记录'],
      ['C6', '代表参加闭会期间活动', 0.5, P, '签到表'],
      ['C7', '代表履职档案', 0.5, P, '履职档案'],
      ['C8', '重点建议督办', 1, { kind: 'graded', options: [{ key: 'good', label: '好', points: 1 }, { key: 'fair', label: '较好', points: 0.6 }, { key: 'poor', label: '一般', points: 0.3 }] }, '督办记录'],
    ]),
    area('D', '为代表履职创造条件', [
      ['D1', '代表活动经费列入财政预算', 1, { kind: 'pass_fail', failPoints: 0, veto: false }, '预算文件'],
      ['D2', '代表培训', 1, P, '培训通知、签到'],
      ['D3', '为代表订阅学习资料', 0.5, P, null],
      ['D4', '邀请代表列席会议', 0.5, P, '列席名单'],
      ['D5', '代表活动阵地建设', 1, P, '照片'],
    ]),
    area('E', '人大宣传', [
      ['E1', '向县人大报送信息', 1, { kind: 'deduction', perOccurrence: 0.2, floor: 0 }, '信息报送登记'],
      ['E2', '信息被县级以上采用', 1, P, '采用证明'],
      ['E3', '宣传栏、公开栏', 0.5, P, '照片'],
      ['E4', '代表先进事迹宣传', 0.5, P, '报道'],
      ['E5', '人大理论研究文章', 1, P, '文章'],
      ['E6', '市级以上表彰（加分）', 1, { kind: 'bonus', perUnit: 0.5, cap: 1 }, '表彰文件'],
    ]),
  ],
  phaseWeights: null,
  weightShare: 'proportional',
  evaluatorGroups: [],
  grades: { set: DEFAULT_GRADES, cutoffs: null, overrides: [] },
  standardScores: false,
  tieBreak: [{ by: 'area', areaKey: 'C' }],
  subsidyBands: null,
};

/** Seed 003: the leadership team's duty appraisal (履职尽责考核) in three phases. */
const leadershipDuty: AppraisalRuleSet = {
  title: '领导班子履职尽责考核评分表',
  maxTotal: 64,
  areas: [
    area('W', '业务工作实绩', [
      ['W1', '年度重点工作完成情况', 12, P, '述职述廉报告'],
      ['W2', '人大代表建议办复率', 8, { kind: 'linear', from: 0, to: 100 }, '办复台账'],
      ['W3', '人大代表建议满意率', 8, { kind: 'linear', from: 0, to: 100 }, '满意度测评'],
      ['W4', '整改事项完成情况', 8, { kind: 'deduction', perOccurrence: 2, floor: 0 }, '整改报告'],
    ]),
    area('C', '履职能力建设', [
      ['C1', '班子议事规则与民主集中制', 8, P, '会议记录'],
      ['C2', '党风廉政建设（一票否决）', 8, { kind: 'pass_fail', failPoints: 0, veto: true }, '廉政责任书'],
      ['C3', '文件、记录、台账规范', 6, P, '台账'],
      ['C4', '记实簿填写', 6, P, '记实簿'],
    ]),
  ],
  phaseWeights: { onsite_review: 25, democratic_evaluation: 25, mutual_evaluation: 25, daily_performance: 25 },
  weightShare: 'proportional',
  evaluatorGroups: [
    { kind: 'cadres', name: '中层干部', weight: 33.334, size: null },
    { kind: 'branch_secretaries', name: '支部书记', weight: 33.333, size: null },
    { kind: 'staff_reps', name: '职工代表', weight: 33.333, size: null },
  ],
  grades: { set: DEFAULT_GRADES, cutoffs: null, overrides: [{ kind: 'veto_item_failed' }, { kind: 'lowest_grade_votes', numerator: 1, denominator: 3 }] },
  standardScores: false,
  tieBreak: [{ by: 'phase', phase: 'democratic_evaluation' }],
  subsidyBands: null,
};

/** Seed 001: a village's monthly environment-governance score under its target-responsibility letter. */
const villageEnvironment: AppraisalRuleSet = {
  title: '村（社区）城乡环境综合治理月度考核评分表',
  maxTotal: 100,
  areas: [
    area('G', '垃圾收运', [
      ['G1', '垃圾日产日清', 20, { kind: 'deduction', perOccurrence: 2, floor: 0 }, '督查问题台账'],
      ['G2', '垃圾清运率', 15, { kind: 'linear', from: 0, to: 100 }, '清运记录'],
      ['G3', '“户投、组集、村收”落实', 15, P, '照片'],
    ]),
    area('S', '环境秩序', [
      ['S1', '“门前三包”责任落实', 15, { kind: 'deduction', perOccurrence: 1, floor: 0 }, '责任书'],
      ['S2', '秸秆、垃圾禁烧', 15, { kind: 'pass_fail', failPoints: 0, veto: false }, '巡查记录'],
      ['S3', '沟渠河道整洁', 10, P, '照片'],
    ]),
    area('M', '长效管理', [
      ['M1', '保洁人员在岗履职', 5, P, '考勤'],
      ['M2', '督查问题按期整改', 5, { kind: 'deduction', perOccurrence: 1, floor: 0 }, '整改记录'],
      ['M3', '受到表彰或通报表扬（加分）', 5, { kind: 'bonus', perUnit: 2.5, cap: 5 }, '表彰文件'],
    ]),
  ],
  phaseWeights: null,
  weightShare: 'proportional',
  evaluatorGroups: [],
  grades: { set: DEFAULT_GRADES, cutoffs: null, overrides: [] },
  standardScores: false,
  tieBreak: [],
  subsidyBands: null,
};

/** Seed 000: a grid's half-yearly evaluation: its own self-evaluation and the level above's, ranked. */
const gridHalfYear: AppraisalRuleSet = {
  title: '环境监管网格半年考核评分表',
  maxTotal: 100,
  areas: [
    area('F', '“五定”与责任体系', [
      ['F1', '定区域、定人员、定职责、定任务、定奖惩并公示', 10, { kind: 'pass_fail', failPoints: 0, veto: false }, '公示照片'],
      ['F2', '层层签订责任状', 10, { kind: 'pass_fail', failPoints: 0, veto: false }, '责任状'],
    ]),
    area('L', '台账与巡查', [
      ['L1', '污染源管理台账', 15, P, '台账'],
      ['L2', '巡查台账及时上报', 15, { kind: 'deduction', perOccurrence: 3, floor: 0 }, '巡查台账'],
      ['L3', '发现并制止环境违法行为', 10, P, '巡查记录'],
    ]),
    area('H', '事件办理与反馈', [
      ['H1', '规定时限内办结', 20, { kind: 'linear', from: 0, to: 100 }, '办理记录'],
      ['H2', '办结率全县排名', 10, { kind: 'rank', points: [10, 9.5, 9, 8.5, 8], beyond: 7.5 }, null],
      ['H3', '半年工作总结按时报送', 10, { kind: 'pass_fail', failPoints: 0, veto: false }, '工作总结'],
    ]),
  ],
  phaseWeights: { self_score: 50, onsite_review: 50 },
  weightShare: 'proportional',
  evaluatorGroups: [],
  grades: { set: DEFAULT_GRADES, cutoffs: null, overrides: [] },
  standardScores: true,
  tieBreak: [{ by: 'area', areaKey: 'H' }],
  subsidyBands: null,
};

export const STARTING_TEMPLATES: readonly StartingTemplate[] = [
  { code: 'seed.congress_work', name: '乡镇人大工作考评（县对乡镇）', nameEn: "Townships' congress work (county appraises townships)", subjectKind: 'township', periodKind: 'year', ruleSet: congressWork },
  { code: 'seed.leadership_duty', name: '领导班子履职尽责考核', nameEn: 'Leadership duty appraisal', subjectKind: 'leadership_team', periodKind: 'year', ruleSet: leadershipDuty },
  { code: 'seed.village_environment', name: '村居环境综合治理月度考核', nameEn: 'Villages: monthly environment governance', subjectKind: 'village', periodKind: 'month', ruleSet: villageEnvironment },
  { code: 'seed.grid_half_year', name: '网格半年考核', nameEn: 'Grids: half-yearly evaluation', subjectKind: 'grid', periodKind: 'half_year', ruleSet: gridHalfYear },
];
