"""International organisations and mechanisms, and events that recur in diplomatic copy."""

ENTRIES = """
# ---------------------------------------------------------------- international organisations
united_nations | org | Liên Hợp Quốc | United Nations | VNA | 
    = UN
    v= LHQ
un_general_assembly | org | Đại hội đồng Liên Hợp Quốc | United Nations General Assembly | VNA | 
    = UNGA
    + UN General Assembly
un_security_council | org | Hội đồng Bảo an Liên Hợp Quốc | United Nations Security Council | VNA | 
    + UN Security Council
    = UNSC
un_human_rights_council | org | Hội đồng Nhân quyền Liên Hợp Quốc | United Nations Human Rights Council | VNA |
    + UN Human Rights Council
un_secretary_general | title | Tổng Thư ký Liên Hợp Quốc | United Nations Secretary-General | VNA | UN style hyphenates Secretary-General.
    + UN Secretary-General
unesco | org | Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc | UNESCO @case | seeds/000:3 | The acronym is the usual English form; the full name is "United Nations Educational, Scientific and Cultural Organization".
    + United Nations Educational, Scientific and Cultural Organization
    v+ UNESCO @case
undp | org | Chương trình Phát triển Liên Hợp Quốc | United Nations Development Programme | VNA | 
    = UNDP
unicef | org | Quỹ Nhi đồng Liên Hợp Quốc | UNICEF @case | VNA | 
    + United Nations Children's Fund
who | org | Tổ chức Y tế Thế giới | World Health Organization | VNA | Acronym WHO matched in capitals only.
    = WHO
fao | org | Tổ chức Lương thực và Nông nghiệp Liên Hợp Quốc | Food and Agriculture Organization of the United Nations | VNA | 
    = FAO
ilo | org | Tổ chức Lao động Quốc tế | International Labour Organization | VNA | 
    = ILO
wto | org | Tổ chức Thương mại Thế giới | World Trade Organization | VNA | 
    = WTO
imf | org | Quỹ Tiền tệ Quốc tế | International Monetary Fund | VNA | 
    = IMF
world_bank | org | Ngân hàng Thế giới | World Bank | VNA | 
    = WB
adb | org | Ngân hàng Phát triển châu Á | Asian Development Bank | VNA | 
    = ADB
asean | org | Hiệp hội các quốc gia Đông Nam Á | ASEAN @case | VNA | Full name: Association of Southeast Asian Nations. Eleven members since October 2025.
    + Association of Southeast Asian Nations
    v+ ASEAN @case
asean_community | org | Cộng đồng ASEAN | ASEAN Community | VNA | 
asean_secretariat | org | Ban Thư ký ASEAN | ASEAN Secretariat | VNA | 
asean_secretary_general | title | Tổng Thư ký ASEAN | ASEAN Secretary-General | VNA | 
    + Secretary-General of ASEAN
aipa | org | Đại hội đồng Liên nghị viện ASEAN | ASEAN Inter-Parliamentary Assembly | VNA | 
    = AIPA
asean_regional_forum | org | Diễn đàn Khu vực ASEAN | ASEAN Regional Forum | VNA | 
    = ARF
apec | org | Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương | Asia-Pacific Economic Cooperation | seeds/000:60 | Usually just "APEC". Viet Nam hosts APEC in 2027.
    = APEC
    v+ APEC @case
abac | org | Hội đồng Tư vấn Kinh doanh APEC | APEC Business Advisory Council | seeds/001:18 | 
    = ABAC
asem | org | Diễn đàn Hợp tác Á - Âu | Asia-Europe Meeting | VNA | 
    = ASEM
european_union | org | Liên minh châu Âu | European Union | VNA | 
    = EU
g20 | org | Nhóm các nền kinh tế lớn G20 | Group of Twenty | VNA | Usually just "G20".
    + G20
g7 | org | Nhóm các nước công nghiệp phát triển G7 | Group of Seven | VNA | Usually just "G7".
    + G7
brics | org | Nhóm BRICS | BRICS @case | VNA | Viet Nam became a BRICS partner country in June 2025.
    v+ BRICS @case
ipu | org | Liên minh Nghị viện Thế giới | Inter-Parliamentary Union | VNA | 
    = IPU
francophonie | org | Cộng đồng Pháp ngữ | Francophonie | VNA | The International Organisation of La Francophonie (OIF).
    + International Organisation of La Francophonie
    = OIF
non_aligned_movement | org | Phong trào Không liên kết | Non-Aligned Movement | VNA | 
    = NAM
mekong_river_commission | org | Ủy hội sông Mê Kông quốc tế | Mekong River Commission | VNA | 
    = MRC
mekong_lancang | org | Hợp tác Mê Kông - Lan Thương | Mekong-Lancang Cooperation | VNA | 
wef | org | Diễn đàn Kinh tế Thế giới | World Economic Forum | VNA | 
    = WEF
jica | org | Cơ quan Hợp tác Quốc tế Nhật Bản | Japan International Cooperation Agency | seeds/004:8 | 
    = JICA
koica | org | Cơ quan Hợp tác Quốc tế Hàn Quốc | Korea International Cooperation Agency | VNA | 
    = KOICA
cptpp | policy | Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương | Comprehensive and Progressive Agreement for Trans-Pacific Partnership | VNA | 
    = CPTPP
rcep | policy | Hiệp định Đối tác Kinh tế Toàn diện Khu vực | Regional Comprehensive Economic Partnership | VNA | 
    = RCEP
evfta | policy | Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu | EU-Viet Nam Free Trade Agreement | VNA | 
    = EVFTA
unclos | legal | Công ước Liên Hợp Quốc về Luật Biển năm 1982 | 1982 United Nations Convention on the Law of the Sea | VNA | 
    = UNCLOS
    v+ Công ước Luật Biển 1982
# ---------------------------------------------------------------- events
asean_summit | event | Hội nghị Cấp cao ASEAN | ASEAN Summit | VNA | Name the number: the 47th ASEAN Summit.
east_asia_summit | event | Hội nghị Cấp cao Đông Á | East Asia Summit | VNA | 
    = EAS
apec_economic_leaders_week | event | Tuần lễ Cấp cao APEC | APEC Economic Leaders' Week | VNA | Viet Nam hosts in 2027 (Phu Quoc).
    + APEC Summit
    v+ Hội nghị Cấp cao APEC
amm | event | Hội nghị Bộ trưởng Ngoại giao ASEAN | ASEAN Foreign Ministers' Meeting | VNA | 
    = AMM
unga_session | event | Khóa họp Đại hội đồng Liên Hợp Quốc | session of the United Nations General Assembly | VNA | Name the number: the 80th session of the UN General Assembly.
august_revolution | event | Cách mạng Tháng Tám | August Revolution | seeds/002:3 | 19 August 1945.
national_day | event | Quốc khánh | National Day | seeds/002:3 | 2 September.
    v+ Ngày Quốc khánh
reunification_day | event | Ngày Giải phóng miền Nam, thống nhất đất nước | Reunification Day | VNA | 30 April.
    + Liberation of the South and National Reunification Day
dien_bien_phu_victory | event | Chiến thắng Điện Biên Phủ | Dien Bien Phu Victory | VNA | 7 May 1954.
diplomatic_service_tradition_day | event | Ngày truyền thống ngành Ngoại giao | Diplomatic Service's Traditional Day | VNA | 28 August (1945).
    + traditional day of the diplomatic sector
tet | event | Tết Nguyên đán | Lunar New Year | VNA | "Tet" alone is also used.
    + Tet
    v+ Tết @case
diplomatic_conference | event | Hội nghị Ngoại giao | Diplomatic Conference | VNA | MOFA's conference of heads of representative agencies; name the number (the 32nd Diplomatic Conference).
local_foreign_affairs_conference | event | Hội nghị Đối ngoại địa phương | Conference on Local Foreign Affairs | seeds/002:2 | MOFA's national conference with localities.
    + National Conference on Local Foreign Affairs
vietnam_japan_local_cooperation_forum | event | Diễn đàn Hợp tác địa phương Việt Nam - Nhật Bản | Viet Nam-Japan Local Cooperation Forum | seeds/004:4 | First held in Quang Ninh, November 2025.
japan_mekong_delta_meeting | event | Gặp gỡ Nhật Bản - Đồng bằng sông Cửu Long | Japan-Mekong Delta Meeting | seeds/004:16 | Held in Can Tho, August 2025.
korea_meeting | event | Gặp gỡ Hàn Quốc | Korea Meeting | seeds/004:17 | Held in Hung Yen, May 2025.
nghe_an_hong_kong_meeting | event | Gặp gỡ Nghệ An - Hồng Kông | Nghe An - Hong Kong Meeting | seeds/004:17 | Held in Nghe An, August 2025.
na_election_2026 | event | bầu cử đại biểu Quốc hội khóa XVI | election of deputies to the 16th National Assembly | VNA | Held together with People's Council elections for the 2026-2031 term.
    + 16th National Assembly election
"""
