"""Party and State bodies, the National Assembly, the Government and its ministries (after 1 March 2025)."""

ENTRIES = """
# ---------------------------------------------------------------- the Party
cpv | party | Đảng Cộng sản Việt Nam | Communist Party of Viet Nam | seeds/003:8 | Full name; "the Party" with a capital P when it means the CPV.
    = CPV
    v= ĐCSVN
party_central_committee | party | Ban Chấp hành Trung ương Đảng | Party Central Committee | VNA | The Central Committee of the CPV. VNA abbreviates PCC after a first full mention.
    + Central Committee of the Communist Party of Viet Nam
    + CPV Central Committee
    + Central Committee of the Party
    = PCC
    v+ Ban Chấp hành Trung ương
    v+ Trung ương Đảng
    v= BCHTW
central_level | admin | cấp Trung ương | central level | seeds/000:36 | "Trung ương" as a level of government (the Central level vs local levels). TW is the usual abbreviation in document numbers (57-NQ/TW).
    v+ Trung ương
    v= TW
politburo | party | Bộ Chính trị | Politburo | VNA | The Political Bureau of the Party Central Committee.
    + Political Bureau
    + Political Bureau of the Party Central Committee
    v= BCT
secretariat | party | Ban Bí thư | Secretariat of the Party Central Committee | VNA | Bare "Secretariat" is left out on purpose: it also names other bodies' secretariats (e.g. of the National Commission for UNESCO).
    + Party Central Committee's Secretariat
    + PCC Secretariat
    v+ Ban Bí thư Trung ương Đảng
general_secretary | title | Tổng Bí thư | General Secretary | VNA | Head of the CPV. Not "Secretary General" (that is a different title: NA Secretary General, UN Secretary-General).
    + Party General Secretary
    + General Secretary of the Communist Party of Viet Nam
    + General Secretary of the Party Central Committee
    + Party chief  ## journalistic; avoid in official copy
permanent_member_secretariat | title | Thường trực Ban Bí thư | Permanent Member of the Secretariat | VNA | Usage varies (Permanent member / Standing member / Executive Secretary of the Secretariat, 2026).
    + Permanent Member of the Party Central Committee's Secretariat
    + Standing Member of the Secretariat
    + Executive Secretary of the Secretariat
politburo_member | title | Ủy viên Bộ Chính trị | Member of the Politburo | VNA | Composed title; capitalised before a name ("Member of the Politburo, Deputy Prime Minister ..."). VNA also writes "Politburo member".
    + Politburo member
    + Political Bureau member
secretary_party_central_committee | title | Bí thư Trung ương Đảng | Secretary of the Party Central Committee | VNA | A member of the Secretariat.
    + Secretary of the PCC
pcc_member | title | Ủy viên Ban Chấp hành Trung ương Đảng | Member of the Party Central Committee | VNA | Composed title; capitalised before a name.
    + Party Central Committee member
    + PCC member
    v+ Ủy viên Trung ương Đảng
    v+ Ủy viên Ban Chấp hành Trung ương
pcc_alternate_member | title | Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng | Alternate Member of the Party Central Committee | VNA | Composed title; capitalised before a name.
    + alternate Party Central Committee member
    v+ Ủy viên dự khuyết Trung ương Đảng
central_organisation_commission | party | Ban Tổ chức Trung ương | Party Central Committee's Organisation Commission | VNA | Usage varies between the possessive form and "Central Organisation Commission"; both admitted.
    + Central Organisation Commission
    + Organisation Commission of the Party Central Committee
central_inspection_commission | party | Ủy ban Kiểm tra Trung ương | Party Central Committee's Inspection Commission | VNA | Also "Central Inspection Commission" (the Party's disciplinary body).
    + Central Inspection Commission
    + Inspection Commission of the Party Central Committee
central_information_mass_mobilisation_commission | party | Ban Tuyên giáo và Dân vận Trung ương | Party Central Committee's Commission for Information, Education and Mass Mobilisation | VNS | Formed Feb 2025 by merging the Commission for Information and Education with the Commission for Mass Mobilisation. English usage varies widely.
    + Central Commission for Information, Education and Mass Mobilisation
    + Party Central Committee's Commission for Publicity and Mass Mobilisation
    + Central Propaganda and Mass Mobilisation Commission
central_policy_strategy_commission | party | Ban Chính sách, chiến lược Trung ương | Party Central Committee's Commission for Policies and Strategies | VNS | Formed Feb 2025 when the Central Economic Commission was renamed and given a wider remit.
    + Central Policy and Strategy Commission
    + Party Central Committee's Commission for Policy and Strategy
    + Central Commission for Policies and Strategies
    v+ Ban Chính sách và Chiến lược Trung ương
central_internal_affairs_commission | party | Ban Nội chính Trung ương | Party Central Committee's Commission for Internal Affairs | VNS | 
    + Central Internal Affairs Commission
    + Central Commission for Internal Affairs
party_central_office | party | Văn phòng Trung ương Đảng | Office of the Party Central Committee | VNA | 
    + Party Central Committee's Office
    + Party Central Office
    + Central Party Office
central_external_relations_commission | party | Ban Đối ngoại Trung ương | Party Central Committee's Commission for External Relations | VNS | DISSOLVED: ended operations in February 2025; its main tasks went to the Ministry of Foreign Affairs and part to the Party Central Office. Use only for events before that date.
    + Central Commission for External Relations
    + Central External Relations Commission
central_economic_commission | party | Ban Kinh tế Trung ương | Party Central Committee's Economic Commission | VNS | DEFUNCT NAME: renamed the Commission for Policies and Strategies in February 2025.
    + Central Economic Commission
central_propaganda_commission | party | Ban Tuyên giáo Trung ương | Party Central Committee's Commission for Information and Education | VNS | DEFUNCT: merged in February 2025 into the Commission for Information, Education and Mass Mobilisation.
    + Central Propaganda and Training Commission
    + Central Commission for Information and Education
central_mass_mobilisation_commission | party | Ban Dân vận Trung ương | Party Central Committee's Commission for Mass Mobilisation | VNS | DEFUNCT: merged in February 2025 into the Commission for Information, Education and Mass Mobilisation.
    + Central Mass Mobilisation Commission
central_military_commission | party | Quân ủy Trung ương | Central Military Commission | VNA | 
central_public_security_party_committee | party | Đảng ủy Công an Trung ương | Central Public Security Party Committee | VNA | 
central_theoretical_council | party | Hội đồng Lý luận Trung ương | Central Theoretical Council | VNA | 
    + Central Theory Council
hcm_national_academy_politics | org | Học viện Chính trị quốc gia Hồ Chí Minh | Ho Chi Minh National Academy of Politics | VNA | 
party_committee_central_agencies | party | Đảng bộ các cơ quan Đảng Trung ương | Party Committee of Central Party Agencies | VNS | Formed February 2025.
    + Party Organisation of the Central Party Agencies
government_party_committee | party | Đảng bộ Chính phủ | Government Party Committee | VNS | Formed February 2025, replacing the Party Civil Affairs Board of the Government.
    + Party Committee of the Government
    + Party Organisation of the Government
na_party_committee | party | Đảng bộ Quốc hội | National Assembly Party Committee | VNS | Formed February 2025, replacing the Party Delegation of the National Assembly.
    + Party Committee of the National Assembly
    + NA Party Committee
vff_party_committee | party | Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương | Party Committee of the Viet Nam Fatherland Front and Central Mass Organisations | VNS | Formed February 2025.
national_party_congress | event | Đại hội đại biểu toàn quốc của Đảng | National Party Congress | VNA | Held every five years. Name the number: the 14th National Party Congress.
    + National Congress of the Communist Party of Viet Nam
    v+ Đại hội Đảng toàn quốc
party_congress_14 | event | Đại hội đại biểu toàn quốc lần thứ XIV của Đảng | 14th National Party Congress | seeds/003:8 | Held in Ha Noi in January 2026; it opened the 2026-2031 tenure.
    + 14th National Congress of the Communist Party of Viet Nam
    + 14th Party Congress
    + 14th National Congress
    + 14th Congress
    v+ Đại hội XIV của Đảng
    v+ Đại hội XIV
party_congress_13 | event | Đại hội đại biểu toàn quốc lần thứ XIII của Đảng | 13th National Party Congress | VNA | Held January-February 2021.
    + 13th National Congress of the Communist Party of Viet Nam
    + 13th Party Congress
    v+ Đại hội XIII của Đảng
    v+ Đại hội XIII
central_plenum | party | Hội nghị Trung ương | Party Central Committee plenum | VNA | Name the number and tenure: the 15th plenum of the 13th Party Central Committee.
    + plenum of the Party Central Committee
    + Central Committee plenum
provincial_party_committee | party | Tỉnh ủy | Provincial Party Committee | seeds/004:6 | Composes with the province name: "Quang Ninh Provincial Party Committee". Capitalise when it names one committee.
city_party_committee | party | Thành ủy | City Party Committee | seeds/000:7 | For centrally-run cities (Ha Noi, Hai Phong...): "Hai Phong City Party Committee"; also "municipal Party Committee".
    + municipal Party Committee
commune_party_committee | party | Đảng ủy xã | Commune Party Committee | Law on Organisation of Local Government 2025 | 
ward_party_committee | party | Đảng ủy phường | Ward Party Committee | Law on Organisation of Local Government 2025 | 
party_committee | party | Đảng ủy | Party Committee | VNA | The executive committee of a Party organisation at any level.
party_organisation | party | Đảng bộ | Party Organisation | VNS | The Party organisation of a province, ministry or unit (e.g. "Ha Noi Party Organisation"); sometimes also rendered "Party Committee".
party_cell | party | Chi bộ | Party cell | VNA | 
standing_board | party | Ban Thường vụ | Standing Board | VNA | The standing board of a Party Committee (e.g. of the Provincial Party Committee). Not the National Assembly Standing Committee.
    + Standing Board of the Party Committee
party_member | party | Đảng viên | Party member | VNA | 
party_secretary | title | Bí thư | Secretary | VNA | Title stem: composes as "Secretary of the Ha Noi Party Committee", "Secretary of the Quang Ninh Provincial Party Committee".
    + Party Secretary
party_deputy_secretary | title | Phó Bí thư | Deputy Secretary | VNA | Title stem.
    + Deputy Party Secretary
party_permanent_deputy_secretary | title | Phó Bí thư Thường trực | Permanent Deputy Secretary | VNA | Title stem.
    + Standing Deputy Secretary
    + Permanent Deputy Party Secretary
secretary_provincial_party_committee | title | Bí thư Tỉnh ủy | Secretary of the Provincial Party Committee | seeds/004:6 | Composed title. Seed 004 has "Secretary of the Quang Ninh Provincial Party Committee".
    + provincial Party Secretary
    + provincial Party chief  ## journalistic
deputy_secretary_provincial_party_committee | title | Phó Bí thư Tỉnh ủy | Deputy Secretary of the Provincial Party Committee | VNA | Composed title.
secretary_city_party_committee | title | Bí thư Thành ủy | Secretary of the City Party Committee | VNA | Composed title (centrally-run cities).
    + city Party Secretary
    + municipal Party Secretary
deputy_secretary_city_party_committee | title | Phó Bí thư Thành ủy | Deputy Secretary of the City Party Committee | VNA | Composed title.
member_provincial_party_committee | title | Tỉnh ủy viên | Member of the Provincial Party Committee | VNA | Composed title.
    v+ Ủy viên Ban Chấp hành Đảng bộ tỉnh
member_city_party_committee | title | Thành ủy viên | Member of the City Party Committee | seeds/000:7 | Composed title, as in seed 000 ("Member of the City Party Committee, Vice Chairman of the Hai Phong People's Committee").
    v+ Ủy viên Ban Chấp hành Đảng bộ thành phố
member_standing_board_provincial | title | Ủy viên Ban Thường vụ Tỉnh ủy | Member of the Standing Board of the Provincial Party Committee | VNA | Composed title.
member_standing_board_city | title | Ủy viên Ban Thường vụ Thành ủy | Member of the Standing Board of the City Party Committee | VNA | Composed title.
party_guidelines | policy | đường lối, chủ trương của Đảng | Party's guidelines | seeds/000:49 | Usually "the Party's guidelines and the State's policies and laws".
    + guidelines of the Party
    v+ chủ trương của Đảng
    v+ đường lối của Đảng
party_and_state | party | Đảng và Nhà nước | Party and State | seeds/002:11 | Capitalised when they mean the CPV and the Vietnamese State.
    + Party and the State
# ---------------------------------------------------------------- the State
state_president | title | Chủ tịch nước | President | VNA | Head of State. Plain "President" before a name; "State President" to disambiguate.
    + State President
    + President of the State
    + President of the Socialist Republic of Viet Nam
    v+ Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam
vice_president | title | Phó Chủ tịch nước | Vice President | VNA | 
    + Vice State President
office_of_president | org | Văn phòng Chủ tịch nước | Office of the President | VNA | 
    + Presidential Office
socialist_republic | place | Cộng hòa xã hội chủ nghĩa Việt Nam | Socialist Republic of Viet Nam | Constitution 2013 | Official name of the State.
    = SRV
viet_nam | place | Việt Nam | Viet Nam | chinhphu.vn/en | House-style option viet_nam (default "Viet Nam", as in Government and MOFA documents; "Vietnam" at many outlets). Both are accepted; the checker enforces the configured one.
    + Vietnam  ## house style viet_nam = Vietnam
    v= VN
national_assembly | org | Quốc hội | National Assembly | quochoi.vn | Viet Nam's legislature. NA after a first full mention.
    = NA
    v= QH
na_chairman | title | Chủ tịch Quốc hội | Chairman of the National Assembly | seeds/003:24 | Seeds write "National Assembly Chairman Tran Thanh Man". Gendered forms ("Chairwoman") are correct for a woman and deliberately not listed, so that a text naming a man and a woman is not reported as inconsistent.
    + National Assembly Chairman
    + NA Chairman
na_vice_chairman | title | Phó Chủ tịch Quốc hội | Vice Chairman of the National Assembly | VNA | Gendered forms ("Chairwoman") are correct for a woman and deliberately not listed, so that a text naming a man and a woman is not reported as inconsistent.
    + National Assembly Vice Chairman
    + NA Vice Chairman
na_permanent_vice_chairman | title | Phó Chủ tịch Thường trực Quốc hội | Permanent Vice Chairman of the National Assembly | VNA | 
    + NA Permanent Vice Chairman
na_standing_committee | org | Ủy ban Thường vụ Quốc hội | National Assembly Standing Committee | quochoi.vn | UBTVQH appears in document numbers (…/NQ-UBTVQH15).
    + Standing Committee of the National Assembly
    + NA Standing Committee
    v= UBTVQH
na_deputy | title | Đại biểu Quốc hội | National Assembly deputy | VNA | 
    + NA deputy
    + deputy to the National Assembly
    v= ĐBQH
na_session | event | kỳ họp Quốc hội | National Assembly session | VNA | Name the number and legislature: the 10th session of the 15th National Assembly.
    + session of the National Assembly
    + NA session
na_ethnic_council | org | Hội đồng Dân tộc | Ethnic Council | VNA | A body of the National Assembly. Usage varies: "Council for Ethnic Affairs" (quochoi.vn) and "Ethnic Council" (VNA).
    + Council for Ethnic Affairs
    + NA Ethnic Council
na_committee_legal_judicial | org | Ủy ban Pháp luật và Tư pháp | Committee for Legal and Judicial Affairs | VNA | Formed in 2025 by merging the NA Law Committee and Judicial Committee.
    + NA Committee for Legal and Judicial Affairs
na_committee_economic_financial | org | Ủy ban Kinh tế và Tài chính | Committee for Economic and Financial Affairs | VNA | Formed in 2025 by merging the NA Economic Committee and Finance and Budget Committee.
    + NA Committee for Economic and Financial Affairs
    + Economic and Financial Committee
na_committee_defence_security_foreign | org | Ủy ban Quốc phòng, An ninh và Đối ngoại | Committee for National Defence, Security and Foreign Affairs | VNA | Formed in 2025 by merging the NA Committee for National Defence and Security with the Committee for External Relations.
    + NA Committee for National Defence, Security and Foreign Affairs
na_committee_culture_society | org | Ủy ban Văn hóa và Xã hội | Committee for Culture and Society | VNA | Formed in 2025 by merging the NA Committee for Culture and Education with the Committee for Social Affairs.
    + NA Committee for Culture and Society
    + Committee for Culture and Social Affairs
na_committee_science_tech_env | org | Ủy ban Khoa học, Công nghệ và Môi trường | Committee for Science, Technology and Environment | VNA | 
    + NA Committee for Science, Technology and Environment
na_committee_deputy_affairs | org | Ủy ban Công tác đại biểu | Committee for Deputy Affairs | VNS | Upgraded in 2025 from the Delegation Affairs Board of the NA Standing Committee.
    + Committee for Delegation Affairs
    + Delegation Affairs Committee
na_committee_petitions_supervision | org | Ủy ban Dân nguyện và Giám sát | Committee for People's Petitions and Supervision | VNA | Formed in 2025 from the Ombudsman Board (Ban Dân nguyện).
    + People's Petitions and Supervision Committee
na_office | org | Văn phòng Quốc hội | Office of the National Assembly | quochoi.vn | 
    + National Assembly Office
    + NA Office
na_secretary_general | title | Tổng Thư ký Quốc hội | Secretary General of the National Assembly | VNA | Also heads the NA Office.
    + NA Secretary General
    + National Assembly Secretary General
na_committee_external_relations_old | org | Ủy ban Đối ngoại của Quốc hội | NA Committee for External Relations | VNA | DEFUNCT: merged in 2025 into the Committee for National Defence, Security and Foreign Affairs.
    + National Assembly Committee for External Relations
    + National Assembly's Foreign Affairs Committee
    v+ Ủy ban Đối ngoại
na_law_committee_old | org | Ủy ban Pháp luật của Quốc hội | NA Law Committee | VNA | DEFUNCT: merged in 2025 into the Committee for Legal and Judicial Affairs.
    + National Assembly Law Committee
na_judicial_committee_old | org | Ủy ban Tư pháp của Quốc hội | NA Judicial Committee | VNA | DEFUNCT: merged in 2025 into the Committee for Legal and Judicial Affairs.
    + National Assembly Judicial Committee
na_economic_committee_old | org | Ủy ban Kinh tế của Quốc hội | NA Economic Committee | VNA | DEFUNCT: merged in 2025 into the Committee for Economic and Financial Affairs.
    + National Assembly Economic Committee
na_finance_budget_committee_old | org | Ủy ban Tài chính, Ngân sách | NA Finance and Budget Committee | VNA | DEFUNCT: merged in 2025 into the Committee for Economic and Financial Affairs.
    + Finance and Budget Committee
na_defence_security_committee_old | org | Ủy ban Quốc phòng và An ninh | NA Committee for National Defence and Security | VNA | DEFUNCT: merged in 2025 into the Committee for National Defence, Security and Foreign Affairs.
    + National Defence and Security Committee
na_culture_education_committee_old | org | Ủy ban Văn hóa, Giáo dục | NA Committee for Culture and Education | VNA | DEFUNCT: merged in 2025 into the Committee for Culture and Society.
na_social_affairs_committee_old | org | Ủy ban Xã hội | NA Committee for Social Affairs | VNA | DEFUNCT: merged in 2025 into the Committee for Culture and Society.
    + Committee for Social Affairs
state_audit_office | org | Kiểm toán Nhà nước | State Audit Office of Viet Nam | VNA | 
    + State Audit Office
    = SAV
state_auditor_general | title | Tổng Kiểm toán Nhà nước | State Auditor General | VNA | 
supreme_peoples_court | org | Tòa án nhân dân tối cao | Supreme People's Court | VNA | 
    = SPC
chief_justice | title | Chánh án Tòa án nhân dân tối cao | Chief Justice of the Supreme People's Court | VNA | 
supreme_peoples_procuracy | org | Viện kiểm sát nhân dân tối cao | Supreme People's Procuracy | VNA | 
prosecutor_general | title | Viện trưởng Viện kiểm sát nhân dân tối cao | Prosecutor General of the Supreme People's Procuracy | VNA | Usage varies: "Chief Procurator" also seen.
    + Chief Procurator of the Supreme People's Procuracy
national_election_council | org | Hội đồng Bầu cử quốc gia | National Election Council | VNA | 
national_defence_security_council | org | Hội đồng Quốc phòng và An ninh | National Defence and Security Council | VNA | 
    + Council for National Defence and Security
vff | org | Mặt trận Tổ quốc Việt Nam | Viet Nam Fatherland Front | VNA | 
    = VFF
    v= MTTQ
    v+ Mặt trận Tổ quốc
vff_central_committee | org | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | Viet Nam Fatherland Front Central Committee | VNA | Its head is styled "President".
    + Central Committee of the Viet Nam Fatherland Front
    + VFF Central Committee
    v= UBTƯ MTTQ Việt Nam
vff_president | title | Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | President of the Viet Nam Fatherland Front Central Committee | VNA | Composed title; "President", not "Chairman".
    + VFF President
vgcl | org | Tổng Liên đoàn Lao động Việt Nam | Viet Nam General Confederation of Labour | VNA | 
    = VGCL
womens_union | org | Hội Liên hiệp Phụ nữ Việt Nam | Viet Nam Women's Union | VNA | 
    = VWU
youth_union | org | Đoàn Thanh niên Cộng sản Hồ Chí Minh | Ho Chi Minh Communist Youth Union | VNA | 
    + Youth Union
farmers_union | org | Hội Nông dân Việt Nam | Viet Nam Farmers' Union | VNA | 
veterans_association | org | Hội Cựu chiến binh Việt Nam | Viet Nam Veterans' Association | VNA | 
vufo | org | Liên hiệp các tổ chức hữu nghị Việt Nam | Viet Nam Union of Friendship Organisations | VNA | The main body of people-to-people diplomacy.
    = VUFO
vcci | org | Liên đoàn Thương mại và Công nghiệp Việt Nam | Viet Nam Chamber of Commerce and Industry | en.vcci.com.vn | The Vietnamese name changed in 2025 (Phòng → Liên đoàn); VCCI's own English copy (2026) keeps "Chamber of Commerce and Industry". "Federation" is a literal rendering of the new Vietnamese name.
    + Viet Nam Federation of Commerce and Industry  ## literal rendering of the 2025 Vietnamese name
    = VCCI
    v+ Phòng Thương mại và Công nghiệp Việt Nam  ## Vietnamese name before 2025
# ---------------------------------------------------------------- the Government
government | org | Chính phủ | Government @case | chinhphu.vn/en | Matched with capital G only, so ordinary "government" in prose is not a hit.
    + Government of Viet Nam
    + Vietnamese Government
    v+ Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam
prime_minister | title | Thủ tướng Chính phủ | Prime Minister | seeds/004:4 | 
    v+ Thủ tướng
    = PM
deputy_prime_minister | title | Phó Thủ tướng Chính phủ | Deputy Prime Minister | VNA | Not "Vice Prime Minister".
    v+ Phó Thủ tướng
    + Deputy PM
    - Vice Prime Minister
permanent_deputy_prime_minister | title | Phó Thủ tướng Thường trực | Permanent Deputy Prime Minister | VNA | 
    + Standing Deputy Prime Minister
government_office | org | Văn phòng Chính phủ | Government Office | Resolution 176/2025/QH15 | Ministerial-level agency.
    + Office of the Government
    v= VPCP
minister_chairman_government_office | title | Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ | Minister, Chairman of the Government Office | VNA | Composed title.
    + Minister-Chairman of the Government Office
government_inspectorate | org | Thanh tra Chính phủ | Government Inspectorate | Resolution 176/2025/QH15 | Ministerial-level agency.
    + Government Inspectorate of Viet Nam
inspector_general | title | Tổng Thanh tra Chính phủ | Government Inspector General | VNA | 
state_bank | org | Ngân hàng Nhà nước Việt Nam | State Bank of Viet Nam | Resolution 176/2025/QH15 | Ministerial-level agency; the central bank.
    v+ Ngân hàng Nhà nước
    = SBV
sbv_governor | title | Thống đốc Ngân hàng Nhà nước Việt Nam | Governor of the State Bank of Viet Nam | VNA | 
    + State Bank Governor
    + SBV Governor
    v+ Thống đốc Ngân hàng Nhà nước
ministerial_agency | org | cơ quan ngang bộ | ministerial-level agency | Resolution 176/2025/QH15 | Three after March 2025: State Bank of Viet Nam, Government Inspectorate, Government Office.
    + ministry-level agency
government_agency | org | cơ quan thuộc Chính phủ | agency under the Government | VNA | e.g. Viet Nam News Agency, Voice of Viet Nam, Viet Nam Television.
    + Government agency
    + Government-affiliated agency
mond | org | Bộ Quốc phòng | Ministry of National Defence | Resolution 176/2025/QH15 | 
    + Defence Ministry
    + National Defence Ministry
mps | org | Bộ Công an | Ministry of Public Security | Resolution 176/2025/QH15 | 
    + Public Security Ministry
    = MPS
mofa | org | Bộ Ngoại giao | Ministry of Foreign Affairs | seeds/000:7 | "Foreign Ministry" is fine after a first full mention. Not "Foreign Affairs Ministry".
    v= BNG
    = MOFA
    + Foreign Ministry
    + Vietnamese Ministry of Foreign Affairs
moha | org | Bộ Nội vụ | Ministry of Home Affairs | Resolution 176/2025/QH15 | Since March 2025 also covers labour and social affairs (the Ministry of Labour, Invalids and Social Affairs was merged into it).
    = MOHA
    + Home Affairs Ministry
moj | org | Bộ Tư pháp | Ministry of Justice | Resolution 176/2025/QH15 | 
    = MOJ
    + Justice Ministry
mof | org | Bộ Tài chính | Ministry of Finance | Resolution 176/2025/QH15 | Since March 2025 also covers planning and investment (the Ministry of Planning and Investment was merged into it).
    = MOF
    + Finance Ministry
moit | org | Bộ Công Thương | Ministry of Industry and Trade | Resolution 176/2025/QH15 | 
    = MOIT
    + Industry and Trade Ministry
mae | org | Bộ Nông nghiệp và Môi trường | Ministry of Agriculture and Environment | Resolution 176/2025/QH15 | Formed March 2025 by merging the Ministry of Agriculture and Rural Development and the Ministry of Natural Resources and Environment.
    = MAE
moc | org | Bộ Xây dựng | Ministry of Construction | Resolution 176/2025/QH15 | Since March 2025 also covers transport (the Ministry of Transport was merged into it).
    = MOC
mcst | org | Bộ Văn hóa, Thể thao và Du lịch | Ministry of Culture, Sports and Tourism | Resolution 176/2025/QH15 | 
    = MCST
most | org | Bộ Khoa học và Công nghệ | Ministry of Science and Technology | Resolution 176/2025/QH15 | Since March 2025 also covers information and communications (the Ministry of Information and Communications was merged into it).
    = MOST
moet | org | Bộ Giáo dục và Đào tạo | Ministry of Education and Training | Resolution 176/2025/QH15 | 
    = MOET
moh | org | Bộ Y tế | Ministry of Health | Resolution 176/2025/QH15 | 
    = MOH
    + Health Ministry
mera | org | Bộ Dân tộc và Tôn giáo | Ministry of Ethnic and Religious Affairs | VNA | New in March 2025 (from the Committee for Ethnic Minority Affairs plus religious affairs). English usage varies at first; the ministry and VNA use this form.
    + Ministry of Ethnic Minorities and Religions
    + Ministry of Ethnic Minority and Religious Affairs
mpi_old | org | Bộ Kế hoạch và Đầu tư | Ministry of Planning and Investment | Resolution 176/2025/QH15 | DISSOLVED: merged into the Ministry of Finance on 1 March 2025. Use only for events before that date.
    = MPI
molisa_old | org | Bộ Lao động - Thương binh và Xã hội | Ministry of Labour, Invalids and Social Affairs | Resolution 176/2025/QH15 | DISSOLVED: merged into the Ministry of Home Affairs on 1 March 2025.
    = MOLISA
mot_old | org | Bộ Giao thông vận tải | Ministry of Transport | Resolution 176/2025/QH15 | DISSOLVED: merged into the Ministry of Construction on 1 March 2025.
    = MOT
monre_old | org | Bộ Tài nguyên và Môi trường | Ministry of Natural Resources and Environment | Resolution 176/2025/QH15 | DISSOLVED: merged into the Ministry of Agriculture and Environment on 1 March 2025.
    = MONRE
mard_old | org | Bộ Nông nghiệp và Phát triển nông thôn | Ministry of Agriculture and Rural Development | Resolution 176/2025/QH15 | DISSOLVED: merged into the Ministry of Agriculture and Environment on 1 March 2025.
    = MARD
mic_old | org | Bộ Thông tin và Truyền thông | Ministry of Information and Communications | Resolution 176/2025/QH15 | DISSOLVED: merged into the Ministry of Science and Technology on 1 March 2025.
    = MIC
cema_old | org | Ủy ban Dân tộc | Committee for Ethnic Minority Affairs | Resolution 176/2025/QH15 | DISSOLVED: became the Ministry of Ethnic and Religious Affairs on 1 March 2025.
    = CEMA
vna_agency | org | Thông tấn xã Việt Nam | Viet Nam News Agency | VNA | Agency under the Government; the national news agency.
    = VNA
    v= TTXVN
vov | org | Đài Tiếng nói Việt Nam | Voice of Viet Nam | VNA | Agency under the Government.
    = VOV
vtv | org | Đài Truyền hình Việt Nam | Viet Nam Television | VNA | Agency under the Government.
    = VTV
vast | org | Viện Hàn lâm Khoa học và Công nghệ Việt Nam | Viet Nam Academy of Science and Technology | VNA | 
    = VAST
vass | org | Viện Hàn lâm Khoa học xã hội Việt Nam | Viet Nam Academy of Social Sciences | VNA | 
    = VASS
vietnam_social_security | org | Bảo hiểm xã hội Việt Nam | Viet Nam Social Security | VNA | Under the Ministry of Finance since March 2025.
nhan_dan | org | Báo Nhân Dân | Nhan Dan Newspaper | seeds/003:3 | The Party's daily. "Nhân Dân" with diacritics in Vietnamese only.
    + Nhan Dan
government_portal | org | Cổng Thông tin điện tử Chính phủ | Government Portal | chinhphu.vn/en | Its news service signs "VGP".
    + Viet Nam Government Portal
    = VGP
# ---------------------------------------------------------------- ministers (composed titles)
minister | title | Bộ trưởng | Minister | VNA | Title stem: "Minister of X" (not "X Minister" in formal copy, though "Foreign Minister" is accepted).
deputy_minister | title | Thứ trưởng | Deputy Minister | seeds/000:18 | Title stem for Vietnamese deputy ministers ("Vice Minister" is right for some other countries' officials, e.g. China's).
permanent_deputy_minister | title | Thứ trưởng Thường trực | Permanent Deputy Minister | mofa.gov.vn | Title stem.
    + Standing Deputy Minister
assistant_minister | title | Trợ lý Bộ trưởng | Assistant Minister | mofa.gov.vn | Title stem; at MOFA a rank between Deputy Minister and Director General.
    + Assistant to the Minister
minister_foreign_affairs | title | Bộ trưởng Bộ Ngoại giao | Minister of Foreign Affairs | mofa.gov.vn | Composed title. "Foreign Minister" is common in the media and accepted.
    + Foreign Minister
    + Minister for Foreign Affairs
    v+ Bộ trưởng Ngoại giao
    v+ Ngoại trưởng  ## also used for other countries' foreign ministers
deputy_minister_foreign_affairs | title | Thứ trưởng Bộ Ngoại giao | Deputy Minister of Foreign Affairs | seeds/000:3 | Composed title. MOFA's own English uses "Deputy Minister of Foreign Affairs"; "Deputy Foreign Minister" is common at VNA and WVR and accepted; the abbreviation "Deputy FM" is not for published copy.
    + Deputy Foreign Minister  ## common in media copy (seeds 000, 002, 004)
    - Deputy FM  ## headline abbreviation; write the title out
    v+ Thứ trưởng Ngoại giao
permanent_deputy_minister_foreign_affairs | title | Thứ trưởng Thường trực Bộ Ngoại giao | Permanent Deputy Minister of Foreign Affairs | mofa.gov.vn | Composed title.
    + Permanent Deputy Foreign Minister
    + Standing Deputy Minister of Foreign Affairs  ## WVR usage
assistant_minister_foreign_affairs | title | Trợ lý Bộ trưởng Bộ Ngoại giao | Assistant Minister of Foreign Affairs | mofa.gov.vn | Composed title.
    + Assistant Foreign Minister
    + Assistant to the Minister of Foreign Affairs
minister_national_defence | title | Bộ trưởng Bộ Quốc phòng | Minister of National Defence | VNA | Composed title.
    + Defence Minister
minister_public_security | title | Bộ trưởng Bộ Công an | Minister of Public Security | VNA | Composed title.
    + Public Security Minister
minister_home_affairs | title | Bộ trưởng Bộ Nội vụ | Minister of Home Affairs | VNA | Composed title.
minister_justice | title | Bộ trưởng Bộ Tư pháp | Minister of Justice | VNA | Composed title.
    + Justice Minister
minister_finance | title | Bộ trưởng Bộ Tài chính | Minister of Finance | VNA | Composed title.
    + Finance Minister
minister_industry_trade | title | Bộ trưởng Bộ Công Thương | Minister of Industry and Trade | VNA | Composed title.
minister_agriculture_environment | title | Bộ trưởng Bộ Nông nghiệp và Môi trường | Minister of Agriculture and Environment | VNA | Composed title.
minister_construction | title | Bộ trưởng Bộ Xây dựng | Minister of Construction | VNA | Composed title.
minister_culture_sports_tourism | title | Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch | Minister of Culture, Sports and Tourism | VNA | Composed title.
minister_science_technology | title | Bộ trưởng Bộ Khoa học và Công nghệ | Minister of Science and Technology | VNA | Composed title.
minister_education_training | title | Bộ trưởng Bộ Giáo dục và Đào tạo | Minister of Education and Training | VNA | Composed title.
minister_health | title | Bộ trưởng Bộ Y tế | Minister of Health | VNA | Composed title.
    + Health Minister
minister_ethnic_religious_affairs | title | Bộ trưởng Bộ Dân tộc và Tôn giáo | Minister of Ethnic and Religious Affairs | VNA | Composed title.
deputy_minister_public_security | title | Thứ trưởng Bộ Công an | Deputy Minister of Public Security | VNA | Composed title.
deputy_minister_national_defence | title | Thứ trưởng Bộ Quốc phòng | Deputy Minister of National Defence | VNA | Composed title.
    + Deputy Defence Minister
deputy_minister_finance | title | Thứ trưởng Bộ Tài chính | Deputy Minister of Finance | VNA | Composed title.
deputy_minister_industry_trade | title | Thứ trưởng Bộ Công Thương | Deputy Minister of Industry and Trade | VNA | Composed title.
"""
