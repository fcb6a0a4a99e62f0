# How the demo 双公示 records were constructed (docs/credit.md).
# Run from data/demo: python3 credit_construct.py
# writes credit_decisions.json (吴忠市民政局, 2017: one licensing decision per
# organisation registered or approved in 2017 in social_organisations.json) and
# ltq/credit_decisions.json (吴忠市利通区人民政府, 2023: written out below).
import datetime, json

CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

def credit_code(first17):
    total = sum(CHARS.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + CHARS[(31 - total % 31) % 31]

def resident_id(first17):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]

def holidays(year):
    data = json.load(open(f"../holidays/{year}.json"))
    return {d["date"]: d["off"] for d in data["days"]}

def working_day(day, special):
    key = day.isoformat()
    if key in special:
        return not special[key]
    return day.weekday() < 5

def add_working_days(start, n):
    special = {}
    for y in (start.year, start.year + 1):
        special.update(holidays(y))
    day = start
    while n > 0:
        day += datetime.timedelta(days=1)
        if working_day(day, special):
            n -= 1
    return day

def iso(day):
    return day.isoformat()

MZJ = ("吴忠市民政局", "11640300010423576U")

def years_later(day, years):
    return day.replace(year=day.year + years) - datetime.timedelta(days=1)

# --- 吴忠市民政局 2017 -------------------------------------------------------
KINDS = {
    "社会团体": ("社会团体准予成立登记决定书", "登记", "社会团体法人登记证书", "准予成立登记"),
    "民办非企业单位": ("民办非企业单位准予成立登记决定书", "登记", "民办非企业单位（法人）登记证书", "准予成立登记"),
    "养老机构": ("养老机构设立许可决定书", "普通", "养老机构设立许可证", "准予设立许可"),
}
registry = json.load(open("social_organisations.json"))["organisations"]
founded = sorted((o for o in registry if o["registered_on"].startswith("2017")), key=lambda o: o["registered_on"])
decisions = []
serial = {"登记": 0, "许可": 0}
for o in founded:
    document_name, category, certificate, verdict = KINDS[o["kind"]]
    decided = datetime.date.fromisoformat(o["registered_on"])
    prefix = "许可" if o["kind"] == "养老机构" else "登记"
    serial[prefix] += 1
    number = (f"吴民养许〔2017〕{serial[prefix]}号" if prefix == "许可" else f"吴民社登〔2017〕{serial[prefix]}号")
    fields = {
        "party_name": o["name"],
        "party_category": "法人及非法人组织",
        "credit_code": o["credit_code"],
        "legal_representative": o["legal_representative"],
        "document_name": document_name,
        "document_number": number,
        "licence_category": category,
        "certificate_name": certificate,
        "licence_number": o["credit_code"],
        "licence_content": f"{verdict}。业务范围：{o['business_scope']}",
        "decision_date": iso(decided),
        "valid_from": iso(decided),
        "valid_until": iso(years_later(decided, 5)),
        "authority": MZJ[0], "authority_credit_code": MZJ[1],
        "data_source": MZJ[0], "data_source_credit_code": MZJ[1],
    }
    # entered and published on the 3rd working day after the decision (within 7)
    decisions.append({"kind": "licensing", "fields": fields, "published_on": iso(add_working_days(decided, 3))})
json.dump({"decisions": decisions}, open("credit_decisions.json", "w"), ensure_ascii=False, indent=2)

# --- 吴忠市利通区人民政府 2023 ------------------------------------------------
LTQ = ("吴忠市利通区人民政府", "11640302306724191Q")
def org_code(serial, kind="91"):
    return credit_code(f"{kind}640302MA7{serial:07d}"[:17])
company_a = org_code(1201)
company_b = org_code(1315)
company_c = org_code(1422)
shop = credit_code("92640302MA7R00881"[:17])
person_a = resident_id("64030219850512001")
person_b = resident_id("64030219790308002")

def common(name, category, **extra):
    fields = {"party_name": name, "party_category": category,
              "authority": LTQ[0], "authority_credit_code": LTQ[1],
              "data_source": LTQ[0], "data_source_credit_code": LTQ[1]}
    fields.update(extra)
    return fields

ltq = [
    # licensing (4)
    {"kind": "licensing", "published_on": "2023-03-10", "fields": common(
        "宁夏利通恒信广告传媒有限公司", "法人及非法人组织", credit_code=company_a, legal_representative="马志强",
        document_name="城市大型户外广告设置许可决定书", document_number="利政许〔2023〕3号", licence_category="普通",
        certificate_name="户外广告设置许可证", licence_number="利户广〔2023〕003",
        licence_content="准予在利通区开元大道与明珠路交叉口东北角设置单立柱户外广告牌一处，面积60平方米。",
        decision_date="2023-03-06", valid_from="2023-03-06", valid_until="2026-03-05")},
    {"kind": "licensing", "published_on": "2023-05-12", "fields": common(
        "吴忠市利通区鑫源建设工程有限公司", "法人及非法人组织", credit_code=company_b, legal_representative="杨海军",
        document_name="临时占用城市绿地许可决定书", document_number="利政许〔2023〕9号", licence_category="普通",
        licence_content="准予临时占用利通区朝阳街绿化带120平方米用于管网施工，期满恢复原状。",
        decision_date="2023-05-08", valid_from="2023-05-10", valid_until="2023-08-09")},
    {"kind": "licensing", "published_on": "2023-07-20", "fields": common(
        "利通区马记手抓羊肉馆", "个体工商户", credit_code=shop, legal_representative="马文学",
        document_name="临时占道经营许可决定书", document_number="利政许〔2023〕14号", licence_category="普通",
        licence_content="准予在利通区清真美食街临时占道经营，面积12平方米，时间为每日18时至23时。",
        decision_date="2023-07-17", valid_from="2023-07-17", valid_until="2023-10-16")},
    # published late: due 2023-10-12 (09-29 to 10-06 off; the make-up Saturday 10-07 and Sunday 10-08
    # counted), published 2023-10-13
    {"kind": "licensing", "published_on": "2023-10-13", "fields": common(
        "丁秀英", "自然人", id_type="身份证", id_number=person_b,
        document_name="农村村民宅基地审批决定书", document_number="利政许〔2023〕21号", licence_category="核准",
        licence_content="准予在利通区金积镇某村使用宅基地200平方米新建住宅。",
        decision_date="2023-09-27", valid_from="2023-09-27", valid_until="2025-09-26")},
    # penalties (3 counted, and 1 withdrawn below)
    {"kind": "penalty", "published_on": "2023-04-18", "fields": common(
        "吴忠市利通区鑫源建设工程有限公司", "法人及非法人组织", credit_code=company_b, legal_representative="杨海军",
        document_number="利政罚〔2023〕2号", violation_type="未按规定处置建筑垃圾",
        violation_facts="2023年3月在利通区胜利镇施工工地将建筑垃圾倾倒于非指定场所。",
        penalty_basis="《城市建筑垃圾管理规定》第九条、第二十六条", penalty_category="警告；罚款",
        penalty_content="警告，并处罚款人民币伍仟元整。", fine_amount="0.5",
        decision_date="2023-04-13", penalty_valid_until="2023-10-12", publicity_until="2028-04-12")},
    {"kind": "penalty", "published_on": "2023-06-21", "fields": common(
        "利通区马记手抓羊肉馆", "个体工商户", credit_code=shop, legal_representative="马文学",
        document_number="利政罚〔2023〕5号", violation_type="超出门窗外墙经营",
        violation_facts="2023年6月在清真美食街店铺门前超出门窗摆放桌椅经营，经责令改正拒不改正。",
        penalty_basis="《城市市容和环境卫生管理条例》第十七条、第三十六条", penalty_category="罚款",
        penalty_content="罚款人民币贰佰元整。", fine_amount="0.02",
        decision_date="2023-06-16", penalty_valid_until="2023-12-15", publicity_until="2028-06-15")},
    {"kind": "penalty", "published_on": "2023-11-22", "fields": common(
        "王建军", "自然人", id_type="身份证", id_number=person_a,
        document_number="利政罚〔2023〕11号", violation_type="未取得建设工程规划许可证进行建设",
        violation_facts="未取得建设工程规划许可证，在利通区东塔寺乡自有院落内擅自加盖彩钢房60平方米。",
        penalty_basis="《中华人民共和国城乡规划法》第四十条、第六十四条", penalty_category="罚款",
        penalty_content="处建设工程造价百分之五的罚款，计人民币陆仟元整。", fine_amount="0.6",
        decision_date="2023-11-17", penalty_valid_until="2024-05-16", publicity_until="2028-11-16")},
    # coercion (2): the first published, the second still unpublished (due 2024-01-05: overdue)
    {"kind": "coercion", "published_on": "2023-08-29", "fields": common(
        "吴忠市利通区鑫源建设工程有限公司", "法人及非法人组织", credit_code=company_b, legal_representative="杨海军",
        document_number="利政强〔2023〕1号", decision_date="2023-08-24",
        remarks="查封违法建设施工现场及施工设备（行政强制措施）。")},
    {"kind": "coercion", "fields": common(
        "王建军", "自然人", id_type="身份证", id_number=person_a,
        document_number="利政强〔2023〕2号", decision_date="2023-12-26",
        remarks="强制拆除擅自加盖的彩钢房60平方米（行政强制执行）。")},
    # withdrawn: a penalty annulled on 行政复议 — not counted
    {"kind": "penalty", "published_on": "2023-09-08", "withdrawn": {"on": "2023-11-30",
        "reason": "该处罚决定经行政复议被撤销，撤销公示。"}, "fields": common(
        "宁夏利通恒信广告传媒有限公司", "法人及非法人组织", credit_code=company_a, legal_representative="马志强",
        document_number="利政罚〔2023〕8号", violation_type="擅自设置户外广告",
        violation_facts="未经许可在利通区裕民街设置户外广告牌一处。",
        penalty_basis="《城市市容和环境卫生管理条例》第十一条、第三十六条", penalty_category="罚款",
        penalty_content="罚款人民币壹仟元整。", fine_amount="0.1",
        decision_date="2023-09-04", penalty_valid_until="2024-03-03", publicity_until="2028-09-03")},
]
json.dump({"decisions": ltq}, open("ltq/credit_decisions.json", "w"), ensure_ascii=False, indent=2)
print(len(decisions), "wzsmzj;", len(ltq), "ltq;", company_a, company_b, shop, person_a, person_b)
