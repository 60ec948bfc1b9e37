"""Recognition tables for Vietnamese names, titles, organisations and places.

These tables say what a word IS (a family name, a title head, an administrative unit, a place
name) so that spans can be found. They never say how a piece is rendered in English: renderings
come from the glossary (see :mod:`vnterm.vi.compose`), apart from romanised names.
All entries are NFC; lookups go through :func:`key` (lowercase, old tone style, like the segmenter's copy).
"""

from __future__ import annotations

import unicodedata

from ..text import to_tone_style


def key(text: str) -> str:
    """Lookup key: NFC, OLD tone placement (the segmenter's working style), lowercase, single spaces."""
    return " ".join(to_tone_style(unicodedata.normalize("NFC", text), "old").lower().split())


def phrase_set(words: str) -> frozenset[str]:
    """Lookup keys of "|"-separated phrases."""
    return frozenset(key(w) for w in words.split("|") if w.strip())


#: About 200 Vietnamese family names (most frequent first), incl. common Sino-Vietnamese ones.
SURNAMES = phrase_set(
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lương|Trương|Đinh|"
    "Đoàn|Trịnh|Đào|Mai|Cao|Lâm|Hà|Tô|Tạ|Chu|Châu|Quách|Thái|Lưu|Văn|Tăng|Tôn|Vương|Kiều|La|"
    "Triệu|Đàm|Lục|Nghiêm|Mạc|Hứa|Khổng|Giáp|Thân|Lã|Lữ|Kim|Tống|Hầu|Doãn|Khúc|Từ|Diệp|Lại|"
    "Âu|Phùng|Quan|Mẫn|Viên|Khương|Hàn|Nông|Đồng|Lò|Lường|Cầm|Vi|Hoàng|Ninh|Nhâm|Thạch|"
    "Sơn|Danh|Kha|Giang|Mạch|Đới|Bạch|Biện|Bế|Cù|Cung|Đằng|Đường|Đồ|Đông|Hạ|Hán|Hồng|Khúc|"
    "Khuất|Lạc|Lạng|Liêu|Lều|Lộ|Mã|Mẫu|Nghị|Ngọ|Ngụy|Nhan|Nhữ|Ôn|Phí|Phó|Phương|Quản|Quang|Sầm|"
    "Tào|Thạch|Thi|Thiều|Thịnh|Tiêu|Tiết|Trà|Trác|Trang|Trầm|Trình|Từ|Ung|Uông|Vạn|Văn|Vòng|Xa|"
    "Yên|Âu Dương|Bàng|Bồ|Cấn|Chung|Chử|Điêu|Đậu|Đèo|Hoa|Hùng|Khổng|Lăng|Lô|Lực|Lượng|Mông|"
    "Nhạc|Ong|Phó|Phù|Quàng|Quế|Sái|Tòng|Trưng|Ứng|Vàng|Y|Ksor|Rơ|H'|Siu|Rah|Nay|Niê|Mlô|Êban|"
    "Byă|Kpă|Điểu|Thị|Kha|Lâm|Lộc|Mai|Ma|Sùng|Hà|Vừ|Giàng|Lầu|Mùa|Tẩn|Chảo|Bàn|Triệu|Đặng"
)

#: Syllables that are family names but far more often start something else when capitalised.
WEAK_SURNAMES = phrase_set("Ninh|Sơn|Quan|Kim|Lạng|Đường|Lộc|Danh|Văn|Thị|Phó|Quang|Hồng|Đông|Hạ|Giang|Sơn|Y|Ma|Hoa|Trang|Phương|Đồng|Thái|Vi")

#: Honorifics and address forms that introduce a name (lowercase or capitalised).
HONORIFICS = phrase_set(
    "ông|bà|đồng chí|anh|chị|ngài|cô|chú|bác|em|cụ|mr|mrs|ms|dr|đ/c|đc|nhà báo|nhà văn|nhà thơ|"
    "nghệ sĩ|nghệ sĩ nhân dân|nghệ sĩ ưu tú|nsnd|nsưt|họa sĩ|nhạc sĩ|bác sĩ|giáo sư|gs|pgs|ts|ths|"
    "pgs.ts|gs.ts|ảnh :|ảnh:|cựu binh|cựu chiến binh|tiến sĩ|thạc sĩ|luật sư|kỹ sư|thượng tá|đại tá|trung tá|thiếu tá|đại úy|"
    "thượng úy|trung úy|thiếu úy|đại tướng|thượng tướng|trung tướng|thiếu tướng|chuẩn đô đốc|"
    "phó đô đốc|đô đốc|liệt sĩ|anh hùng|mẹ|chủ tịch hồ chí minh"
)

#: Military and police ranks: before a name they are the person's title ("Đại tướng" → General).
RANKS = phrase_set(
    "đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|đại úy|thượng úy|"
    "trung úy|thiếu úy|chuẩn đô đốc|phó đô đốc|đô đốc|binh nhất|binh nhì|hạ sĩ|trung sĩ|thượng sĩ"
)

#: Academic titles before a name: they are the person's title ("GS.TS", "Phó Giáo sư").
ACADEMIC = phrase_set("giáo sư|phó giáo sư|gs|pgs|ts|ths|gs.ts|pgs.ts|tiến sĩ|tiến sỹ|thạc sĩ|thạc sỹ")

#: Words right before a capitalised name that make it NOT a person (streets, schools, awards ...).
TRAPS = phrase_set(
    "đường|phố|đại lộ|ngõ|ngách|hẻm|kiệt|quận|huyện|phường|xã|tỉnh|thị xã|thị trấn|thành phố|tp|tp.|"
    "trường|thpt|thcs|chuyên|tiểu học|trung học|đại học|học viện|tàu|chiến hạm|giải|giải thưởng|"
    "huân chương|huy chương|huy hiệu|bằng khen|kỷ niệm chương|cầu|sân bay|cảng|chợ|bệnh viện|lăng|"
    "đền|chùa|quảng trường|nhà hát|công viên|khu|khu phố|tổ dân phố|ấp|thôn|bản|làng|bảo tàng|"
    "đảo|sông|núi|hồ|đèo|tượng đài|nhà văn hóa|trung tâm|quỹ|học bổng|cúp|sư đoàn|trung đoàn|"
    "lữ đoàn|phong trào|chiến dịch|tuyến|nút giao|hầm|bến|bến xe|ga|nhà máy|công ty|tập đoàn|"
    "dự án|đặc khu|khu vực|vùng|di tích|đình|miếu|thư viện|tạp chí|báo|đài|kênh|phim|bộ phim|"
    "cuốn|tác phẩm|quân khu|bộ đội|doanh trại|tư tưởng|đường mòn|hội nghị|hội nghị hẹp|hội thảo|diễn đàn"
)

#: Administrative units that precede a place name.
ADMIN_UNITS = phrase_set(
    "tỉnh|thành phố|tp|tp.|xã|phường|huyện|quận|thị xã|thị trấn|đặc khu|ấp|thôn|bản|làng|khu phố|"
    "tổ dân phố|thủ đô|vùng|miền"
)

#: Heads of organisation names ("Bộ Ngoại giao", "Sở Y tế", "Ban Tuyên giáo" ...).
ORG_HEADS = phrase_set(
    "Bộ|Ban|Sở|Cục|Vụ|Ủy ban|Hội đồng|Văn phòng|Tổng cục|Viện|Học viện|Ngân hàng|Tòa án|"
    "Viện kiểm sát|Kiểm toán|Đài|Thông tấn xã|Báo|Quân ủy|Quân khu|Bộ Tư lệnh|Bộ Chỉ huy|Công an|"
    "Mặt trận|Hội|Liên đoàn|Liên hiệp|Tổng Liên đoàn|Đoàn|Trung ương Đoàn|Tập đoàn|Tổng công ty|"
    "Đại học|Trường|Bệnh viện|Trung tâm|Quỹ|Đảng ủy|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Đảng bộ|"
    "Chi cục|Phòng|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Phái đoàn|Nhà xuất bản|Ủy ban nhân dân|"
    "Hội đồng nhân dân|Quốc hội|Chính phủ|Bộ Chính trị|Ban Bí thư|Ban Chấp hành|Trung ương|Tổng cục|Đảng|"
    "Quốc vụ viện|Vùng|Quân chủng|Binh chủng|Lữ đoàn|Sư đoàn|"
    "Thượng viện|Hạ viện|Nghị viện|Quốc hội|Đảng bộ"
)

#: Title heads (the capitalised word that opens a title). Renderings come from the glossary.
TITLE_STEMS = phrase_set(
    "Trưởng|Phó Trưởng|Chủ tịch|Phó Chủ tịch|Chủ tịch nước|Thành ủy viên|Tỉnh ủy viên|Huyện ủy viên|Đảng ủy viên|Phó Chủ tịch nước|Thủ tướng|Phó Thủ tướng|Bộ trưởng|"
    "Thứ trưởng|Tổng Bí thư|Bí thư|Phó Bí thư|Thường trực|Ủy viên|Ủy viên dự khuyết|Giám đốc|"
    "Phó Giám đốc|Tổng Giám đốc|Phó Tổng Giám đốc|Đại sứ|Tổng Lãnh sự|Lãnh sự|Chánh Văn phòng|"
    "Phó Chánh Văn phòng|Trưởng ban|Phó Trưởng ban|Trưởng Ban|Phó Trưởng Ban|Vụ trưởng|Phó Vụ trưởng|"
    "Cục trưởng|Phó Cục trưởng|Tổng cục trưởng|Phó Tổng cục trưởng|Thống đốc|Phó Thống đốc|"
    "Chánh án|Phó Chánh án|Viện trưởng|Phó Viện trưởng|Tổng Kiểm toán|Phó Tổng Kiểm toán|"
    "Tổng Thư ký|Phó Tổng Thư ký|Tổng thư ký|Người phát ngôn|Đại biểu Quốc hội|Đại biểu|Trưởng Đoàn|"
    "Trưởng đoàn|Phó Trưởng đoàn|Tư lệnh|Phó Tư lệnh|Chính ủy|Phó Chính ủy|Chính trị viên|Phó Chính trị viên|Tổng Tham mưu trưởng|Chủ nhiệm|"
    "Phó Chủ nhiệm|Trợ lý|Thư ký|Đặc phái viên|Trưởng phòng|Phó Trưởng phòng|Hiệu trưởng|"
    "Phó Hiệu trưởng|Tổng Thanh tra|Phó Tổng Thanh tra|Chánh Thanh tra|Ngoại trưởng|Tổng thống|Phó Tổng thống|Quốc vương|Nhà vua|Hoàng tử|"
    "Công chúa|Nữ hoàng|Thủ hiến|Thị trưởng|Trưởng Đại diện|"
    "Trưởng đại diện|Điều phối viên|Phó Đại sứ|Tham tán|Bí thư thứ nhất|"
    "Phát ngôn viên|Tổng Biên tập|Phó Tổng Biên tập|"
    "Chủ tịch Hội đồng quản trị|UVTV|UVBCT|UVTW|Phó Chánh Thanh tra|Tỉnh trưởng|Phó Tỉnh trưởng|Phó Thị trưởng|Thủ hiến|"
    "Tổng Lãnh sự|Phó Tổng Lãnh sự|Trưởng Phái đoàn|Đại sứ, Trưởng Phái đoàn|Thủ tướng Vương quốc|Đặc phái viên|"
    "Phó Chủ tịch Thường trực|Ủy viên Thường vụ|Chủ tịch Thượng viện|Chủ tịch Hạ viện|Hoàng Thái hậu|Hoàng hậu|Thái tử"
)

#: Words that can prefix a title stem: "Phó", "Nguyên" (former), "Quyền" (acting) ...
TITLE_PREFIXES = phrase_set("Phó|Nguyên|Quyền|Cố|Cựu|Tân|Đương kim|Thường trực|Phụ trách")

#: Places: provinces (34 after the 2025 merger and the former 63), big cities, regions.
PLACES = phrase_set(
    "Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế|Thừa Thiên Huế|Quảng Ninh|Cao Bằng|Lạng Sơn|"
    "Lai Châu|Điện Biên|Sơn La|Lào Cai|Yên Bái|Hà Giang|Tuyên Quang|Bắc Kạn|Thái Nguyên|Phú Thọ|"
    "Vĩnh Phúc|Bắc Giang|Bắc Ninh|Hưng Yên|Hải Dương|Hòa Bình|Hà Nam|Nam Định|Thái Bình|Ninh Bình|"
    "Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Quảng Nam|Quảng Ngãi|Bình Định|Phú Yên|"
    "Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|"
    "Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu|Long An|Tiền Giang|Bến Tre|"
    "Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau|"
    "Vũng Tàu|Nha Trang|Đà Lạt|Hạ Long|Vinh|Quy Nhơn|Buôn Ma Thuột|Pleiku|Biên Hòa|Thủ Đức|"
    "Phan Thiết|Phan Rang|Mỹ Tho|Rạch Giá|Phú Quốc|Côn Đảo|Vân Đồn|Hoàng Sa|Trường Sa|Sa Pa|"
    "Móng Cái|Tây Nguyên|Tây Bắc|Đông Bắc|Nam Bộ|Bắc Bộ|Trung Bộ|Đồng bằng sông Cửu Long|Mê Kông|"
    "Mekong|Biển Đông|Thăng Long|Sài Gòn|Chợ Lớn|Hội An|Mỹ Sơn|Điện Biên Phủ|Tân Sơn Nhất|Nội Bài|"
    "Long Thành|Cam Ranh|Lý Sơn|Cát Bà|Đồ Sơn|Hồ Gươm|Ba Đình|Hoàn Kiếm|Hai Bà Trưng|Mai Châu|Tây Hồ|"
    "Cầu Giấy|Đống Đa|Thanh Xuân|Long Biên|Hà Đông|Mỹ Đình|Sơn Tây|Đông Anh|Gia Lâm|Từ Sơn|Tam Đảo|Hội An|"
    "Sầm Sơn|Cửa Lò|Mộc Châu|Cát Tiên|Phong Nha|Kẻ Bàng|Hạ Long|Lũng Cú|Mèo Vạc|Đồng Văn|Mũi Cà Mau"
)

#: Countries and territories as Vietnamese news writes them (recognition only; English from the glossary).
COUNTRIES = phrase_set(
    "Việt Nam|Lào|Campuchia|Cam-pu-chia|Trung Quốc|Nhật Bản|Hàn Quốc|Triều Tiên|Hoa Kỳ|Mỹ|Nga|"
    "Liên bang Nga|Pháp|Đức|Vương quốc Anh|nước Anh|Italy|I-ta-li-a|Tây Ban Nha|Bồ Đào Nha|Hà Lan|Bỉ|"
    "Thụy Sĩ|Thụy Điển|Na Uy|Phần Lan|Đan Mạch|Áo|Séc|Ba Lan|Hungary|Hung-ga-ri|Romania|Ru-ma-ni|"
    "Bulgaria|Bun-ga-ri|Ukraine|U-crai-na|Belarus|Bê-la-rút|Kazakhstan|Ca-dắc-xtan|Mông Cổ|"
    "Thổ Nhĩ Kỳ|Iran|I-ran|Iraq|I-rắc|Ả Rập Xê Út|Ả-rập Xê-út|Ai Cập|Israel|I-xra-en|Palestine|"
    "Pa-le-xtin|Nam Phi|Nigeria|Ni-giê-ri-a|Algeria|An-giê-ri|Maroc|Ma-rốc|Ấn Độ|Pakistan|Bangladesh|"
    "Sri Lanka|Nepal|Thái Lan|Singapore|Xin-ga-po|Malaysia|Ma-lai-xi-a|Indonesia|In-đô-nê-xi-a|"
    "Philippines|Phi-líp-pin|Myanmar|Mi-an-ma|Brunei|Bru-nây|Timor-Leste|Đông Timor|Úc|Australia|"
    "Ô-xtrây-li-a|New Zealand|Niu Di-lân|Canada|Ca-na-đa|Mexico|Mê-hi-cô|Cuba|Cu-ba|Brazil|Bra-xin|"
    "Argentina|Ác-hen-ti-na|Chile|Chi-lê|Peru|Pê-ru|Venezuela|Vê-nê-xu-ê-la|Colombia|Cô-lôm-bi-a|"
    "Hy Lạp|Ireland|Ai-len|Scotland|Slovakia|Xlô-va-ki-a|Serbia|Xéc-bi-a|Croatia|Slovenia|"
    "Đài Loan|Hồng Kông|Ma Cao|Qatar|Ca-ta|Kuwait|Cô-oét|UAE|Các Tiểu vương quốc Ả Rập Thống nhất|"
    "Mozambique|Mô-dăm-bích|Angola|Ăng-gô-la|Ethiopia|Kenya|Tanzania|Cộng hòa Séc|Lucxembua|"
    "Luxembourg|Azerbaijan|A-déc-bai-gian|Uzbekistan|U-dơ-bê-ki-xtan|Armenia|Georgia|Gru-di-a|"
    "Cộng hòa nhân dân Trung Hoa|Trung Hoa|Vương quốc Campuchia|Vương quốc Thái Lan|Cộng hòa Dân chủ Nhân dân Lào|"
    "Mỹ La-tinh|châu Âu|châu Á|châu Phi|châu Mỹ|Đông Nam Á|Liên minh châu Âu"
)

#: Places and countries together (one table, so that lookups share its prefix index).
PLACES_AND_COUNTRIES = PLACES | COUNTRIES

#: Abbreviations seen in Vietnamese official text, with the full form used to look them up.
ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "TP": "thành phố",
    "TP.": "thành phố",
    "Tp.": "thành phố",
    "Tp": "thành phố",
    "TW": "Trung ương",
    "T.Ư": "Trung ương",
    "TƯ": "Trung ương",
    "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "BCH": "Ban Chấp hành",
    "BCT": "Bộ Chính trị",
    "ĐBQH": "đại biểu Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "UVTV": "Ủy viên Ban Thường vụ",
    "BTV": "Ban Thường vụ",
    "BTL": "Bộ Tư lệnh",
    "UVBCT": "Ủy viên Bộ Chính trị",
    "UVTW": "Ủy viên Trung ương Đảng",
    "QH": "Quốc hội",
    "CP": "Chính phủ",
    "BNG": "Bộ Ngoại giao",
    "THPT": "trung học phổ thông",
    "THCS": "trung học cơ sở",
    "ĐH": "Đại học",
    "ĐHQG": "Đại học Quốc gia",
    "KT-XH": "kinh tế - xã hội",
    "CNH-HĐH": "công nghiệp hóa, hiện đại hóa",
    "NXB": "Nhà xuất bản",
    "TTXVN": "Thông tấn xã Việt Nam",
    "QĐND": "Quân đội nhân dân",
    "CAND": "Công an nhân dân",
    "TAND": "Tòa án nhân dân",
    "VKSND": "Viện kiểm sát nhân dân",
    "BHXH": "Bảo hiểm xã hội",
    "NHNN": "Ngân hàng Nhà nước",
    "GS": "Giáo sư",
    "PGS": "Phó Giáo sư",
    "TS": "Tiến sĩ",
    "ThS": "Thạc sĩ",
}

#: Legal document types (recognition; English from the glossary's legal domain).
LEGAL_TYPES = phrase_set(
    "Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Luật|Công văn|Công điện|Thông báo|"
    "Hướng dẫn|Quy định|Nghị quyết liên tịch|Thông tư liên tịch|Pháp lệnh|Lệnh|Sắc lệnh|Quy chế|"
    "Kế hoạch|Chương trình|Tờ trình|Báo cáo|Nghị quyết Trung ương|Hiến pháp|Điều lệ"
)
