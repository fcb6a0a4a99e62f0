// 依申请公开 on the portal, over HTTP: the explanation page, the form and
// its refusals, the receipt with code and password, the look-up with the
// due date worked out from the holiday files, the reply letter and the
// disclosed file, the password lock-out, and the applicant's personal data
// on no public page.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>

#include "http/test_site_fixture.h"
#include "api/api.h"
#include "portal/portal.h"
#include "org/agency_repository.h"
#include "requests/request_commands.h"
#include "requests/request_queries.h"
#include "store/database.h"
#include "requests_http/requests_server_fixture.h"

namespace gongkai::testing {
namespace {

const RequestsServer& server() { return RequestsServer::instance(); }

bool has(const std::string& body, const std::string& text) { return body.find(text) != std::string::npos; }

struct Receipt {
  std::string code;      // ABCD-EFGH-JKMN
  std::string password;
};

// Reads the tracking code and the password off a receipt page.
Receipt read_receipt(const std::string& page) {
  std::smatch m;
  const std::regex pattern(
      "<dt>查询码</dt><dd class=\"tracking-code\"><strong>([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})</strong></dd>\\s*"
      "<dt>查询密码</dt><dd class=\"tracking-code\"><strong>([^<]+)</strong></dd>");
  if (!std::regex_search(page, m, pattern)) return {};
  return {m[1], m[2]};
}

HttpReply file_through_form(const std::vector<std::pair<std::string, std::string>>& fields,
                            const std::vector<MultipartFile>& files = {}) {
  return server().post("/xxgk/ysq/sq", multipart_type(), multipart_body(fields, files));
}

// One application filed through the form, shared by the tests that look it up.
const Receipt& filed_once() {
  static const Receipt receipt = [] {
    const auto reply = file_through_form(valid_application_fields(),
                                         {{"线索.txt", "text/plain", "2017年低保名单所在文件的线索"}});
    EXPECT_EQ(reply.status, 200);
    return read_receipt(reply.decoded_body());
  }();
  return receipt;
}

HttpReply look_up(const std::string& code, const std::string& password, const std::string& target = "/xxgk/ysq/cx") {
  return server().post_form(target, "code=" + form_encode(code) + "&password=" + form_encode(password));
}

std::vector<std::pair<std::string, std::string>> with(std::vector<std::pair<std::string, std::string>> fields,
                                                      const std::string& name, const std::string& value) {
  for (auto& [key, old] : fields) {
    if (key == name) old = value;
  }
  return fields;
}

int64_t applications() { return server().count("SELECT COUNT(*) FROM applications"); }

// Python's html.parser over each page: elements close in order, ids are
// unique, one <h1> and one <main>, no script or inline style, and every
// visible form control has a label (label for=id, or a wrapping label).
constexpr const char* kMarkupChecker = R"PY(
import sys, html.parser
VOID = {'meta','link','input','br','img','hr','source','area','base','col','embed','param','track','wbr'}
class Check(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.problems = []; self.ids = set(); self.count = {}
        self.labelled = set(); self.controls = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.count[tag] = self.count.get(tag, 0) + 1
        if 'id' in a:
            if a['id'] in self.ids: self.problems.append('duplicate id ' + a['id'])
            self.ids.add(a['id'])
        if 'style' in a or any(k.startswith('on') for k in a): self.problems.append('inline style or handler on ' + tag)
        if tag in ('script', 'style'): self.problems.append(tag + ' element')
        if tag == 'label' and 'for' in a: self.labelled.add(a['for'])
        if tag in ('input', 'select', 'textarea') and a.get('type') not in ('hidden', 'submit'):
            if 'label' not in self.stack: self.controls.append(a.get('id') or '?' + a.get('name', ''))
        if tag not in VOID: self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append('</%s> closes %s' % (tag, self.stack[-1:] or 'nothing')); return
        self.stack.pop()
for number, name in enumerate(sys.argv[1:]):
    c = Check(); c.feed(open(name, encoding='utf-8').read()); c.close()
    if c.stack: c.problems.append('unclosed ' + ' '.join(c.stack))
    if c.count.get('h1', 0) != 1: c.problems.append('%d h1' % c.count.get('h1', 0))
    if c.count.get('main', 0) != 1: c.problems.append('%d main' % c.count.get('main', 0))
    for control in c.controls:
        if control not in c.labelled: c.problems.append('no label for ' + control)
    print('%d\t%s' % (number, '; '.join(c.problems)))
)PY";

std::vector<std::string> markup_problems(const std::vector<std::string>& pages) {
  const auto dir = std::filesystem::temp_directory_path() / ("gongkai-ysq-markup-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "check.py", std::ios::binary) << kMarkupChecker;
  std::string command = "python3 '" + (dir / "check.py").string() + "'";
  for (size_t i = 0; i < pages.size(); ++i) {
    const auto page = dir / (std::to_string(i) + ".html");
    std::ofstream(page, std::ios::binary) << pages[i];
    command += " '" + page.string() + "'";
  }
  command += " > '" + (dir / "out.txt").string() + "' 2>&1";
  std::vector<std::string> problems(pages.size(), "not checked");
  if (std::system(command.c_str()) == 0) {
    std::ifstream in(dir / "out.txt");
    std::string line;
    while (std::getline(in, line)) {
      const size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      const size_t index = std::stoul(line.substr(0, tab));
      if (index < problems.size()) problems[index] = line.substr(tab + 1);
    }
  }
  std::filesystem::remove_all(dir);
  return problems;
}

TEST(PortalRequests, IntroductionExplainsTheProcedureAndLinksOn) {
  const auto reply = server().get("/xxgk/ysq/");
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<a href=\"/xxgk/ysq/\" aria-current=\"page\">依申请公开</a>"));
  EXPECT_TRUE(has(body, "自收到申请之日起20个工作日内予以答复"));
  EXPECT_TRUE(has(body, "信息处理费"));
  EXPECT_TRUE(has(body, "行政复议"));
  EXPECT_TRUE(has(body, "href=\"/xxgk/ysq/sq\""));
  EXPECT_TRUE(has(body, "href=\"/xxgk/ysq/cx\""));
  EXPECT_TRUE(has(body, "<dt>联系电话</dt><dd>0953-2036045</dd>"));
  EXPECT_EQ(server().get("/xxgk/ysq").status, 301);
  EXPECT_TRUE(has(server().get("/xxgk/").decoded_body(), "<a href=\"/xxgk/ysq/\">依申请公开</a>"));
}

TEST(PortalRequests, FormOffersEveryAgencyAndTheVocabularies) {
  const auto reply = server().get("/xxgk/ysq/sq");
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<form method=\"post\" action=\"/xxgk/ysq/sq\" enctype=\"multipart/form-data\">"));
  EXPECT_TRUE(has(body, "<option value=\"wzsmzj\" selected>吴忠市民政局</option>"));
  EXPECT_TRUE(has(body, "<option value=\"ltq\">吴忠市利通区人民政府</option>"));
  EXPECT_TRUE(has(body, "<option value=\"natural\" selected>自然人</option>"));
  EXPECT_TRUE(has(body, "<optgroup label=\"法人或其他组织\">"));
  for (const char* kind : {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}) {
    EXPECT_TRUE(has(body, std::string(">") + kind + "</option>")) << kind;
  }
  EXPECT_TRUE(has(body, "value=\"paper\""));
  EXPECT_TRUE(has(body, "value=\"pickup\""));
  EXPECT_TRUE(has(body, "<input id=\"ysq-files\" name=\"attachments\" type=\"file\" multiple"));
  EXPECT_TRUE(has(body, "个人信息保护说明"));
  EXPECT_TRUE(has(body, "name=\"website\""));
  EXPECT_FALSE(has(body, "<script"));
}

TEST(PortalRequests, FilingShowsCodePasswordAndTheDueDate) {
  const auto reply = file_through_form(with(valid_application_fields(), "description", "请公开2018年临时救助审批表。"));
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.header("cache-control"), "no-store");
  const std::string body = reply.decoded_body();
  const Receipt receipt = read_receipt(body);
  EXPECT_FALSE(receipt.code.empty());
  EXPECT_FALSE(receipt.password.empty());
  EXPECT_TRUE(has(body, "查询密码只显示这一次"));
  const CivilDate today = china_today();
  EXPECT_TRUE(has(body, "<dt>收到申请日期</dt><dd>" + chinese_date(today) + "</dd>"));
  EXPECT_TRUE(has(body, "<dt>答复期限</dt><dd>" + chinese_date(nth_working_day_after(today, 20)) + "前"));
  EXPECT_FALSE(has(body, kApplicantId));
  EXPECT_FALSE(has(body, kApplicantPhone));
}

TEST(PortalRequests, LookUpShowsStatusMaskedNameAndDueDate) {
  const Receipt& receipt = filed_once();
  ASSERT_FALSE(receipt.code.empty());
  const auto reply = look_up(receipt.code, receipt.password);
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.header("cache-control"), "no-store");
  const std::string body = reply.decoded_body();
  const CivilDate today = china_today();
  EXPECT_TRUE(has(body, "<dd>" + receipt.code + "</dd>"));
  EXPECT_TRUE(has(body, "<dd>吴忠市民政局</dd>"));
  EXPECT_TRUE(has(body, ">办理中</span>"));
  EXPECT_TRUE(has(body, "<dt>答复期限</dt><dd>" + chinese_date(nth_working_day_after(today, 20)) + "前</dd>"));
  EXPECT_TRUE(has(body, "<summary>期限如何计算</summary>"));
  EXPECT_TRUE(has(body, "请公开2017年吴忠市城乡最低生活保障资金发放明细。"));
  EXPECT_TRUE(has(body, "收到申请"));
  EXPECT_FALSE(has(body, kApplicantName));
  EXPECT_TRUE(has(body, "<dt>申请人</dt><dd>欧"));
  EXPECT_FALSE(has(body, kApplicantId));
  EXPECT_FALSE(has(body, kApplicantPhone));
  EXPECT_FALSE(has(body, "下载答复书"));
  // The code typed without dashes and in lower case opens it too.
  std::string typed;
  for (char ch : receipt.code) {
    if (ch != '-') typed += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  EXPECT_EQ(look_up(typed, receipt.password).status, 200);
  EXPECT_EQ(server().get("/xxgk/ysq/cx").header("cache-control"), "no-store");
}

TEST(PortalRequests, ApplicantDataAppearsOnNoOtherPublicPage) {
  ASSERT_FALSE(filed_once().code.empty());
  const std::vector<std::string> pages = {"/",           "/xxgk/",       "/xxgk/ysq/",
                                          "/xxgk/ysq/sq", "/xxgk/ysq/cx", "/search?q=" + form_encode(kApplicantName),
                                          "/search?q=" + form_encode("城乡最低生活保障资金发放明细"),
                                          "/sitemap.xml", "/feed.xml"};
  for (const std::string& target : pages) {
    const auto reply = server().get(target);
    EXPECT_LT(reply.status, 500) << target;
    const std::string body = reply.decoded_body();
    EXPECT_FALSE(has(body, kApplicantId)) << target;
    EXPECT_FALSE(has(body, kApplicantPhone)) << target;
    if (target.rfind("/search", 0) == 0) {
      // The search page repeats what was typed; it finds nothing.
      EXPECT_TRUE(has(body, "没有找到相关信息")) << target;
    } else {
      EXPECT_FALSE(has(body, kApplicantName)) << target;
    }
    EXPECT_FALSE(has(body, kApplicantAddress)) << target;
  }
}

TEST(PortalRequests, WrongCheckDigitIsRefusedWithTheInputKeptAndNothingStored) {
  // 11010119900307123 takes the check digit 3 (see the fixture); 5 is wrong.
  const int64_t before = applications();
  const auto reply = file_through_form(with(valid_application_fields(), "id_number", "110101199003071235"));
  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(reply.header("cache-control"), "no-store");
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<p class=\"error\" role=\"alert\">"));
  EXPECT_TRUE(has(body, "身份证"));
  EXPECT_TRUE(has(body, std::string("value=\"") + kApplicantName + "\""));
  EXPECT_TRUE(has(body, "请公开2017年吴忠市城乡最低生活保障资金发放明细。</textarea>"));
  EXPECT_TRUE(has(body, "value=\"paper\" checked"));
  EXPECT_EQ(applications(), before);
}

TEST(PortalRequests, MissingDescriptionIsRefused) {
  const int64_t before = applications();
  const auto reply = file_through_form(with(valid_application_fields(), "description", "   "));
  EXPECT_EQ(reply.status, 422);
  EXPECT_TRUE(has(reply.decoded_body(), "<p class=\"error\" role=\"alert\">"));
  EXPECT_EQ(applications(), before);
}

TEST(PortalRequests, UnknownAgencyIsRefused) {
  const auto reply = file_through_form(with(valid_application_fields(), "agency", "nosuch"));
  EXPECT_EQ(reply.status, 422);
  EXPECT_TRUE(has(reply.decoded_body(), "受理机关不存在"));
}

TEST(PortalRequests, OversizedAttachmentIsRefusedWithAMessage) {
  const int64_t before = applications();
  const std::string big(requests::kMaxRequestFileBytes + 1, 'a');
  const auto reply = file_through_form(valid_application_fields(), {{"大文件.txt", "text/plain", big}});
  EXPECT_TRUE(reply.status == 413 || reply.status == 422) << reply.status;
  EXPECT_TRUE(has(reply.decoded_body(), "<p class=\"error\" role=\"alert\">")) << reply.decoded_body().substr(0, 400);
  EXPECT_EQ(applications(), before);
}

TEST(PortalRequests, TooManyAttachmentsAreRefused) {
  const int64_t before = applications();
  std::vector<MultipartFile> files(requests::kMaxRequestFiles + 1, {"a.txt", "text/plain", "a"});
  const auto reply = file_through_form(valid_application_fields(), files);
  EXPECT_EQ(reply.status, 422);
  EXPECT_TRUE(has(reply.decoded_body(), "附件最多5个"));
  EXPECT_EQ(applications(), before);
}

TEST(PortalRequests, RobotFillingTheHoneypotSeesAReceiptButNothingIsStored) {
  const int64_t before = applications();
  const auto reply = file_through_form(with(valid_application_fields(), "website", "http://spam.example"));
  EXPECT_EQ(reply.status, 200);
  EXPECT_FALSE(read_receipt(reply.decoded_body()).code.empty());
  EXPECT_EQ(applications(), before);
}

TEST(PortalRequests, PostFromAnotherSiteIsForbidden) {
  const int64_t before = applications();
  const auto reply = server().post("/xxgk/ysq/sq", multipart_type(), multipart_body(valid_application_fields()),
                                   {{"Origin", "https://evil.example"}});
  EXPECT_EQ(reply.status, 403);
  EXPECT_EQ(applications(), before);
}

TEST(PortalRequests, WrongPasswordIsNotFound) {
  const Receipt& receipt = filed_once();
  const auto reply = look_up(receipt.code, "wrong-password");
  EXPECT_EQ(reply.status, 404);
  EXPECT_EQ(reply.header("cache-control"), "no-store");
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<p class=\"error\" role=\"alert\">查询码或查询密码不正确</p>"));
  EXPECT_TRUE(has(body, "value=\"" + receipt.code + "\""));
  EXPECT_FALSE(has(body, "wrong-password"));
}

TEST(PortalRequests, RepliedCaseShowsTheLetterAndServesTheDisclosedFile) {
  const RepliedCase& replied = server().replied();
  const auto reply = look_up(replied.code, replied.password);
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, ">已办结</span>"));
  EXPECT_TRUE(has(body, "<article class=\"reply-letter\">"));
  EXPECT_TRUE(has(body, "<p class=\"letterhead\">吴忠市民政局</p>"));
  EXPECT_TRUE(has(body, "政府信息公开申请答复书"));
  EXPECT_TRUE(has(body, "所申请信息见附件。"));
  EXPECT_TRUE(has(body, "<li>2017年城乡低保资金发放情况.pdf</li>"));
  EXPECT_TRUE(has(body, "<form method=\"post\" action=\"/xxgk/ysq/cx/reply.pdf\">"));
  const std::string file_action = "/xxgk/ysq/cx/file/" + std::to_string(replied.file_id);
  EXPECT_TRUE(has(body, "<form method=\"post\" action=\"" + file_action + "\">"));
  EXPECT_FALSE(has(body, "640302198506120013"));
  EXPECT_FALSE(has(body, "13700001111"));

  const auto file = look_up(replied.code, replied.password, file_action);
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.body, replied.file_content);
  EXPECT_EQ(file.header("content-type"), "application/pdf");
  EXPECT_EQ(file.header("cache-control"), "no-store");
  EXPECT_TRUE(has(file.header("content-disposition"), "attachment"));
  // The file is not served by GET, nor to a wrong password.
  EXPECT_EQ(server().get(file_action).status, 405);
  EXPECT_EQ(look_up(replied.code, "nope", file_action).status, 404);
}

TEST(PortalRequests, TheApplicantSeesAndDownloadsTheNoticesSent) {
  const RepliedCase& replied = server().replied();
  const auto reply = look_up(replied.code, replied.password);
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<h2 id=\"notices-title\">告知书</h2>"));
  EXPECT_TRUE(has(body, "<h3>政府信息公开申请延期答复告知书</h3>"));
  EXPECT_TRUE(has(body, "因需要汇总多个县区的数据，本机关不能在20个工作日内作出答复。"));
  const std::string action = "/xxgk/ysq/cx/notice/" + std::to_string(replied.extension_event_id);
  EXPECT_TRUE(has(body, "<form method=\"post\" action=\"" + action + "\">"));

  const auto pdf = look_up(replied.code, replied.password, action);
  ASSERT_EQ(pdf.status, 200) << pdf.decoded_body().substr(0, 300);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  EXPECT_EQ(pdf.header("cache-control"), "no-store");
  // Not to a wrong password, and not for an event that has no notice.
  EXPECT_EQ(look_up(replied.code, "nope", action).status, 404);
  EXPECT_EQ(look_up(replied.code, replied.password, "/xxgk/ysq/cx/notice/999999").status, 404);
}

TEST(PortalRequests, ReplyLetterPdfIsServedToTheApplicant) {
  const RepliedCase& replied = server().replied();
  const auto pdf = look_up(replied.code, replied.password, "/xxgk/ysq/cx/reply.pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.decoded_body().substr(0, 300);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  EXPECT_EQ(pdf.header("cache-control"), "no-store");
}

TEST(PortalRequests, EveryPageIsWellNestedAndEveryControlLabelled) {
  const Receipt& receipt = filed_once();
  const RepliedCase& replied = server().replied();
  const std::vector<std::pair<std::string, HttpReply>> replies = {
      {"intro", server().get("/xxgk/ysq/")},
      {"form", server().get("/xxgk/ysq/sq")},
      {"refused form", file_through_form(with(valid_application_fields(), "description", ""))},
      {"receipt", file_through_form(with(valid_application_fields(), "website", "x"))},
      {"look-up", server().get("/xxgk/ysq/cx")},
      {"look-up refused", look_up(receipt.code, "nope")},
      {"status", look_up(receipt.code, receipt.password)},
      {"replied status", look_up(replied.code, replied.password)},
  };
  std::vector<std::string> pages;
  for (const auto& [name, reply] : replies) pages.push_back(reply.decoded_body());
  const auto problems = markup_problems(pages);
  for (size_t i = 0; i < replies.size(); ++i) EXPECT_EQ(problems[i], "") << replies[i].first;
}

// The lock-out gets a site of its own: it bars every look-up from 127.0.0.1.
TEST(PortalRequestsLockout, SixthWrongPasswordFromOneAddressLocksOutEvenTheRightOne) {
  TestSite site("requests-lockout");
  requests::FiledRequest filed;
  {
    auto c = site.app().database().lease();
    {
      store::Transaction t(*c);
      org::Agency agency;
      agency.code = "wzsmzj";
      agency.name = "吴忠市民政局";
      agency.index_code = "000014349";
      agency.index_pattern = "{code}/{year}-{serial:5}";
      org::create_agency(*c, {"tester", "127.0.0.1"}, agency);
      t.commit();
    }
    requests::ApplicationForm form;
    form.applicant_kind = "natural";
    form.name = "杨五";
    form.id_type = "resident_id";
    form.id_number = kApplicantId;
    form.email = "yw@example.com";
    form.description = "低保名单。";
    form.form_wanted = "electronic";
    form.delivery = "email";
    filed = requests::file_request(*c, site.app().request_services(), {"10.6.6.6", engagement::Moment::now()},
                                   org::require_agency(*c, "wzsmzj").id, form, "online");
  }
  portal::register_portal_routes(site.router(), site.app());
  const uint16_t port = site.serve();
  auto attempt = [port, &filed](const std::string& password) {
    const std::string body = "code=" + filed.tracking_code + "&password=" + form_encode(password);
    return http_request(port, "POST", "/xxgk/ysq/cx", {{"Content-Type", "application/x-www-form-urlencoded"}}, body)
        ->status;
  };
  for (int i = 1; i <= requests::kLookupFailuresPerAddress; ++i) EXPECT_EQ(attempt("wrong" + std::to_string(i)), 404) << i;
  EXPECT_EQ(attempt("wrong6"), 429);
  const auto locked = http_request(port, "POST", "/xxgk/ysq/cx", {{"Content-Type", "application/x-www-form-urlencoded"}},
                                   "code=" + filed.tracking_code + "&password=" + form_encode(filed.query_password));
  EXPECT_EQ(locked->status, 429);
  EXPECT_TRUE(has(locked->decoded_body(), "查询密码错误次数过多"));
}

}  // namespace
}  // namespace gongkai::testing
