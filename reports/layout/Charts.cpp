// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "reports/layout/Charts.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>

namespace isf::reports {

namespace {
// Blue and orange stay distinct for colour-blind readers and in greyscale.
const QColor kDefaultColours[] = { QColor(0x1f, 0x6f, 0xb4), QColor(0xe0, 0x7b, 0x1a),
    QColor(0x3a, 0x8a, 0x4a), QColor(0x7a, 0x4f, 0x9a) };
} // namespace

Graphic moneyBars(std::vector<MoneyBar> bars, qreal rowHeightMm)
{
    auto shared = std::make_shared<const std::vector<MoneyBar>>(std::move(bars));
    Graphic graphic;
    graphic.heightMm = static_cast<qreal>(shared->size()) * rowHeightMm;
    graphic.paint = [shared](QPainter &painter, const QRectF &rect, const GraphicContext &context) {
        const std::vector<MoneyBar> &items = *shared;
        if (items.empty())
            return;
        const QFont labelFont = context.font(1.0, true);
        const QFont amountFont = context.font(1.0, false);
        const QFontMetricsF labelMetrics(labelFont, painter.device());
        const QFontMetricsF amountMetrics(amountFont, painter.device());

        qreal labelWidth = 0;
        qreal amountWidth = 0;
        qint64 largest = 0;
        for (const MoneyBar &bar : items) {
            labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(bar.label));
            amountWidth
                = std::max(amountWidth, amountMetrics.horizontalAdvance(bar.amount.display()));
            largest = std::max(largest, bar.amount.pence());
        }
        const qreal gap = context.mm(4.0);
        const qreal trackLeft = rect.left() + labelWidth + gap;
        const qreal trackWidth
            = std::max(rect.right() - amountWidth - gap - trackLeft, context.mm(10.0));
        const qreal rowHeight = rect.height() / static_cast<qreal>(items.size());
        const qreal barHeight
            = std::min(rowHeight * 0.62, std::max(labelMetrics.height() * 1.2, rowHeight * 0.45));
        const qreal radius = context.mm(1.0);

        painter.setRenderHint(QPainter::Antialiasing);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const MoneyBar &bar = items[i];
            const qreal centre = rect.top() + (static_cast<qreal>(i) + 0.5) * rowHeight;
            const QColor colour = bar.colour.isValid()
                ? bar.colour
                : kDefaultColours[i % std::size(kDefaultColours)];
            // Geometry only: the ratio of two amounts, as a length.
            const qreal share = largest > 0 && bar.amount.pence() > 0
                ? static_cast<qreal>(bar.amount.pence()) / static_cast<qreal>(largest)
                : 0.0;
            const QRectF track(trackLeft, centre - barHeight / 2, trackWidth, barHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xec, 0xef, 0xf2));
            painter.drawRoundedRect(track, radius, radius);
            if (share > 0) {
                painter.setBrush(colour);
                painter.drawRoundedRect(
                    QRectF(track.topLeft(),
                        QSizeF(std::max(trackWidth * share, 2 * radius), barHeight)),
                    radius, radius);
            }

            painter.setPen(QColor(0x1a, 0x1a, 0x1a));
            painter.setFont(labelFont);
            painter.drawText(
                QPointF(rect.left(), centre - labelMetrics.height() / 2 + labelMetrics.ascent()),
                bar.label);
            const QString amount = bar.amount.display();
            painter.setFont(amountFont);
            painter.drawText(QPointF(rect.right() - amountMetrics.horizontalAdvance(amount),
                                 centre - amountMetrics.height() / 2 + amountMetrics.ascent()),
                amount);
        }
    };
    return graphic;
}

} // namespace isf::reports
