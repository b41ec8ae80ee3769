#pragma once
// Force-included by Clang builds (see pd_settings in CMakeLists.txt). With libstdc++ 12 (Debian
// 12), std::stable_sort, std::stable_partition and std::inplace_merge call
// std::get_temporary_buffer, which that library marks deprecated for C++17 and later; Clang then
// reports -Wdeprecated-declarations inside the standard library on our calls (GCC does not, and
// libstdc++ 13 no longer calls it). Only that header is exempt: it is included here first, with
// the warning off, so the exemption covers its code and nothing else.
#include <version>

#if defined(__clang__) && defined(_GLIBCXX_RELEASE) && _GLIBCXX_RELEASE < 13
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
#include <bits/stl_tempbuf.h>
#pragma clang diagnostic pop
#endif
