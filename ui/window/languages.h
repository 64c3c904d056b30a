#pragma once
// The interface languages are the translations that ship: every creditpath_XX.qm compiled into
// the program, plus English, the language of the sources. Adding a .ts file adds a language;
// no menu lists them by hand.
#include <QList>
#include <QString>

namespace creditpath::ui {

struct InterfaceLanguage {
    QString code;       // "de", "ja"; as stored in the settings
    QString nativeName; // "Deutsch", "日本語": each language named in itself
};

// English first, then the others by code.
QList<InterfaceLanguage> shippedLanguages();

} // namespace creditpath::ui
