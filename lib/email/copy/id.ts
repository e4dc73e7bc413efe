import type { EmployeeEmailCopy } from "./types";

export const ID: EmployeeEmailCopy = {
  subject: {
    created: "Perlu tindakan: {title}",
    reminder: "Sisa {days} hari: {title}",
    tomorrow: "Batas waktu besok: {title}",
    today: "Batas waktu hari ini: {title}",
    overdue: "Sudah lewat batas waktu: {title}",
  },
  greeting: "Yth. {name},",
  lead: {
    created: "{company} memberi tahu Anda tentang prosedur yang perlu Anda lakukan. Batas waktunya {date}.",
    reminder: "Batas waktunya {date}, {days} hari lagi. Jika belum, mohon segera lakukan.",
    tomorrow: "Besok, {date}, adalah batas waktunya. Jika belum, mohon lakukan sekarang.",
    today: "Hari ini, {date}, adalah batas waktunya. Jika belum, mohon lakukan hari ini.",
    overdue: "Batas waktu ({date}) sudah lewat. Mohon segera lakukan dan beri tahu perusahaan Anda.",
  },
  deadline: "Batas waktu",
  whatToDo: "Yang perlu dilakukan",
  prepare: "Yang perlu disiapkan",
  where: "Tempat pengajuan",
  online: "Ajukan secara online (sistem pemberitahuan elektronik Badan Layanan Imigrasi, 電子届出システム):",
  procedure: "Halaman resmi prosedur ini:",
  office: "Kantor imigrasi (地方出入国在留管理局):",
  toConfirm: "Penafsiran hukum untuk hal ini belum pasti. Mohon tanyakan ke kantor imigrasi.",
  button: "Beri tahu perusahaan bahwa saya sudah melakukannya",
  buttonHint: "Tautan ini khusus untuk Anda dan berlaku 30 hari. Mohon jangan teruskan email ini.",
  footer:
    "Email ini dikirim oleh {company} melalui Zairyu. Batas waktu dihitung dari sumber informasi publik; ini bukan nasihat hukum. Jika ada yang kurang jelas, tanyakan kepada petugas HR Anda.",
};
