#!/usr/bin/env python3
"""Generates data/holidays/<year>.json (2008..2026) from the public holiday-cn
compilation in ../shared/data/holiday-cn. Run once; the output is committed and
the product never reads ../shared.

    python3 scripts/gen-holidays.py [SOURCE_DIR] [OUTPUT_DIR]
"""
import datetime
import json
import pathlib
import sys

FIRST_YEAR, LAST_YEAR = 2008, 2026
ROOT = pathlib.Path(__file__).resolve().parent.parent

# Document numbers confirmed against the notice texts (spec/holidays.md).
DOCUMENT_NUMBERS = {
    2017: "国办发明电〔2016〕17号",
    2018: "国办发明电〔2017〕12号",
    2024: "国办发明电〔2023〕7号",
    2025: "国办发明电〔2024〕12号",
}

# Titles of the later notices that changed a year's calendar, by address.
LATER_NOTICES = {
    "2015-05/13/content_9742": "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
    "2019-03/22/content_5375877": "国务院办公厅关于调整2019年劳动节假期安排的通知",
    "2020-01/27/content_5472352": "国务院办公厅关于延长2020年春节假期的通知",
}


def notice_title(year, paper, first):
    if first:
        title = f"国务院办公厅关于{year}年部分节假日安排的通知"
        number = DOCUMENT_NUMBERS.get(year)
        return f"{title}（{number}）" if number else title
    for key, title in LATER_NOTICES.items():
        if key in paper:
            return title
    raise SystemExit(f"{year}: no title known for {paper}")


def convert(source):
    year = source["year"]
    notices = []
    for i, paper in enumerate(source["papers"]):
        notices += [notice_title(year, paper, i == 0), paper]
    days = []
    for day in sorted(source["days"], key=lambda d: d["date"]):
        date = datetime.date.fromisoformat(day["date"])
        if not day["isOffDay"] and date.weekday() < 5:
            # A weekday "working" entry (2020-02-03, the end of the extended
            # Spring Festival) is an ordinary working day: nothing to record.
            continue
        days.append({"date": day["date"], "name": day["name"], "off": day["isOffDay"]})
    return {"year": year, "notices": notices, "days": days}


def render(data):
    """One day a line, so that a diff shows the days that changed."""
    lines = ["{", f'  "year": {data["year"]},', '  "notices": [']
    lines += [f"    {json.dumps(n, ensure_ascii=False)}," for n in data["notices"]]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["  ],", '  "days": [']
    lines += [f"    {json.dumps(d, ensure_ascii=False)}," for d in data["days"]]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n"


def main():
    source_dir = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/holiday-cn"
    output_dir = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "data/holidays"
    output_dir.mkdir(parents=True, exist_ok=True)
    seen = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        data = convert(json.loads((source_dir / f"{year}.json").read_text(encoding="utf-8")))
        for day in data["days"]:
            if day["date"] in seen:
                raise SystemExit(f"{day['date']} set by both {seen[day['date']]} and {year}")
            seen[day["date"]] = year
        (output_dir / f"{year}.json").write_text(render(data), encoding="utf-8")
        json.loads((output_dir / f"{year}.json").read_text(encoding="utf-8"))  # still valid JSON
    print(f"wrote {LAST_YEAR - FIRST_YEAR + 1} files to {output_dir}")


if __name__ == "__main__":
    main()
