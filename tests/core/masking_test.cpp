// De-identification (spec/conventions.md, "Personal data on public pages").
// Check characters are worked out by hand in the comments.
#include "core/masking.h"

#include <gtest/gtest.h>

namespace gongkai {
namespace {

// GB 11643 weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; sum mod 11 indexes
// "10X98765432".
//
// 11010519491231002X (the standard's own example):
//   1·7 + 1·9 + 0 + 1·5 + 0 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10
//   + 1·5 + 0 + 0 + 2·2 = 167; 167 mod 11 = 2 -> 'X'.
// 440524188001010014: 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195;
//   195 mod 11 = 8 -> '4'.
// 640302199003071234: 42+36+0+15+0+8+2+9+54+0+0+27+0+35+8+8+6 = 250;
//   250 mod 11 = 8 -> '4'.
constexpr const char* kIdWithX = "11010519491231002X";
constexpr const char* kId1880 = "440524188001010014";
constexpr const char* kIdNingxia = "640302199003071234";

TEST(ResidentId, AcceptsValidCheckCharacters) {
  EXPECT_TRUE(is_valid_resident_id(kIdWithX));
  EXPECT_TRUE(is_valid_resident_id("11010519491231002x"));  // lower-case x as typed
  EXPECT_TRUE(is_valid_resident_id(kId1880));
  EXPECT_TRUE(is_valid_resident_id(kIdNingxia));
}

TEST(ResidentId, RejectsWrongCheckLengthOrDate) {
  EXPECT_FALSE(is_valid_resident_id("640302199003071235"));  // check should be 4
  EXPECT_FALSE(is_valid_resident_id("110105194912310021"));  // check should be X
  EXPECT_FALSE(is_valid_resident_id("64030219900307123"));   // 17 characters
  EXPECT_FALSE(is_valid_resident_id("6403021990030712345"));
  EXPECT_FALSE(is_valid_resident_id("64030219900307123A"));
  // 1990-02-30 does not exist, though the check character is right:
  // 6403021990023012 3 -> 42+36+0+15+0+8+2+9+54+0+0+18+30+0+8+8+6 = 236;
  // 236 mod 11 = 5 -> '7'.
  EXPECT_FALSE(is_valid_resident_id("640302199002301237"));
}

TEST(CreditCode, ChecksMod31) {
  // Values: 0-9, A=10 … H=17, J=18, K=19, L=20, M=21, N=22, P=23, Q=24, R=25,
  // T=26, U=27, W=28, X=29, Y=30. Weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
  // 11500226753092798P: 1+3+45+0+0+52+32+102+140+145+75+0+72+48+70+270+224
  //   = 1279; 1279 mod 31 = 8; 31 - 8 = 23 -> 'P'.
  EXPECT_TRUE(is_valid_credit_code("11500226753092798P"));
  // 91350100M000100Y43: 9+3+27+135+0+26+0+0+21·20+0+0+0+8+0+0+30·30+4·28
  //   = 1640; 1640 mod 31 = 28; 31 - 28 = 3 -> '3'.
  EXPECT_TRUE(is_valid_credit_code("91350100M000100Y43"));
  EXPECT_FALSE(is_valid_credit_code("11500226753092798Q"));  // wrong check
  EXPECT_FALSE(is_valid_credit_code("11500226753092798"));   // 17 characters
  EXPECT_FALSE(is_valid_credit_code("91350100I000100Y43"));  // I is not in the charset
  EXPECT_FALSE(is_valid_credit_code("91350100m000100Y43"));  // lower case
}

TEST(Masking, Phone) {
  EXPECT_EQ(mask_phone("13812341234"), "138****1234");
  EXPECT_EQ(mask_phone("0953-2021234"), "095*****1234");
  EXPECT_EQ(mask_phone("2021234"), "***1234");
}

TEST(Masking, IdNumber) {
  EXPECT_EQ(mask_id_number("110101199003071234"), "11*************234");
  EXPECT_EQ(mask_id_number(kIdWithX), "11*************02X");
  EXPECT_EQ(mask_id_number("640302900307123"), "64**********123");  // 15 digits
}

TEST(Masking, BankCard) { EXPECT_EQ(mask_bank_card("6222020000000007"), "6222********0007"); }

TEST(Masking, Name) {
  EXPECT_EQ(mask_name("张小明"), "张*明");
  EXPECT_EQ(mask_name("张三"), "张*");
  EXPECT_EQ(mask_name("欧阳小明"), "欧**明");
  EXPECT_EQ(mask_name("买买提·艾力"), "买****力");
  EXPECT_EQ(mask_name("张"), "*");
  EXPECT_EQ(mask_name(""), "");
}

TEST(Masking, AddressKeepsDownToTheTownship) {
  EXPECT_EQ(mask_address("宁夏回族自治区吴忠市利通区胜利镇新华村3组12号"), "宁夏回族自治区吴忠市利通区胜利镇****");
  EXPECT_EQ(mask_address("北京市东城区东华门街道南池子大街12号"), "北京市东城区东华门街道****");
  EXPECT_EQ(mask_address("吴忠市利通区金积镇"), "吴忠市利通区金积镇");  // nothing below: nothing hidden
  EXPECT_EQ(mask_address("吴忠市同心县王团乡大沟沿村"), "吴忠市同心县王团乡****");
  // 镇 in a city's name is not a township: search starts below the county.
  EXPECT_EQ(mask_address("江苏省镇江市京口区正东路街道某小区5栋"), "江苏省镇江市京口区正东路街道****");
}

TEST(Masking, AddressToTheVillageKeepsTheVillageOrCommunity) {
  EXPECT_EQ(mask_address_to_village("新华村3组12号"), "新华村****");
  EXPECT_EQ(mask_address_to_village("古城社区"), "古城社区");  // nothing below: nothing hidden
  EXPECT_EQ(mask_address_to_village("古城社区5号楼2单元"), "古城社区****");
  // 社区 wins over the 村 inside a community's name; 村委会 over 村.
  EXPECT_EQ(mask_address_to_village("新村社区8栋"), "新村社区****");
  EXPECT_EQ(mask_address_to_village("郭桥村委会院内"), "郭桥村委会****");
  // A township before the village is kept with it; 镇 names are not searched for 村.
  EXPECT_EQ(mask_address_to_village("金积镇西门村2组"), "金积镇西门村****");
  EXPECT_EQ(mask_address_to_village("陈袁滩镇"), "陈袁滩镇");
  // No village word: as mask_address, down to the township.
  EXPECT_EQ(mask_address_to_village("利通区胜利镇某某路8号"), "利通区胜利镇****");
}

TEST(Masking, AddressFallsBackToTheCounty) {
  EXPECT_EQ(mask_address("宁夏回族自治区吴忠市利通区朝阳小区5号楼2单元"), "宁夏回族自治区吴忠市利通区****");
  EXPECT_EQ(mask_address("吴忠市盐池县某某路8号"), "吴忠市盐池县****");
  EXPECT_EQ(mask_address("某某路8号"), "****");  // no level found: hide it all
}

TEST(PersonalData, FindsEachKindWithByteOffsets) {
  // Luhn for 6222020000000007, doubling every second digit from the right:
  //   6→12→3, 2, 2→4, 2, 0, 2, 0…, 7: 3+2+4+2+2+7 = 20, divisible by 10.
  std::string text = std::string("申请人张三，身份证") + kIdNingxia + "，电话13812341234，卡号6222020000000007。";
  auto findings = find_personal_data(text);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].kind, PersonalDataKind::kIdNumber);
  EXPECT_EQ(findings[0].offset, 27u);  // 申请人张三，身份证 = 9 characters × 3 bytes
  EXPECT_EQ(findings[0].length, 18u);
  EXPECT_EQ(findings[1].kind, PersonalDataKind::kMobile);
  EXPECT_EQ(findings[1].offset, 27u + 18 + 9);  // "，电话"
  EXPECT_EQ(findings[1].length, 11u);
  EXPECT_EQ(findings[2].kind, PersonalDataKind::kBankCard);
  EXPECT_EQ(findings[2].length, 16u);
  EXPECT_EQ(mask_personal_data(text),
            "申请人张三，身份证64*************234，电话138****1234，卡号6222********0007。");
}

TEST(PersonalData, FindsIdsEndingInXAndOldIds) {
  auto findings = find_personal_data(std::string("证号") + kIdWithX + "号");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, PersonalDataKind::kIdNumber);
  EXPECT_EQ(findings[0].length, 18u);
  // 15 digits: region 640302, born 1990-03-07, sequence 123.
  findings = find_personal_data("旧证640302900307123");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, PersonalDataKind::kIdNumber);
}

TEST(PersonalData, FullWidthDigitsAreFoundToo) {
  // "１３８１２３４１２３４": 11 full-width digits, 3 bytes each.
  std::string text = "电话１３８１２３４１２３４。";
  auto findings = find_personal_data(text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, PersonalDataKind::kMobile);
  EXPECT_EQ(findings[0].offset, 6u);
  EXPECT_EQ(findings[0].length, 33u);
  EXPECT_EQ(mask_personal_data(text), "电话１３８****１２３４。");
  // The ID with a full-width Ｘ.
  EXPECT_EQ(find_personal_data("11010519491231002Ｘ").size(), 1u);
}

TEST(PersonalData, NineteenDigitCards) {
  // 6217000000000000004, doubling every second digit from the right:
  //   6, 2→4, 1, 7→14→5, zeros, 4: 6+4+1+5+4 = 20.
  auto findings = find_personal_data("6217000000000000004");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].kind, PersonalDataKind::kBankCard);
  EXPECT_TRUE(find_personal_data("6217000000000000003").empty());  // Luhn sum 19
}

TEST(PersonalData, IgnoresDigitsInsideLongerRunsAndNonMatches) {
  EXPECT_TRUE(find_personal_data("订单号138123412345").empty());   // 12 digits
  EXPECT_TRUE(find_personal_data("9138123412340").empty());        // a mobile inside 13 digits
  EXPECT_TRUE(find_personal_data(std::string("0") + kIdNingxia + "0").empty());  // 20 digits
  EXPECT_TRUE(find_personal_data("12345678901").empty());          // 12… is no mobile prefix
  EXPECT_TRUE(find_personal_data("640302199003071235").empty());   // bad check, and Luhn fails
  EXPECT_TRUE(find_personal_data("已脱敏：138****1234，64*************234").empty());
  EXPECT_TRUE(find_personal_data("吴民发〔2017〕12号").empty());
  EXPECT_TRUE(find_personal_data("1381234１２３４0").empty());  // mixed widths: still one 12-digit run
  EXPECT_TRUE(find_personal_data("").empty());
}

}  // namespace
}  // namespace gongkai
