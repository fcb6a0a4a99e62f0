# How data/demo/assistance.csv was constructed (docs/keyareas.md): monthly 2017 records whose
# yearly figures are exactly the source's. Run: python3 assistance_construct.py > assistance.csv

import calendar
rows=[]
def spread(total, weights):
    s=sum(weights); parts=[total*w//s for w in weights]; parts[-1]+=total-sum(parts); return parts
import datetime
def pub(y,m):
    # the 8th of the next month, or the next weekday; October's holiday week moves September's to the 12th
    m2=m+1; y2=y
    if m2==13: m2=1; y2+=1
    d=datetime.date(y2,m2,12 if m2==10 else 8)
    while d.weekday()>=5: d+=datetime.timedelta(days=1)
    return d.isoformat()
# Urban dibao: persons declining 33900 -> 32500; amount 14556万 = 14,556,000,000 fen... in fen: 14556*10^4*100
def monthly(name, person_times_total, amount_fen_total, start, endv, hh_ratio, level_start, level_end, dec_end=None, households=True):
    if dec_end is not None:
        # a straight decline ending at the year-end headcount, summing to the person-months
        start = 2*person_times_total/12 - dec_end
        pt=[round(start+(dec_end-start)*i/11) for i in range(12)]
        pt[11]=dec_end; i=5
        while sum(pt)!=person_times_total:
            pt[i]+= 1 if sum(pt)<person_times_total else -1; i=1+(i%10)
    else:
        w=[start+(endv-start)*i/11 for i in range(12)]
        pt=spread(person_times_total,[int(x*1000) for x in w])
    lv=[level_start+(level_end-level_start)*i/11 for i in range(12)]
    am=spread(amount_fen_total,[int(pt[i]*lv[i]) for i in range(12)])
    # round each month's amount to whole yuan except the last
    carry=0
    for i in range(11):
        r=am[i]%100; am[i]-=r; carry+=r
    am[11]+=carry
    for i in range(12):
        hh=round(pt[i]/hh_ratio) if households else ''
        rows.append([name,f"2017-{i+1:02d}",hh,pt[i],pt[i],f"{am[i]//100}.{am[i]%100:02d}",'',pub(2017,i+1)])
    return pt,am
u=monthly('城市低保',398090,14556_000000,34120,32280,2.05,352,378)
r=monthly('农村低保',1129772,30082_480000,96300,91900,2.6,258,274)
c=monthly('集中供养',8820,623_920000,820,605,1.0,700,712,dec_end=605,households=False)
d=monthly('分散供养',21260,866_250000,1890,1640,1.0,400,414,dec_end=1640,households=False)
for row in rows:
    if row[0] in ('集中供养','分散供养'): row[2]=''
# temporary assistance quarterly
pt=spread(65302,[14,16,17,21]); am=spread(3853_750000,[14,16,17,21])
carry=0
for i in range(3):
    rr=am[i]%100; am[i]-=rr; carry+=rr
am[3]+=carry
qpub=['2017-04-12','2017-07-12','2017-10-17','2018-01-11']
for i in range(4):
    rows.append(['临时救助',f"2017-Q{i+1}",round(pt[i]*0.93),'',pt[i],f"{am[i]//100}.{am[i]%100:02d}",'',qpub[i]])
# one-offs
rows.append(['开斋节古尔邦节补助','2017-06-21',41350,'','','16105000.00','','2017-06-23'])
rows.append(['开斋节古尔邦节补助','2017-08-28',41350,'','','16105000.00','','2017-08-30'])
rows.append(['取暖费','2017-11-15',52180,'','','51881700.00','','2017-11-17'])
rows.append(['春节过节补贴','2017-01-20',52750,'','','5275300.00','','2017-01-23'])
import csv,sys
w=csv.writer(sys.stdout,lineterminator='\n')
w.writerow(['项目','统计期','户数','人数','人次','金额（元）','数据来源','公开日期'])
for row in rows: w.writerow(row)
# checks
import collections
tot=collections.defaultdict(lambda:[0,0])
for row in rows:
    a=row[5].split('.'); fen=int(a[0])*100+int(a[1])
    tot[row[0]][0]+= int(row[4]) if row[4]!='' else 0; tot[row[0]][1]+=fen
for k,v in tot.items():
    lvl = v[1]//v[0] if v[0] else 0
    print(k,v,lvl, file=sys.stderr)
