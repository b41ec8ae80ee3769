<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>pd::CsvReader</name>
    <message>
        <source>the file is empty: its first line must name the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8 ("CSV UTF-8")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted field is not closed (its quote opens on line %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as "CSV UTF-8")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::CsvWriter</name>
    <message>
        <source>Writing the CSV file failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::Database</name>
    <message>
        <source>%1 is not a PartnerDesk database. It was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of PartnerDesk (database version %2; this version reads up to %3). Update PartnerDesk to open it. The file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by an older version of PartnerDesk and must be upgraded before it can be opened read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database could not %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is open read-only; %1 is not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::ExchangeRates</name>
    <message>
        <source>No exchange rate from %1 to %2 on or before %3. Add it to the exchange-rate table.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::Metric</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified technical specialists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified sales specialists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal deals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revenue growth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Months in the program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monthly financial report filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Joint promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner review or customer testimonial submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vendor information on the partner's web site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template approved to the vendor's standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implementation training completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered for the national portals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business case accepted by headquarters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::Money</name>
    <message>
        <source>unknown currency "%1" (expected an ISO 4217 code such as USD, EUR, RUB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has more decimals than %2 allows (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a percentage with at most two decimals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 % is more than 100 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::Partner</name>
    <message>
        <source>Technology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI/ML platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud infrastructure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Professional training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marketing agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technology consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral partner</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::Program</name>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation><numerusform>in %n month</numerusform><numerusform>in %n months</numerusform></translation>
    </message>
    <message>
        <source>%1 (if the partner has a web site)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at least once %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 every quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 every month with sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 every month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid key (lower-case letters, digits, '_' and '-')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a percentage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a whole number of zero or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be between 1 and 120</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a product line of this program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs exactly one threshold, "atLeast" or "moreThan"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has both a reward and a discount; give one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a "reward", a "discount" or a "note"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the minimum %1 % is above the maximum %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not one of: automatic, review, invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not one of: none, regional, country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format %1 is not supported (this version reads format %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"renewal" is reserved for the renewal rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs at least one tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first tier is where partners start: it must be automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a tier of this program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be yes/no, a number, a text or null</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::Statement</name>
    <message>
        <source>tier "%1" is not in the program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reward rate for this product line in tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the tier gives a discount on this line, not a reward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>range %1–%2 %: the lower bound applies until a partner rate is set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::Store</name>
    <message>
        <source>There is no partner with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no partner "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no program "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner "%1" was changed by someone else since it was opened. Reload it and apply the change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A tier change needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a tier of program "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner "%1" was changed by someone else; its tier was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>"%1" (held by %n partner(s))</source>
        <translation><numerusform>"%1" (held by %n partner)</numerusform><numerusform>"%1" (held by %n partners)</numerusform></translation>
    </message>
    <message>
        <source>Program "%1" cannot drop tiers that partners hold: %2. Move those partners first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exchange rate must be positive.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::TierEngine</name>
    <message>
        <source>not applicable: no web site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>needs: %1 within the last %n month(s)</source>
        <translation><numerusform>needs: %1 within the last %n month</numerusform><numerusform>needs: %1 within the last %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n month(s)</source>
        <translation><numerusform>%1 of %n month</numerusform><numerusform>%1 of %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 missing for %n month(s): %2</source>
        <translation><numerusform>%1 missing for %n month: %2</numerusform><numerusform>%1 missing for %n months: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n quarter(s)</source>
        <translation><numerusform>%1 of %n quarter</numerusform><numerusform>%1 of %n quarters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 missing for %n quarter(s): %2</source>
        <translation><numerusform>%1 missing for %n quarter: %2</numerusform><numerusform>%1 missing for %n quarters: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>needs %n more active customer(s) in the trailing %1 months</source>
        <translation><numerusform>needs %n more active customer in the trailing %1 months</numerusform><numerusform>needs %n more active customers in the trailing %1 months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>needs %n more certified technical specialist(s)</source>
        <translation><numerusform>needs %n more certified technical specialist</numerusform><numerusform>needs %n more certified technical specialists</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>needs %n more certified sales specialist(s)</source>
        <translation><numerusform>needs %n more certified sales specialist</numerusform><numerusform>needs %n more certified sales specialists</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>needs %n more renewal deal(s) in the trailing %1 months</source>
        <translation><numerusform>needs %n more renewal deal in the trailing %1 months</numerusform><numerusform>needs %n more renewal deals in the trailing %1 months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>needs %n more month(s) in the program</source>
        <translation><numerusform>needs %n more month in the program</numerusform><numerusform>needs %n more months in the program</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>needs %1 more sales in the trailing %n month(s)</source>
        <translation><numerusform>needs %1 more sales in the trailing %n month</numerusform><numerusform>needs %1 more sales in the trailing %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no sales in the previous %n month(s) to compare with</source>
        <translation><numerusform>no sales in the previous %n month to compare with</numerusform><numerusform>no sales in the previous %n months to compare with</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no customers in the previous %n month(s)</source>
        <translation><numerusform>no customers in the previous %n month</numerusform><numerusform>no customers in the previous %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no %1 recorded in the last %n month(s)</source>
        <translation><numerusform>no %1 recorded in the last %n month</numerusform><numerusform>no %1 recorded in the last %n months</numerusform></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs %1 percentage points more %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is granted after a vendor review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is by invitation only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no partner with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no program "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner "%1" already holds the proposed tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner "%1" changed tier since it was evaluated; evaluate it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pd::ui::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>