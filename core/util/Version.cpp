#include "core/util/Version.h"

namespace isf {

QString appVersion()
{
    return QStringLiteral(ISF_VERSION_STRING);
}

} // namespace isf
