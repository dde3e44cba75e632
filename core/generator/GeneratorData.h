// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#pragma once
#include "core/domain/Entities.h"

#include <QString>

#include <random>
#include <vector>

namespace isf::demo {

// Seeded random choices in integers only. std::mt19937_64's sequence is fixed by the
// standard; the standard's distributions are not (they differ between libraries), so
// the draws below are done by hand to give the same file on every platform.
class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) { }
    quint64 next() { return m_engine(); }
    // 0 .. n-1
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64((next() >> 1) % quint64(n)); }
    // lo .. hi inclusive
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    bool permille(int p) { return below(1000) < p; }
    template <class T> const T &pick(const std::vector<T> &v)
    {
        return v[std::size_t(below(qint64(v.size())))];
    }

private:
    std::mt19937_64 m_engine;
};

// A well-mixed seed for stream `stream` of a run seeded `seed` (SplitMix64).
quint64 mixSeed(quint64 seed, quint64 stream);

struct Town {
    QString name, postcodeArea, phoneCode;
};

struct CouncilProfile {
    QString name, preset, address, contactName, contactEmail, domain, refPrefix;
    int sharePercent = 25; // of the people
    qint64 inHouseRatePence = 2200; // the provider's hourly rate for this council
    int paymentIntervalWeeks = 0; // 0: the preset's
    bool percentContributions = false; // East Renfrewshire style: a percentage of the plan
    StatementCycle statementCycle = StatementCycle::FourWeekly;
    std::vector<Town> towns;
};

// The councils of the demo provider: two Lancashire-area, two Dorset-area.
const std::vector<CouncilProfile> &councilProfiles();

const std::vector<QString> &givenNames();
const std::vector<QString> &familyNames();
const std::vector<QString> &streets();
const std::vector<QString> &relationships();
const std::vector<QString> &outcomes();
const std::vector<QString> &notes();

struct SupplierSeed {
    QString name;
    SupplierKind kind;
    int region; // index into councilProfiles(), or -1 for anywhere
};
// Care providers, sole traders, transport, shops and others (personal assistants are
// made from names).
const std::vector<SupplierSeed> &supplierSeeds();

struct Purchase {
    QString description;
    qint64 minPence, maxPence;
    QString supplier = {}; // a supplierSeeds() name, or empty
};
const std::vector<Purchase> &activities();
const std::vector<Purchase> &equipment();
const std::vector<Purchase> &household();
const std::vector<QString> &reversalReasons();
const std::vector<QString> &upliftReasons();
const std::vector<QString> &budgetChangeReasons();

// "PR1 4XJ"-style: the town's area and district, a digit and two letters.
QString postcode(Rng &rng, const Town &town);
// "01772 483920"
QString phoneNumber(Rng &rng, const Town &town);
// "1-" and ten digits, like a CQC location ID.
QString cqcNumber(Rng &rng);

} // namespace isf::demo
