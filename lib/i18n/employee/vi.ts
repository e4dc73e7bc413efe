import type { DutyTexts } from "./types";

export const VI: DutyTexts = {
  isa_activity_org_notification: {
    title: "Thông báo về cơ quan trực thuộc (所属機関に関する届出, cơ quan hoạt động)",
    what: "Khi có thay đổi về cơ quan bạn trực thuộc (trường học hoặc nơi làm việc), hãy thông báo cho Cục Quản lý Xuất nhập cảnh và Lưu trú trong vòng 14 ngày.",
    prepare: ["Thẻ lưu trú (在留カード)", "Nội dung thay đổi và ngày thay đổi", "Tên và địa chỉ của cơ quan"],
    where:
      "Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理庁) (trực tuyến, tại quầy hoặc qua bưu điện)",
  },
  isa_contract_org_notification: {
    title: "Thông báo về công ty tuyển dụng (所属機関に関する届出, cơ quan ký hợp đồng)",
    what: "Khi hợp đồng lao động của bạn kết thúc hoặc bạn ký hợp đồng mới, hoặc công ty đổi tên hay địa chỉ, hãy thông báo cho Cục Quản lý Xuất nhập cảnh và Lưu trú trong vòng 14 ngày.",
    prepare: [
      "Thẻ lưu trú (在留カード)",
      "Ngày hợp đồng kết thúc hoặc ngày ký hợp đồng",
      "Tên và địa chỉ của công ty",
    ],
    where:
      "Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理庁) (trực tuyến, tại quầy hoặc qua bưu điện)",
  },
  isa_spouse_notification: {
    title: "Thông báo về vợ/chồng (配偶者に関する届出)",
    what: "Sau khi ly hôn hoặc khi vợ/chồng qua đời, hãy thông báo cho Cục Quản lý Xuất nhập cảnh và Lưu trú trong vòng 14 ngày.",
    prepare: ["Thẻ lưu trú (在留カード)", "Ngày ly hôn hoặc ngày mất"],
    where:
      "Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理庁) (trực tuyến, tại quầy hoặc qua bưu điện)",
  },
  isa_org_acceptance_notice: {
    title: "Thông báo tiếp nhận của công ty (受入れに関する届出)",
    what: "Công ty của bạn sẽ nộp thông báo này. Bạn không cần làm gì.",
    prepare: [],
    where: "Công ty nộp cho Cục Quản lý Xuất nhập cảnh và Lưu trú",
  },
  hw_employment_report: {
    title: "Báo cáo tình hình tuyển dụng người nước ngoài (外国人雇用状況の届出)",
    what: "Công ty của bạn báo cáo cho Hello Work (ハローワーク). Bạn không cần làm gì.",
    prepare: [],
    where: "Công ty nộp cho Hello Work",
  },
  ssw_adhoc_report: {
    title: "Báo cáo về lao động Kỹ năng đặc định (随時届出)",
    what: "Công ty của bạn báo cáo cho Cục Quản lý Xuất nhập cảnh và Lưu trú. Bạn không cần làm gì.",
    prepare: [],
    where: "Công ty nộp cho Cục Quản lý Xuất nhập cảnh và Lưu trú",
  },
  card_reissue: {
    title: "Xin cấp lại thẻ lưu trú bị mất (再交付申請)",
    what: "Nếu bạn làm mất thẻ lưu trú, hãy xin cấp thẻ mới trong vòng 14 ngày kể từ khi phát hiện (nếu phát hiện khi ở nước ngoài thì trong vòng 14 ngày kể từ khi trở lại Nhật Bản).",
    prepare: [
      "Hộ chiếu",
      "Ảnh (từ 16 tuổi trở lên)",
      "Giấy chứng nhận của cảnh sát về việc trình báo mất hoặc bị trộm",
    ],
    where: "Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực (tại quầy)",
  },
  card_return: {
    title: "Trả lại thẻ lưu trú (返納)",
    what: "Khi bạn không còn cần thẻ nữa (ví dụ đã nhập quốc tịch Nhật Bản), hãy trả lại thẻ trong vòng 14 ngày.",
    prepare: ["Thẻ lưu trú (在留カード)"],
    where: "Cơ quan quản lý xuất nhập cảnh khu vực, hoặc gửi qua bưu điện (Chi nhánh Odaiba)",
  },
  address_notification: {
    title: "Thông báo địa chỉ mới (住居地の届出)",
    what: "Sau khi chuyển nhà, hãy thông báo địa chỉ mới cho ủy ban thành phố, quận hoặc thị trấn trong vòng 14 ngày.",
    prepare: [
      "Thẻ lưu trú (在留カード)",
      "Giấy chứng nhận chuyển đi (転出証明書) (nếu bạn chuyển đến từ địa phương khác)",
    ],
    where: "Ủy ban hành chính nơi có địa chỉ mới (市区町村役場)",
  },
  child_status_acquisition: {
    title: "Tư cách lưu trú cho con sinh ra tại Nhật Bản (在留資格取得)",
    what: "Nếu con bạn sinh ra tại Nhật Bản sẽ ở lại hơn 60 ngày, hãy xin tư cách lưu trú cho con trong vòng 30 ngày kể từ ngày sinh. Trước đó, hãy đăng ký khai sinh tại ủy ban hành chính địa phương.",
    prepare: [
      "Giấy chứng nhận nội dung khai sinh (出生届出書記載事項証明書)",
      "Hộ chiếu của con (nếu có)",
      "Thẻ lưu trú của bạn",
    ],
    where: "Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực (tại quầy)",
  },
  period_of_stay_renewal: {
    title: "Gia hạn thời gian lưu trú (在留期間更新)",
    what: "Hãy xin gia hạn trước khi thời gian lưu trú hết hạn. Bạn có thể nộp đơn từ khoảng 3 tháng trước ngày hết hạn. Sau ngày hết hạn, bạn sẽ bị coi là lưu trú quá hạn.",
    prepare: ["Thẻ lưu trú (在留カード)", "Hộ chiếu", "Ảnh", "Giấy tờ do công ty chuẩn bị"],
    where: "Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực phụ trách nơi bạn sống (tại quầy hoặc trực tuyến)",
  },
  card_validity_renewal: {
    title: "Gia hạn thẻ lưu trú (有効期間更新)",
    what: "Hãy gia hạn thẻ lưu trú trước khi thẻ hết hạn (đây là gia hạn thẻ, không phải tư cách lưu trú). Bạn có thể nộp đơn từ 2 tháng trước.",
    prepare: ["Thẻ lưu trú (在留カード)", "Hộ chiếu", "Ảnh"],
    where: "Cục Quản lý Xuất nhập cảnh và Lưu trú khu vực (tại quầy)",
  },
};
