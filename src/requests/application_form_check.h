// gongkai/requests/application_form_check.h
//
// The checks an application form passes before anything is stored (Art. 29):
// a known applicant kind, a name, an ID document type that suits the kind
// and a number that passes its checksum (居民身份证 GB 11643, 统一社会信用代码
// GB 32100; other documents 4–30 letters and digits), a description of the
// information, a known form and delivery, a phone or an e-mail, an address
// and a 6-digit postcode when the delivery is by post, an e-mail when it is
// by e-mail. Text is normalised; lengths are bounded. Throws InvalidInput
// naming the field, in Chinese.
#pragma once

#include "requests/application.h"

namespace gongkai::requests {

ApplicationForm checked_application_form(const ApplicationForm& form);

}  // namespace gongkai::requests
