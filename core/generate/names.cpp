#include "names.h"

#include <QStringView>
#include <cmath>

namespace pd::gen {

namespace {

using Fragments = std::span<const QStringView>;

enum class Language { Russian, Spanish, English };

Language languageOf(const QString &country)
{
    if (country == QLatin1StringView("RU"))
        return Language::Russian;
    if (country == QLatin1StringView("US"))
        return Language::English;
    return Language::Spanish;
}

QString pick(Random &rng, Fragments list)
{
    return rng.pick(list).toString();
}

// --- Russian -------------------------------------------------------------------------------
// Plural adjectives with plural nouns agree whatever the pair, so any combination reads right.
constexpr QStringView kRuAdjectives[] = {
    u"Сетевые", u"Информационные", u"Цифровые", u"Современные", u"Сибирские", u"Уральские", u"Северные",
    u"Волжские", u"Интеллектуальные", u"Надёжные", u"Инженерные", u"Деловые", u"Региональные", u"Балтийские",
};
constexpr QStringView kRuNouns[] = {
    u"решения", u"системы", u"технологии", u"сети", u"коммуникации", u"сервисы", u"продукты",
};
constexpr QStringView kRuPrefixes[] = {
    u"Инфо", u"Техно", u"Телеком", u"Нет", u"Софт", u"Интер", u"Вега", u"Альфа", u"Сигма", u"Дата", u"Кибер", u"Ком",
};
constexpr QStringView kRuSuffixes[] = {
    u"сервис", u"систем", u"лайн", u"групп", u"интеграция", u"проект", u"консалт", u"линк",
};
constexpr QStringView kRuCentres[] = {
    u"Центр сетевой безопасности", u"Центр информационных технологий", u"Первый системный интегратор",
    u"Лаборатория защиты информации", u"Бюро сетевых решений", u"Студия ИТ-инфраструктуры",
};
constexpr QStringView kRuMale[] = {
    u"Александр", u"Алексей", u"Андрей", u"Дмитрий", u"Сергей", u"Иван", u"Михаил", u"Николай",
    u"Павел", u"Евгений", u"Максим", u"Артём", u"Владимир", u"Игорь", u"Олег", u"Константин",
};
constexpr QStringView kRuFemale[] = {
    u"Анна", u"Елена", u"Ольга", u"Наталья", u"Мария", u"Татьяна", u"Ирина", u"Екатерина",
    u"Светлана", u"Юлия", u"Марина", u"Дарья", u"Ксения", u"Виктория",
};
// Male forms; the female form adds "а" (all end in -ов, -ев, -ёв or -ин).
constexpr QStringView kRuSurnames[] = {
    u"Иванов", u"Смирнов", u"Кузнецов", u"Попов", u"Васильев", u"Петров", u"Соколов", u"Михайлов",
    u"Новиков", u"Фёдоров", u"Морозов", u"Волков", u"Алексеев", u"Лебедев", u"Семёнов", u"Егоров",
    u"Павлов", u"Козлов", u"Степанов", u"Николаев", u"Орлов", u"Андреев", u"Макаров", u"Никитин",
    u"Захаров", u"Зайцев", u"Соловьёв", u"Борисов", u"Яковлев", u"Григорьев", u"Романов", u"Сорокин",
    u"Виноградов", u"Белов", u"Медведев", u"Антонов", u"Тарасов", u"Жуков", u"Баранов", u"Комаров",
    u"Богданов", u"Титов", u"Марков", u"Крылов", u"Карпов", u"Гончаров", u"Калинин", u"Ильин",
};
constexpr QStringView kRuRegions[] = {
    u"Москва", u"Санкт-Петербург", u"Московская область", u"Новосибирская область", u"Свердловская область",
    u"Республика Татарстан", u"Краснодарский край", u"Нижегородская область", u"Самарская область",
    u"Ростовская область", u"Пермский край", u"Красноярский край", u"Воронежская область", u"Челябинская область",
};
constexpr QStringView kRuCustomerRoots[] = {
    u"Урал", u"Волга", u"Сиб", u"Агро", u"Строй", u"Металл", u"Энерго", u"Транс", u"Мед", u"Хим", u"Лес", u"Фарм",
};
constexpr QStringView kRuCustomerEnds[] = {
    u"маш", u"инвест", u"торг", u"снаб", u"строй", u"сервис", u"ресурс", u"пром", u"логистик", u"комплект",
};
constexpr QStringView kRuRoles[] = {
    u"Генеральный директор", u"Коммерческий директор", u"Главный бухгалтер", u"Технический директор",
};

// --- Spanish -------------------------------------------------------------------------------
constexpr QStringView kEsNouns[] = { u"Soluciones", u"Sistemas", u"Servicios", u"Redes", u"Tecnologías" };
// Adjectives in -ales and -es agree with masculine and feminine plurals alike.
constexpr QStringView kEsAdjectives[] = {
    u"Digitales", u"Integrales", u"Globales", u"Empresariales", u"Industriales", u"Profesionales", u"Inteligentes",
};
constexpr QStringView kEsPlacesES[] = { u"del Mediterráneo", u"de Levante", u"del Cantábrico", u"de Castilla", u"del Ebro" };
constexpr QStringView kEsPlacesMX[] = { u"del Bajío", u"del Golfo", u"de Occidente", u"del Norte", u"del Mayab" };
constexpr QStringView kEsPlacesCL[] = { u"del Pacífico", u"de los Andes", u"del Sur", u"del Maule", u"de Atacama" };
constexpr QStringView kEsBrandPrefixes[] = { u"Tecno", u"Info", u"Net", u"Data", u"Ciber", u"Sistel" };
constexpr QStringView kEsBrandRoots[] = { u"Andes", u"Sur", u"Mar", u"Sol", u"Valle", u"Norte", u"Link", u"Red", u"Plus" };
constexpr QStringView kEsMale[] = {
    u"José", u"Juan", u"Luis", u"Carlos", u"Javier", u"Miguel", u"Francisco", u"Alejandro",
    u"Diego", u"Pablo", u"Andrés", u"Fernando", u"Jorge", u"Ricardo", u"Sergio", u"Manuel",
};
constexpr QStringView kEsFemale[] = {
    u"María", u"Carmen", u"Ana", u"Laura", u"Lucía", u"Isabel", u"Sofía", u"Elena",
    u"Paula", u"Marta", u"Valentina", u"Camila", u"Gabriela", u"Daniela", u"Fernanda", u"Patricia",
};
constexpr QStringView kEsSurnames[] = {
    u"García", u"Rodríguez", u"González", u"Fernández", u"López", u"Martínez", u"Sánchez", u"Pérez",
    u"Gómez", u"Martín", u"Jiménez", u"Ruiz", u"Hernández", u"Díaz", u"Moreno", u"Muñoz",
    u"Álvarez", u"Romero", u"Alonso", u"Gutiérrez", u"Navarro", u"Torres", u"Domínguez", u"Vázquez",
    u"Ramos", u"Gil", u"Ramírez", u"Serrano", u"Blanco", u"Molina", u"Morales", u"Suárez",
    u"Ortega", u"Delgado", u"Castro", u"Ortiz", u"Rubio", u"Núñez", u"Medina", u"Castillo",
    u"Vargas", u"Rojas", u"Soto", u"Contreras", u"Silva", u"Fuentes", u"Herrera", u"Flores",
};
constexpr QStringView kEsRegionsES[] = {
    u"Comunidad de Madrid", u"Cataluña", u"Andalucía", u"Comunidad Valenciana", u"País Vasco", u"Galicia",
    u"Castilla y León", u"Aragón",
};
constexpr QStringView kEsRegionsMX[] = {
    u"Ciudad de México", u"Jalisco", u"Nuevo León", u"Estado de México", u"Puebla", u"Querétaro", u"Yucatán",
    u"Guanajuato",
};
constexpr QStringView kEsRegionsCL[] = {
    u"Región Metropolitana", u"Valparaíso", u"Biobío", u"Antofagasta", u"La Araucanía", u"Los Lagos", u"Maule",
    u"Coquimbo",
};
constexpr QStringView kEsCustomerKinds[] = {
    u"Constructora", u"Clínica", u"Colegio", u"Transportes", u"Hotel", u"Distribuidora", u"Agrícola", u"Farmacia",
};
constexpr QStringView kEsCustomerPlaces[] = {
    u"San Rafael", u"Los Andes", u"del Valle", u"Santa María", u"El Roble", u"La Esperanza", u"Costa Azul",
    u"Monteverde", u"Las Palmas", u"Río Claro",
};
constexpr QStringView kEsRoles[] = {
    u"Director general", u"Directora comercial", u"Responsable de administración", u"Director técnico",
};

// --- English -------------------------------------------------------------------------------
constexpr QStringView kEnFirstWords[] = {
    u"Summit", u"Cascade", u"Granite", u"Pioneer", u"Harbor", u"Keystone", u"Liberty", u"Redwood",
    u"Silverline", u"Bluewater", u"Lakeshore", u"Prairie", u"Ironbridge", u"Beacon", u"Evergreen", u"Northstar",
};
constexpr QStringView kEnSecondWords[] = {
    u"Networks", u"Systems", u"Data", u"Cloud", u"Technologies", u"Solutions", u"Digital", u"IT Partners",
    u"Consulting", u"Integration",
};
constexpr QStringView kEnMale[] = {
    u"James", u"John", u"Robert", u"Michael", u"William", u"David", u"Richard", u"Joseph",
    u"Thomas", u"Christopher", u"Daniel", u"Matthew", u"Anthony", u"Mark", u"Steven", u"Andrew",
};
constexpr QStringView kEnFemale[] = {
    u"Mary", u"Patricia", u"Jennifer", u"Linda", u"Elizabeth", u"Barbara", u"Susan", u"Jessica",
    u"Sarah", u"Karen", u"Emily", u"Michelle", u"Laura", u"Rachel", u"Megan", u"Olivia",
};
constexpr QStringView kEnSurnames[] = {
    u"Smith", u"Johnson", u"Williams", u"Brown", u"Jones", u"Miller", u"Davis", u"Wilson",
    u"Anderson", u"Taylor", u"Thomas", u"Moore", u"Martin", u"Jackson", u"Thompson", u"White",
    u"Harris", u"Clark", u"Lewis", u"Robinson", u"Walker", u"Young", u"Allen", u"King",
    u"Wright", u"Scott", u"Hill", u"Green", u"Adams", u"Baker", u"Nelson", u"Carter",
    u"Mitchell", u"Roberts", u"Turner", u"Phillips", u"Campbell", u"Parker", u"Evans", u"Edwards",
};
constexpr QStringView kEnRegions[] = {
    u"California", u"Texas", u"New York", u"Illinois", u"Florida", u"Washington", u"Massachusetts", u"Georgia",
    u"Colorado", u"North Carolina",
};
constexpr QStringView kEnCustomerPlaces[] = {
    u"Riverside", u"Oakwood", u"Lakeview", u"Hillcrest", u"Maple", u"Brookfield", u"Westfield", u"Fairview",
    u"Sunset", u"Highland",
};
constexpr QStringView kEnCustomerKinds[] = {
    u"Medical Group", u"School District", u"Logistics", u"Manufacturing", u"Dental Care", u"Credit Union",
    u"Law Offices", u"Construction", u"Hotels", u"Foods",
};
constexpr QStringView kEnRoles[] = { u"CEO", u"Sales Director", u"Finance Manager", u"CTO" };

QString topLevelDomain(const QString &country)
{
    if (country == QLatin1StringView("RU"))
        return QStringLiteral(".ru");
    if (country == QLatin1StringView("ES"))
        return QStringLiteral(".es");
    if (country == QLatin1StringView("MX"))
        return QStringLiteral(".com.mx");
    if (country == QLatin1StringView("CL"))
        return QStringLiteral(".cl");
    return QStringLiteral(".com");
}

QString spanishLegalForm(const QString &country, Random &rng)
{
    if (country == QLatin1StringView("MX"))
        return rng.chance(0.7) ? QStringLiteral("S.A. de C.V.") : QStringLiteral("S. de R.L. de C.V.");
    if (country == QLatin1StringView("CL")) {
        const double x = rng.real();
        return x < 0.5 ? QStringLiteral("SpA") : x < 0.8 ? QStringLiteral("Ltda.") : QStringLiteral("S.A.");
    }
    return rng.chance(0.75) ? QStringLiteral("S.L.") : QStringLiteral("S.A.");
}

Fragments spanishPlaces(const QString &country)
{
    if (country == QLatin1StringView("MX"))
        return kEsPlacesMX;
    if (country == QLatin1StringView("CL"))
        return kEsPlacesCL;
    return kEsPlacesES;
}

} // namespace

QString slug(const QString &text)
{
    static const QStringView from = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    static const char *const to[] = { "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                                      "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };
    QString out;
    bool hyphen = false;
    for (const QChar c : text.toLower()) {
        QString piece;
        if (const qsizetype i = from.indexOf(c); i >= 0) {
            piece = QString::fromLatin1(to[i]);
            if (piece.isEmpty())
                continue; // hard and soft signs
        } else {
            // "á" decomposes to "a" and an accent; keep the letter.
            const QChar base = QString(c).normalized(QString::NormalizationForm_D).front();
            if ((base >= u'a' && base <= u'z') || (base >= u'0' && base <= u'9'))
                piece = base;
        }
        if (piece.isEmpty()) {
            hyphen = !out.isEmpty();
            continue;
        }
        if (hyphen)
            out += u'-';
        hyphen = false;
        out += piece;
    }
    return out;
}

CompanyName companyName(const QString &country, Random &rng)
{
    QString core;
    QString name;
    switch (languageOf(country)) {
    case Language::Russian: {
        const double x = rng.real();
        if (x < 0.5)
            core = pick(rng, kRuAdjectives) + u' ' + pick(rng, kRuNouns);
        else if (x < 0.88)
            core = pick(rng, kRuPrefixes) + pick(rng, kRuSuffixes);
        else
            core = pick(rng, kRuCentres);
        const QString form = rng.chance(0.85) ? QStringLiteral("ООО") : QStringLiteral("АО");
        name = form + QStringLiteral(" «") + core + u'»';
        break;
    }
    case Language::Spanish: {
        const double x = rng.real();
        if (x < 0.45)
            core = pick(rng, kEsNouns) + u' ' + pick(rng, kEsAdjectives);
        else if (x < 0.7)
            core = pick(rng, kEsNouns) + u' ' + pick(rng, spanishPlaces(country));
        else if (x < 0.9)
            core = pick(rng, kEsBrandPrefixes) + pick(rng, kEsBrandRoots);
        else
            core = QStringLiteral("Grupo ") + pick(rng, kEsSurnames);
        name = core + u' ' + spanishLegalForm(country, rng);
        break;
    }
    case Language::English: {
        core = pick(rng, kEnFirstWords) + u' ' + pick(rng, kEnSecondWords);
        const double x = rng.real();
        name = core + (x < 0.6 ? QStringLiteral(" LLC") : x < 0.9 ? QStringLiteral(" Inc.") : QStringLiteral(" Corp."));
        break;
    }
    }
    return { name, slug(core) + topLevelDomain(country) };
}

CompanyName numberedCompanyName(const QString &country, qint64 number)
{
    const QString digits = QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
    const QString domain = QStringLiteral("partner-") + digits + QStringLiteral(".example.com");
    if (country == QLatin1StringView("RU"))
        return { QStringLiteral("ООО «Партнёр ") + digits + u'»', domain };
    if (country == QLatin1StringView("US"))
        return { QStringLiteral("Partner ") + digits + QStringLiteral(" LLC"), domain };
    const QString form = country == QLatin1StringView("MX")   ? QStringLiteral("S.A. de C.V.")
                         : country == QLatin1StringView("CL") ? QStringLiteral("SpA")
                                                              : QStringLiteral("S.L.");
    return { QStringLiteral("Socio ") + digits + u' ' + form, domain };
}

PersonName personName(const QString &country, Random &rng)
{
    const bool female = rng.chance(0.45);
    switch (languageOf(country)) {
    case Language::Russian: {
        const QString first = female ? pick(rng, kRuFemale) : pick(rng, kRuMale);
        const QString last = pick(rng, kRuSurnames) + (female ? QStringLiteral("а") : QString());
        return { first + u' ' + last, slug(first) + u'.' + slug(last) };
    }
    case Language::Spanish: {
        const QString first = female ? pick(rng, kEsFemale) : pick(rng, kEsMale);
        const QString last = pick(rng, kEsSurnames);
        return { first + u' ' + last + u' ' + pick(rng, kEsSurnames), slug(first) + u'.' + slug(last) };
    }
    case Language::English:
        break;
    }
    const QString first = female ? pick(rng, kEnFemale) : pick(rng, kEnMale);
    const QString last = pick(rng, kEnSurnames);
    return { first + u' ' + last, slug(first) + u'.' + slug(last) };
}

QString customerName(const QString &country, Random &rng)
{
    switch (languageOf(country)) {
    case Language::Russian: {
        const double x = rng.real();
        if (x < 0.12)
            return QStringLiteral("ГБУЗ «Городская больница № %1»").arg(rng.range(1, 60));
        if (x < 0.24)
            return QStringLiteral("МБОУ «Школа № %1»").arg(rng.range(1, 1500));
        const QString form = x < 0.85 ? QStringLiteral("ООО") : QStringLiteral("АО");
        return form + QStringLiteral(" «") + pick(rng, kRuCustomerRoots) + pick(rng, kRuCustomerEnds) + u'»';
    }
    case Language::Spanish: {
        const QString base = pick(rng, kEsCustomerKinds) + u' ' + pick(rng, kEsCustomerPlaces);
        return rng.chance(0.6) ? base + u' ' + spanishLegalForm(country, rng) : base;
    }
    case Language::English:
        break;
    }
    const QString base = pick(rng, kEnCustomerPlaces) + u' ' + pick(rng, kEnCustomerKinds);
    return rng.chance(0.4) ? base + QStringLiteral(" Inc.") : base;
}

QString region(const QString &country, Random &rng)
{
    if (country == QLatin1StringView("RU"))
        return pick(rng, kRuRegions);
    if (country == QLatin1StringView("ES"))
        return pick(rng, kEsRegionsES);
    if (country == QLatin1StringView("MX"))
        return pick(rng, kEsRegionsMX);
    if (country == QLatin1StringView("CL"))
        return pick(rng, kEsRegionsCL);
    return pick(rng, kEnRegions);
}

QString countryName(const QString &country)
{
    if (country == QLatin1StringView("RU"))
        return QStringLiteral("Россия");
    if (country == QLatin1StringView("ES"))
        return QStringLiteral("España");
    if (country == QLatin1StringView("MX"))
        return QStringLiteral("México");
    if (country == QLatin1StringView("CL"))
        return QStringLiteral("Chile");
    return QStringLiteral("United States");
}

QString phoneNumber(const QString &country, Random &rng)
{
    const auto digits = [&](int n) { return QStringLiteral("%1").arg(rng.range(0, int(std::pow(10, n)) - 1), n, 10, QLatin1Char('0')); };
    if (country == QLatin1StringView("RU")) {
        static constexpr int codes[] = { 495, 499, 812, 383, 343, 843, 861 };
        return QStringLiteral("+7 %1 %2-%3-%4").arg(rng.pick(codes)).arg(digits(3), digits(2), digits(2));
    }
    if (country == QLatin1StringView("ES")) {
        static constexpr int codes[] = { 91, 93, 95, 96, 94 };
        return QStringLiteral("+34 %1 %2 %3 %4").arg(rng.pick(codes)).arg(digits(3), digits(2), digits(2));
    }
    if (country == QLatin1StringView("MX")) {
        static constexpr int codes[] = { 55, 33, 81 };
        return QStringLiteral("+52 %1 %2 %3").arg(rng.pick(codes)).arg(digits(4), digits(4));
    }
    if (country == QLatin1StringView("CL"))
        return QStringLiteral("+56 2 %1 %2").arg(digits(4), digits(4));
    static constexpr int codes[] = { 212, 312, 415, 512, 617, 206, 303 };
    // 555-01xx numbers are reserved for fiction in North America.
    return QStringLiteral("+1 %1-555-01%2").arg(rng.pick(codes)).arg(digits(2));
}

QString accountOwner(const QString &country, qint64 partnerNumber)
{
    static constexpr QStringView kRu[] = { u"Ирина Волкова", u"Дмитрий Соколов", u"Анна Лебедева" };
    static constexpr QStringView kEs[] = { u"Lucía Fernández", u"Javier Morales" };
    static constexpr QStringView kEn[] = { u"Emily Carter", u"Michael Reed" };
    const auto of = [partnerNumber](Fragments team) { return team[size_t(partnerNumber) % team.size()].toString(); };
    switch (languageOf(country)) {
    case Language::Russian:
        return of(kRu);
    case Language::Spanish:
        return of(kEs);
    case Language::English:
        break;
    }
    return of(kEn);
}

QString contactRole(const QString &country, int index)
{
    switch (languageOf(country)) {
    case Language::Russian:
        return kRuRoles[size_t(index) % std::size(kRuRoles)].toString();
    case Language::Spanish:
        return kEsRoles[size_t(index) % std::size(kEsRoles)].toString();
    case Language::English:
        break;
    }
    return kEnRoles[size_t(index) % std::size(kEnRoles)].toString();
}

} // namespace pd::gen
