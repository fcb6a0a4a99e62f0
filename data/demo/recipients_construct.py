# How data/demo/recipients/*.csv and recipient_lists.json were constructed
# (docs/keyareas.md): constructed households of 金积镇 (利通区, region code
# 640302) with fictional, checksum-valid (GB 11643) ID numbers. Deterministic.
# Run from data/demo: python3 recipients_construct.py
import csv, json, random

random.seed(20171208)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"
used = set()

def id_number(female):
    while True:
        y = random.randint(1938, 1995); m = random.randint(1, 12); d = random.randint(1, 28)
        seq = random.randint(10, 99) * 10 + (random.choice([0, 2, 4, 6, 8]) if female else random.choice([1, 3, 5, 7, 9]))
        body = "640302%04d%02d%02d%03d" % (y, m, d, seq)
        n = body + C[sum(int(a) * b for a, b in zip(body, W)) % 11]
        if n not in used:
            used.add(n); return n

NAMES = [("马秀兰", 1), ("杨志强", 0), ("丁玉梅", 1), ("李建国", 0), ("王桂花", 1), ("张福", 0), ("金凤英", 1),
         ("纳海军", 0), ("田明", 0), ("海小平", 0), ("苏菊花", 1), ("沙宝林", 0), ("马占山", 0), ("杨淑琴", 1),
         ("马海龙", 0), ("锁金花", 1), ("白玉珍", 1), ("周春梅", 1), ("刘成", 0), ("马凤兰", 1), ("冶正清", 0),
         ("拜秀英", 1), ("虎生贵", 0), ("马兰花", 1), ("韩德明", 0), ("丁学义", 0), ("罗桂兰", 1), ("杨万福", 0),
         ("马金梅", 1), ("何玉林", 0), ("吴淑贞", 1), ("黑占海", 0), ("马成福", 0), ("郝彩霞", 1), ("陈富贵", 0),
         ("金玉兰", 1), ("马有才", 0), ("尤秀花", 1), ("满学军", 0), ("摆玉珍", 1), ("安志福", 0), ("赵桂英", 1)]
names = iter(NAMES)

def household(villages, size_range, per_person):
    name, female = next(names)
    size = random.randint(*size_range)
    return {"name": name, "id": id_number(female), "village": random.choice(villages), "size": size,
            "amount": size * random.randint(*per_person)}

HEADER = ["户主姓名", "身份证号码", "乡镇（街道）", "村（社区）", "家庭人口", "保障金额（元）", "变动情况"]

def write(file, rows):
    with open("recipients/" + file, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r["name"], r["id"], "金积镇", r["village"], r["size"], "%d.00" % r["amount"], r["change"]])

communities = ["金积社区", "新华社区", "汉渠社区"]
villages = ["西门村", "大庙村", "秦坝关村", "汉坝村", "关渠村"]

# 城市低保, 金积镇: 18 households in November, December adds 2 (新增), stops 1, adjusts 2.
urban = [household(communities, (1, 5), (300, 420)) for _ in range(20)]
november = [dict(h, change="续保") for h in urban[:18]]
december = [dict(h, change="续保") for h in urban]
december[18]["change"] = december[19]["change"] = "新增"
december[5]["change"] = "停发"; december[5]["amount"] = 0
for i in (2, 11):
    december[i]["change"] = "调整"; december[i]["amount"] += 30 * december[i]["size"]
withdrawn = [dict(h) for h in november]
withdrawn[6]["size"] += 2  # the error that made the office withdraw the list
withdrawn[6]["amount"] = november[6]["amount"] // november[6]["size"] * withdrawn[6]["size"]
write("urban_dibao_2017-11_jinji_withdrawn.csv", withdrawn)
write("urban_dibao_2017-11_jinji.csv", november)
write("urban_dibao_2017-12_jinji.csv", december)

# 农村低保, 金积镇, December: 12 households.
rural = [dict(household(villages, (1, 6), (220, 300)), change="续保") for _ in range(12)]
rural[0]["change"] = "新增"; rural[4]["change"] = "调整"
write("rural_dibao_2017-12_jinji.csv", rural)

# 特困人员分散供养, 金积镇, December: 4 persons supported at home.
tekun = [dict(household(villages, (1, 1), (400, 420)), change="续保") for _ in range(4)]
write("tekun_dispersed_2017-12_jinji.csv", tekun)

# 临时救助, 金积镇, the fourth quarter: 6 one-off payments (新增).
temporary = []
for _ in range(6):
    h = household(villages + communities, (1, 5), (300, 600))
    h["amount"] = random.choice([800, 1000, 1500, 2000, 3000]); h["change"] = "新增"
    temporary.append(h)
write("temporary_assistance_2017-Q4_jinji.csv", temporary)

lists = [
    {"programme": "urban_dibao", "period": "2017-11", "area": "金积镇", "kind": "roster",
     "file": "recipients/urban_dibao_2017-11_jinji_withdrawn.csv", "imported_on": "2017-11-06",
     "published_on": "2017-11-08", "withdrawn_on": "2017-11-09",
     "withdrawal_reason": "第7户家庭人口登记有误，核实更正后重新公示"},
    {"programme": "urban_dibao", "period": "2017-11", "area": "金积镇", "kind": "roster",
     "file": "recipients/urban_dibao_2017-11_jinji.csv", "imported_on": "2017-11-09", "published_on": "2017-11-10"},
    {"programme": "urban_dibao", "period": "2017-12", "area": "金积镇", "kind": "roster",
     "file": "recipients/urban_dibao_2017-12_jinji.csv", "imported_on": "2017-12-05", "published_on": "2017-12-08"},
    {"programme": "rural_dibao", "period": "2017-12", "area": "金积镇", "kind": "roster",
     "file": "recipients/rural_dibao_2017-12_jinji.csv", "imported_on": "2017-12-05", "published_on": "2017-12-08"},
    {"programme": "tekun_dispersed", "period": "2017-12", "area": "金积镇", "kind": "roster",
     "file": "recipients/tekun_dispersed_2017-12_jinji.csv", "imported_on": "2017-12-05", "published_on": "2017-12-08"},
    {"programme": "temporary_assistance", "period": "2017-Q4", "area": "金积镇", "kind": "roster",
     "file": "recipients/temporary_assistance_2017-Q4_jinji.csv", "imported_on": "2018-01-05",
     "published_on": "2018-01-10"},
]
with open("recipient_lists.json", "w", encoding="utf-8") as out:
    json.dump({"lists": lists}, out, ensure_ascii=False, indent=2)
    out.write("\n")
