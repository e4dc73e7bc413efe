import type { EmployeeEmailCopy } from "./types";

export const VI: EmployeeEmailCopy = {
  subject: {
    created: "Cần làm thủ tục: {title}",
    reminder: "Còn {days} ngày: {title}",
    tomorrow: "Hạn chót là ngày mai: {title}",
    today: "Hạn chót là hôm nay: {title}",
    overdue: "Đã quá hạn: {title}",
  },
  greeting: "Chào anh/chị {name},",
  lead: {
    created: "{company} thông báo cho anh/chị một thủ tục cần làm. Hạn chót là {date}.",
    reminder: "Hạn chót là {date}, còn {days} ngày nữa. Nếu chưa làm, xin hãy làm sớm.",
    tomorrow: "Ngày mai, {date}, là hạn chót. Nếu chưa làm, xin hãy làm ngay.",
    today: "Hôm nay, {date}, là hạn chót. Nếu chưa làm, xin hãy làm ngay trong hôm nay.",
    overdue: "Đã quá hạn chót ({date}). Xin hãy làm thủ tục càng sớm càng tốt và báo cho công ty.",
  },
  deadline: "Hạn chót",
  whatToDo: "Việc cần làm",
  prepare: "Cần chuẩn bị",
  where: "Nơi nộp",
  online:
    "Nộp trực tuyến (hệ thống thông báo điện tử của Cục Quản lý Xuất nhập cảnh và Lưu trú, 電子届出システム):",
  procedure: "Trang chính thức của thủ tục này:",
  office: "Cơ quan xuất nhập cảnh (地方出入国在留管理局):",
  toConfirm: "Điểm này chưa được xác định rõ về mặt pháp lý. Xin hãy hỏi lại tại cơ quan.",
  button: "Báo cho công ty là tôi đã làm xong",
  buttonHint:
    "Đường link này chỉ dành riêng cho anh/chị và có hiệu lực trong 30 ngày. Xin đừng chuyển tiếp email này.",
  footer:
    "Email này do {company} gửi qua Zairyu. Hạn chót được tính từ các nguồn thông tin công khai; đây không phải là tư vấn pháp lý. Nếu có điều gì chưa rõ, xin hãy hỏi người phụ trách nhân sự.",
};
