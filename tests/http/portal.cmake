# The portal's and the API's HTTP tests (included from CMakeLists.txt here).
# Both executables share portal_fixture.cpp: the real HttpServer on a free
# port over an App on a fresh temporary SQLite store.
set(GONGKAI_PORTAL_FIXTURE ${CMAKE_CURRENT_SOURCE_DIR}/portal_fixture.cpp)

function(gongkai_portal_test_executable target)
  add_executable(${target} ${ARGN} ${GONGKAI_PORTAL_FIXTURE})
  target_compile_definitions(${target} PRIVATE GONGKAI_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  target_link_libraries(${target}
    PRIVATE
      gongkai_http_client
      gongkai_test_site
      gongkai_portal
      gongkai_api
      gongkai_app
      gongkai_web
      nlohmann_json::nlohmann_json
      GTest::gtest_main
  )
  gongkai_add_http_test(${target})
endfunction()

gongkai_portal_test_executable(gongkai_portal_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/portal_pages_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/portal_catalogue_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/portal_item_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/portal_search_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/portal_feed_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/portal_privacy_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/portal_units_test.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/portal_markup_test.cpp
)

gongkai_portal_test_executable(gongkai_api_tests
  ${CMAKE_CURRENT_SOURCE_DIR}/api_test.cpp
)
