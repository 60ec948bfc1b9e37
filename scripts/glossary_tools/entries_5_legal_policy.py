"""Legal documents (types and the documents the seeds cite) and policy language."""

NUMBER_RULE = (
    "Number format: keep the document symbol exactly, write the Vietnamese letters without "
    "diacritics (NĐ-CP → ND-CP, QĐ-TTg → QD-TTg) and put 'No.' before the number when the "
    "Vietnamese has 'số'."
)

ENTRIES = f"""
# ---------------------------------------------------------------- document types
constitution | legal | Hiến pháp | Constitution @case | Constitution 2013 | The 2013 Constitution, amended in 2025.
law | legal | Luật @case | Law @case | Law on Promulgation of Legal Documents 2025 | Document type (National Assembly). Name form: "Law on Treaties", with its number: "Law No. 65/2025/QH15". {NUMBER_RULE}
    + Law No.
ordinance | legal | Pháp lệnh | Ordinance @case | Law on Promulgation of Legal Documents 2025 | Document type (NA Standing Committee).
resolution | legal | Nghị quyết | Resolution @case | seeds/000:11 | Document type. "Nghị quyết số 57-NQ/TW" → "Resolution No. 57-NQ/TW"; "Nghị quyết số 250/2025/QH15" → "Resolution No. 250/2025/QH15". Party resolutions end in /TW, NA resolutions in /QH15, Government resolutions in /NQ-CP. {NUMBER_RULE}
    + Resolution No.
decree | legal | Nghị định | Decree @case | seeds/002:6 | Document type (Government). "Nghị định số 58/2022/NĐ-CP" → "Decree No. 58/2022/ND-CP". {NUMBER_RULE}
    + Decree No.
circular | legal | Thông tư | Circular @case | seeds/002:11 | Document type (ministry). "Thông tư số 09/2025/TT-BNG" → "Circular No. 09/2025/TT-BNG" (BNG = Ministry of Foreign Affairs). {NUMBER_RULE}
    + Circular No.
decision | legal | Quyết định @case | Decision @case | Law on Promulgation of Legal Documents 2025 | Document type. "Quyết định số 1234/QĐ-TTg" → "Decision No. 1234/QD-TTg" (TTg = Prime Minister). {NUMBER_RULE}
    + Decision No.
directive | legal | Chỉ thị @case | Directive @case | VNA | Document type. "Chỉ thị số 12-CT/TW" → "Directive No. 12-CT/TW". {NUMBER_RULE}
    + Directive No.
conclusion | legal | Kết luận @case | Conclusion @case | VNA | Document type (Party). "Kết luận số 19-KL/TW" → "Conclusion No. 19-KL/TW". {NUMBER_RULE}
    + Conclusion No.
regulation | legal | Quy định @case | Regulation @case | VNA | Document type (Party). "Quy định số 144-QĐ/TW" → "Regulation No. 144-QD/TW". {NUMBER_RULE}
    + Regulation No.
official_dispatch | legal | Công văn @case | Official Dispatch | VNA | "Công văn số 13038-CV/VPTW" → "Official Dispatch No. 13038-CV/VPTW". {NUMBER_RULE}
    + official letter
    + Official Dispatch No.
joint_resolution | legal | Nghị quyết liên tịch | Joint Resolution | Law on Promulgation of Legal Documents 2025 | Document type.
joint_circular | legal | Thông tư liên tịch | Joint Circular | Law on Promulgation of Legal Documents 2025 | Document type.
plan_document | legal | Kế hoạch @case | Plan @case | VNA | Document type when numbered: "Kế hoạch số 81/KH-UBTVQH15" → "Plan No. 81/KH-UBTVQH15". {NUMBER_RULE}
    + Plan No.
legal_normative_document | legal | văn bản quy phạm pháp luật | legal normative document | Law on Promulgation of Legal Documents 2025 | 
    + legal document
    + legislative document
international_treaty | legal | điều ước quốc tế | international treaty | Law on Treaties 2016 | 
    + treaty
international_agreement | legal | thỏa thuận quốc tế | international agreement | seeds/003:18 | Agreements signed by localities and agencies that are not treaties (Law on International Agreements 2020).
agreement | legal | Hiệp định @case | Agreement @case | VNA | A treaty named "Agreement" (e.g. a free trade agreement).
mou | legal | Bản ghi nhớ | memorandum of understanding | VNA | 
    = MoU
    = MOU
joint_statement | legal | Tuyên bố chung | Joint Statement | VNA | 
diplomatic_note | legal | Công hàm | diplomatic note | VNA | 
    + note verbale
law_local_government | legal | Luật Tổ chức chính quyền địa phương | Law on Organisation of Local Government | Law on Organisation of Local Government 2025 | The 2025 law set up the two-tier model from 1 July 2025.
    + Law on Organisation of Local Administration
law_treaties | legal | Luật Điều ước quốc tế | Law on Treaties | VNA | 
law_international_agreements | legal | Luật Thỏa thuận quốc tế | Law on International Agreements | VNA | 
law_representative_missions | legal | Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài | Law on Representative Missions of the Socialist Republic of Viet Nam Abroad | VNA | 
    v+ Luật Cơ quan đại diện
law_promulgation_legal_documents | legal | Luật Ban hành văn bản quy phạm pháp luật | Law on Promulgation of Legal Documents | VNA | 
resolution_57 | legal | Nghị quyết số 57-NQ/TW | Resolution No. 57-NQ/TW | seeds/002:8 | Politburo resolution (22 December 2024) on breakthroughs in science, technology, innovation and national digital transformation. "Resolution 57" also refers to it in copy.
    + Resolution 57-NQ/TW
    + Resolution 57  ## short form; the full symbol is better in official copy
    v+ Nghị quyết 57-NQ/TW
    v+ Nghị quyết 57
resolution_59 | legal | Nghị quyết số 59-NQ/TW | Resolution No. 59-NQ/TW | seeds/002:8 | Politburo resolution (24 January 2025) on international integration in the new context.
    + Resolution 59-NQ/TW
    + Resolution 59  ## short form; the full symbol is better in official copy
    v+ Nghị quyết 59-NQ/TW
    v+ Nghị quyết 59
resolution_66 | legal | Nghị quyết số 66-NQ/TW | Resolution No. 66-NQ/TW | VNA | Politburo resolution (30 April 2025) on reforming law-making and enforcement.
    + Resolution 66-NQ/TW
    v+ Nghị quyết 66-NQ/TW
resolution_68 | legal | Nghị quyết số 68-NQ/TW | Resolution No. 68-NQ/TW | VNA | Politburo resolution (4 May 2025) on private economic development.
    + Resolution 68-NQ/TW
    v+ Nghị quyết 68-NQ/TW
resolution_18 | legal | Nghị quyết số 18-NQ/TW | Resolution No. 18-NQ/TW | VNA | Resolution of the 6th plenum of the 12th Party Central Committee (25 October 2017) on streamlining the political system; its review drove the 2025 restructuring.
    + Resolution 18-NQ/TW
    v+ Nghị quyết 18-NQ/TW
resolution_176_2025 | legal | Nghị quyết số 176/2025/QH15 | Resolution No. 176/2025/QH15 | VNA | NA resolution (18 February 2025) on the organisational structure of the Government: 14 ministries and 3 ministerial-level agencies from 1 March 2025.
    + Resolution 176/2025/QH15
    v+ Nghị quyết 176/2025/QH15
resolution_202_2025 | legal | Nghị quyết số 202/2025/QH15 | Resolution No. 202/2025/QH15 | Resolution 202/2025/QH15 | NA resolution (12 June 2025) on the reorganisation of provincial-level administrative units: 34 units from 1 July 2025.
    + Resolution 202/2025/QH15
    v+ Nghị quyết 202/2025/QH15
resolution_226_2025 | legal | Nghị quyết số 226/2025/QH15 | Resolution No. 226/2025/QH15 | seeds/001:20 | NA resolution (2025) piloting special mechanisms and policies for the development of Hai Phong, including a free trade zone.
    + Resolution 226/2025/QH15
    + National Assembly Resolution No. 226
    v+ Nghị quyết 226/2025/QH15
decree_58_2022 | legal | Nghị định số 58/2022/NĐ-CP | Decree No. 58/2022/ND-CP | seeds/002:6 | Government decree on the registration and management of activities of foreign non-governmental organisations in Viet Nam.
    + Decree 58/2022/ND-CP
    v+ Nghị định 58/2022/NĐ-CP
decree_28_2025 | legal | Nghị định số 28/2025/NĐ-CP | Decree No. 28/2025/ND-CP | Decree 28/2025/ND-CP | Government decree (24 February 2025) on the functions, tasks, powers and structure of the Ministry of Foreign Affairs.
    + Decree 28/2025/ND-CP
    v+ Nghị định 28/2025/NĐ-CP
circular_09_2025 | legal | Thông tư số 09/2025/TT-BNG | Circular No. 09/2025/TT-BNG | seeds/002:11 | MOFA circular (2025) guiding the functions and tasks of local foreign affairs agencies under the two-tier local government model.
    + Circular 09/2025/TT-BNG
    v+ Thông tư 09/2025/TT-BNG
# ---------------------------------------------------------------- foreign policy language
foreign_affairs | policy | đối ngoại | foreign affairs | seeds/000:1 | The activity (foreign affairs work). "External relations" is the usual alternative; seed 001 uses it throughout.
    + external relations
    + external affairs
    + foreign relations
foreign_affairs_work | policy | công tác đối ngoại | foreign affairs work | seeds/000:3 | 
    + external relations work
    + foreign relations work
local_foreign_affairs | policy | đối ngoại địa phương | local foreign affairs | seeds/000:1 | The foreign affairs of provinces and cities (all channels). Usage varies: local foreign relations, local external relations. "Local diplomacy" (ngoại giao địa phương) is a separate concept.
    + local foreign relations
    + local external relations
local_diplomacy | policy | ngoại giao địa phương | local diplomacy | seeds/003:40 | Diplomacy conducted by or with localities; near-synonym of local foreign affairs (đối ngoại địa phương), kept apart because the Vietnamese terms differ.
    + grassroots diplomacy  ## seeds/002:15
foreign_policy | policy | chính sách đối ngoại | foreign policy | seeds/002:11 | 
    + external policy
independent_foreign_policy | policy | đường lối đối ngoại độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát triển, đa dạng hóa, đa phương hóa | foreign policy of independence, self-reliance, peace, friendship, cooperation and development, multilateralisation and diversification | VNA | The Party's standard formula; shorter forms follow the same order.
    + foreign policy of independence, self-reliance, multilateralisation and diversification
    v+ đường lối đối ngoại độc lập, tự chủ
diplomacy | policy | ngoại giao | diplomacy | seeds/000:20 | 
party_diplomacy | policy | đối ngoại Đảng | Party diplomacy | seeds/000:36 | One of the three pillars of foreign affairs. Also "Party external relations".
    + Party external relations
    + Party foreign relations  ## seeds/004:14
state_diplomacy | policy | ngoại giao Nhà nước | State diplomacy | seeds/000:36 | One of the three pillars of foreign affairs.
people_to_people_diplomacy | policy | đối ngoại nhân dân | people-to-people diplomacy | seeds/000:36 | One of the three pillars of foreign affairs. Also "people's diplomacy".
    + people's diplomacy
    + people-to-people external relations
three_pillars | policy | ba trụ cột đối ngoại | three pillars of foreign affairs | seeds/000:36 | Party diplomacy, State diplomacy and people-to-people diplomacy.
    + three pillars
economic_diplomacy | policy | ngoại giao kinh tế | economic diplomacy | seeds/000:32 | 
cultural_diplomacy | policy | ngoại giao văn hóa | cultural diplomacy | seeds/000:34 | 
political_diplomacy | policy | ngoại giao chính trị | political diplomacy | seeds/003:18 | 
heritage_diplomacy | policy | ngoại giao di sản | heritage diplomacy | seeds/000:34 | 
technology_diplomacy | policy | ngoại giao công nghệ | technology diplomacy | seeds/003:56 | 
defence_diplomacy | policy | ngoại giao quốc phòng | defence diplomacy | VNA | 
parliamentary_diplomacy | policy | ngoại giao nghị viện | parliamentary diplomacy | VNA | 
multilateral_diplomacy | policy | ngoại giao đa phương | multilateral diplomacy | VNA | 
bamboo_diplomacy | policy | ngoại giao cây tre | bamboo diplomacy | VNA | "Vietnamese bamboo diplomacy": the school of diplomacy named by the Party in 2021.
    + Vietnamese bamboo diplomacy
comprehensive_modern_diplomacy | policy | nền ngoại giao toàn diện, hiện đại | comprehensive and modern diplomacy | seeds/002:2 | 
diplomacy_serving_development | policy | ngoại giao phục vụ phát triển | diplomacy serving development | seeds/000:20 | 
    + diplomacy for development
international_integration | policy | hội nhập quốc tế | international integration | seeds/000:11 | 
proactive_international_integration | policy | chủ động, tích cực hội nhập quốc tế | proactive and active international integration | VNA | 
    + proactive international integration
strategic_autonomy | policy | tự chủ chiến lược | strategic autonomy | seeds/000:26 | From the 14th Congress documents ("strategic autonomy, resilience, confidence...").
era_of_national_rise | policy | kỷ nguyên vươn mình của dân tộc | era of the nation's rise | VNA | The Party's term for the period from the 14th Congress (seed 000:26 has "the nation's era of rising"). English usage varies (VNA: era of the nation's rise; also era of national rise, era of rising); all admitted.
    + era of national rise
    + nation's era of rising  ## seeds/000:26
    + era of rising
    + era of national rising
    + era of the nation's rising
    v+ kỷ nguyên vươn mình
new_era | policy | kỷ nguyên mới | new era | seeds/000:24 | Often in longer phrases ("new era of development", "new era of the nation's rise").
comprehensive_strategic_partnership | policy | Đối tác Chiến lược Toàn diện | Comprehensive Strategic Partnership | VNA | Viet Nam's highest partnership level. Capitalise as the name of a framework.
strategic_partnership | policy | Đối tác Chiến lược | Strategic Partnership | seeds/004:7 | 
comprehensive_partnership | policy | Đối tác Toàn diện | Comprehensive Partnership | VNA | 
partnership_framework | policy | khuôn khổ quan hệ | relationship framework | seeds/003:18 | 
    + partnership framework
strategic_breakthroughs | policy | đột phá chiến lược | strategic breakthroughs | VNA | Three strategic breakthroughs: institutions, infrastructure, human resources.
overseas_vietnamese | policy | người Việt Nam ở nước ngoài | overseas Vietnamese | seeds/000:7 | 
    + Vietnamese abroad
    + overseas Vietnamese community
    + Vietnamese expatriates
    v+ kiều bào
    v= NVNONN
overseas_vietnamese_work | policy | công tác người Việt Nam ở nước ngoài | overseas Vietnamese work | seeds/000:51 | 
    + work related to overseas Vietnamese
citizen_protection | policy | bảo hộ công dân | citizen protection | seeds/003:38 | 
    + protection of citizens
consular_work | policy | công tác lãnh sự | consular work | seeds/003:38 | 
    + consular affairs
external_information | policy | thông tin đối ngoại | external information | seeds/000:51 | 
    + external information work
    + external communication
state_management_foreign_affairs | policy | quản lý nhà nước về đối ngoại | state management of foreign affairs | seeds/003:36 | 
foreign_ngos | org | tổ chức phi chính phủ nước ngoài | foreign non-governmental organisations | seeds/002:6 | 
    + foreign NGOs
    = NGOs
foreign_ngo_aid | policy | viện trợ phi chính phủ nước ngoài | foreign non-governmental aid | seeds/000:51 | 
oda | policy | hỗ trợ phát triển chính thức | official development assistance | seeds/000:49 | 
    = ODA
    v= ODA
fdi | policy | đầu tư trực tiếp nước ngoài | foreign direct investment | seeds/003:28 | 
    = FDI
    v= FDI
sister_city | policy | thành phố kết nghĩa | sister city | seeds/003:18 | "sister-city relationships"; also "twinning".
    + twin city
investment_promotion | policy | xúc tiến đầu tư | investment promotion | seeds/004:13 | 
trade_promotion | policy | xúc tiến thương mại | trade promotion | VNA | 
free_trade_agreement | policy | hiệp định thương mại tự do | free trade agreement | seeds/003:30 | 
    = FTA
new_generation_fta | policy | hiệp định thương mại tự do thế hệ mới | new-generation free trade agreements | seeds/003:30 | 
    + new-generation trade agreements  ## seeds/004:13
free_trade_zone | policy | khu thương mại tự do | free trade zone | seeds/001:20 | 
growth_pole | policy | cực tăng trưởng | growth pole | seeds/004:11 | 
development_space | policy | không gian phát triển | development space | seeds/000:11 | 
external_resources | policy | nguồn lực bên ngoài | external resources | seeds/002:5 | 
pioneering_role | policy | vai trò tiên phong | pioneering role | seeds/000:24 | "the pioneering role of foreign affairs" (seeds 000, 002, 003).
people_to_people_exchange | policy | giao lưu nhân dân | people-to-people exchanges | seeds/002:17 | 
soft_power | policy | sức mạnh mềm | soft power | seeds/000:34 | 
socio_economic_development | policy | phát triển kinh tế - xã hội | socio-economic development | seeds/000:13 | 
    + socioeconomic development
sustainable_development | policy | phát triển bền vững | sustainable development | seeds/000:13 | 
digital_transformation | policy | chuyển đổi số | digital transformation | seeds/000:32 | 
    + national digital transformation
green_transition | policy | chuyển đổi xanh | green transition | seeds/000:32 | Also "green transformation" (seed 003).
    + green transformation
innovation | policy | đổi mới sáng tạo | innovation | seeds/002:8 | 
science_technology_innovation | policy | khoa học, công nghệ, đổi mới sáng tạo | science, technology and innovation | VNA | Resolution 57-NQ/TW.
    + science, technology, innovation
high_technology | policy | công nghệ cao | high technology | seeds/000:32 | 
    + hi-tech
marine_economy | policy | kinh tế biển | marine economy | seeds/000:32 | 
    + sea-based economy
administrative_reform | policy | cải cách hành chính | public administration reform | VNA | 
    + administrative reform
streamlining_apparatus | policy | tinh gọn tổ chức bộ máy | streamlining of the organisational apparatus | seeds/003:16 | The 2024-2025 restructuring ("the revolution in streamlining the apparatus").
    + streamlining the apparatus
    + apparatus streamlining
    + organisational and administrative restructuring
    v+ sắp xếp, tinh gọn tổ chức bộ máy
decentralisation | policy | phân cấp, phân quyền | decentralisation | VNA | Literally "decentralisation and delegation of power".
    + decentralisation and delegation of power
industrialisation_modernisation | policy | công nghiệp hóa, hiện đại hóa | industrialisation and modernisation | seeds/002:15 | 
great_national_unity | policy | khối đại đoàn kết toàn dân tộc | great national unity bloc | VNA | 
    + great national unity
socialist_oriented_market_economy | policy | kinh tế thị trường định hướng xã hội chủ nghĩa | socialist-oriented market economy | VNA | 
socialist_rule_of_law_state | policy | Nhà nước pháp quyền xã hội chủ nghĩa | socialist rule-of-law state | VNA | 
political_system | policy | hệ thống chính trị | political system | seeds/003:10 | 
national_interests | policy | lợi ích quốc gia - dân tộc | national interests | seeds/003:38 | 
    + national and ethnic interests
independence_sovereignty | policy | độc lập, chủ quyền, thống nhất và toàn vẹn lãnh thổ | independence, sovereignty, unity and territorial integrity | VNA | 
    + independence, sovereignty and territorial integrity
border_territory_work | policy | công tác biên giới lãnh thổ | border and territorial work | seeds/003:36 | 
    + border and territorial affairs
multilateralisation_diversification | policy | đa phương hóa, đa dạng hóa quan hệ đối ngoại | multilateralisation and diversification of external relations | VNA | 
    + multilateralisation and diversification
reliable_partner | policy | bạn, đối tác tin cậy và thành viên tích cực, có trách nhiệm của cộng đồng quốc tế | friend, reliable partner and active and responsible member of the international community | VNA | Standard formula for Viet Nam's international posture.
four_nos | policy | chính sách quốc phòng "bốn không" | "four nos" defence policy | VNA | No military alliances; no siding with one country against another; no foreign military bases; no using force or threatening to use force.
    + four-no defence policy
high_quality_human_resources | policy | nguồn nhân lực chất lượng cao | high-quality human resources | seeds/003:54 | 
world_heritage | policy | Di sản thế giới | World Heritage | seeds/000:34 | UNESCO designation: World Cultural Heritage, World Natural Heritage, mixed heritage.
    + World Heritage Site
world_natural_heritage | policy | Di sản thiên nhiên thế giới | World Natural Heritage | seeds/000:34 | 
intangible_cultural_heritage | policy | di sản văn hóa phi vật thể | intangible cultural heritage | seeds/000:34 | 
    + intangible heritage
world_cultural_figure | policy | Danh nhân văn hóa thế giới | World Cultural Figure | seeds/000:51 | UNESCO-endorsed anniversary of a historical figure.
    + Great Figure of Culture
certificate_of_merit | title | Bằng khen | Certificate of Merit | seeds/000:55 | Award: "Certificate of Merit of the Prime Minister" / "of the Minister of Foreign Affairs".
    - Certificate of Merits  ## wrong plural
labour_order | title | Huân chương Lao động | Labour Order | VNA | State award; name the class ("First-class Labour Order").
friendship_order | title | Huân chương Hữu nghị | Friendship Order | VNA | State award for foreigners.
insignia_diplomacy | title | Kỷ niệm chương Vì sự nghiệp Ngoại giao | Insignia "For the Cause of Diplomacy" | VNA | MOFA award.
    + Insignia for the Cause of Diplomacy
"""
