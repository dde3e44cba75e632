// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISF Desk maintainers
#include "core/generator/GeneratorData.h"

namespace isf::demo {
namespace {

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u'|');
}

std::vector<QString> list(const char *text)
{
    const QStringList w = words(text);
    return std::vector<QString>(w.begin(), w.end());
}

std::vector<Purchase> purchases(std::initializer_list<Purchase> items)
{
    return std::vector<Purchase>(items);
}

} // namespace

quint64 mixSeed(quint64 seed, quint64 stream)
{
    quint64 z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

const std::vector<CouncilProfile> &councilProfiles()
{
    static const std::vector<CouncilProfile> profiles = [] {
        std::vector<CouncilProfile> p(4);
        p[0].name = QStringLiteral("Lancashire County Council");
        p[0].preset = QStringLiteral("lancashire");
        p[0].address = QStringLiteral("County Hall, Fishergate, Preston PR1 8XJ");
        p[0].contactName = QStringLiteral("ISF Finance Team");
        p[0].contactEmail = QStringLiteral("isf.finance@lancashire.example");
        p[0].domain = QStringLiteral("lancashire.example");
        p[0].refPrefix = QStringLiteral("LCC");
        p[0].sharePercent = 45;
        p[0].inHouseRatePence = 2186;
        p[0].towns
            = { { QStringLiteral("Preston"), QStringLiteral("PR1"), QStringLiteral("01772") },
                  { QStringLiteral("Preston"), QStringLiteral("PR2"), QStringLiteral("01772") },
                  { QStringLiteral("Leyland"), QStringLiteral("PR25"), QStringLiteral("01772") },
                  { QStringLiteral("Chorley"), QStringLiteral("PR7"), QStringLiteral("01257") },
                  { QStringLiteral("Lancaster"), QStringLiteral("LA1"), QStringLiteral("01524") },
                  { QStringLiteral("Morecambe"), QStringLiteral("LA4"), QStringLiteral("01524") },
                  { QStringLiteral("Burnley"), QStringLiteral("BB11"), QStringLiteral("01282") },
                  { QStringLiteral("Accrington"), QStringLiteral("BB5"), QStringLiteral("01254") },
                  { QStringLiteral("Clitheroe"), QStringLiteral("BB7"), QStringLiteral("01200") },
                  { QStringLiteral("Ormskirk"), QStringLiteral("L39"), QStringLiteral("01695") } };
        p[1].name = QStringLiteral("Dorset Council");
        p[1].preset = QStringLiteral("dorset");
        p[1].address = QStringLiteral("County Hall, Colliton Park, Dorchester DT1 1XJ");
        p[1].contactName = QStringLiteral("Adult Social Care Finance");
        p[1].contactEmail = QStringLiteral("asc.finance@dorset.example");
        p[1].domain = QStringLiteral("dorset.example");
        p[1].refPrefix = QStringLiteral("DC");
        p[1].sharePercent = 25;
        p[1].inHouseRatePence = 2410;
        p[1].towns = { { QStringLiteral("Dorchester"), QStringLiteral("DT1"),
                           QStringLiteral("01305") },
            { QStringLiteral("Weymouth"), QStringLiteral("DT4"), QStringLiteral("01305") },
            { QStringLiteral("Bridport"), QStringLiteral("DT6"), QStringLiteral("01308") },
            { QStringLiteral("Sherborne"), QStringLiteral("DT9"), QStringLiteral("01935") },
            { QStringLiteral("Blandford Forum"), QStringLiteral("DT11"), QStringLiteral("01258") },
            { QStringLiteral("Wimborne"), QStringLiteral("BH21"), QStringLiteral("01202") },
            { QStringLiteral("Swanage"), QStringLiteral("BH19"), QStringLiteral("01929") },
            { QStringLiteral("Gillingham"), QStringLiteral("SP8"), QStringLiteral("01747") } };
        p[2].name = QStringLiteral("Blackpool Council");
        p[2].preset = QStringLiteral("custom");
        p[2].address = QStringLiteral("Municipal Buildings, Corporation Street, Blackpool FY1 1NA");
        p[2].contactName = QStringLiteral("Self-Directed Support Team");
        p[2].contactEmail = QStringLiteral("sds.payments@blackpool.example");
        p[2].domain = QStringLiteral("blackpool.example");
        p[2].refPrefix = QStringLiteral("BPC");
        p[2].sharePercent = 15;
        p[2].inHouseRatePence = 2095;
        p[2].paymentIntervalWeeks = 4;
        p[2].percentContributions = true;
        p[2].statementCycle = StatementCycle::Monthly;
        p[2].towns
            = { { QStringLiteral("Blackpool"), QStringLiteral("FY1"), QStringLiteral("01253") },
                  { QStringLiteral("Blackpool"), QStringLiteral("FY2"), QStringLiteral("01253") },
                  { QStringLiteral("Blackpool"), QStringLiteral("FY3"), QStringLiteral("01253") },
                  { QStringLiteral("Blackpool"), QStringLiteral("FY4"), QStringLiteral("01253") } };
        p[3].name = QStringLiteral("Bournemouth, Christchurch and Poole Council");
        p[3].preset = QStringLiteral("dorset");
        p[3].address = QStringLiteral("BCP Civic Centre, Bourne Avenue, Bournemouth BH2 6DY");
        p[3].contactName = QStringLiteral("Direct Payments and ISF Team");
        p[3].contactEmail = QStringLiteral("isf@bcpcouncil.example");
        p[3].domain = QStringLiteral("bcpcouncil.example");
        p[3].refPrefix = QStringLiteral("BCP");
        p[3].sharePercent = 15;
        p[3].inHouseRatePence = 2350;
        p[3].paymentIntervalWeeks = 4;
        p[3].towns = { { QStringLiteral("Bournemouth"), QStringLiteral("BH1"),
                           QStringLiteral("01202") },
            { QStringLiteral("Bournemouth"), QStringLiteral("BH8"), QStringLiteral("01202") },
            { QStringLiteral("Poole"), QStringLiteral("BH14"), QStringLiteral("01202") },
            { QStringLiteral("Poole"), QStringLiteral("BH15"), QStringLiteral("01202") },
            { QStringLiteral("Christchurch"), QStringLiteral("BH23"), QStringLiteral("01202") } };
        return p;
    }();
    return profiles;
}

const std::vector<QString> &givenNames()
{
    static const auto v = list(
        "Oliver|Amelia|Jack|Olivia|Harry|Isla|George|Emily|Noah|Ava|Charlie|Jessica|Jacob|"
        "Sophie|Thomas|Grace|Oscar|Lily|William|Ruby|James|Chloe|Joshua|Ella|Daniel|Megan|"
        "Samuel|Hannah|Joseph|Lucy|Ethan|Holly|Liam|Abigail|Ryan|Katie|Callum|Rebecca|Connor|"
        "Laura|Michael|Sarah|David|Rachel|Paul|Claire|Mark|Joanne|Stephen|Helen|Andrew|"
        "Louise|Gareth|Nicola|Craig|Kirsty|Dean|Leanne|Priya|Aisha|Mohammed|Amir|Zainab|"
        "Kwame|Adaeze|Tomasz|Agnieszka|Siobhan|Declan|Niamh|Rhys|Ffion|Iain|Morag|Barry|"
        "Pauline|Keith|Brenda|Terence|Maureen");
    return v;
}

const std::vector<QString> &familyNames()
{
    static const auto v
        = list("Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|"
               "Evans|Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke|Patel|Khan|Lewis|Harris|"
               "Martin|Cooper|Hill|Ward|Morris|Moore|Clark|Lee|King|Baker|Harrison|Morgan|Allen|"
               "James|Scott|Phillips|Watson|Davis|Parker|Price|Bennett|Young|Griffiths|Mitchell|"
               "Kelly|Cook|Carter|Richardson|Bailey|Collins|Bell|Shaw|Murphy|Miller|Cox|Richards|"
               "Khan|Hussain|Ali|Begum|Okafor|Mensah|Nowak|Kowalski|O'Brien|McDonald|Fletcher|"
               "Whitaker|Ashworth|Hargreaves|Entwistle|Pilkington|Sutcliffe|Butterworth|Cartwright|"
               "Hewitt|Rowlands|Pickering");
    return v;
}

const std::vector<QString> &streets()
{
    static const auto v
        = list("Church Lane|Station Road|Victoria Street|Park Avenue|Mill Lane|Queens Road|"
               "The Crescent|Manor Road|Chapel Street|King Street|Springfield Road|Highfield Close|"
               "Orchard Way|Meadow View|Hawthorn Drive|Beech Grove|Willow Court|School Lane|"
               "Green Lane|Moor Lane|Albert Road|Grange Road|North Road|West Street|Harbour View|"
               "Cliff Road|Brook Street|Poplar Avenue|Rosemary Lane|Derby Road|Garstang Road|"
               "Ribble Crescent|Fylde Road|Lytham Road|Wessex Way|Castle Street|Abbey Road|"
               "Shaftesbury Road|Sandbanks Road|Purbeck Close");
    return v;
}

const std::vector<QString> &relationships()
{
    static const auto v = list("Mother|Father|Sister|Brother|Aunt|Son|Daughter|"
                               "Deputy (Court of Protection)|Attorney (health and welfare LPA)|"
                               "Stepmother|Grandmother|Cousin");
    return v;
}

const std::vector<QString> &outcomes()
{
    static const auto v
        = list("Stay safe and well in my own home|Take part in my community and see friends|"
               "Keep in touch with my family|Learn new skills and work towards a job|"
               "Look after my health and go to appointments|Cook and eat healthy meals|"
               "Manage my money with support|Go out and travel safely");
    return v;
}

const std::vector<QString> &notes()
{
    static const auto v
        = list("Prefers female support workers for personal care.|Communicates with Makaton and "
               "pictures.|Epilepsy care plan held in the office.|Likes a call before visits.|"
               "Allergic to penicillin.|Uses a wheelchair outdoors.|Statements sent to the "
               "representative as well.|Easy-read statements, large print.");
    return v;
}

const std::vector<SupplierSeed> &supplierSeeds()
{
    static const std::vector<SupplierSeed> v = {
        { QStringLiteral("Ribble Valley Home Care Ltd"), SupplierKind::CareProvider, 0 },
        { QStringLiteral("Fylde Coast Day Opportunities"), SupplierKind::CareProvider, 2 },
        { QStringLiteral("Wyre Community Support CIC"), SupplierKind::CareProvider, 0 },
        { QStringLiteral("Pendle Respite Care"), SupplierKind::CareProvider, 0 },
        { QStringLiteral("Jurassic Coast Care Services"), SupplierKind::CareProvider, 1 },
        { QStringLiteral("Stour Valley Day Services"), SupplierKind::CareProvider, 1 },
        { QStringLiteral("Harbourside Home Care Ltd"), SupplierKind::CareProvider, 3 },
        { QStringLiteral("Seaview Lodge Day Centre"), SupplierKind::CareProvider, 3 },
        { QStringLiteral("Sam Okafor Music Sessions"), SupplierKind::SoleTrader, -1 },
        { QStringLiteral("Rachel Denton Art Workshops"), SupplierKind::SoleTrader, 0 },
        { QStringLiteral("Green Shoots Gardening Club"), SupplierKind::SoleTrader, 1 },
        { QStringLiteral("Wessex Riding for the Disabled"), SupplierKind::SoleTrader, 1 },
        { QStringLiteral("Preston Private Hire"), SupplierKind::Transport, 0 },
        { QStringLiteral("Fylde Coast Taxis"), SupplierKind::Transport, 2 },
        { QStringLiteral("Purbeck Community Transport"), SupplierKind::Transport, 1 },
        { QStringLiteral("Poole Accessible Cabs"), SupplierKind::Transport, 3 },
        { QStringLiteral("Marsh Lane Mobility Supplies"), SupplierKind::Shop, -1 },
        { QStringLiteral("Coastline Sports and Leisure"), SupplierKind::Shop, -1 },
        { QStringLiteral("Homewise Household Goods"), SupplierKind::Shop, -1 },
        { QStringLiteral("Riverside Leisure Centre"), SupplierKind::Other, -1 },
        { QStringLiteral("Picture House Cinema"), SupplierKind::Other, -1 },
    };
    return v;
}

const std::vector<Purchase> &activities()
{
    static const auto v = purchases({ { QStringLiteral("Swimming session"), 420, 650,
                                          QStringLiteral("Riverside Leisure Centre") },
        { QStringLiteral("Cinema ticket"), 750, 1150, QStringLiteral("Picture House Cinema") },
        { QStringLiteral("Bowling"), 900, 1500, {} },
        { QStringLiteral("Art workshop"), 1500, 2500,
            QStringLiteral("Rachel Denton Art Workshops") },
        { QStringLiteral("Day trip to the coast"), 2500, 4500, {} },
        { QStringLiteral("Music session"), 2000, 3000,
            QStringLiteral("Sam Okafor Music Sessions") },
        { QStringLiteral("College course fee"), 3500, 6500, {} },
        { QStringLiteral("Gardening club"), 500, 1200,
            QStringLiteral("Green Shoots Gardening Club") },
        { QStringLiteral("Riding lesson"), 2500, 3500,
            QStringLiteral("Wessex Riding for the Disabled") },
        { QStringLiteral("Football match ticket"), 2200, 3800, {} } });
    return v;
}

const std::vector<Purchase> &equipment()
{
    static const auto v = purchases({ { QStringLiteral("Shower chair"), 4500, 9500 },
        { QStringLiteral("Tablet for a communication app"), 14900, 32900 },
        { QStringLiteral("Weighted blanket"), 5500, 8900 },
        { QStringLiteral("Walking frame"), 3900, 7900 },
        { QStringLiteral("Sensory lights"), 2500, 6000 } });
    return v;
}

const std::vector<Purchase> &household()
{
    static const auto v = purchases({ { QStringLiteral("Replacement kettle"), 1500, 3500 },
        { QStringLiteral("Bedding"), 2000, 5500 }, { QStringLiteral("Microwave"), 4500, 8900 },
        { QStringLiteral("Cleaning supplies"), 800, 2200 } });
    return v;
}

const std::vector<QString> &reversalReasons()
{
    static const auto v = list("Duplicate invoice, already paid|Posted to the wrong person|"
                               "Keyed the wrong hours; posted again|Supplier credited the visit");
    return v;
}

const std::vector<QString> &upliftReasons()
{
    static const auto v = list("Extra support after a hospital stay|Holiday support|"
                               "Family carer in hospital|Settling into a new home|"
                               "Extra support while recovering from a fall");
    return v;
}

const std::vector<QString> &budgetChangeReasons()
{
    static const auto v = list("Annual review: more support with personal care|"
                               "Review: fewer day service days|Review: added a personal "
                               "assistant for evenings|Reassessment after a change in health|"
                               "Annual review: rates uplifted");
    return v;
}

QString postcode(Rng &rng, const Town &town)
{
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    return town.postcodeArea + u' ' + QString::number(rng.between(1, 9))
        + letters[rng.below(letters.size())] + letters[rng.below(letters.size())];
}

QString phoneNumber(Rng &rng, const Town &town)
{
    return town.phoneCode + u' ' + QString::number(rng.between(200000, 899999));
}

QString cqcNumber(Rng &rng)
{
    return QStringLiteral("1-") + QString::number(rng.between(1000000000LL, 9999999999LL));
}

} // namespace isf::demo
