// Every page's markup, checked by Python's html.parser: elements close in
// order, ids are unique, no inline style or script, one <h1>, one <main>.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "http/portal_fixture.h"

namespace gongkai::testing {
namespace {

constexpr const char* kChecker = R"PY(
import sys, html.parser
VOID = {'meta','link','input','br','img','hr','source','area','base','col','embed','param','track','wbr'}
class Check(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.problems = []; self.ids = set(); self.count = {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.count[tag] = self.count.get(tag, 0) + 1
        if 'id' in a:
            if a['id'] in self.ids: self.problems.append('duplicate id ' + a['id'])
            self.ids.add(a['id'])
        if 'style' in a or any(k.startswith('on') for k in a): self.problems.append('inline style or handler on ' + tag)
        if tag in ('script', 'style'): self.problems.append(tag + ' element')
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
    print('%d\t%s' % (number, '; '.join(c.problems)))
)PY";

// One line of problems per page ("" when it passes), in the order given.
std::vector<std::string> markup_problems(const std::vector<std::string>& pages) {
  auto dir = std::filesystem::temp_directory_path() / ("gongkai-markup-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string command = "python3 '" + (dir / "check.py").string() + "'";
  std::ofstream(dir / "check.py", std::ios::binary) << kChecker;
  for (size_t i = 0; i < pages.size(); ++i) {
    auto page = dir / (std::to_string(i) + ".html");
    std::ofstream(page, std::ios::binary) << pages[i];
    command += " '" + page.string() + "'";
  }
  command += " > '" + (dir / "out.txt").string() + "' 2>&1";
  std::vector<std::string> problems(pages.size(), "not checked");
  if (std::system(command.c_str()) == 0) {
    std::ifstream in(dir / "out.txt");
    std::string line;
    while (std::getline(in, line)) {
      size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      size_t index = std::stoul(line.substr(0, tab));
      if (index < problems.size()) problems[index] = line.substr(tab + 1);
    }
  }
  std::filesystem::remove_all(dir);
  return problems;
}

TEST(PortalMarkupTest, EveryPageIsWellNested) {
  PortalServer& server = PortalServer::instance();
  const PortalIds& ids = server.ids();
  std::vector<std::string> targets = {
      "/", "/xxgk/", "/xxgk/zn", "/xxgk/zd", "/xxgk/ml/", "/xxgk/ml/zdly?year=2016&page=2", "/xxgk/ml/?year=2015",
      "/xxgk/item/" + std::to_string(ids.policy), "/xxgk/item/" + std::to_string(ids.interpretation),
      "/xxgk/item/" + std::to_string(ids.markup), "/search", "/search?q=%E6%85%88%E5%96%84",
      "/search?q=%E8%B5%84%E9%87%91&page=2&sort=date", "/search?q=%E6%85%88%E5%96%84&year=abc", "/no/such/page",
      "/xxgk/ml/?page=0"};
  std::vector<std::string> pages;
  for (const auto& target : targets) {
    auto reply = server.get(target);
    EXPECT_LT(reply.status, 500) << target;
    pages.push_back(reply.decoded_body());
  }
  targets.push_back("/xxgk/zn (大字版)");
  pages.push_back(server.get("/xxgk/zn", {{"Cookie", "gongkai_a11y=large"}}).decoded_body());
  auto problems = markup_problems(pages);
  for (size_t i = 0; i < targets.size(); ++i) EXPECT_EQ(problems[i], "") << targets[i];
}

}  // namespace
}  // namespace gongkai::testing
