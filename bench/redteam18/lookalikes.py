"""Benign look-alikes, part one: the table of kinds that one generic engine (``lookgen``) animates."""

from __future__ import annotations

from dataclasses import dataclass

from world import FIXED, MOBILE, VOIP


@dataclass(frozen=True)
class LK:
    """One kind of benign entity that superficially resembles fraud."""

    kind: str
    n: int
    who: str = "person"  # person (own card) / work (a work card of a person) / ent (enterprise lines)
    personas: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    line: int = MOBILE
    per_lic: int = 1
    new: tuple[float, float] | None = None  # card opened this many days from 12 July
    calls: tuple[int, int] = (0, 0)
    targets: str = "all"  # '@' = the entity's own region
    answer: float = 0.6
    med: float = 90.0
    hours: tuple[float, float] = (9, 18)
    days: tuple[int, int] = (0, 17)
    weekend: float = 1.0
    callback: float = 0.25
    video: float = 0.0
    inbound: tuple[int, int] = (0, 0)
    sms: tuple[int, int] = (0, 0)
    texts: tuple[str, ...] = ()
    link: str | None = None
    money_in: tuple[int, int] = (0, 0)
    amt_in: tuple[float, float] = (100, 0.5)
    payers: str = "all"
    money_out: tuple[int, int] = (0, 0)
    amt_out: tuple[float, float] = (100, 0.5)
    payees: str = "all"
    atm: tuple[int, int] = (0, 0)
    gateway: str | None = None
    mover: bool = False
    allow: bool = False
    misreported: int = 0
    area: str = "28"
    desc: str = ""


PAR = "parent:0.55,grad:0.35,ext_any:0.1"
TOUR = "ext_tourist:0.7,travellers:0.3"
KINDS: tuple[LK, ...] = (
    LK("admissions_office", 4, "ent", line=FIXED, calls=(30, 70), targets=PAR, answer=0.62, med=150, hours=(9, 17.5),
       days=(2, 17), callback=0.35, allow=True, desc="universities' admissions offices call admitted students"),
    LK("admissions_teacher_mobile", 6, "work", ("teacher",), new=(-400, -30), calls=(20, 45), targets=PAR,
       answer=0.66, med=180, days=(2, 17), sms=(5, 15), hours=(9, 21),
       texts=("【{o}招生办】您的录取通知书已由EMS寄出，请留意签收，如有疑问请致电学院招生办。",
              "同学你好，我是{o}招生老师，报到须知已发你邮箱，有问题随时联系我。"),
       desc="college recruiting teachers on their work mobiles"),
    LK("high_school_head_teacher", 8, "person", ("teacher",), calls=(10, 30), targets="grad:0.6,parent:0.4",
       answer=0.75, med=200, days=(0, 12), hours=(8, 22), desc="班主任 calling graduates' families about choices"),
    LK("volunteer_consultant", 5, "work", ("office", "service"), new=(-60, -10), calls=(40, 80),
       targets="parent:0.7,grad:0.2,ext_any:0.1", answer=0.3, med=60, days=(0, 15), callback=0.2,
       desc="paid 志愿填报 consultants cold-calling parents"),
    LK("tutoring_agency", 8, "ent", per_lic=4, calls=(50, 90), targets="parent:0.6,ext_any:0.4", answer=0.28, med=45,
       hours=(9, 20), desc="tutoring agency sales lines"),
    LK("student_aid_office", 4, "ent", line=FIXED, area="817", calls=(20, 40), targets="grad:0.5,parent:0.5",
       answer=0.6, med=160, days=(5, 17), allow=True, sms=(10, 30),
       texts=("【县教育局学生资助中心】生源地信用助学贷款开始受理，请携录取通知书到县资助中心办理，不收任何费用。",),
       desc="county student-aid centres about the real 助学贷款"),
    LK("student_loan_hotline", 2, "ent", line=FIXED, calls=(40, 70), targets="grad:0.5,parent:0.5", answer=0.5,
       med=120, desc="the development bank's student loan hotline"),
    LK("freshman_counsellor", 5, "work", ("teacher",), new=(-20, 5), calls=(25, 50), targets="grad:0.8,ext_any:0.2",
       answer=0.7, med=110, days=(6, 17), sms=(20, 40),
       texts=("{o}新生你好，我是辅导员，请加新生QQ群{q}，入群备注姓名+专业。",), desc="辅导员 on new cards texting freshmen"),
    LK("tour_guide", 10, "person", ("tourism",), ("ABJZ", "LS"), calls=(20, 45), targets=TOUR, answer=0.8, med=70,
       hours=(7, 21), mover=True, sms=(5, 20), texts=("各位游客明早7点酒店门口集合，请带好身份证和门票。",),
       desc="guides calling their tour groups"),
    LK("travel_agency", 6, "ent", line=FIXED, per_lic=2, calls=(40, 80), targets="ext_tourist:0.5,travellers:0.3,all:0.2",
       answer=0.55, med=120, desc="travel agencies' lines"),
    LK("hotel_frontdesk", 6, "ent", line=FIXED, area="837", calls=(15, 35), targets=TOUR, answer=0.6, med=60,
       sms=(10, 25), texts=("【九寨沟{o}酒店】因道路管制，您预订的房间可免费取消，全额原路退款，如需协助请致电前台。",),
       desc="Jiuzhaigou and Emeishan hotels, refunds after the road closures"),
    LK("homestay_host", 6, "person", ("tourism", "farmer"), ("ABJZ", "GZKD"), calls=(8, 20), targets=TOUR,
       answer=0.75, med=80, hours=(7, 22), desc="民宿 hosts"),
    LK("scenic_ticket_office", 2, "ent", line=FIXED, area="837", calls=(20, 40), targets=TOUR, answer=0.55, med=70,
       sms=(60, 120), days=(6, 11),
       texts=("【九寨沟景区】因强降雨景区临时闭园，已购门票将全额原路退回，无需任何操作，谨防诈骗。",),
       desc="the scenic area's official ticket office during the closure"),
    LK("airline_rebooking", 2, "ent", line=FIXED, calls=(30, 60), targets="ext_tourist:0.5,all:0.5", answer=0.5, med=90,
       days=(5, 9), sms=(100, 250), texts=("【川航】您的航班因天气原因取消，可免费改签或退票，请通过官方APP办理。",),
       desc="an airline's rebooking desk after storms"),
    LK("car_rental", 4, "person", ("shop",), ("CDSL", "CDTA"), calls=(15, 30), targets="ext_tourist:0.8,all:0.2",
       answer=0.7, med=60, desc="car rental near the airports"),
    LK("airport_shuttle_driver", 6, "person", ("driver",), ("CDSL",), calls=(15, 35), targets="ext_tourist:0.6,all:0.4",
       answer=0.8, med=40, mover=True, desc="shuttle drivers calling passengers"),
    LK("courier", 14, "work", ("driver", "service"), new=(-300, -20), calls=(40, 80), targets="@:0.7,ext_any:0.3",
       answer=0.7, med=25, hours=(8, 20), mover=True, callback=0.3, sms=(20, 40),
       texts=("您好，快递已放{o}驿站，取件码{q}，有问题回电。",), desc="couriers calling recipients"),
    LK("delivery_rider", 10, "person", ("service",), calls=(20, 45), targets="@:0.8,ext_any:0.2", answer=0.8, med=20,
       hours=(10, 21), mover=True, desc="food delivery riders"),
    LK("ride_hailing_driver", 10, "person", ("driver",), calls=(15, 30), targets="@:0.6,ext_any:0.4", answer=0.85,
       med=30, hours=(7, 23), mover=True, desc="ride-hailing drivers"),
    LK("real_estate_agent", 8, "work", ("office",), calls=(40, 90), targets="adults:0.7,ext_any:0.3", answer=0.3, med=40,
       callback=0.15, desc="estate agents cold-calling"),
    LK("insurance_agent", 8, "work", ("office", "parent"), calls=(30, 60), targets="adults:0.7,ext_any:0.3",
       answer=0.35, med=90, sms=(10, 30), texts=("【平安保险】暑期出行意外险限时优惠，详询{o}。",),
       desc="insurance agents"),
    LK("car_sales", 5, "work", ("office",), calls=(30, 60), targets="adults:0.6,ext_any:0.4", answer=0.35, med=70,
       desc="car dealership sales"),
    LK("licensed_debt_collector", 12, "ent", per_lic=6, calls=(60, 120), targets="young:0.4,adults:0.4,ext_any:0.2",
       answer=0.22, med=50, callback=0.08, misreported=2, desc="a licensed collection agency's agents"),
    LK("bank_card_centre", 4, "ent", line=FIXED, per_lic=4, calls=(80, 150), targets="adults:0.7,young:0.3",
       answer=0.35, med=80, allow=True, desc="a bank's credit-card centre offering instalments"),
    LK("hospital_followup", 4, "ent", line=FIXED, calls=(20, 40), targets="older:0.6,all:0.4", answer=0.65, med=120,
       desc="hospital follow-up calls"),
    LK("flood_volunteer", 10, "person", ("service", "office", "teacher"), ("DZ", "DZXH"), calls=(25, 60),
       targets="flood:0.8,all:0.2", answer=0.7, med=90, days=(6, 17), hours=(7, 22),
       desc="volunteers coordinating flood relief"),
    LK("community_grid_worker", 10, "person", ("service",), calls=(20, 40), targets="@:0.7,older:0.3", answer=0.7,
       med=90, sms=(20, 50), texts=("【社区网格员】汛期请注意安全，请下载国家反诈中心APP，谨防冒充公检法诈骗。",),
       desc="网格员 phoning residents"),
    LK("police_station_household", 4, "ent", line=FIXED, area="830", calls=(15, 30),
       targets="grad:0.4,older:0.4,all:0.2", answer=0.7, med=100, allow=True,
       desc="a real police station's household registration desk"),
    LK("anti_fraud_volunteer", 4, "person", ("teacher", "service"), calls=(40, 70), targets="older:0.6,all:0.4",
       answer=0.5, med=60, desc="anti-fraud publicity volunteers"),
    LK("market_survey", 6, "ent", line=VOIP, per_lic=6, calls=(80, 150), targets="all:0.6,ext_any:0.4", answer=0.15,
       med=40, weekend=0.5, callback=0.05, gateway="GW-CD-SURVEY-01", desc="a survey firm on VoIP lines"),
    LK("telemarketing_broadband", 8, "ent", per_lic=8, calls=(90, 160), targets="all:0.7,ext_any:0.3", answer=0.25,
       med=60, misreported=1, desc="the operator's own broadband telesales"),
    LK("property_management", 4, "ent", line=FIXED, calls=(10, 25), targets="@", answer=0.65, med=70,
       desc="property management offices"),
    LK("moving_company", 3, "person", ("driver",), calls=(15, 30), targets="@:0.6,ext_any:0.4", answer=0.7, med=60,
       desc="movers"),
    LK("headhunter", 5, "work", ("office",), calls=(30, 60), targets="uni:0.5,young:0.3,ext_any:0.2", answer=0.4,
       med=120, desc="recruiters calling graduates"),
    LK("factory_labour_agent", 5, "person", ("service",), ("LSYV", "NC", "DZ"), calls=(20, 45),
       targets="reg:LSYV:0.4,young:0.3,migrant:0.3", answer=0.55, med=100, sms=(20, 50),
       texts=("东莞电子厂招工，包吃住，月薪6000+，报名联系{o}。",), desc="labour agents recruiting for coastal factories"),
    LK("driving_school", 6, "ent", per_lic=3, calls=(30, 60), targets="grad:0.7,uni:0.3", answer=0.4, med=90,
       money_in=(2, 6), amt_in=(3800, 0.15), payers="parent:0.6,grad:0.4", desc="driving schools signing up graduates"),
    LK("summer_camp_organiser", 4, "work", ("office", "teacher"), calls=(25, 50), targets="parent:0.6,adults:0.4",
       answer=0.45, med=120, money_in=(3, 8), amt_in=(2800, 0.3), payers="parent:0.7,adults:0.3", sms=(20, 50),
       texts=("【{o}夏令营】熊猫基地+三星堆研学营，名额仅剩5个，报名请回电。",), desc="summer-camp organisers"),
    LK("kindergarten", 2, "ent", sms=(40, 80), targets="@", texts=("【{o}幼儿园】暑期托管班下周一开班，请家长按时缴费。",),
       money_in=(1, 4), amt_in=(1500, 0.2), payers="@", weekend=0.0, desc="a kindergarten's notices and fees"),
    LK("group_buy_leader", 8, "person", ("shop", "elderly"), sms=(30, 70), targets="@",
       texts=("【社区团购】明日桃子9.9元5斤，接龙截止今晚10点。",), calls=(5, 15), money_in=(10, 30), amt_in=(35, 0.6),
       payers="@", desc="社区团购 leaders"),
    LK("shop_sms_marketing", 6, "person", ("shop",), sms=(100, 250), targets="@:0.8,ext_any:0.2",
       texts=("【{o}】会员日全场8折，凭短信到店再送小菜一份。",), desc="shops texting their customers"),
    LK("call_centre_outsourcing", 20, "ent", per_lic=20, regions=("CDGX",), calls=(40, 80),
       targets="all:0.6,ext_any:0.4", answer=0.45, med=150, weekend=0.0, callback=0.2,
       desc="a legitimate outsourced customer-service centre in Gaoxin"),
    LK("securities_advisor", 4, "work", ("office",), calls=(40, 80), targets="adults:0.7,ext_any:0.3", answer=0.3,
       med=120, desc="a securities firm's advisors"),
    LK("operator_retention", 3, "ent", line=FIXED, calls=(60, 100), targets="all", answer=0.45, med=100, allow=True,
       desc="the operator's retention desk"),
    LK("funeral_notice", 3, "person", ("parent", "farmer"), calls=(30, 60), targets="@:0.7,ext_any:0.3", answer=0.8,
       med=90, days=(5, 7), desc="a family phoning everyone after a death"),
    LK("travelling_salesman", 5, "person", ("office",), calls=(25, 50), targets="ext_biz:0.8,all:0.2", answer=0.6,
       med=120, mover=True, desc="跑业务 salespeople calling shops"),
    LK("power_company_notice", 2, "ent", sms=(150, 300), targets="flood", days=(6, 10),
       texts=("【国网达州供电】因洪水影响，您所在区域计划停电抢修，预计恢复时间另行通知。",),
       desc="outage notices in the flood area"),
    LK("night_shift_nurse", 4, "person", ("service",), calls=(4, 10), targets="@", answer=0.8, med=120,
       hours=(0, 6), desc="night-shift workers calling at night"),
    LK("livestream_seller", 4, "person", ("service", "shop"), money_in=(20, 60), amt_in=(60, 0.7),
       payers="all:0.5,ext_any:0.5", money_out=(1, 2), amt_out=(4000, 0.5), payees="ext_any",
       desc="live-streaming sellers paid by many buyers"),
    LK("market_stall", 10, "person", ("shop", "farmer"), money_in=(20, 60), amt_in=(15, 0.6), payers="@",
       desc="market stalls on QR codes"),
    LK("landlord_many_rooms", 5, "person", ("elderly", "shop"), ("CDPD", "CDWJ"), money_in=(3, 10),
       amt_in=(1100, 0.25), payers="uni:0.6,young:0.4", days=(0, 6), desc="landlords of student rooms"),
    LK("tuition_collector", 3, "ent", money_in=(2, 6), amt_in=(6800, 0.3), payers="parent", calls=(10, 20),
       targets="parent", answer=0.6, med=120, desc="a private training school collecting fees"),
    LK("wechat_group_red_envelopes", 6, "person", ("office", "service", "uni"), money_in=(10, 30), amt_in=(8, 0.8),
       payers="@", money_out=(10, 40), amt_out=(8, 0.8), payees="@", desc="group red-envelope games"),
    LK("farm_produce_buyer", 4, "person", ("shop",), ("PZH", "LSYV"), calls=(20, 40), targets="farmer:0.6,@:0.4",
       answer=0.75, med=60, money_out=(10, 30), amt_out=(1500, 0.7), payees="farmer:0.6,@:0.4",
       desc="mango and fruit buyers paying many farmers"),
    LK("migrant_remittance_heavy", 6, "person", ("migrant",), money_out=(0, 1), amt_out=(3000, 0.4), payees="@",
       calls=(3, 8), targets="@", answer=0.8, med=300, video=0.3, desc="migrants sending money home"),
    LK("atm_heavy_user", 6, "person", ("elderly", "shop"), atm=(0, 2), amt_out=(2000, 0.5),
       desc="people who take cash out at ATMs several times a week"),
    LK("second_hand_trader", 5, "person", ("uni", "service"), money_in=(2, 8), amt_in=(180, 0.8),
       payers="ext_any:0.7,all:0.3", desc="闲鱼 sellers paid by strangers"),
    LK("medical_fundraiser", 3, "person", ("parent", "office"), sms=(40, 100), targets="@:0.6,all:0.4",
       texts=("求助：家父突发脑溢血住院，恳请帮忙转发 https://{d}/p/{q}，感恩！",), link="shuidichou.com",
       money_in=(5, 20), amt_in=(50, 0.9), payers="all:0.5,ext_any:0.5", days=(3, 17),
       desc="a family's 水滴筹 appeal shared by text"),
    LK("flood_relief_fundraiser", 4, "person", ("teacher", "service", "shop"), ("DZ", "DZXH", "CDGX"),
       sms=(30, 80), targets="@:0.6,all:0.4", texts=("宣汉受灾同胞需要帮助，我们志愿队统一收款后捐给慈善总会，明细群里公示。",),
       money_in=(10, 40), amt_in=(100, 0.8), payers="all:0.7,ext_any:0.3", money_out=(0, 1), amt_out=(8000, 0.4),
       payees="charity", days=(7, 17), desc="volunteers collecting donations and passing them to the charity"),
    LK("boss_pays_wages_personal", 3, "person", ("shop", "office"), money_out=(20, 40), amt_out=(4500, 0.3),
       payees="@", days=(2, 3), desc="small bosses paying wages from a personal account"),
    LK("shop_staff_cards", 16, "ent", per_lic=8, calls=(10, 25), targets="@:0.6,ext_any:0.4", answer=0.7, med=60,
       hours=(9, 22), desc="a hot-pot chain's staff cards on one business licence"),
    LK("hotline_400", 3, "ent", line=VOIP, inbound=(60, 150), targets="all:0.7,ext_any:0.3", calls=(5, 15),
       answer=0.9, med=180, gateway="GW-400-CD", desc="400 hotlines taking many calls"),
)
