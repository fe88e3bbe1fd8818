"""Content of the generated documents: fictional countries, organisations,
commitments, milestones, dates and report entries, with the gold values that
docs/export-json.md prescribes for each printed form.

Everything is drawn from a random.Random the caller seeds, so a seed gives
the same documents on every run. No I/O here.
"""
import calendar
import datetime

COUNTRIES = [
    # (printed name, short name for the gold, two-letter code for "Commitment ID")
    ("Republic of Veloria", "Veloria", "VL"),
    ("Kingdom of Estmark", "Estmark", "EM"),
    ("Ardania", "Ardania", "AD"),
    ("Federal Republic of Norvana", "Norvana", "NV"),
    ("Republic of Kestoria", "Kestoria", "KS"),
]

ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh"]

# Government bodies start with a word that says so, civil-society bodies carry
# NGO / Coalition / Association / Foundation / Network / Forum / Centre, so a
# flat list's sectors follow from the names (stakeholder_sector_guessed).
GOVERNMENT = [
    "Ministry of Finance", "Ministry of Justice", "Ministry of Digital Affairs",
    "Ministry of Environment and Climate", "Ministry of Health", "Ministry of Education and Science",
    "Ministry of Interior", "Ministry of Labour and Social Protection", "National Statistics Office",
    "Public Procurement Agency", "Office of the Prime Minister", "Anti-Corruption Commission",
    "Supreme Audit Office", "Data Protection Authority", "Agency for Public Services",
    "Ministry of Energy and Mining", "Office of the Ombudsman", "National Land Agency",
]
CIVIL_SOCIETY = [
    "{c} Transparency Forum NGO", "Open Budget Coalition", "Citizens' Voice Association",
    "Centre for Public Integrity", "Women in Governance Network", "Youth for Accountability NGO",
    "Free Press Foundation", "{c} Open Data Network", "Rural Development Association",
    "Environmental Justice Centre", "Disability Rights Coalition", "Independent Media Forum",
]
OTHER = [
    "National University of {c}", "Chamber of Commerce and Industry", "United Nations Development Programme",
    "World Bank Country Office", "Union of Local Governments", "{c} Bar Council",
    "Private sector representatives", "Development partners",
]

THEMES = [
    ("open contracting", "public procurement contracts", "contract data"),
    ("beneficial ownership", "the owners of companies bidding for public contracts", "ownership records"),
    ("access to information", "requests for public information", "information requests"),
    ("participatory budgeting", "the local budget process", "budget proposals"),
    ("open data", "government datasets", "open datasets"),
    ("public service delivery", "services to citizens in rural districts", "service feedback"),
    ("civic space", "the registration of civil society organisations", "registration decisions"),
    ("climate transparency", "public spending on climate adaptation", "climate finance data"),
    ("justice", "court decisions of first instance", "court decisions"),
    ("lobbying transparency", "meetings between officials and interest groups", "meeting records"),
    ("extractive industries", "revenues from mining licences", "licence payments"),
    ("health procurement", "the purchase of medicines by public hospitals", "medicine prices"),
]

TITLE_FORMS = [
    "Strengthening {t} in {c}",
    "Improving transparency of {o}",
    "Opening {d} to citizens",
    "Citizen oversight of {o}",
    "Advancing {t} through a shared public register",
]

VERBS = ["Draft and adopt", "Publish", "Develop", "Launch", "Train", "Review", "Establish", "Pilot", "Evaluate"]
OBJECTS = [
    "a regulation requiring the publication of {d} within 30 days",
    "an online portal where {d} can be searched and downloaded",
    "quarterly reports on {o} in a machine-readable format",
    "civil servants of 12 agencies on publishing {d}",
    "the legal framework governing {o} with civil society",
    "a joint monitoring group of government and civil society on {t}",
    "a feedback mechanism for citizens on {o} in three districts",
    "the results of the first year of implementation and publish the findings",
    "a common data standard for {d}",
    "guidelines on consultation with citizens about {o}",
]
OUTPUTS = [
    "Regulation adopted and published in the official gazette.",
    "Portal available online with data from at least 10 agencies.",
    "Four quarterly reports published.",
    "At least 300 civil servants trained.",
    "Assessment report with recommendations made public.",
    "Monitoring group meets at least twice a year.",
    "Data standard approved and applied by all ministries.",
    "Feedback received from at least 2,000 citizens.",
    "Guidelines approved by the Cabinet.",
    "Public hearing held with civil society organisations.",
]

PROBLEM = [
    "Citizens and journalists cannot easily find information on {o}, and what is published is incomplete and late.",
    "There is no single place where {d} is published, and agencies use different formats.",
    "Civil society has few opportunities to take part in decisions on {o}.",
]
CAUSES = [
    "The law does not set deadlines or formats for publishing {d}. Agencies lack trained staff and common tools.",
    "Responsibilities are split between several agencies, and no body checks whether {d} is complete.",
]
DONE = [
    "A draft regulation on {t} was discussed in {y}, but it was not adopted. Two agencies publish some {d} on their websites.",
    "A pilot on {t} was run in two districts in {y} with the support of development partners.",
]
SOLUTION = [
    "Set clear obligations to publish {d}, build one portal for it and involve civil society in monitoring its quality.",
    "Adopt a common standard for {d}, train the agencies concerned and report on progress every quarter.",
]
RESULTS = [
    "Complete and timely {d} will be available to everyone, and public oversight of {o} will increase.",
    "Citizens will be able to follow {o} and report problems, and agencies will respond within set deadlines.",
]
DESCRIPTION = [
    "The commitment makes {d} public in one place and opens {o} to the scrutiny of citizens and civil society.",
    "The commitment sets rules, tools and a monitoring group so that {o} becomes transparent and accountable.",
]

RESULTS_TEXT = [
    "The working group met {n} times during the period and agreed on a draft of {x}. Comments from {m} civil society organisations were included and the draft was sent to the Cabinet.",
    "{n} agencies published {x} on the portal by the end of the period; {m} more agencies are preparing their data and will publish it next quarter.",
    "Work has not started because the budget for {x} was not approved. The agency will request funding again in the next budget cycle.",
    "The activity was completed: {x} was published on {day} and announced at a public event attended by {m} participants.",
    "A consultant was hired to prepare {x}. The first version was discussed with {m} organisations and will be finalised in the next period.",
]

STATUS_WORDS = {
    "not_started": "Not started",
    "limited": "Limited",
    "substantial": "Substantial",
    "complete": "Complete",
}
MONTHS = list(calendar.month_name)[1:]
MONTHS_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]

# --- Mongolian (language=mn). Fictional countries in Cyrillic, spelled as a
# Mongolian text names a foreign state ("Велори Улс"; genitive "Велори
# Улсын", locative "Велори Улсад"); the Latin host name is for the URLs.
COUNTRIES_MN = [
    # (printed name, short name for the gold, code, host of the URLs)
    ("Бүгд Найрамдах Велори Улс", "Велори Улс", "VL", "veloria"),
    ("Эстмаркийн Вант Улс", "Эстмарк Улс", "EM", "estmark"),
    ("Ардани Улс", "Ардани Улс", "AD", "ardania"),
    ("Норвана Холбооны Бүгд Найрамдах Улс", "Норвана Улс", "NV", "norvana"),
    ("Бүгд Найрамдах Кестори Улс", "Кестори Улс", "KS", "kestoria"),
]
ORDINALS_MN = ["нэгдүгээр", "хоёрдугаар", "гуравдугаар", "дөрөвдүгээр", "тавдугаар", "зургаадугаар",
               "долоодугаар"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]

# Government bodies end in яам / газар / хороо / комисс / агентлаг / Тамгын газар.
GOVERNMENT_MN = [
    "Сангийн яам", "Хууль зүй, дотоод хэргийн яам", "Цахим хөгжил, харилцаа холбооны яам",
    "Байгаль орчин, уур амьсгалын өөрчлөлтийн яам", "Эрүүл мэндийн яам", "Боловсрол, шинжлэх ухааны яам",
    "Хөдөлмөр, нийгмийн хамгааллын яам", "Үндэсний статистикийн хороо",
    "Төрийн худалдан авах ажиллагааны газар", "Засгийн газрын Хэрэг эрхлэх газар", "Авлигатай тэмцэх газар",
    "Үндэсний аудитын газар", "Төрийн үйлчилгээний агентлаг", "Эрчим хүч, уул уурхайн яам",
    "Хүний эрхийн үндэсний комисс", "Газар зохион байгуулалтын газар",
]

# Each theme's noun phrases in the cases the sentences need: t (the topic),
# o (what is made open), d (the data); _gen genitive, _acc accusative.
THEMES_MN = [
    {"t": "нээлттэй гэрээ", "t_gen": "нээлттэй гэрээний", "t_acc": "нээлттэй гэрээг",
     "o_gen": "төрийн худалдан авах ажиллагааны", "o_acc": "төрийн худалдан авах ажиллагааг",
     "d": "гэрээний мэдээлэл", "d_gen": "гэрээний мэдээллийн", "d_acc": "гэрээний мэдээллийг"},
    {"t": "эцсийн өмчлөгчийн ил тод байдал", "t_gen": "эцсийн өмчлөгчийн ил тод байдлын",
     "t_acc": "эцсийн өмчлөгчийн ил тод байдлыг",
     "o_gen": "компаниудын эцсийн өмчлөлийн", "o_acc": "компаниудын эцсийн өмчлөлийг",
     "d": "эцсийн өмчлөгчийн бүртгэл", "d_gen": "эцсийн өмчлөгчийн бүртгэлийн",
     "d_acc": "эцсийн өмчлөгчийн бүртгэлийг"},
    {"t": "мэдээлэл авах эрх", "t_gen": "мэдээлэл авах эрхийн", "t_acc": "мэдээлэл авах эрхийг",
     "o_gen": "мэдээллийн хүсэлтийн шийдвэрлэлтийн", "o_acc": "мэдээллийн хүсэлтийн шийдвэрлэлтийг",
     "d": "мэдээллийн хүсэлтийн бүртгэл", "d_gen": "мэдээллийн хүсэлтийн бүртгэлийн",
     "d_acc": "мэдээллийн хүсэлтийн бүртгэлийг"},
    {"t": "оролцооны төсөв", "t_gen": "оролцооны төсвийн", "t_acc": "оролцооны төсвийг",
     "o_gen": "орон нутгийн төсвийн үйл явцын", "o_acc": "орон нутгийн төсвийн үйл явцыг",
     "d": "төсвийн санал", "d_gen": "төсвийн саналын", "d_acc": "төсвийн саналыг"},
    {"t": "нээлттэй өгөгдөл", "t_gen": "нээлттэй өгөгдлийн", "t_acc": "нээлттэй өгөгдлийг",
     "o_gen": "төрийн байгууллагуудын өгөгдлийн", "o_acc": "төрийн байгууллагуудын өгөгдлийг",
     "d": "нээлттэй өгөгдлийн багц", "d_gen": "нээлттэй өгөгдлийн багцын", "d_acc": "нээлттэй өгөгдлийн багцыг"},
    {"t": "төрийн үйлчилгээ", "t_gen": "төрийн үйлчилгээний", "t_acc": "төрийн үйлчилгээг",
     "o_gen": "алслагдсан сумдын иргэдэд үзүүлэх үйлчилгээний",
     "o_acc": "алслагдсан сумдын иргэдэд үзүүлэх үйлчилгээг",
     "d": "үйлчилгээний талаарх санал хүсэлт", "d_gen": "үйлчилгээний талаарх санал хүсэлтийн",
     "d_acc": "үйлчилгээний талаарх санал хүсэлтийг"},
    {"t": "иргэний орон зай", "t_gen": "иргэний орон зайн", "t_acc": "иргэний орон зайг",
     "o_gen": "төрийн бус байгууллагын бүртгэлийн", "o_acc": "төрийн бус байгууллагын бүртгэлийг",
     "d": "бүртгэлийн шийдвэр", "d_gen": "бүртгэлийн шийдвэрийн", "d_acc": "бүртгэлийн шийдвэрийг"},
    {"t": "уур амьсгалын санхүүжилтийн ил тод байдал", "t_gen": "уур амьсгалын санхүүжилтийн ил тод байдлын",
     "t_acc": "уур амьсгалын санхүүжилтийн ил тод байдлыг",
     "o_gen": "уур амьсгалын өөрчлөлтөд дасан зохицох зардлын",
     "o_acc": "уур амьсгалын өөрчлөлтөд дасан зохицох зардлыг",
     "d": "уур амьсгалын санхүүжилтийн мэдээлэл", "d_gen": "уур амьсгалын санхүүжилтийн мэдээллийн",
     "d_acc": "уур амьсгалын санхүүжилтийн мэдээллийг"},
    {"t": "шүүхийн ил тод байдал", "t_gen": "шүүхийн ил тод байдлын", "t_acc": "шүүхийн ил тод байдлыг",
     "o_gen": "анхан шатны шүүхийн шийдвэрийн", "o_acc": "анхан шатны шүүхийн шийдвэрийг",
     "d": "шүүхийн шийдвэр", "d_gen": "шүүхийн шийдвэрийн", "d_acc": "шүүхийн шийдвэрийг"},
    {"t": "лоббийн ил тод байдал", "t_gen": "лоббийн ил тод байдлын", "t_acc": "лоббийн ил тод байдлыг",
     "o_gen": "албан тушаалтан, ашиг сонирхлын бүлгийн уулзалтын",
     "o_acc": "албан тушаалтан, ашиг сонирхлын бүлгийн уулзалтыг",
     "d": "уулзалтын бүртгэл", "d_gen": "уулзалтын бүртгэлийн", "d_acc": "уулзалтын бүртгэлийг"},
    {"t": "олборлох үйлдвэрийн ил тод байдал", "t_gen": "олборлох үйлдвэрийн ил тод байдлын",
     "t_acc": "олборлох үйлдвэрийн ил тод байдлыг",
     "o_gen": "ашигт малтмалын тусгай зөвшөөрлийн орлогын", "o_acc": "ашигт малтмалын тусгай зөвшөөрлийн орлогыг",
     "d": "тусгай зөвшөөрлийн төлбөрийн мэдээлэл", "d_gen": "тусгай зөвшөөрлийн төлбөрийн мэдээллийн",
     "d_acc": "тусгай зөвшөөрлийн төлбөрийн мэдээллийг"},
    {"t": "эмийн худалдан авалтын ил тод байдал", "t_gen": "эмийн худалдан авалтын ил тод байдлын",
     "t_acc": "эмийн худалдан авалтын ил тод байдлыг",
     "o_gen": "улсын эмнэлгүүдийн эмийн худалдан авалтын", "o_acc": "улсын эмнэлгүүдийн эмийн худалдан авалтыг",
     "d": "эмийн үнийн мэдээлэл", "d_gen": "эмийн үнийн мэдээллийн", "d_acc": "эмийн үнийн мэдээллийг"},
]
TITLE_FORMS_MN = [
    "{o_gen} ил тод байдлыг нэмэгдүүлэх",
    "{d_acc} иргэдэд нээлттэй болгох",
    "иргэд {o_acc} хянах боломжийг бүрдүүлэх",
    "{c_loc} {t_acc} бэхжүүлэх",
    "нэгдсэн бүртгэлээр дамжуулан {t_acc} хөгжүүлэх",
]
CIVIL_SOCIETY_MN = [
    "{c_gen} ил тод байдлын форум ТББ", "Нээлттэй төсөв эвсэл", "Иргэний дуу хоолой холбоо",
    "Төрийн шударга байдлын төв", "Засаглал дахь эмэгтэйчүүдийн сүлжээ", "Хариуцлагын төлөө залуучууд ТББ",
    "Чөлөөт хэвлэлийн сан", "{c_gen} нээлттэй өгөгдлийн сүлжээ", "Хөдөөгийн хөгжлийн холбоо",
    "Байгаль орчны шударга ёсны төв", "Хөгжлийн бэрхшээлтэй иргэдийн эрхийн эвсэл",
    "Хараат бус хэвлэл мэдээллийн форум",
]
OTHER_MN = [
    "{c_gen} Үндэсний их сургууль", "Худалдаа, аж үйлдвэрийн танхим", "НҮБ-ын Хөгжлийн хөтөлбөр",
    "Дэлхийн банкны суурин төлөөлөгчийн газар", "Орон нутгийн засаг захиргааны холбоо", "{c_gen} Хуульчдын холбоо",
    "Хувийн хэвшлийн төлөөлөл", "Хөгжлийн түншүүд",
]
OUTPUTS_MN = [
    "Журам батлагдаж, албан ёсны хэвлэлд нийтлэгдэнэ.",
    "Дор хаяж 10 байгууллагын мэдээлэл бүхий портал ажиллана.",
    "Улирлын дөрвөн тайлан нийтлэгдэнэ.",
    "Дор хаяж 300 төрийн албан хаагч сургалтад хамрагдана.",
    "Зөвлөмж бүхий үнэлгээний тайлан олон нийтэд нээлттэй болно.",
    "Хяналтын бүлэг жилд дор хаяж хоёр удаа хуралдана.",
    "Өгөгдлийн стандарт батлагдаж, бүх яам мөрдөнө.",
    "Дор хаяж 2000 иргэнээс санал авна.",
    "Удирдамжийг Засгийн газар батална.",
    "Төрийн бус байгууллагуудтай олон нийтийн сонсгол зохион байгуулна.",
]
PROBLEM_MN = [
    "Иргэд, сэтгүүлчид {o_gen} талаарх мэдээллийг олоход хэцүү бөгөөд нийтлэгдсэн мэдээлэл нь дутуу, хоцорсон байдаг.",
    "{d_acc} нэг дор нийтэлдэг газар байхгүй, байгууллагууд өөр өөр хэлбэр ашигладаг.",
    "{o_gen} талаарх шийдвэр гаргахад иргэний нийгэм оролцох боломж хомс байна.",
]
CAUSES_MN = [
    "Хуульд {d_acc} нийтлэх хугацаа, хэлбэрийг тогтоогоогүй. Байгууллагуудад сургагдсан ажилтан, нийтлэг хэрэгсэл дутмаг.",
    "Үүрэг хариуцлага хэд хэдэн байгууллагад хуваагдсан бөгөөд {d} бүрэн эсэхийг хянадаг байгууллага байхгүй.",
]
DONE_MN = [
    "{t_gen} тухай журмын төслийг {y} онд хэлэлцсэн боловч батлаагүй. Хоёр байгууллага {d_acc} цахим хуудсандаа хэсэгчлэн нийтэлдэг.",
    "Хөгжлийн түншүүдийн дэмжлэгтэйгээр {y} онд хоёр дүүрэгт {t_gen} туршилт хэрэгжүүлсэн.",
]
SOLUTION_MN = [
    "{d_acc} нийтлэх үүргийг тодорхой болгож, нэгдсэн портал бий болгон, чанарын хяналтад иргэний нийгмийг оролцуулна.",
    "{d_gen} нийтлэг стандарт баталж, холбогдох байгууллагуудыг сургаж, явцыг улирал бүр тайлагнана.",
]
RESULTS_MN = [
    "Бүрэн, цаг хугацаандаа нийтлэгдсэн {d} хүн бүрд нээлттэй болж, {o_gen} олон нийтийн хяналт нэмэгдэнэ.",
    "Иргэд {o_acc} хянаж, асуудлыг мэдээлэх боломжтой болж, байгууллагууд тогтоосон хугацаанд хариу өгнө.",
]
DESCRIPTION_MN = [
    "Амлалт нь {d_acc} нэг дор нийтэлж, {o_acc} иргэд, иргэний нийгмийн хяналтад нээлттэй болгоно.",
    "Амлалт нь {o_acc} ил тод, хариуцлагатай болгох дүрэм, хэрэгсэл, хяналтын бүлгийг бий болгоно.",
]
# Milestones: the verb comes last, as in the Mongolian plan ("… өргөн мэдүүлэх.").
MILESTONES_MN = [
    "{d_acc} 30 хоногийн дотор нийтлэх журам батлах",
    "{d_acc} хайж, татаж авах боломжтой цахим портал нээх",
    "{o_gen} улирлын тайланг машинд уншигдах хэлбэрээр нийтлэх",
    "12 байгууллагын төрийн албан хаагчдад {d_acc} нийтлэх сургалт зохион байгуулах",
    "{o_acc} зохицуулах эрх зүйн орчныг иргэний нийгэмтэй хамтран хянан үзэх",
    "{t_gen} асуудлаар төр, иргэний нийгмийн хамтарсан хяналтын бүлэг байгуулах",
    "гурван дүүрэгт {o_gen} талаар иргэдээс санал авах механизмыг туршин нэвтрүүлэх",
    "хэрэгжилтийн эхний жилийн үр дүнг үнэлж, дүгнэлтийг нийтлэх",
    "{d_gen} нэгдсэн стандарт боловсруулж батлах",
    "{o_gen} талаар иргэдтэй зөвлөлдөх удирдамж батлах",
]
RESULTS_TEXT_MN = [
    "Ажлын хэсэг тайлант хугацаанд {n} удаа хуралдаж, {d_gen} журмын төслийг хэлэлцэн тохиролцсон. {m} төрийн бус байгууллагын саналыг тусгаж, төслийг Засгийн газарт хүргүүлсэн.",
    "Тайлант хугацааны эцэст {n} байгууллага {d_acc} порталд байршуулсан; өөр {m} байгууллага мэдээллээ бэлтгэж байгаа бөгөөд дараагийн улиралд байршуулна.",
    "Төсөв батлагдаагүй тул ажил эхлээгүй. Дараагийн төсвийн төлөвлөлтөөр санхүүжилтийг дахин хүсэх болно.",
    "Үйл ажиллагаа бүрэн хэрэгжиж, {d} {day}-нд нийтлэгдсэн бөгөөд {m} оролцогчтой олон нийтийн арга хэмжээгээр танилцуулсан.",
    "{d_gen} төслийг боловсруулах зөвлөхийг сонгон шалгаруулсан. Эхний хувилбарыг {m} байгууллагатай хэлэлцсэн бөгөөд дараагийн тайлант хугацаанд эцэслэн боловсруулна.",
]
# Evidence that is not a URL, as Mongolian agencies list it.
EVIDENCE_MN = [
    "Сайдын {y} оны А/{n} {suf} тушаал",
    "Засгийн газрын {y} оны {n} {suf} тогтоол",
    "Ажлын хэсгийн хурлын тэмдэглэл",
    "Хэлэлцүүлгийн тайлан, гэрэл зураг",
]
# Status wordings of the reports: the legend of the Mongolian sample
# (Эхлээгүй … Бүрэн) and the longer one several agencies print.
STATUS_WORDS_MN = [
    {"not_started": "Эхлээгүй", "limited": "Хязгаарлагдмал", "substantial": "Ихээхэн", "complete": "Бүрэн"},
    {"not_started": "Хэрэгжээгүй", "limited": "Хязгаарлагдмал", "substantial": "Ихээхэн",
     "complete": "Бүрэн хэрэгжсэн"},
]


# The pools make_plan draws from, per language.
POOLS = {
    "en": {"countries": COUNTRIES, "government": GOVERNMENT, "civil_society": CIVIL_SOCIETY, "other": OTHER,
           "themes": THEMES, "title_forms": TITLE_FORMS, "outputs": OUTPUTS, "problem": PROBLEM, "causes": CAUSES,
           "done": DONE, "solution": SOLUTION, "results": RESULTS, "description": DESCRIPTION},
    "mn": {"countries": COUNTRIES_MN, "government": GOVERNMENT_MN, "civil_society": CIVIL_SOCIETY_MN,
           "other": OTHER_MN, "themes": THEMES_MN, "title_forms": TITLE_FORMS_MN, "outputs": OUTPUTS_MN,
           "problem": PROBLEM_MN, "causes": CAUSES_MN, "done": DONE_MN, "solution": SOLUTION_MN,
           "results": RESULTS_MN, "description": DESCRIPTION_MN},
}

def mn_number_suffix(n):
    """The ordinal suffix after a numeral: "1 дүгээр", "2 дугаар", "40 дүгээр"
    (vowel harmony of the last numeral word: нэг, дөрөв, ес, дөч, ер are front)."""
    if n % 10:
        return "дүгээр" if n % 10 in (1, 4, 9) else "дугаар"
    if n % 100:
        return "дүгээр" if n % 100 in (40, 90) else "дугаар"
    return "дугаар"


def mn_date(year, month, day, pad_month=False):
    """"2025 оны 01 дүгээр сарын 12" (pad_month) or "2025 оны 3 дугаар сарын 14"."""
    printed = f"{month:02d}" if pad_month else str(month)
    return f"{year} оны {printed} {mn_number_suffix(month)} сарын {day}"


def fill(template, country, theme, year=2023):
    if isinstance(theme, dict):  # Mongolian: the case forms are spelled out
        assert country.endswith("Улс"), country
        return template.format(c=country, c_gen=country + "ын", c_loc=country + "ад", y=year, **theme)
    t, o, d = theme
    return template.format(c=country, t=t, o=o, d=d, y=year)


def capital(text):
    return text[0].upper() + text[1:]


def last_day(year, month):
    return datetime.date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def first_day(year, month):
    return datetime.date(year, month, 1).isoformat()


DATE_FORMS = ["classic", "year", "years", "month", "month_abbr", "quarter", "quarter_words", "half",
              "day_first", "iso", "month_range", "ongoing"]


# The date forms a Mongolian plan prints (language=mn): the years as in
# English, "2025 оны 6 дугаар сар", "2025 оны IV улирал", "2025 оны I хагас жил".
DATE_FORMS_MN = ["classic", "year", "years", "month", "quarter", "half", "iso"]


def make_due(rng, form, start_year, end_year, lang="en"):
    """A completion date printed in `form`, within [start_year, end_year]:
    the gold `due` object (raw, start, end, start_date, end_date)."""
    y = rng.randint(start_year, end_year)
    if lang == "mn" and form in ("month", "quarter", "half"):
        if form == "month":
            m = rng.randint(1, 12)
            return due(f"{y} оны {m} {mn_number_suffix(m)} сар", y, y, first_day(y, m), last_day(y, m))
        if form == "quarter":
            q = rng.randint(1, 4)
            return due(f"{y} оны {ROMAN[q - 1]} улирал", y, y, first_day(y, 3 * q - 2), last_day(y, 3 * q))
        h = rng.randint(1, 2)
        return due(f"{y} оны {ROMAN[h - 1]} хагас жил", y, y, first_day(y, 6 * h - 5), last_day(y, 6 * h))
    if form == "classic":  # the forms of the Mongolian plan: "2025", "2024-2025"
        form = rng.choice(["year", "years"])
    if form == "year":
        return due(str(y), y, y, first_day(y, 1), last_day(y, 12))
    if form == "years":
        y0 = rng.randint(start_year, max(start_year, y - 1))
        if y0 == y:
            y = y0 + 1
        return due(f"{y0}-{y}", y0, y, first_day(y0, 1), last_day(y, 12))
    if form in ("month", "month_abbr"):
        m = rng.randint(1, 12)
        name = MONTHS[m - 1] if form == "month" else MONTHS_ABBR[m - 1]
        return due(f"{name} {y}", y, y, first_day(y, m), last_day(y, m))
    if form in ("quarter", "quarter_words"):
        q = rng.randint(1, 4)
        raw = f"Q{q} {y}" if form == "quarter" else f"{['1st', '2nd', '3rd', '4th'][q - 1]} quarter {y}"
        return due(raw, y, y, first_day(y, 3 * q - 2), last_day(y, 3 * q))
    if form == "half":
        h = rng.randint(1, 2)
        return due(f"H{h} {y}", y, y, first_day(y, 6 * h - 5), last_day(y, 6 * h))
    if form in ("day_first", "iso"):
        m = rng.choice([3, 6, 9, 12])
        d = calendar.monthrange(y, m)[1]
        raw = f"{d:02d}.{m:02d}.{y}" if form == "day_first" else f"{y}-{m:02d}-{d:02d}"
        iso = datetime.date(y, m, d).isoformat()
        return due(raw, y, y, iso, iso)
    if form == "month_range":
        y0 = rng.randint(start_year, max(start_year, end_year - 1))
        y1 = rng.randint(y0 + 1, max(y0 + 1, end_year))
        m0, m1 = rng.randint(1, 12), rng.randint(1, 12)
        raw = f"{MONTHS[m0 - 1]} {y0} – {MONTHS[m1 - 1]} {y1}"
        return due(raw, y0, y1, first_day(y0, m0), last_day(y1, m1))
    if form == "ongoing":
        return due(rng.choice(["ongoing", "Ongoing"]), None, None, None, None)
    raise ValueError(f"unknown date form {form}")


def due(raw, start, end, start_date, end_date):
    return {"raw": raw, "start": start, "end": end, "start_date": start_date, "end_date": end_date}


def pick(rng, pool, n, country):
    return [p.format(c=country, c_gen=country + "ын") for p in rng.sample(pool, n)]


def make_plan(rng, n_commitments, milestones_range, date_form, with_description, with_annex, lang="en"):
    """A plan's content (gold-shaped dicts, numbers still local), in `lang`."""
    pool = POOLS[lang]
    gov = pool["government"]
    printed, short, code, *host = rng.choice(pool["countries"])
    number = rng.randint(2, 6)
    start = rng.choice([2024, 2025])
    end = start + rng.choice([2, 3])
    themes = rng.sample(pool["themes"], n_commitments)
    commitments = []
    for ci, theme in enumerate(themes):
        title = capital(fill(rng.choice(pool["title_forms"]), short, theme))
        lead = [rng.choice(gov)]
        sup = {
            "government": [g for g in pick(rng, gov, 3, short) if g not in lead][:2],
            "civil_society": pick(rng, pool["civil_society"], rng.randint(1, 2), short),
            "other": pick(rng, pool["other"], rng.randint(0, 1), short),
        }
        milestones = []
        n_milestones = rng.randint(*milestones_range)
        texts_mn = rng.sample(MILESTONES_MN, n_milestones) if lang == "mn" else None
        for k in range(n_milestones):
            if lang == "en":
                text = f"{rng.choice(VERBS)} {fill(rng.choice(OBJECTS), short, theme)}."
            else:
                text = capital(fill(texts_mn[k], short, theme)) + "."
            forms = DATE_FORMS if lang == "en" else DATE_FORMS_MN
            form = rng.choice(forms[1:]) if date_form == "mixed" else date_form
            m_lead = [rng.choice(lead + gov[:6])]
            milestones.append({
                "text": text,
                "outputs": rng.sample(pool["outputs"], rng.randint(1, 2)),
                "due": make_due(rng, form, start, end, lang),
                "lead": m_lead,
                "supporting": {
                    "government": [g for g in pick(rng, gov, 2, short) if g not in m_lead][:1],
                    "civil_society": pick(rng, pool["civil_society"], rng.randint(1, 2), short),
                    "other": pick(rng, pool["other"], rng.randint(0, 1), short),
                },
            })
        y = rng.randint(start - 3, start - 1)
        commitments.append({
            "title": title,
            "theme": theme,
            "lead": lead,
            "supporting": sup,
            "period": {"start": start, "end": end},
            "problem": {
                "problem": capital(fill(rng.choice(pool["problem"]), short, theme, y)),
                "causes": capital(fill(rng.choice(pool["causes"]), short, theme, y)),
                "done_so_far": capital(fill(rng.choice(pool["done"]), short, theme, y)),
                "solution": capital(fill(rng.choice(pool["solution"]), short, theme, y)),
                "results": capital(fill(rng.choice(pool["results"]), short, theme, y)),
            },
            "description": capital(fill(rng.choice(pool["description"]), short, theme)) if with_description else None,
            "milestones": milestones,
        })
    participants = {"government": [], "civil_society": []}
    if with_annex:
        participants = {"government": pick(rng, gov, 6, short),
                        "civil_society": pick(rng, pool["civil_society"], 5, short)}
    if lang == "en":
        title = f"{ORDINALS[number - 1]} National Action Plan {start}-{end}"
    else:  # "Велори Улсын үндэсний тавдугаар төлөвлөгөө 2024-2027"
        title = f"{short}ын үндэсний {ORDINALS_MN[number - 1]} төлөвлөгөө {start}-{end}"
    return {
        "printed_country": printed, "country": short, "code": code,
        "host": host[0] if host else short.lower(),
        "plan_number": number, "period": {"start": start, "end": end},
        "title": title, "participants": participants, "commitments": commitments,
    }


# Days whose dative is written "-нд" (нэгэнд, таванд, …; not хоёрт, гуравт, аравт).
DAYS_ND = [d for d in range(1, 29) if d % 10 in (1, 5, 6, 7, 8, 9)]


def make_report_entries(rng, plan, per_commitment, lang="en"):
    """Report rows over a plan: (commitment, entry) with local milestone
    indices; gold numbers are given by the caller's numbering."""
    rows = []
    for ci, c in enumerate(plan["commitments"]):
        targets = [None] if per_commitment else list(range(len(c["milestones"])))
        for k in targets:
            status = rng.choice(list(STATUS_WORDS))
            pct = {"not_started": 0, "limited": rng.choice([10, 20, 25, 30, 40]),
                   "substantial": rng.choice([50, 60, 70, 75, 80, 90]), "complete": 100}[status]
            if lang == "mn":
                rows.append((ci, k, report_entry_mn(rng, plan, c, status, pct)))
                continue
            x = c["milestones"][k]["text"].split(" ", 1)[1].rstrip(".") if k is not None else c["title"].lower()
            text = rng.choice(RESULTS_TEXT[:2] + RESULTS_TEXT[4:])
            if status == "not_started":
                text = RESULTS_TEXT[2]
            elif status == "complete":
                text = RESULTS_TEXT[3]
            results = text.format(n=rng.randint(2, 9), m=rng.randint(3, 40), x=x,
                                  day=f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {plan['period']['start']}")
            host = plan["country"].lower()
            evidence = [f"https://{rng.choice(['ogp', 'data', 'gov'])}.{host}.gov/{rng.choice(['reports', 'news', 'docs'])}/{rng.randint(100, 999)}"
                        for _ in range(rng.randint(0, 2))]
            rows.append((ci, k, {"status": status, "progress_percent": pct,
                                 "results": results, "evidence": evidence}))
    return rows


def report_entry_mn(rng, plan, c, status, pct):
    """One Mongolian report row: results about the commitment's theme,
    evidence URLs and documents ("Сайдын 2024 оны А/212 дугаар тушаал")."""
    text = rng.choice(RESULTS_TEXT_MN[:2] + RESULTS_TEXT_MN[4:])
    if status == "not_started":
        text = RESULTS_TEXT_MN[2]
    elif status == "complete":
        text = RESULTS_TEXT_MN[3]
    year = plan["period"]["start"]
    day = mn_date(year, rng.randint(1, 12), rng.choice(DAYS_ND))
    results = capital(text.format(n=rng.randint(2, 9), m=rng.randint(3, 40), day=day, **c["theme"]))
    evidence = []
    for _ in range(rng.randint(0, 2)):
        if rng.random() < 0.4:
            n = rng.randint(12, 480)
            evidence.append(rng.choice(EVIDENCE_MN).format(y=year, n=n, suf=mn_number_suffix(n)))
        else:
            evidence.append(f"https://{rng.choice(['ogp', 'data', 'gov'])}.{plan['host']}.gov/"
                            f"{rng.choice(['reports', 'news', 'docs'])}/{rng.randint(100, 999)}")
    return {"status": status, "progress_percent": pct, "results": results, "evidence": evidence}


# --- older template generations (axis `template`, docs/generator.md) --------
# Texts the 2016-2019 template asks for ("Main objective", "OGP challenge
# addressed by the commitment", "OGP values relevance", "Ambition") and the
# 2020+ one's "Commitment Analysis". Drawn only for plans on those templates,
# after everything make_plan draws, so the current-template plans keep their
# bytes.
OBJECTIVE = [
    "To make {d} complete, timely and open to everyone.",
    "To give citizens and civil society a say in {o} and the means to follow it.",
    "To set one standard for {d} and publish it on a single portal.",
]
CHALLENGE = [
    "Improving public services; increasing public integrity.",
    "More effectively managing public resources.",
    "Increasing public integrity; creating safer communities.",
]
RELEVANCE = [
    "Access to information: {d} will be published in open formats. Civic participation: civil society takes part in monitoring.",
    "Access to information and public accountability: agencies report on {o} and answer citizens' questions.",
    "Civic participation: citizens are consulted on {o}. Technology and innovation: an online portal opens {d}.",
]
AMBITION = [
    "The commitment moves from scattered and partial publication to complete {d} that anyone can reuse.",
    "Citizens will for the first time be able to follow {o} and hold the agencies concerned to account.",
]
ANALYSIS = {
    "transparency": [
        "The commitment publishes {d} in open formats, so that citizens can see how {o} is decided.",
        "More and better {d} will be public, on one portal and within fixed deadlines.",
    ],
    "accountability": [
        "Agencies will report every quarter on {o}, and a monitoring group will review whether they comply.",
        "Officials must answer the questions of citizens about {o} within set deadlines.",
    ],
    "participation": [
        "Civil society organisations sit in the monitoring group and are consulted before rules are adopted.",
        "Citizens can comment on {d} online and at public hearings in three districts.",
    ],
}
PERSON_NAMES = ["Anna Petrova", "Marek Holm", "Ilse Varga", "Tomas Brenner", "Lena Okafor", "David Sorensen",
                "Mira Castell", "Jonas Reiter", "Sofia Lindqvist", "Karel Novan"]
PERSON_TITLES = ["Head of Division, Department of Open Government", "Senior Adviser, Policy Department",
                 "Director, Department of Public Information", "Chief Specialist, Legal Department"]
DATE_FORMS_2016 = ["classic", "month", "quarter", "day_first", "iso"]


def span_part(form, y, m, last):
    """One end of a 2016-template milestone span: the printed text and the
    first (last=False) or last day of the printed period."""
    if form == "classic":  # "1 July 2024", "30 June 2025"
        d = calendar.monthrange(y, m)[1] if last else 1
        return f"{d} {MONTHS[m - 1]} {y}", datetime.date(y, m, d).isoformat()
    if form == "month":
        return f"{MONTHS[m - 1]} {y}", last_day(y, m) if last else first_day(y, m)
    if form == "quarter":
        q = (m - 1) // 3 + 1
        return f"Q{q} {y}", last_day(y, 3 * q) if last else first_day(y, 3 * q - 2)
    d = calendar.monthrange(y, m)[1] if last else 1
    raw = f"{d:02d}.{m:02d}.{y}" if form == "day_first" else f"{y}-{m:02d}-{d:02d}"
    return raw, datetime.date(y, m, d).isoformat()


def make_span(rng, form, start_year, end_year):
    """A 2016-template milestone's Start Date and End Date (printed) and its
    gold `due` (raw "START – END", first / last year and day)."""
    y0 = rng.randint(start_year, end_year - 1)
    y1 = rng.randint(y0, end_year)
    m0 = rng.choice([1, 4, 7, 10])
    m1 = rng.choice([3, 6, 9, 12]) if y1 > y0 else rng.choice([m for m in (3, 6, 9, 12) if m > m0])
    s_raw, s_date = span_part(form, y0, m0, False)
    e_raw, e_date = span_part(form, y1, m1, True)
    return s_raw, e_raw, due(f"{s_raw} – {e_raw}", y0, y1, s_date, e_date)


def add_template_texts(rng, plan, template, date_form):
    """The fields the 2016 / 2020 templates print beyond today's, drawn after
    make_plan (so a current-template plan draws nothing more)."""
    short = plan["country"]
    for c in plan["commitments"]:
        theme = c["theme"]
        if template == "2016":
            c["objective"] = fill(rng.choice(OBJECTIVE), short, theme)
            c["challenge"] = rng.choice(CHALLENGE)
            c["relevance"] = fill(rng.choice(RELEVANCE), short, theme)
            c["ambition"] = capital(fill(rng.choice(AMBITION), short, theme))
            if c["description"] is None:
                c["description"] = capital(fill(rng.choice(DESCRIPTION), short, theme))
            name = rng.choice(PERSON_NAMES)
            first, last = name.lower().split()
            c["contact"] = {"name": name, "title": rng.choice(PERSON_TITLES),
                            "email": f"{first[0]}.{last}@gov.{short.lower()}.org",
                            "phone": f"+{rng.randint(300, 399)} {rng.randint(10, 99)} {rng.randint(100, 999)} "
                                     f"{rng.randint(1000, 9999)}"}
            m0 = rng.choice([1, 7])
            c["period_printed"] = (f"1 {MONTHS[m0 - 1]} {c['period']['start']} – "
                                   f"{30 if m0 == 7 else 31} {MONTHS[5 if m0 == 7 else 11]} {c['period']['end']}")
            for m in c["milestones"]:
                form = rng.choice(DATE_FORMS_2016) if date_form == "mixed" else date_form
                m["start_raw"], m["end_raw"], m["due"] = make_span(rng, form, c["period"]["start"],
                                                                   c["period"]["end"])
        else:
            c["analysis"] = {k: capital(fill(rng.choice(v), short, theme)) for k, v in ANALYSIS.items()}


# --- narrative plans (template `narrative`, docs/generator.md) ---------------
# Plans written as running text, as the US and UK plans are: section headings
# (the commitments' theme), commitment headings, a paragraph, list items (the
# milestones) and sometimes "Lead agency: …". Drawn only for the narrative
# documents, which come after every other document of both sets.
SECTION_HEADINGS = [
    "Transparency and Access to Information",
    "Integrity and Accountability in Public Institutions",
    "Citizen Participation in Public Decisions",
    "Open Data for Better Public Services",
    "Open Government to Manage Public Resources",
    "Justice and the Rule of Law",
]
NARRATIVE_LEAD_IN = [
    "To this end, the government will:",
    "Over the next two years, the government will:",
    "The government commits to the following steps:",
]
NARRATIVE_MILESTONES = [
    "adopt a regulation requiring the publication of {d} within 30 days",
    "launch an online portal where {d} can be searched and downloaded",
    "publish quarterly reports on {o} in a machine-readable format",
    "train civil servants of 12 agencies on publishing {d}",
    "review the legal framework governing {o} with civil society",
    "establish a joint monitoring group of government and civil society on {t}",
    "pilot a feedback mechanism for citizens on {o} in three districts",
    "evaluate the first year of implementation and publish the findings",
    "develop a common data standard for {d}",
    "issue guidelines on consultation with citizens about {o}",
]
# How a list item states its date: a leading "In 2025, …", a closing "… by
# December 2025." or "… by the end of 2026.", or none. Gold `raw` is the date
# phrase without its preposition ("2025", "December 2025", "end of 2026"), as
# in samples/realworld/us-nap2-2013.gold.json.
NARRATIVE_DUE_FORMS = ["in_year", "by_month", "by_end_of", "none"]
LETTER_SIGNERS = [("Anna Petrova", "Minister of Digital Affairs"), ("Marek Holm", "Head of the Government Office"),
                  ("Ilse Varga", "Secretary General, Ministry of Justice"),
                  ("Tomas Brenner", "National OGP Point of Contact")]
LETTER_RECIPIENTS = [("Ms Clara Weiss", "Chief Executive Officer", "Open Government Partnership Support Unit",
                      ["12 Harbour Street, Suite 500", "Linden 20005"]),
                     ("Mr Paul Adeyemi", "Regional Coordinator", "Open Government Partnership",
                      ["Rue des Tilleuls 155", "1040 Marlin"])]


def narrative_due(rng, form, start, end):
    """(phrase printed before the item, after it, gold due)."""
    y = rng.randint(start, end)
    if form == "in_year":
        return f"In {y}, ", "", due(str(y), y, y, first_day(y, 1), last_day(y, 12))
    if form == "by_month":
        m = rng.randint(1, 12)
        return "", f" by {MONTHS[m - 1]} {y}", due(f"{MONTHS[m - 1]} {y}", y, y, first_day(y, m), last_day(y, m))
    if form == "by_end_of":
        return "", f" by the end of {y}", due(f"end of {y}", y, y, first_day(y, 1), last_day(y, 12))
    return "", "", due(None, None, None, None, None)


def make_narrative_plan(rng):
    """A narrative plan's content: 2-3 sections of 2-3 commitments, each with
    a description (the paragraph, ending with the list's lead-in), 2-4
    milestones (text as printed, the due phrase in it) and sometimes a lead."""
    printed, short, code = rng.choice(COUNTRIES)
    number = rng.randint(2, 6)
    start = rng.choice([2024, 2025])
    end = start + rng.choice([2, 3])
    n_sections = rng.choice([2, 3])
    sizes = [rng.randint(2, 3 if n_sections == 2 else 2) for _ in range(n_sections)]
    headings = rng.sample(SECTION_HEADINGS, n_sections)
    themes = rng.sample(THEMES, sum(sizes))
    sections, ti = [], 0
    for heading, size in zip(headings, sizes):
        commitments = []
        for _ in range(size):
            theme = themes[ti]
            ti += 1
            title = capital(fill(rng.choice(TITLE_FORMS), short, theme))
            description = " ".join([capital(fill(rng.choice(PROBLEM), short, theme)),
                                    capital(fill(rng.choice(DESCRIPTION), short, theme)),
                                    rng.choice(NARRATIVE_LEAD_IN)])
            milestones = []
            for text in rng.sample(NARRATIVE_MILESTONES, rng.randint(2, 4)):
                before, after, d = narrative_due(rng, rng.choice(NARRATIVE_DUE_FORMS), start, end)
                body = fill(text, short, theme)
                if before:
                    agency = rng.choice(GOVERNMENT)
                    printed_text = f"{before}the {agency} will {body}{after}."
                else:
                    printed_text = f"{capital(body)}{after}."
                milestones.append({"text": printed_text, "due": d})
            lead = [rng.choice(GOVERNMENT)] if rng.random() < 0.6 else []
            commitments.append({"title": title, "description": description, "milestones": milestones,
                                "lead": lead})
        sections.append({"heading": heading, "commitments": commitments})
    intro = (f"This is the {ORDINALS[number - 1].lower()} national action plan of {printed} under the Open "
             f"Government Partnership. It was co-created by the government and civil society and sets out "
             f"{sum(sizes)} commitments for the years {start}-{end}, grouped in {n_sections} themes.")
    return {"printed_country": printed, "country": short, "plan_number": number,
            "period": {"start": start, "end": end},
            "title": f"{ORDINALS[number - 1]} National Action Plan {start}-{end}", "intro": intro,
            "sections": sections}


def make_letter(rng):
    """A covering letter sent with a plan: letterhead, address, date,
    salutation, one paragraph naming the National Action Plan, closing."""
    printed, short, code = rng.choice(COUNTRIES)
    ministry = rng.choice(GOVERNMENT)
    name, position = rng.choice(LETTER_SIGNERS)
    to_name, to_title, to_org, to_address = rng.choice(LETTER_RECIPIENTS)
    year = rng.choice([2024, 2025])
    number = rng.randint(2, 6)
    return {
        "letterhead": [printed, ministry, f"{rng.randint(1, 80)} Government Square, {short} City"],
        "ref": f"Ref. {rng.randint(1, 9)}/{rng.randint(100, 999)}",
        "date": f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}",
        "address": [to_name, to_title, to_org] + to_address,
        "salutation": f"Dear {to_name.split()[0]} {to_name.split()[-1]},",
        "body": [f"On behalf of the Government of {printed}, I am pleased to submit our {ORDINALS[number - 1]} "
                 f"National Action Plan {year}-{year + 2} to the Open Government Partnership. The plan was "
                 f"developed together with civil society through the national OGP forum and was approved by "
                 f"the Cabinet.",
                 "We look forward to working with the Support Unit and the Independent Reporting Mechanism "
                 "during its implementation. Please do not hesitate to contact my office with any questions."],
        "closing": "Yours sincerely,", "name": name, "position": position,
    }
