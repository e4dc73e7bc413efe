import type { DutyTexts } from "./types";

export const ID: DutyTexts = {
  isa_activity_org_notification: {
    title: "Pemberitahuan tentang lembaga tempat Anda bernaung (所属機関に関する届出, lembaga kegiatan)",
    what: "Jika ada perubahan pada lembaga tempat Anda bernaung (sekolah atau tempat kerja), beri tahu Badan Layanan Imigrasi dalam 14 hari.",
    prepare: ["Kartu izin tinggal (在留カード)", "Apa yang berubah dan kapan", "Nama dan alamat lembaga"],
    where: "Badan Layanan Imigrasi (出入国在留管理庁) (online, di loket, atau lewat pos)",
  },
  isa_contract_org_notification: {
    title: "Pemberitahuan tentang perusahaan pemberi kerja (所属機関に関する届出, lembaga kontrak)",
    what: "Jika kontrak kerja Anda berakhir atau Anda menandatangani kontrak baru, atau perusahaan mengganti nama atau alamatnya, beri tahu Badan Layanan Imigrasi dalam 14 hari.",
    prepare: [
      "Kartu izin tinggal (在留カード)",
      "Tanggal kontrak berakhir atau ditandatangani",
      "Nama dan alamat perusahaan",
    ],
    where: "Badan Layanan Imigrasi (出入国在留管理庁) (online, di loket, atau lewat pos)",
  },
  isa_spouse_notification: {
    title: "Pemberitahuan tentang pasangan (配偶者に関する届出)",
    what: "Setelah bercerai atau pasangan Anda meninggal dunia, beri tahu Badan Layanan Imigrasi dalam 14 hari.",
    prepare: ["Kartu izin tinggal (在留カード)", "Tanggal perceraian atau kematian"],
    where: "Badan Layanan Imigrasi (出入国在留管理庁) (online, di loket, atau lewat pos)",
  },
  isa_org_acceptance_notice: {
    title: "Pemberitahuan penerimaan oleh perusahaan (受入れに関する届出)",
    what: "Perusahaan Anda yang mengajukan ini. Anda tidak perlu melakukan apa pun.",
    prepare: [],
    where: "Perusahaan mengajukannya ke Badan Layanan Imigrasi",
  },
  hw_employment_report: {
    title: "Laporan status ketenagakerjaan orang asing (外国人雇用状況の届出)",
    what: "Perusahaan Anda melapor ke Hello Work (ハローワーク). Anda tidak perlu melakukan apa pun.",
    prepare: [],
    where: "Perusahaan mengajukannya ke Hello Work",
  },
  ssw_adhoc_report: {
    title: "Laporan Pekerja Berketerampilan Spesifik (随時届出)",
    what: "Perusahaan Anda melapor ke Badan Layanan Imigrasi. Anda tidak perlu melakukan apa pun.",
    prepare: [],
    where: "Perusahaan mengajukannya ke Badan Layanan Imigrasi",
  },
  card_reissue: {
    title: "Penerbitan ulang kartu izin tinggal yang hilang (再交付申請)",
    what: "Jika kartu izin tinggal Anda hilang, ajukan kartu baru dalam 14 hari sejak Anda menyadarinya (jika Anda menyadarinya di luar negeri, dalam 14 hari sejak kembali ke Jepang).",
    prepare: [
      "Paspor",
      "Foto (usia 16 tahun ke atas)",
      "Surat keterangan dari polisi tentang laporan kehilangan atau pencurian",
    ],
    where: "Kantor Imigrasi Regional (loket)",
  },
  card_return: {
    title: "Pengembalian kartu izin tinggal (返納)",
    what: "Jika Anda tidak lagi memerlukan kartu ini (misalnya karena menjadi warga negara Jepang), kembalikan dalam 14 hari.",
    prepare: ["Kartu izin tinggal (在留カード)"],
    where: "Kantor imigrasi regional, atau lewat pos (Kantor Cabang Odaiba)",
  },
  address_notification: {
    title: "Pemberitahuan alamat baru (住居地の届出)",
    what: "Setelah pindah rumah, laporkan alamat baru Anda ke kantor kota, distrik, atau desa dalam 14 hari.",
    prepare: [
      "Kartu izin tinggal (在留カード)",
      "Surat keterangan pindah keluar (転出証明書) (jika Anda datang dari kota lain)",
    ],
    where: "Kantor pemerintah daerah di alamat baru Anda (市区町村役場)",
  },
  child_status_acquisition: {
    title: "Status izin tinggal untuk anak yang lahir di Jepang (在留資格取得)",
    what: "Jika anak Anda yang lahir di Jepang akan tinggal lebih dari 60 hari, ajukan status izin tinggal anak dalam 30 hari sejak kelahiran. Daftarkan kelahiran di kantor pemerintah daerah terlebih dahulu.",
    prepare: [
      "Surat keterangan isi pendaftaran kelahiran (出生届出書記載事項証明書)",
      "Paspor anak (jika ada)",
      "Kartu izin tinggal Anda",
    ],
    where: "Kantor Imigrasi Regional (loket)",
  },
  period_of_stay_renewal: {
    title: "Perpanjangan masa tinggal (在留期間更新)",
    what: "Ajukan perpanjangan sebelum masa tinggal Anda habis. Anda bisa mengajukan sejak sekitar 3 bulan sebelum tanggal habis. Setelah tanggal itu lewat, Anda dianggap tinggal melebihi izin (overstay).",
    prepare: ["Kartu izin tinggal (在留カード)", "Paspor", "Foto", "Dokumen dari perusahaan"],
    where: "Kantor Imigrasi Regional untuk wilayah alamat Anda (loket atau online)",
  },
  card_validity_renewal: {
    title: "Perpanjangan kartu izin tinggal (有効期間更新)",
    what: "Perpanjang kartu izin tinggal sebelum masa berlakunya habis (ini kartunya, bukan status izin tinggal Anda). Anda bisa mengajukan sejak 2 bulan sebelumnya.",
    prepare: ["Kartu izin tinggal (在留カード)", "Paspor", "Foto"],
    where: "Kantor Imigrasi Regional (loket)",
  },
};
