// gongkai/requests/reply_letter_pdf.h
//
// The reply letter as an A4 PDF (pdf/official_document.h): the red
// letterhead, the number under it, the title, the addressee, the body, the
// list of disclosed files, the agency and the date on the right.
#pragma once

#include <string>

#include "requests/reply_letter.h"

namespace gongkai::requests {

std::string reply_letter_pdf(const ReplyLetter& letter);

}  // namespace gongkai::requests
