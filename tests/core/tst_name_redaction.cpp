// Hiding the company in free text: which words count as its name, and where they are found.
#include "output/name_redaction.h"

#include <QTest>

using namespace creditpath;

class TstNameRedaction : public QObject {
    Q_OBJECT
private slots:
    void tokensAreTheNameAndItsDistinctiveWords() {
        const auto tokens = companyNameTokens("  Acme Robotics GmbH ");
        QCOMPARE(tokens.size(), std::size_t(3));
        QCOMPARE(tokens[0], std::string("Acme Robotics GmbH"));
        QCOMPARE(tokens[1], std::string("Robotics"));
        QCOMPARE(tokens[2], std::string("Acme"));
        QVERIFY(companyNameTokens("").empty());
        // Its words are too short or a legal form: only the whole name counts.
        QCOMPARE(companyNameTokens("AB Inc"), std::vector<std::string>{"AB Inc"});
    }

    void hidesWholeWordsInAnyCase() {
        const std::string name = "Acme Robotics GmbH";
        QCOMPARE(hideCompanyName("ACME's bot for Acme Robotics GmbH users", name, "[x]"),
                 std::string("[x]'s bot for [x] users"));
        // Not inside other words, not across a non-ASCII letter.
        QCOMPARE(hideCompanyName("Acmeville and acme2 and Acmeé", name, "[x]"),
                 std::string("Acmeville and acme2 and Acmeé"));
        QCOMPARE(hideCompanyName("robotics-first: acme", name, "[x]"),
                 std::string("[x]-first: [x]"));
        QCOMPARE(hideCompanyName("anything", "", "[x]"), std::string("anything"));
    }

    void spansAreByteOffsets() {
        const auto spans = companyNameSpans("Für Acme", "Acme");
        QCOMPARE(spans.size(), std::size_t(1));
        QCOMPARE(spans[0].first, std::size_t(5)); // "Für " is five bytes in UTF-8
        QCOMPARE(spans[0].second, std::size_t(9));
    }
};

QTEST_APPLESS_MAIN(TstNameRedaction)
#include "tst_name_redaction.moc"
