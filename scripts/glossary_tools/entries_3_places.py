"""Places: the 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15), the 29 former
provinces, regions, seas and sites, and countries that recur in diplomatic copy."""

ENTRIES = """
# ---------------------------------------------------------------- 34 provincial-level units and 29 former provinces
ha_noi | place | Hà Nội | Ha Noi | seeds/004:6 | Capital; centrally-run city, not merged in 2025. Government and MOFA write "Ha Noi"; "Hanoi" is usual in the media and admitted.
hue | place | Huế | Hue | seeds/004:18 | Centrally-run city since 1 January 2025 (formerly Thua Thien Hue Province); not merged in 2025.
hai_phong | place | Hải Phòng | Hai Phong | seeds/000:1 | Centrally-run city; merged with Hai Duong Province on 1 July 2025. Not "Haiphong".
    - Haiphong  ## closed-up spelling
da_nang | place | Đà Nẵng | Da Nang | Resolution 202/2025/QH15 | Centrally-run city; merged with Quang Nam Province on 1 July 2025. Not "Danang".
    - Danang  ## closed-up spelling
can_tho | place | Cần Thơ | Can Tho | seeds/004:16 | Centrally-run city; merged with Soc Trang and Hau Giang provinces on 1 July 2025.
ho_chi_minh_city | place | Thành phố Hồ Chí Minh | Ho Chi Minh City | Resolution 202/2025/QH15 | Centrally-run city; merged with Binh Duong and Ba Ria - Vung Tau provinces on 1 July 2025. HCMC after a first full mention.
    v+ TP. Hồ Chí Minh
    v= TP.HCM
    v= TPHCM
    v= TP. HCM
    v= TP HCM
    = HCMC
    + HCM City  ## Viet Nam News style
    - Hochiminh City  ## closed-up spelling
lai_chau | place | Lai Châu | Lai Chau | Resolution 202/2025/QH15 | Province; not merged in 2025.
dien_bien | place | Điện Biên | Dien Bien | Resolution 202/2025/QH15 | Province; not merged in 2025.
son_la | place | Sơn La | Son La | Resolution 202/2025/QH15 | Province; not merged in 2025.
lang_son | place | Lạng Sơn | Lang Son | seeds/004:18 | Province; not merged in 2025.
quang_ninh | place | Quảng Ninh | Quang Ninh | seeds/004:6 | Province; not merged in 2025.
thanh_hoa | place | Thanh Hóa | Thanh Hoa | Resolution 202/2025/QH15 | Province; not merged in 2025.
nghe_an | place | Nghệ An | Nghe An | seeds/002:12 | Province; not merged in 2025.
ha_tinh | place | Hà Tĩnh | Ha Tinh | Resolution 202/2025/QH15 | Province; not merged in 2025.
cao_bang | place | Cao Bằng | Cao Bang | seeds/002:12 | Province; not merged in 2025.
tuyen_quang | place | Tuyên Quang | Tuyen Quang | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Tuyen Quang and Ha Giang (Resolution 202/2025/QH15).
lao_cai | place | Lào Cai | Lao Cai | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Lao Cai and Yen Bai (Resolution 202/2025/QH15).
thai_nguyen | place | Thái Nguyên | Thai Nguyen | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Thai Nguyen and Bac Kan (Resolution 202/2025/QH15).
phu_tho | place | Phú Thọ | Phu Tho | seeds/004:10 | Province since 1 July 2025, formed by merging Phu Tho and Vinh Phuc and Hoa Binh (Resolution 202/2025/QH15).
bac_ninh | place | Bắc Ninh | Bac Ninh | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Bac Ninh and Bac Giang (Resolution 202/2025/QH15).
hung_yen | place | Hưng Yên | Hung Yen | seeds/004:17 | Province since 1 July 2025, formed by merging Hung Yen and Thai Binh (Resolution 202/2025/QH15).
ninh_binh | place | Ninh Bình | Ninh Binh | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Ninh Binh and Ha Nam and Nam Dinh (Resolution 202/2025/QH15).
quang_tri | place | Quảng Trị | Quang Tri | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Quang Tri and Quang Binh (Resolution 202/2025/QH15).
quang_ngai | place | Quảng Ngãi | Quang Ngai | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Quang Ngai and Kon Tum (Resolution 202/2025/QH15).
gia_lai | place | Gia Lai | Gia Lai | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Gia Lai and Binh Dinh (Resolution 202/2025/QH15).
khanh_hoa | place | Khánh Hòa | Khanh Hoa | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Khanh Hoa and Ninh Thuan (Resolution 202/2025/QH15).
lam_dong | place | Lâm Đồng | Lam Dong | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Lam Dong and Dak Nong and Binh Thuan (Resolution 202/2025/QH15).
dak_lak | place | Đắk Lắk | Dak Lak | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Dak Lak and Phu Yen (Resolution 202/2025/QH15).
    - Daklak  ## closed-up spelling
dong_nai | place | Đồng Nai | Dong Nai | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Dong Nai and Binh Phuoc (Resolution 202/2025/QH15).
tay_ninh | place | Tây Ninh | Tay Ninh | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Tay Ninh and Long An (Resolution 202/2025/QH15).
vinh_long | place | Vĩnh Long | Vinh Long | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Vinh Long and Ben Tre and Tra Vinh (Resolution 202/2025/QH15).
dong_thap | place | Đồng Tháp | Dong Thap | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Dong Thap and Tien Giang (Resolution 202/2025/QH15).
ca_mau | place | Cà Mau | Ca Mau | Resolution 202/2025/QH15 | Province since 1 July 2025, formed by merging Ca Mau and Bac Lieu (Resolution 202/2025/QH15).
an_giang | place | An Giang | An Giang | seeds/002:12 | Province since 1 July 2025, formed by merging An Giang and Kien Giang (Resolution 202/2025/QH15).
ha_giang_former | place | Hà Giang | Ha Giang | Resolution 202/2025/QH15 | FORMER province: merged into Tuyen Quang on 1 July 2025. Use for events before that date or for the area.
yen_bai_former | place | Yên Bái | Yen Bai | Resolution 202/2025/QH15 | FORMER province: merged into Lao Cai on 1 July 2025. Use for events before that date or for the area.
bac_kan_former | place | Bắc Kạn | Bac Kan | Resolution 202/2025/QH15 | FORMER province: merged into Thai Nguyen on 1 July 2025. Use for events before that date or for the area.
vinh_phuc_former | place | Vĩnh Phúc | Vinh Phuc | Resolution 202/2025/QH15 | FORMER province: merged into Phu Tho on 1 July 2025. Use for events before that date or for the area.
hoa_binh_former | place | Hòa Bình @case | Hoa Binh | Resolution 202/2025/QH15 | FORMER province: merged into Phu Tho on 1 July 2025. Use for events before that date or for the area.
bac_giang_former | place | Bắc Giang | Bac Giang | Resolution 202/2025/QH15 | FORMER province: merged into Bac Ninh on 1 July 2025. Use for events before that date or for the area.
thai_binh_former | place | Thái Bình | Thai Binh | Resolution 202/2025/QH15 | FORMER province: merged into Hung Yen on 1 July 2025. Use for events before that date or for the area.
ha_nam_former | place | Hà Nam | Ha Nam | Resolution 202/2025/QH15 | FORMER province: merged into Ninh Binh on 1 July 2025. Use for events before that date or for the area.
nam_dinh_former | place | Nam Định | Nam Dinh | Resolution 202/2025/QH15 | FORMER province: merged into Ninh Binh on 1 July 2025. Use for events before that date or for the area.
quang_binh_former | place | Quảng Bình | Quang Binh | Resolution 202/2025/QH15 | FORMER province: merged into Quang Tri on 1 July 2025. Use for events before that date or for the area.
kon_tum_former | place | Kon Tum | Kon Tum | Resolution 202/2025/QH15 | FORMER province: merged into Quang Ngai on 1 July 2025. Use for events before that date or for the area.
binh_dinh_former | place | Bình Định | Binh Dinh | Resolution 202/2025/QH15 | FORMER province: merged into Gia Lai on 1 July 2025. Use for events before that date or for the area.
ninh_thuan_former | place | Ninh Thuận | Ninh Thuan | Resolution 202/2025/QH15 | FORMER province: merged into Khanh Hoa on 1 July 2025. Use for events before that date or for the area.
dak_nong_former | place | Đắk Nông | Dak Nong | Resolution 202/2025/QH15 | FORMER province: merged into Lam Dong on 1 July 2025. Use for events before that date or for the area.
binh_thuan_former | place | Bình Thuận | Binh Thuan | Resolution 202/2025/QH15 | FORMER province: merged into Lam Dong on 1 July 2025. Use for events before that date or for the area.
phu_yen_former | place | Phú Yên | Phu Yen | Resolution 202/2025/QH15 | FORMER province: merged into Dak Lak on 1 July 2025. Use for events before that date or for the area.
binh_phuoc_former | place | Bình Phước | Binh Phuoc | Resolution 202/2025/QH15 | FORMER province: merged into Dong Nai on 1 July 2025. Use for events before that date or for the area.
long_an_former | place | Long An | Long An | Resolution 202/2025/QH15 | FORMER province: merged into Tay Ninh on 1 July 2025. Use for events before that date or for the area.
ben_tre_former | place | Bến Tre | Ben Tre | Resolution 202/2025/QH15 | FORMER province: merged into Vinh Long on 1 July 2025. Use for events before that date or for the area.
tra_vinh_former | place | Trà Vinh | Tra Vinh | Resolution 202/2025/QH15 | FORMER province: merged into Vinh Long on 1 July 2025. Use for events before that date or for the area.
tien_giang_former | place | Tiền Giang | Tien Giang | Resolution 202/2025/QH15 | FORMER province: merged into Dong Thap on 1 July 2025. Use for events before that date or for the area.
bac_lieu_former | place | Bạc Liêu | Bac Lieu | Resolution 202/2025/QH15 | FORMER province: merged into Ca Mau on 1 July 2025. Use for events before that date or for the area.
kien_giang_former | place | Kiên Giang | Kien Giang | Resolution 202/2025/QH15 | FORMER province: merged into An Giang on 1 July 2025. Use for events before that date or for the area.
hai_duong_former | place | Hải Dương | Hai Duong | Resolution 202/2025/QH15 | FORMER province: merged into Hai Phong on 1 July 2025. Use for events before that date or for the area.
quang_nam_former | place | Quảng Nam | Quang Nam | Resolution 202/2025/QH15 | FORMER province: merged into Da Nang on 1 July 2025. Use for events before that date or for the area.
soc_trang_former | place | Sóc Trăng | Soc Trang | Resolution 202/2025/QH15 | FORMER province: merged into Can Tho on 1 July 2025. Use for events before that date or for the area.
hau_giang_former | place | Hậu Giang | Hau Giang | Resolution 202/2025/QH15 | FORMER province: merged into Can Tho on 1 July 2025. Use for events before that date or for the area.
binh_duong_former | place | Bình Dương | Binh Duong | Resolution 202/2025/QH15 | FORMER province: merged into Ho Chi Minh City on 1 July 2025. Use for events before that date or for the area.
ba_ria_vung_tau_former | place | Bà Rịa - Vũng Tàu | Ba Ria - Vung Tau | Resolution 202/2025/QH15 | FORMER province: merged into Ho Chi Minh City on 1 July 2025. Use for events before that date or for the area.
thua_thien_hue_former | place | Thừa Thiên Huế | Thua Thien Hue | Resolution 175/2024/QH15 | FORMER province: became the centrally-run city of Hue on 1 January 2025.
# ---------------------------------------------------------------- regions, seas, sites
mekong_delta | place | Đồng bằng sông Cửu Long | Mekong Delta | seeds/004:16 | 
    v+ ĐBSCL
red_river_delta | place | Đồng bằng sông Hồng | Red River Delta | VNA | 
northern_midlands_mountains | place | Trung du và miền núi phía Bắc | Northern Midlands and Mountainous Region | seeds/004:11 | 
    + northern midland and mountainous region
central_highlands | place | Tây Nguyên | Central Highlands | VNA | 
southeast_region | place | Đông Nam Bộ | Southeast region | VNA | 
    + South East region
north_central_coast | place | Bắc Trung Bộ và duyên hải miền Trung | North Central and Central Coastal region | VNA | 
ha_noi_capital_region | place | Vùng Thủ đô Hà Nội | Ha Noi Capital Region | seeds/000:28 | 
    v+ Vùng Thủ đô
northern_key_economic_region | place | Vùng kinh tế trọng điểm Bắc Bộ | Northern Key Economic Region | seeds/000:28 | 
gulf_of_tonkin | place | Vịnh Bắc Bộ | Gulf of Tonkin | seeds/000:28 | 
    + Tonkin Gulf
east_sea | place | Biển Đông | East Sea | VNA | Vietnamese official copy writes East Sea; international media write South China Sea (admitted, with care).
    + South China Sea  ## international usage
hoang_sa | place | Quần đảo Hoàng Sa | Hoang Sa archipelago | VNA | Vietnamese official copy: "Hoang Sa (Paracel) archipelago".
    + Paracel Islands
    + Hoang Sa (Paracel) archipelago
    v+ Hoàng Sa
truong_sa | place | Quần đảo Trường Sa | Truong Sa archipelago | VNA | Vietnamese official copy: "Truong Sa (Spratly) archipelago".
    + Spratly Islands
    + Truong Sa (Spratly) archipelago
    v+ Trường Sa
mekong_river | place | sông Mê Kông | Mekong River | VNA | 
    v+ sông Mekong
    v+ Mê Kông
    + Mekong
asia_pacific | place | châu Á - Thái Bình Dương | Asia-Pacific | VNA | 
    + Asia Pacific region
pacific | place | Thái Bình Dương | Pacific Ocean | VNA | 
    + Pacific
southeast_asia | place | Đông Nam Á | Southeast Asia | VNA | 
ha_long_bay | place | Vịnh Hạ Long | Ha Long Bay | seeds/000:34 | UNESCO World Natural Heritage, extended in 2023 as "Ha Long Bay - Cat Ba Archipelago".
    + Halong Bay
cat_ba_archipelago | place | Quần đảo Cát Bà | Cat Ba Archipelago | seeds/000:34 | 
yen_tu_complex | place | Quần thể di tích và danh thắng Yên Tử - Vĩnh Nghiêm - Côn Sơn, Kiếp Bạc | Yen Tu - Vinh Nghiem - Con Son, Kiep Bac complex of monuments and landscapes | seeds/000:34 | UNESCO World Cultural Heritage (2025), across Quang Ninh, Bac Ninh and Hai Phong. Seed 000 writes "relic and scenic complex".
    + Yen Tu - Vinh Nghiem - Con Son, Kiep Bac relic and scenic complex
    v+ Yên Tử - Vĩnh Nghiêm - Côn Sơn, Kiếp Bạc
phu_quoc | place | Phú Quốc | Phu Quoc | Resolution 202/2025/QH15 | Special zone (An Giang) since 1 July 2025; host of APEC 2027.
con_dao | place | Côn Đảo | Con Dao | Resolution 202/2025/QH15 | Special zone (Ho Chi Minh City) since 1 July 2025.
hong_kong | place | Hồng Kông | Hong Kong | seeds/004:17 | Write "Hong Kong (China)" in official copy.
    + Hong Kong (China)
    v+ Hồng Kông (Trung Quốc)
yunnan | place | Vân Nam | Yunnan | seeds/004:18 | Chinese province bordering Viet Nam.
guangxi | place | Quảng Tây | Guangxi | seeds/004:18 | Chinese autonomous region bordering Viet Nam.
# ---------------------------------------------------------------- countries that recur in diplomatic copy
china | place | Trung Quốc | China | seeds/004:18 | 
    + People's Republic of China
    v+ Cộng hòa Nhân dân Trung Hoa
laos | place | Lào | Laos | VNA | Adjective: Lao ("the Lao Ministry of Foreign Affairs").
    + Lao People's Democratic Republic
    + Lao PDR
cambodia | place | Campuchia | Cambodia | VNA | 
    v+ Cam-pu-chia
    + Kingdom of Cambodia
    - Kampuchea  ## outdated name
japan | place | Nhật Bản | Japan | seeds/004:4 | 
    v+ Nhật @case
korea_rok | place | Hàn Quốc | Republic of Korea | seeds/000:60 | Official style "Republic of Korea"; "South Korea" in the media.
    + South Korea
    = RoK
    = ROK
korea_dprk | place | Cộng hòa Dân chủ Nhân dân Triều Tiên | Democratic People's Republic of Korea | VNA | 
    v+ Triều Tiên
    = DPRK
united_states | place | Hoa Kỳ | United States | VNA | "Mỹ" (colloquial) is left out of the Vietnamese terms: it is also part of names (Mỹ Tho).
    + United States of America
    = US
    = USA
russia | place | Liên bang Nga | Russia | VNA | Bare "Nga" is left out of the Vietnamese terms: it is also a common given name.
    + Russian Federation
india | place | Ấn Độ | India | VNA | 
australia | place | Australia | Australia | VNA | 
    v+ Úc @case
new_zealand | place | New Zealand | New Zealand | VNA | 
france | place | Pháp @case | France | seeds/000:61 | Adjective: French.
    v+ Cộng hòa Pháp
germany | place | Cộng hòa Liên bang Đức | Germany | VNA | Bare "Đức" is left out of the Vietnamese terms: it is also a common given name.
    + Federal Republic of Germany
united_kingdom | place | Vương quốc Anh | United Kingdom | VNA | Bare "Anh" is left out of the Vietnamese terms: it is also a common given name and pronoun.
    = UK
    + United Kingdom of Great Britain and Northern Ireland
    + Britain
italy | place | Italy | Italy | VNA | 
    v+ Italia
spain | place | Tây Ban Nha | Spain | VNA | 
netherlands | place | Hà Lan | Netherlands | VNA | "Holland" is outdated for the whole country (the Dutch government dropped it in 2020).
    - Holland  ## outdated for the whole country
belgium | place | Vương quốc Bỉ | Belgium | VNA | 
    v+ Bỉ @case
switzerland | place | Thụy Sĩ | Switzerland | VNA | 
sweden | place | Thụy Điển | Sweden | VNA | 
norway | place | Na Uy | Norway | VNA | 
finland | place | Phần Lan | Finland | VNA | 
denmark | place | Đan Mạch | Denmark | VNA | 
poland | place | Ba Lan | Poland | VNA | 
czechia | place | Cộng hòa Séc | Czech Republic | VNA | 
    + Czechia
hungary | place | Hungary | Hungary | VNA | 
austria | place | Cộng hòa Áo | Austria | VNA | 
portugal | place | Bồ Đào Nha | Portugal | VNA | 
greece | place | Hy Lạp | Greece | VNA | 
ukraine | place | Ukraine | Ukraine | VNA | 
belarus | place | Belarus | Belarus | VNA | 
turkiye | place | Thổ Nhĩ Kỳ | Türkiye | VNA | The country's own English name since 2022; "Turkey" still common.
    + Turkey
canada | place | Canada | Canada | VNA | 
mexico | place | Mexico | Mexico | VNA | 
brazil | place | Brazil | Brazil | VNA | 
argentina | place | Argentina | Argentina | VNA | 
chile | place | Chile | Chile | VNA | 
cuba | place | Cuba | Cuba | VNA | 
venezuela | place | Venezuela | Venezuela | VNA | 
indonesia | place | Indonesia | Indonesia | VNA | 
malaysia | place | Malaysia | Malaysia | VNA | 
singapore | place | Singapore | Singapore | VNA | 
thailand | place | Thái Lan | Thailand | VNA | 
philippines | place | Philippines | Philippines | VNA | 
myanmar | place | Myanmar | Myanmar | VNA | 
    - Burma  ## outdated name
brunei | place | Brunei | Brunei | VNA | 
    + Brunei Darussalam
timor_leste | place | Timor-Leste | Timor-Leste | VNA | ASEAN's 11th member (October 2025).
    - East Timor  ## outdated name
bangladesh | place | Bangladesh | Bangladesh | VNA | 
pakistan | place | Pakistan | Pakistan | VNA | 
sri_lanka | place | Sri Lanka | Sri Lanka | VNA | 
mongolia | place | Mông Cổ | Mongolia | VNA | 
kazakhstan | place | Kazakhstan | Kazakhstan | VNA | 
uzbekistan | place | Uzbekistan | Uzbekistan | VNA | 
iran | place | Iran | Iran | VNA | 
israel | place | Israel | Israel | VNA | 
saudi_arabia | place | Ả-rập Xê-út | Saudi Arabia | VNA | 
    v+ Saudi Arabia
uae | place | Các Tiểu vương quốc Ả-rập Thống nhất | United Arab Emirates | VNA | 
    = UAE
qatar | place | Qatar | Qatar | VNA | 
egypt | place | Ai Cập | Egypt | VNA | 
south_africa | place | Nam Phi | South Africa | VNA | 
nigeria | place | Nigeria | Nigeria | VNA | 
algeria | place | Algeria | Algeria | VNA | 
mozambique | place | Mozambique | Mozambique | VNA | 
angola | place | Angola | Angola | VNA | 
morocco | place | Ma-rốc | Morocco | VNA | 
    v+ Morocco
"""
