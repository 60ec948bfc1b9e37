"""The Ministry of Foreign Affairs (units under Decree 28/2025/ND-CP), diplomatic and other titles,
and local government after 1 July 2025 (two tiers: province/centrally-run city, commune/ward/special zone)."""

ENTRIES = """
# ---------------------------------------------------------------- MOFA units (Decree 28/2025/ND-CP)
mofa_dept_europe | org | Vụ châu Âu | Europe Department | Decree 28/2025/ND-CP | MOFA unit. English renderings vary (European Department, Department of European Affairs).
    + European Department
    + Department of European Affairs
mofa_dept_americas | org | Vụ châu Mỹ | Americas Department | Decree 28/2025/ND-CP | MOFA unit. English renderings vary.
    + American Department
    + Department of American Affairs
mofa_dept_northeast_asia | org | Vụ Đông Bắc Á | Northeast Asia Department | Decree 28/2025/ND-CP | MOFA unit.
    + Department of Northeast Asian Affairs
    + Northeast Asian Department
mofa_dept_sea_sa_sp | org | Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương | Southeast Asia - South Asia - South Pacific Department | Decree 28/2025/ND-CP | MOFA unit.
    + Department of Southeast Asian, South Asian and South Pacific Affairs
mofa_dept_middle_east_africa | org | Vụ Trung Đông - châu Phi | Middle East - Africa Department | Decree 28/2025/ND-CP | MOFA unit.
    + Department of Middle Eastern and African Affairs
mofa_dept_foreign_policy | org | Vụ Chính sách đối ngoại | Foreign Policy Department | Decree 28/2025/ND-CP | MOFA unit.
    + Department of Foreign Policy
mofa_dept_economic_diplomacy | org | Vụ Ngoại giao kinh tế | Economic Diplomacy Department | Decree 28/2025/ND-CP | MOFA unit.
    + Department of Economic Diplomacy
mofa_dept_asean | org | Vụ ASEAN | ASEAN Department | Decree 28/2025/ND-CP | MOFA unit.
    + Department of ASEAN Affairs
mofa_dept_international_organisations | org | Vụ Các tổ chức quốc tế | Department of International Organisations | Decree 28/2025/ND-CP | MOFA unit.
    + International Organisations Department
mofa_dept_law_treaties | org | Vụ Luật pháp và Điều ước quốc tế | Department of International Law and Treaties | Decree 28/2025/ND-CP | MOFA unit.
    + Law and International Treaties Department
    + Department of Law and International Treaties
mofa_dept_press_information | org | Vụ Thông tin Báo chí | Press and Information Department | Decree 28/2025/ND-CP | MOFA unit; its Director General is usually the Ministry's Spokesperson.
    + Information and Press Department
    + Department of Press and Information
mofa_dept_personnel | org | Vụ Tổ chức Cán bộ | Department of Personnel and Organisation | Decree 28/2025/ND-CP | MOFA unit.
    + Personnel Organisation Department
mofa_dept_cryptography_it | org | Cục Cơ yếu - Công nghệ thông tin | Department of Cryptography and Information Technology | Decree 28/2025/ND-CP | MOFA unit.
mofa_consular_department | org | Cục Lãnh sự | Consular Department | Decree 28/2025/ND-CP | MOFA unit.
    + Department of Consular Affairs
mofa_state_protocol | org | Cục Lễ tân Nhà nước và Phiên dịch đối ngoại | State Protocol and Interpretation Department | Decree 28/2025/ND-CP | MOFA unit; before March 2025 the State Protocol Department (Cục Lễ tân Nhà nước).
    + State Protocol Department  ## name before March 2025
    + Department of State Protocol and External Interpretation
    v+ Cục Lễ tân Nhà nước  ## name before March 2025
dept_foreign_affairs_cultural_diplomacy | org | Cục Ngoại vụ và Ngoại giao Văn hóa | Department of Foreign Affairs and Cultural Diplomacy | seeds/000:7 | MOFA unit formed in March 2025 (Decree 28/2025/ND-CP); it leads MOFA's work with localities and on cultural diplomacy and UNESCO. Seed 004 has the wrong "Department for External Relations and Cultural Diplomacy".
    - Department for External Relations and Cultural Diplomacy  ## seeds/004:17
    + Foreign Affairs and Cultural Diplomacy Department
mofa_dept_cultural_diplomacy_unesco_old | org | Vụ Ngoại giao Văn hóa và UNESCO | Department of Cultural Diplomacy and UNESCO | mofa.gov.vn | DEFUNCT: merged in March 2025 into the Department of Foreign Affairs and Cultural Diplomacy.
mofa_dept_administration_finance | org | Cục Quản trị Tài vụ | Department of Administration and Finance | Decree 28/2025/ND-CP | MOFA unit.
    + Administration and Finance Department
hcmc_dofa | org | Sở Ngoại vụ Thành phố Hồ Chí Minh | Ho Chi Minh City Department of Foreign Affairs | Decree 28/2025/ND-CP | A MOFA unit (unlike other cities' Departments of Foreign Affairs, which belong to the People's Committee).
    v+ Sở Ngoại vụ TP. Hồ Chí Minh
    v+ Sở Ngoại vụ TP.HCM
national_boundary_commission | org | Ủy ban Biên giới quốc gia | National Boundary Commission | mofa.gov.vn | MOFA unit.
    + National Border Committee
state_committee_overseas_vietnamese | org | Ủy ban Nhà nước về người Việt Nam ở nước ngoài | State Committee for Overseas Vietnamese Affairs | Decree 28/2025/ND-CP | MOFA unit, headed by a Deputy Minister of Foreign Affairs.
    + State Committee for Overseas Vietnamese
    + State Committee on Overseas Vietnamese Affairs
    v+ Ủy ban Nhà nước về NVNONN
diplomatic_academy | org | Học viện Ngoại giao | Diplomatic Academy of Viet Nam | Decree 28/2025/ND-CP | Public service unit of MOFA.
    = DAV
wvr | org | Báo Thế giới và Việt Nam | World and Vietnam Report | seeds/000:3 | MOFA's newspaper (baoquocte.vn); its English edition signs "WVR". A proper name: keep "Vietnam" as the paper writes it.
    + World & Vietnam Report
    + The World and Vietnam Report
    = WVR
    v+ Báo Quốc tế
vn_unesco_commission | org | Ủy ban Quốc gia UNESCO Việt Nam | Viet Nam National Commission for UNESCO | seeds/000:3 | Chaired by a Deputy Minister of Foreign Affairs; its secretariat sits in the Department of Foreign Affairs and Cultural Diplomacy.
    + National Commission for UNESCO
chairman_vn_unesco_commission | title | Chủ tịch Ủy ban Quốc gia UNESCO Việt Nam | Chairman of the Viet Nam National Commission for UNESCO | seeds/000:3 | Composed title.
secretary_general_vn_unesco_commission | title | Tổng Thư ký Ủy ban Quốc gia UNESCO Việt Nam | Secretary General of the Viet Nam National Commission for UNESCO | seeds/000:7 | Composed title.
chairman_state_committee_overseas_vietnamese | title | Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài | Chairman of the State Committee for Overseas Vietnamese Affairs | mofa.gov.vn | Composed title.
director_general_dofacd | title | Cục trưởng Cục Ngoại vụ và Ngoại giao Văn hóa | Director General of the Department of Foreign Affairs and Cultural Diplomacy | seeds/000:7 | Composed title. Seed 000 writes "Director of the Department of Foreign Affairs and Cultural Diplomacy".
    + Director of the Department of Foreign Affairs and Cultural Diplomacy
mofa_spokesperson | title | Người Phát ngôn Bộ Ngoại giao | Spokesperson of the Ministry of Foreign Affairs | mofa.gov.vn | Composed title.
    + Foreign Ministry Spokesperson
    + MOFA Spokesperson
mofa_leadership | org | Lãnh đạo Bộ Ngoại giao | Ministry of Foreign Affairs leaders | seeds/000:43 | The Minister and Deputy Ministers collectively; seed 004 writes "Ministry Leadership".
    + MOFA leaders
    + Ministry Leadership
diplomatic_sector | org | ngành Ngoại giao | diplomatic sector | seeds/003:1 | The foreign service as a whole. Seed 002 also writes "Diplomatic Service".
    + Diplomatic Service
    + foreign affairs sector
# ---------------------------------------------------------------- representation abroad
representative_agencies_abroad | org | Cơ quan đại diện Việt Nam ở nước ngoài | Vietnamese representative agencies abroad | seeds/000:38 | Embassies, permanent missions and consulates together (Law on Representative Missions). Not "representative offices", which are a different legal category.
    + Vietnamese representative missions abroad
    + Vietnamese diplomatic missions abroad
    + overseas Vietnamese representative agencies
    - Vietnamese representative offices abroad  ## seeds/003:44
    v+ cơ quan đại diện
foreign_diplomatic_missions | org | cơ quan đại diện ngoại giao nước ngoài | foreign diplomatic missions | seeds/000:7 | Missions of other countries in Viet Nam.
    + foreign representative agencies
diplomatic_corps | org | Ngoại giao đoàn | diplomatic corps | VNA | 
embassy | org | Đại sứ quán | Embassy | seeds/004:7 | Composes: "Embassy of Viet Nam in Japan", "Japanese Embassy in Viet Nam".
consulate_general | org | Tổng Lãnh sự quán | Consulate General | VNA | 
consulate | org | Lãnh sự quán | Consulate | VNA | 
permanent_mission | org | Phái đoàn Thường trực | Permanent Mission | VNA | e.g. Permanent Mission of Viet Nam to the United Nations.
ambassador | title | Đại sứ | Ambassador | VNA | Title stem: "Ambassador of Viet Nam to Japan", "Vietnamese Ambassador to Japan".
ambassador_extraordinary_plenipotentiary | title | Đại sứ Đặc mệnh Toàn quyền | Ambassador Extraordinary and Plenipotentiary | VNA | Full title.
consul_general | title | Tổng Lãnh sự | Consul General | VNA | 
consul | title | Lãnh sự | Consul | VNA | 
charge_daffaires | title | Đại biện | Chargé d'affaires | VNA | 
    + Charge d'affaires ad interim
head_of_mission | title | Trưởng Cơ quan đại diện | Head of Mission | VNA | Head of a representative agency abroad.
    + head of the representative agency
spokesperson | title | Người Phát ngôn | Spokesperson | mofa.gov.vn | Gender-neutral, as MOFA writes it. "Spokesman"/"spokeswoman" are not listed (not variants: they depend on the person).
# ---------------------------------------------------------------- title stems
chairman | title | Chủ tịch | Chairman | seeds/000:3 | Title stem of the head of a People's Committee, People's Council, the National Assembly, a commission; "President" for the Head of State and the VFF. Gendered forms ("Chairwoman") are correct for a woman and deliberately not listed, so that a text naming a man and a woman is not reported as inconsistent.
    + Chairperson
vice_chairman | title | Phó Chủ tịch | Vice Chairman | seeds/000:7 | Title stem (People's Committee, People's Council, NA). Gendered forms ("Chairwoman") are correct for a woman and deliberately not listed, so that a text naming a man and a woman is not reported as inconsistent.
    + Vice Chairperson
permanent_vice_chairman | title | Phó Chủ tịch Thường trực | Permanent Vice Chairman | VNA | Title stem.
    + Standing Vice Chairman
director_general | title | Vụ trưởng | Director General | mofa.gov.vn | Title stem for heads of ministry departments (Vụ, Cục). Seed 000 renders a Cục trưởng as "Director"; usage varies.
    v+ Cục trưởng
deputy_director_general | title | Phó Vụ trưởng | Deputy Director General | mofa.gov.vn | Title stem.
    v+ Phó Cục trưởng
director | title | Giám đốc | Director | seeds/000:7 | Title stem for heads of provincial Departments (Sở): "Director of the Hai Phong Department of Foreign Affairs".
deputy_director | title | Phó Giám đốc | Deputy Director | VNA | Title stem.
secretary_general | title | Tổng Thư ký | Secretary General | seeds/000:7 | Title stem (e.g. of the National Assembly, of the National Commission for UNESCO). UN usage: Secretary-General.
chief_of_office | title | Chánh Văn phòng | Chief of Office | VNA | Title stem: "Chief of the Office of the Provincial People's Committee".
head_of_delegation | title | Trưởng đoàn | head of delegation | VNA | 
head_of_commission | title | Trưởng ban | Head | VNA | Title stem for the head of a Party commission or a steering committee: "Head of the Party Central Committee's Organisation Commission". "Chief" is also seen; it is not listed so that copy quoting other bodies is not flagged.
deputy_head_of_commission | title | Phó Trưởng ban | Deputy Head | VNA | Title stem: "Deputy Head of the Party Central Committee's Commission for Policies and Strategies".
sbv_governor_stem | title | Thống đốc | Governor | VNA | Title stem: "Governor of the State Bank of Viet Nam".
sbv_deputy_governor_stem | title | Phó Thống đốc | Deputy Governor | VNA | Title stem: "Deputy Governor of the State Bank of Viet Nam".
# ---------------------------------------------------------------- local government (after 1 July 2025)
two_tier_local_government | policy | chính quyền địa phương hai cấp | two-tier local government | seeds/002:3 | In force from 1 July 2025 (Law on Organisation of Local Government 2025): provincial level and commune level, district level abolished. VNA also writes "two-level local government".
    + two-level local government
    - two-tiered local government  ## seeds/002:3, 002:7, 002:14
    - two-tiered government  ## seeds/002:11
    v+ mô hình chính quyền địa phương hai cấp
local_government | admin | chính quyền địa phương | local government | Law on Organisation of Local Government 2025 | People's Council plus People's Committee of a locality.
    + local administration
provincial_level | admin | cấp tỉnh | provincial level | Resolution 202/2025/QH15 | Upper tier: 28 provinces and 6 centrally-run cities since 1 July 2025.
commune_level | admin | cấp xã | commune level | Law on Organisation of Local Government 2025 | Lower tier: communes, wards and special zones since 1 July 2025. Bare Vietnamese "xã" (commune) is not listed: it would also hit "xã hội" (society).
    + commune  ## the unit itself (xã)
district_level_old | admin | cấp huyện | district level | Law on Organisation of Local Government 2025 | ABOLISHED on 1 July 2025.
province | admin | tỉnh | province | Resolution 202/2025/QH15 | 28 provinces since 1 July 2025. Capitalise in a name: "Quang Ninh Province".
centrally_run_city | admin | thành phố trực thuộc Trung ương | centrally-run city | Resolution 202/2025/QH15 | Six since 1 July 2025: Ha Noi, Hue, Hai Phong, Da Nang, Can Tho, Ho Chi Minh City.
    + centrally governed city
    + city directly under the central government
    + municipality
city | admin | thành phố | city | seeds/000:3 | "TP." is the usual Vietnamese abbreviation; in names "Hai Phong City".
    v= TP.
    v= TP
ward | admin | phường | ward | Law on Organisation of Local Government 2025 | Lower-tier unit (urban).
special_zone | admin | đặc khu | special zone | Resolution 202/2025/QH15 | Lower-tier unit on islands since 1 July 2025 (e.g. Phu Quoc, Con Dao, Bach Long Vi).
    + special administrative zone
district_old | admin | huyện | district | Law on Organisation of Local Government 2015 | ABOLISHED on 1 July 2025 (rural districts).
urban_district_old | admin | quận | urban district | Law on Organisation of Local Government 2015 | ABOLISHED on 1 July 2025.
town_old | admin | thị xã | town | Law on Organisation of Local Government 2015 | ABOLISHED on 1 July 2025 (district-level towns).
township_old | admin | thị trấn | township | Law on Organisation of Local Government 2015 | ABOLISHED on 1 July 2025.
administrative_unit | admin | đơn vị hành chính | administrative unit | Resolution 202/2025/QH15 | 
provincial_level_administrative_unit | admin | đơn vị hành chính cấp tỉnh | provincial-level administrative unit | Resolution 202/2025/QH15 | 34 since 1 July 2025.
commune_level_administrative_unit | admin | đơn vị hành chính cấp xã | commune-level administrative unit | Resolution 202/2025/QH15 | 3,321 since 1 July 2025.
reorganisation_administrative_units | policy | sắp xếp đơn vị hành chính | reorganisation of administrative units | Resolution 202/2025/QH15 | The 2025 mergers of provinces and communes.
    + rearrangement of administrative units
    + administrative unit rearrangement
    + reorganisation of provincial-level administrative units
    v+ sắp xếp lại đơn vị hành chính
locality | admin | địa phương | locality | seeds/000:11 | A province, city or commune as an actor (plural "localities" in most copy, not listed: the matcher has no plural forms, and listing both numbers would make a text using both look inconsistent).
people_committee | org | Ủy ban nhân dân | People's Committee | seeds/000:7 | The executive of a locality. Composes: "Hai Phong People's Committee", "Quang Ninh Provincial People's Committee". The possessive is part of the name.
    v= UBND
    - People Committee  ## missing possessive
    - Peoples Committee  ## missing apostrophe
people_council | org | Hội đồng nhân dân | People's Council | Law on Organisation of Local Government 2025 | The elected body of a locality. The possessive is part of the name.
    v= HĐND
    - People Council  ## missing possessive
    - Peoples Council  ## missing apostrophe
provincial_people_committee | org | Ủy ban nhân dân tỉnh | Provincial People's Committee | seeds/004:7 | 
    v= UBND tỉnh
city_people_committee | org | Ủy ban nhân dân thành phố | City People's Committee | seeds/000:43 | 
    v= UBND thành phố
    v= UBND TP.
commune_people_committee | org | Ủy ban nhân dân xã | Commune People's Committee | Law on Organisation of Local Government 2025 | 
    v= UBND xã
ward_people_committee | org | Ủy ban nhân dân phường | Ward People's Committee | Law on Organisation of Local Government 2025 | 
    v= UBND phường
provincial_people_council | org | Hội đồng nhân dân tỉnh | Provincial People's Council | Law on Organisation of Local Government 2025 | 
    v= HĐND tỉnh
city_people_council | org | Hội đồng nhân dân thành phố | City People's Council | Law on Organisation of Local Government 2025 | 
    v= HĐND thành phố
commune_people_council | org | Hội đồng nhân dân xã | Commune People's Council | Law on Organisation of Local Government 2025 | 
    v= HĐND xã
office_provincial_people_committee | org | Văn phòng Ủy ban nhân dân tỉnh | Office of the Provincial People's Committee | VNA | 
    v= Văn phòng UBND tỉnh
chairman_provincial_people_committee | title | Chủ tịch Ủy ban nhân dân tỉnh | Chairman of the Provincial People's Committee | seeds/004:10 | Composed title; seed 004: "Chairman of the Phu Tho Provincial People's Committee".
    + provincial People's Committee Chairman
    v= Chủ tịch UBND tỉnh
vice_chairman_provincial_people_committee | title | Phó Chủ tịch Ủy ban nhân dân tỉnh | Vice Chairman of the Provincial People's Committee | VNA | Composed title.
    v= Phó Chủ tịch UBND tỉnh
chairman_city_people_committee | title | Chủ tịch Ủy ban nhân dân thành phố | Chairman of the City People's Committee | seeds/004:6 | Composed title; with a name: "Chairman of the Hanoi People's Committee".
    v= Chủ tịch UBND thành phố
vice_chairman_city_people_committee | title | Phó Chủ tịch Ủy ban nhân dân thành phố | Vice Chairman of the City People's Committee | seeds/000:43 | Composed title.
    v= Phó Chủ tịch UBND thành phố
chairman_commune_people_committee | title | Chủ tịch Ủy ban nhân dân xã | Chairman of the Commune People's Committee | VNA | Composed title.
    v= Chủ tịch UBND xã
chairman_ward_people_committee | title | Chủ tịch Ủy ban nhân dân phường | Chairman of the Ward People's Committee | VNA | Composed title.
    v= Chủ tịch UBND phường
chairman_provincial_people_council | title | Chủ tịch Hội đồng nhân dân tỉnh | Chairman of the Provincial People's Council | VNA | Composed title.
    v= Chủ tịch HĐND tỉnh
vice_chairman_provincial_people_council | title | Phó Chủ tịch Hội đồng nhân dân tỉnh | Vice Chairman of the Provincial People's Council | VNA | Composed title.
    v= Phó Chủ tịch HĐND tỉnh
chairman_city_people_council | title | Chủ tịch Hội đồng nhân dân thành phố | Chairman of the City People's Council | VNA | Composed title.
    v= Chủ tịch HĐND thành phố
vice_chairman_city_people_council | title | Phó Chủ tịch Hội đồng nhân dân thành phố | Vice Chairman of the City People's Council | VNA | Composed title.
    v= Phó Chủ tịch HĐND thành phố
# ---------------------------------------------------------------- provincial departments (Sở)
provincial_dofa | org | Sở Ngoại vụ | Department of Foreign Affairs | seeds/000:5 | A provincial/city Department under the People's Committee: "Hai Phong Department of Foreign Affairs". After the 2025 reorganisation not every province keeps a separate one; check the province's own structure.
    + provincial Department of Foreign Affairs
    + External Relations Department  ## older rendering
    + Department of External Relations  ## older rendering
    + Department for External Relations  ## older rendering
    + Department of External Affairs  ## older rendering (VNA)
director_dofa | title | Giám đốc Sở Ngoại vụ | Director of the Department of Foreign Affairs | seeds/000:7 | Composed title: "Director of the Hai Phong Department of Foreign Affairs".
deputy_director_dofa | title | Phó Giám đốc Sở Ngoại vụ | Deputy Director of the Department of Foreign Affairs | VNA | Composed title.
provincial_dept_home_affairs | org | Sở Nội vụ | Department of Home Affairs | Law on Organisation of Local Government 2025 | Provincial Department.
provincial_dept_finance | org | Sở Tài chính | Department of Finance | Law on Organisation of Local Government 2025 | Provincial Department (took over planning and investment in 2025).
provincial_dept_justice | org | Sở Tư pháp | Department of Justice | Law on Organisation of Local Government 2025 | Provincial Department.
provincial_dept_industry_trade | org | Sở Công Thương | Department of Industry and Trade | Law on Organisation of Local Government 2025 | Provincial Department.
provincial_dept_agriculture_environment | org | Sở Nông nghiệp và Môi trường | Department of Agriculture and Environment | Law on Organisation of Local Government 2025 | Provincial Department formed in 2025.
provincial_dept_construction | org | Sở Xây dựng | Department of Construction | Law on Organisation of Local Government 2025 | Provincial Department (took over transport in 2025).
provincial_dept_science_technology | org | Sở Khoa học và Công nghệ | Department of Science and Technology | Law on Organisation of Local Government 2025 | Provincial Department.
provincial_dept_education_training | org | Sở Giáo dục và Đào tạo | Department of Education and Training | Law on Organisation of Local Government 2025 | Provincial Department.
provincial_dept_health | org | Sở Y tế | Department of Health | Law on Organisation of Local Government 2025 | Provincial Department.
provincial_dept_culture_sports_tourism | org | Sở Văn hóa, Thể thao và Du lịch | Department of Culture, Sports and Tourism | Law on Organisation of Local Government 2025 | Provincial Department.
provincial_dept_ethnic_religious_affairs | org | Sở Dân tộc và Tôn giáo | Department of Ethnic and Religious Affairs | Law on Organisation of Local Government 2025 | Provincial Department formed in 2025.
provincial_inspectorate | org | Thanh tra tỉnh | Provincial Inspectorate | Law on Organisation of Local Government 2025 | 
"""
