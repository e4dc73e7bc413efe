/**
 * ~30 realistic foreign employees across many statuses for the demo company. Dates are relative to
 * `today` so the dashboard always shows a mix: expired, due soon, in the renewal window, and fine.
 */
export type DemoEmployee = {
  nameOnCard: string;
  nameKana: string;
  nationality: string;
  sex: "M" | "F";
  dateOfBirth: string;
  preferredLanguage: "ja" | "en" | "vi" | "zh" | "id" | "ne" | "tl" | "my" | "pt";
  department: string;
  statusCode: string;
  holderRole?: "principal" | "spouse" | "child";
  hsp2Activity?: "i" | "ro" | "ha";
  expiresInDays: number | null;
  extraActivityPermission?: "none" | "comprehensive" | "individual";
  employmentInsurance?: boolean;
  isWorker?: boolean;
  startedDaysAgo: number;
};

export const DEMO_EMPLOYEES: DemoEmployee[] = [
  { nameOnCard: "NGUYEN VAN AN", nameKana: "グエン ヴァン アン", nationality: "VN", sex: "M", dateOfBirth: "1995-03-14", preferredLanguage: "vi", department: "開発部", statusCode: "engineer_specialist", expiresInDays: 45, startedDaysAgo: 900 },
  { nameOnCard: "TRAN THI BINH", nameKana: "チャン ティ ビン", nationality: "VN", sex: "F", dateOfBirth: "1998-07-02", preferredLanguage: "vi", department: "製造部", statusCode: "ssw_1", expiresInDays: 12, startedDaysAgo: 400 },
  { nameOnCard: "LE HOANG NAM", nameKana: "レ ホアン ナム", nationality: "VN", sex: "M", dateOfBirth: "2000-11-20", preferredLanguage: "vi", department: "製造部", statusCode: "titp_2", expiresInDays: 200, startedDaysAgo: 500 },
  { nameOnCard: "PHAM MINH THU", nameKana: "ファム ミン トゥ", nationality: "VN", sex: "F", dateOfBirth: "2003-01-09", preferredLanguage: "vi", department: "店舗", statusCode: "student", expiresInDays: 300, extraActivityPermission: "comprehensive", employmentInsurance: false, startedDaysAgo: 120 },
  { nameOnCard: "WANG LI", nameKana: "ワン リー", nationality: "CN", sex: "F", dateOfBirth: "1990-05-21", preferredLanguage: "zh", department: "営業部", statusCode: "engineer_specialist", expiresInDays: 700, startedDaysAgo: 1500 },
  { nameOnCard: "ZHANG WEI", nameKana: "チャン ウェイ", nationality: "CN", sex: "M", dateOfBirth: "1985-09-30", preferredLanguage: "zh", department: "経営企画", statusCode: "business_manager", expiresInDays: 1000, isWorker: false, employmentInsurance: false, startedDaysAgo: 2000 },
  { nameOnCard: "LIU YANG", nameKana: "リウ ヤン", nationality: "CN", sex: "M", dateOfBirth: "1988-02-11", preferredLanguage: "zh", department: "研究所", statusCode: "hsp_2", hsp2Activity: "ro", expiresInDays: null, startedDaysAgo: 2500 },
  { nameOnCard: "CHEN JING", nameKana: "チェン ジン", nationality: "CN", sex: "F", dateOfBirth: "1992-12-01", preferredLanguage: "zh", department: "開発部", statusCode: "permanent_resident", expiresInDays: null, startedDaysAgo: 3000 },
  { nameOnCard: "SANTOS MARIA CLARA", nameKana: "サントス マリア クララ", nationality: "PH", sex: "F", dateOfBirth: "1991-04-17", preferredLanguage: "tl", department: "介護施設", statusCode: "nursing_care", expiresInDays: 80, startedDaysAgo: 800 },
  { nameOnCard: "REYES JOSE MIGUEL", nameKana: "レイエス ホセ ミゲル", nationality: "PH", sex: "M", dateOfBirth: "1987-08-08", preferredLanguage: "tl", department: "介護施設", statusCode: "ssw_1", expiresInDays: -3, startedDaysAgo: 700 },
  { nameOnCard: "DELA CRUZ ANA", nameKana: "デラ クルス アナ", nationality: "PH", sex: "F", dateOfBirth: "1993-06-25", preferredLanguage: "tl", department: "店舗", statusCode: "spouse_of_japanese", holderRole: "spouse", expiresInDays: 400, startedDaysAgo: 600 },
  { nameOnCard: "GURUNG RAJESH", nameKana: "グルン ラジェシュ", nationality: "NP", sex: "M", dateOfBirth: "1996-10-10", preferredLanguage: "ne", department: "厨房", statusCode: "skilled_labor", expiresInDays: 150, startedDaysAgo: 1100 },
  { nameOnCard: "SHRESTHA SITA", nameKana: "シュレスタ シタ", nationality: "NP", sex: "F", dateOfBirth: "1999-03-03", preferredLanguage: "ne", department: "店舗", statusCode: "dependent", holderRole: "spouse", expiresInDays: 250, extraActivityPermission: "comprehensive", employmentInsurance: false, startedDaysAgo: 300 },
  { nameOnCard: "TAMANG BIKASH", nameKana: "タマン ビカス", nationality: "NP", sex: "M", dateOfBirth: "2002-07-19", preferredLanguage: "ne", department: "物流", statusCode: "student", expiresInDays: 60, extraActivityPermission: "comprehensive", employmentInsurance: false, startedDaysAgo: 200 },
  { nameOnCard: "SETIAWAN BUDI", nameKana: "スティアワン ブディ", nationality: "ID", sex: "M", dateOfBirth: "1997-01-28", preferredLanguage: "id", department: "製造部", statusCode: "ssw_2", expiresInDays: 500, startedDaysAgo: 1400 },
  { nameOnCard: "PUTRI AYU LESTARI", nameKana: "プトゥリ アユ レスタリ", nationality: "ID", sex: "F", dateOfBirth: "2001-09-14", preferredLanguage: "id", department: "製造部", statusCode: "titp_1", expiresInDays: 100, startedDaysAgo: 250 },
  { nameOnCard: "WIBOWO AGUS", nameKana: "ウィボウォ アグス", nationality: "ID", sex: "M", dateOfBirth: "1994-05-05", preferredLanguage: "id", department: "建設", statusCode: "ssw_1", expiresInDays: 30, startedDaysAgo: 350 },
  { nameOnCard: "AUNG KYAW MIN", nameKana: "アウン チョー ミン", nationality: "MM", sex: "M", dateOfBirth: "1996-12-12", preferredLanguage: "my", department: "介護施設", statusCode: "ssw_1", expiresInDays: 95, startedDaysAgo: 450 },
  { nameOnCard: "THIDA HTWE", nameKana: "ティダ トゥエ", nationality: "MM", sex: "F", dateOfBirth: "1998-02-02", preferredLanguage: "my", department: "介護施設", statusCode: "nursing_care", expiresInDays: 600, startedDaysAgo: 900 },
  { nameOnCard: "SILVA JOAO PEDRO", nameKana: "シルヴァ ジョアン ペドロ", nationality: "BR", sex: "M", dateOfBirth: "1980-04-01", preferredLanguage: "pt", department: "製造部", statusCode: "long_term_resident", expiresInDays: 365, startedDaysAgo: 4000 },
  { nameOnCard: "OLIVEIRA ANA PAULA", nameKana: "オリヴェイラ アナ パウラ", nationality: "BR", sex: "F", dateOfBirth: "1983-11-11", preferredLanguage: "pt", department: "品質管理", statusCode: "spouse_of_pr", holderRole: "spouse", expiresInDays: 20, startedDaysAgo: 2200 },
  { nameOnCard: "SOUZA LUCAS", nameKana: "ソウザ ルーカス", nationality: "BR", sex: "M", dateOfBirth: "1990-08-20", preferredLanguage: "pt", department: "物流", statusCode: "permanent_resident", expiresInDays: null, startedDaysAgo: 3500 },
  { nameOnCard: "KIM MINJUN", nameKana: "キム ミンジュン", nationality: "KR", sex: "M", dateOfBirth: "1989-03-27", preferredLanguage: "ja", department: "開発部", statusCode: "special_permanent_resident", expiresInDays: null, startedDaysAgo: 1800 },
  { nameOnCard: "PARK SOYEON", nameKana: "パク ソヨン", nationality: "KR", sex: "F", dateOfBirth: "1994-10-05", preferredLanguage: "ja", department: "マーケティング", statusCode: "engineer_specialist", expiresInDays: 110, startedDaysAgo: 700 },
  { nameOnCard: "SMITH JAMES", nameKana: "スミス ジェームズ", nationality: "US", sex: "M", dateOfBirth: "1986-06-06", preferredLanguage: "en", department: "研修", statusCode: "instructor", expiresInDays: 40, startedDaysAgo: 1200 },
  { nameOnCard: "BROWN EMILY", nameKana: "ブラウン エミリー", nationality: "GB", sex: "F", dateOfBirth: "1991-01-15", preferredLanguage: "en", department: "海外事業", statusCode: "intra_company_transferee", expiresInDays: 800, startedDaysAgo: 400 },
  { nameOnCard: "SINGH ARJUN", nameKana: "シン アルジュン", nationality: "IN", sex: "M", dateOfBirth: "1993-09-09", preferredLanguage: "en", department: "開発部", statusCode: "hsp_1_ro", expiresInDays: 1200, startedDaysAgo: 600 },
  { nameOnCard: "MARTIN LUCIE", nameKana: "マルタン リュシー", nationality: "FR", sex: "F", dateOfBirth: "1997-05-30", preferredLanguage: "en", department: "デザイン", statusCode: "designated_activities", expiresInDays: 180, startedDaysAgo: 90 },
  { nameOnCard: "KHAN AISHA", nameKana: "カーン アイシャ", nationality: "PK", sex: "F", dateOfBirth: "1990-02-22", preferredLanguage: "en", department: "研究所", statusCode: "researcher", expiresInDays: 70, startedDaysAgo: 1000 },
  { nameOnCard: "HASAN RAHIM", nameKana: "ハサン ラヒム", nationality: "BD", sex: "M", dateOfBirth: "1995-12-24", preferredLanguage: "en", department: "厨房", statusCode: "skilled_labor", expiresInDays: -20, startedDaysAgo: 1300 },
];

const shift = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Recent events for some demo employees (by name on card), recorded through the pipeline. */
export const DEMO_EVENTS = (today: string): [string, Record<string, unknown>][] => [
  ["PARK SOYEON", { type: "employment_ended", date: shift(today, -20) }],
  ["NGUYEN VAN AN", { type: "moved_house", date: shift(today, -5) }],
  ["SETIAWAN BUDI", { type: "employment_started", date: shift(today, -3), contractConcludedOn: shift(today, -12) }],
  ["DELA CRUZ ANA", { type: "divorced", date: shift(today, -9) }],
  ["REYES JOSE MIGUEL", { type: "renewal_applied", date: shift(today, -10), channel: "counter" }],
  ["GURUNG RAJESH", { type: "card_lost", date: shift(today, -1) }],
];
