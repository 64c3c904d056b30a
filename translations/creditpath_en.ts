<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReportComposer</name>
    <message numerus="yes">
        <location filename="../ui/report/report_builder.cpp" line="+230"/>
        <source>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</source>
        <translation>
            <numerusform>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</numerusform>
            <numerusform>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/report_burn_down.cpp" line="+88"/>
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
        <location filename="../ui/window/export_actions.cpp" line="+162"/>
        <source>Wrote %n Partner Central record(s) to %1</source>
        <translation>
            <numerusform>Wrote %n Partner Central record to %1</numerusform>
            <numerusform>Wrote %n Partner Central records to %1</numerusform>
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
