#!/usr/bin/env python3
"""Consistency check of the demo data set (data/demo/). Run: python3 data/demo/check.py
Exit 0 when every rule holds, 1 with one line per broken rule."""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
HOLIDAYS = os.path.join(HERE, "..", "holidays")
GENRES = {"决议", "决定", "命令(令)", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复",
          "议案", "函", "纪要", "规划", "解读", "图解", "其他"}
PUBLIC = {"主动公开", "部分公开"}
GROUNDS = {"art14_state_secret", "art14_law_forbids", "art14_three_safety", "art15_third_party",
           "art16_internal_affairs", "art16_process_info", "art16_enforcement_file"}
CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def credit_ok(code):
    if len(code) != 18 or any(c not in CS for c in code):
        return False
    c = 31 - sum(CS.index(a) * w for a, w in zip(code, W)) % 31
    return CS[0 if c == 31 else c] == code[17]


OFF = {}


def calendar(year):
    path = os.path.join(HOLIDAYS, f"{year}.json")
    for d in json.load(open(path, encoding="utf-8"))["days"]:
        OFF[d["date"]] = d["off"]


def working_day(d):
    s = d.isoformat()
    return not OFF[s] if s in OFF else d.weekday() < 5


def working_days_between(a, b):
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += working_day(d)
    return n


agency = load("agency.json")
cats = load("categories.json")
items = load("items.json")
guide = load("guide.json")
for y in (2015, 2016, 2017, 2018):
    calendar(y)

if not credit_ok(agency["credit_code"]) or not agency["credit_code"].startswith("11640300"):
    err(f"agency: bad credit code {agency['credit_code']}")
if agency["index_code"] not in agency["credit_code"]:
    err("agency: index_code is not the organisation code inside the credit code")
office = agency["office"]
for k, v in {"address": "宁夏吴忠市利通区明珠西路23号", "phone": "0953-2036045", "postcode": "751100",
             "email": "wzsmzjbgswf@163.com"}.items():
    if office.get(k) != v:
        err(f"agency: office {k} differs from the source document")
depts = {d["code"] for d in agency["departments"]}

cat_codes = [c["code"] for c in cats]
if len(set(cat_codes)) != len(cat_codes):
    err("categories: duplicate code")
for c in cats:
    if c["parent"] is not None and c["parent"] not in cat_codes:
        err(f"categories: {c['code']} has unknown parent")

keys = [i["key"] for i in items]
if len(set(keys)) != len(keys):
    err("items: duplicate key")
titles = [i["title"] for i in items]
if len(set(titles)) != len(titles):
    err("items: duplicate title")
docs = [i["doc_number"] for i in items if i["doc_number"]]
if len(set(docs)) != len(docs):
    err("items: duplicate doc number")
by_key = {i["key"]: i for i in items}
id_re = re.compile(r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])")
mobile_re = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
for i in items:
    k = i["key"]
    if i["category"] not in cat_codes:
        err(f"{k}: unknown category")
    if i["department"] not in depts:
        err(f"{k}: unknown department")
    if i["genre"] not in GENRES:
        err(f"{k}: bad genre {i['genre']}")
    if i["validity"] not in {"有效", "失效", "废止"}:
        err(f"{k}: bad validity")
    if i["doc_number"] and not re.search(r"〔(19|20)\d\d〕\d+号$", i["doc_number"]):
        err(f"{k}: bad doc number")
    if i["attribute"] not in PUBLIC:
        if i["published_date"]:
            err(f"{k}: a non-public item has a published_date")
        continue
    try:
        w = dt.date.fromisoformat(i["written_date"])
        p = dt.date.fromisoformat(i["published_date"])
    except ValueError:
        err(f"{k}: bad date")
        continue
    if p < w:
        err(f"{k}: published before written")
    if not working_day(p):
        err(f"{k}: published on a day off")
    if working_days_between(w, p) > 20:
        err(f"{k}: published more than 20 working days after written")
    if len(i["summary"]) > 100 or i["summary"] == i["title"]:
        err(f"{k}: summary too long or repeats the title")
    if not 200 <= len(i["body"]) <= 1500:
        err(f"{k}: body length {len(i['body'])}")
    for field in ("body", "public_body", "title", "summary"):
        text = i.get(field, "")
        if id_re.search(text) or mobile_re.search(text):
            err(f"{k}: {field} contains an ID or mobile number")
    attr = i["attribute"]
    if attr not in PUBLIC | {"依申请公开", "不予公开"}:
        err(f"{k}: bad attribute")
    if attr in PUBLIC:
        if "withholding_ground" in i:
            err(f"{k}: public item with a withholding ground")
    elif i.get("withholding_ground") not in GROUNDS:
        err(f"{k}: non-public item without a valid withholding ground")
    if (attr == "部分公开") != ("public_body" in i):
        err(f"{k}: public_body must be present exactly for 部分公开")
    if "public_body" in i and ("删除" not in i["public_body"] or i["public_body"] == i["body"]):
        err(f"{k}: public_body does not mark a withheld passage")
    if "interprets" in i:
        target = by_key.get(i["interprets"])
        if not target or target["category"] != "zcwj" or i["category"] != "zcjd":
            err(f"{k}: interprets must link a zcjd item to a zcwj item")

public_2017 = [i for i in items if i["published_date"].startswith("2017") and i["attribute"] in PUBLIC]
if len(public_2017) != 88:
    err(f"items: {len(public_2017)} public items published in 2017, the source says 88")
if sum(i["attribute"] == "部分公开" for i in public_2017) < 3:
    err("items: fewer than 3 部分公开 items in 2017")
hidden = [i for i in items if i["attribute"] not in PUBLIC]
for attr in ("依申请公开", "不予公开"):
    if sum(i["attribute"] == attr for i in hidden) < 2:
        err(f"items: fewer than 2 {attr} items")
for i in hidden:
    if "内部" not in i["title"]:
        err(f"{i['key']}: non-public item title lacks the marker 内部")
    for j in items:
        if j["attribute"] in PUBLIC and i["title"] in j["body"] + j.get("public_body", ""):
            err(f"{j['key']}: public text names the non-public item {i['key']}")
if not any(i["published_date"].startswith("2016") for i in items):
    err("items: no item published in 2016")

gkeys = [s["key"] for s in guide]
if len(set(gkeys)) != len(gkeys) or any(not s["body"].strip() for s in guide):
    err("guide: duplicate key or empty section")

for e in errors:
    print(e)
print(f"{len(items)} items, {len(public_2017)} public in 2017, {len(hidden)} non-public: "
      + ("OK" if not errors else f"{len(errors)} problems"))
sys.exit(1 if errors else 0)
