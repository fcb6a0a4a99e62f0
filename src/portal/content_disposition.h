// gongkai/portal/content_disposition.h
//
// The Content-Disposition header of an attachment download (RFC 6266), with
// the UTF-8 file name in filename* (RFC 5987) and an ASCII fallback in
// filename for old clients: `attachment; filename="___.pdf";
// filename*=UTF-8''%E9%80%9A%E7%9F%A5.pdf`.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::portal {

std::string content_disposition(std::string_view file_name);

}  // namespace gongkai::portal
