import type { EmployeeEmailCopy } from "./types";

export const ZH: EmployeeEmailCopy = {
  subject: {
    created: "需要办理手续：{title}",
    reminder: "还剩{days}天：{title}",
    tomorrow: "明天截止：{title}",
    today: "今天截止：{title}",
    overdue: "已过期限：{title}",
  },
  greeting: "{name}，您好：",
  lead: {
    created: "{company}通知您需要办理一项手续。截止日期是{date}。",
    reminder: "截止日期是{date}，还剩{days}天。如果还没有办理，请尽快办理。",
    tomorrow: "明天（{date}）是截止日期。如果还没有办理，请马上办理。",
    today: "今天（{date}）是截止日期。如果还没有办理，请在今天之内办理。",
    overdue: "已经过了截止日期（{date}）。请尽快办理，并告知公司。",
  },
  deadline: "截止日期",
  whatToDo: "需要做的事",
  prepare: "需要准备的材料",
  where: "办理地点",
  online: "在线申报（出入国在留管理厅电子申报系统，電子届出システム）：",
  procedure: "该手续的官方页面：",
  office: "窗口（地方出入国在留管理局）：",
  toConfirm: "这一点的法律解释尚未确定，请向窗口确认。",
  button: "告知公司我已办理",
  buttonHint: "此链接仅供您本人使用，有效期30天。请不要转发此邮件。",
  footer:
    "此邮件由{company}通过 Zairyu 发送。期限是根据公开信息计算的，不构成法律意见。如有不明之处，请询问公司的负责人。",
};
