#include "app/Format.h"

#include "time/Dates.h"

namespace isf::ui {

QString dateText(const QDate &d)
{
    return d.isValid() ? ukDate(d) : QString();
}

QString hoursText(const Hours &h)
{
    return h.toString();
}

QString personLabel(const QString &ref, const QString &name)
{
    return ref + QStringLiteral(" \u2014 ") + name;
}

} // namespace isf::ui
