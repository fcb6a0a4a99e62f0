// The pool: threads lease connections at the same time and every write lands.
#include <atomic>
#include <thread>

#include "store_fixture.h"

namespace gongkai::store::testing {
namespace {

using Pool = StoreTest;

TEST_P(Pool, FourThreadsInsertingConcurrentlyLoseNothing) {
  create("CREATE TABLE hit (id {{id}}, worker {{bigint}} NOT NULL, seq {{bigint}} NOT NULL)");
  constexpr int kThreads = 4;
  constexpr int kRowsEach = 50;
  std::atomic<int> failures{0};
  std::vector<std::string> errors(kThreads);
  std::vector<std::thread> threads;
  for (int worker = 0; worker < kThreads; ++worker) {
    threads.emplace_back([&, worker] {
      try {
        for (int seq = 0; seq < kRowsEach; ++seq) {
          auto c = db_->lease();
          Transaction transaction(*c);
          c->execute("INSERT INTO hit (worker, seq) VALUES (?, ?)", {int64_t{worker}, int64_t{seq}});
          transaction.commit();
        }
      } catch (const std::exception& e) {
        ++failures;
        errors[worker] = e.what();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0) << errors[0] << errors[1] << errors[2] << errors[3];

  auto c = db_->lease();
  EXPECT_EQ(count("hit"), kThreads * kRowsEach);
  EXPECT_EQ(c->query_one("SELECT COUNT(DISTINCT id) FROM hit")->integer(0), kThreads * kRowsEach);
  Rows per_worker = c->query("SELECT worker, COUNT(*) AS n, SUM(seq) AS total FROM hit GROUP BY worker ORDER BY worker");
  ASSERT_EQ(per_worker.size(), static_cast<size_t>(kThreads));
  for (int worker = 0; worker < kThreads; ++worker) {
    EXPECT_EQ(per_worker[worker].integer("worker"), worker);
    EXPECT_EQ(per_worker[worker].integer("n"), kRowsEach);
    EXPECT_EQ(per_worker[worker].integer("total"), kRowsEach * (kRowsEach - 1) / 2);  // 0 + 1 + … + 49
  }
}

TEST_P(Pool, SimultaneousLeasesAreDistinctConnections) {
  create("CREATE TABLE note (text_value TEXT)");
  auto first = db_->lease();
  auto second = db_->lease();
  Transaction transaction(*first);
  first->execute("INSERT INTO note (text_value) VALUES (?)", {std::string("未提交")});
  // The second connection does not see the first one's uncommitted row.
  EXPECT_EQ(second->query_one("SELECT COUNT(*) FROM note")->integer(0), 0);
  EXPECT_FALSE(second->in_transaction());
  transaction.commit();
  EXPECT_EQ(second->query_one("SELECT COUNT(*) FROM note")->integer(0), 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Pool, all_engines(), engine_name);

}  // namespace
}  // namespace gongkai::store::testing
