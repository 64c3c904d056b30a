<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReportComposer</name>
    <message numerus="yes">
        <location filename="../ui/report/report_builder.cpp" line="+239"/>
        <source>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</source>
        <translation>
            <numerusform>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</numerusform>
            <numerusform>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/report_burn_down.cpp" line="+71"/>
        <source>No credits expire unused within the %n-month horizon.</source>
        <translation>
            <numerusform>No credits expire unused within the %n-month horizon.</numerusform>
            <numerusform>No credits expire unused within the %n-month horizon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/report_materials.cpp" line="+63"/>
        <source>%1 per month over a %n-month implementation window</source>
        <translation>
            <numerusform>%1 per month over a %n-month implementation window</numerusform>
            <numerusform>%1 per month over a %n-month implementation window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>(%n examples per week against a held-out set)</source>
        <translation>
            <numerusform>(%n example per week against a held-out set)</numerusform>
            <numerusform>(%n examples per week against a held-out set)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/report_uncertainty.cpp" line="+18"/>
        <source>+%n month(s)</source>
        <translation>
            <numerusform>+%n month</numerusform>
            <numerusform>+%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Ranges: spend rows by their uncertainty (±%1 without one), growth likewise, each approval refused or approved, the POC failing or completing, and the credits landing as planned or %n month(s) later (UN-2).</source>
        <translation>
            <numerusform>Ranges: spend rows by their uncertainty (±%1 without one), growth likewise, each approval refused or approved, the POC failing or completing, and the credits landing as planned or %n month later (UN-2).</numerusform>
            <numerusform>Ranges: spend rows by their uncertainty (±%1 without one), growth likewise, each approval refused or approved, the POC failing or completing, and the credits landing as planned or %n months later (UN-2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/report_rulebook.cpp" line="+22"/>
        <source>none: every rule was verified within %n month(s)</source>
        <translation>
            <numerusform>none: every rule was verified within %n month</numerusform>
            <numerusform>none: every rule was verified within %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>verified more than %n month(s) ago: %1</source>
        <translation>
            <numerusform>verified more than %n month ago: %1</numerusform>
            <numerusform>verified more than %n months ago: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message numerus="yes">
        <location filename="../ui/format/rulebook_text.cpp" line="+96"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source> + %1 (%n change(s))</source>
        <translation>
            <numerusform> + %1 (%n change)</numerusform>
            <numerusform> + %1 (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendImporter</name>
    <message numerus="yes">
        <location filename="../ui/window/spend_import.cpp" line="+33"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditpath::ui::AlertBanner</name>
    <message numerus="yes">
        <location filename="../ui/results/alert_banner.cpp" line="+79"/>
        <source>show all %n warnings</source>
        <translation>
            <numerusform>show %n warning</numerusform>
            <numerusform>show all %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ExportActions</name>
    <message numerus="yes">
        <location filename="../ui/window/export_actions.cpp" line="+177"/>
        <source>Wrote %n Partner Central record(s) to %1</source>
        <translation>
            <numerusform>Wrote %n Partner Central record to %1</numerusform>
            <numerusform>Wrote %n Partner Central records to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookActions</name>
    <message numerus="yes">
        <location filename="../ui/window/rulebook_actions.cpp" line="+248"/>
        <source>This scenario carries rulebook overrides (%n change(s) to the shipped figures). Keep them, so it evaluates as it did for its author, or evaluate it with the shipped rulebook?</source>
        <translation>
            <numerusform>This scenario carries rulebook overrides (%n change to the shipped figures). Keep them, so it evaluates as it did for its author, or evaluate it with the shipped rulebook?</numerusform>
            <numerusform>This scenario carries rulebook overrides (%n changes to the shipped figures). Keep them, so it evaluates as it did for its author, or evaluate it with the shipped rulebook?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookModel</name>
    <message numerus="yes">
        <location filename="../ui/rulebook/rulebook_model.cpp" line="+98"/>
        <source>Verified more than %n month(s) ago (PD-6)</source>
        <translation>
            <numerusform>Verified more than %n month ago (PD-6)</numerusform>
            <numerusform>Verified more than %n months ago (PD-6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookView</name>
    <message numerus="yes">
        <location filename="../ui/rulebook/rulebook_view.cpp" line="+156"/>
        <source>What changed (%n)</source>
        <translation>
            <numerusform>What changed (%n)</numerusform>
            <numerusform>What changed (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendLinesModel</name>
    <message numerus="yes">
        <location filename="../ui/forms/spend_lines_model.cpp" line="+228"/>
        <source>Paste %n spend line(s)</source>
        <translation>
            <numerusform>Paste %n spend line</numerusform>
            <numerusform>Paste %n spend lines</numerusform>
        </translation>
    </message>
</context>
</TS>
