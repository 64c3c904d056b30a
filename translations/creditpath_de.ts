<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Desktop</name>
    <message>
        <location filename="../ui/desktop.cpp" line="+77"/>
        <source>Restore unsaved work?</source>
        <translation>Ungesicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreditPath closed without saving your last changes. Restore them now?</source>
        <translation>CreditPath wurde beendet, ohne Ihre letzten Änderungen zu sichern. Jetzt wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../ui/format/display_text.cpp" line="+147"/>
        <source>Stack: Portfolio + Build + Bedrock POC</source>
        <translation>Stack: Portfolio + Build + Bedrock-POC</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Portfolio + Build</source>
        <translation>Portfolio + Build</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <source>Portfolio only</source>
        <translation>Nur Portfolio</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Generative AI Accelerator</source>
        <translation>Generative AI Accelerator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration Acceleration (MAP)</source>
        <translation>Migration Acceleration (MAP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution Provider (SPP)</source>
        <translation>Solution Provider (SPP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise Discount (EDP)</source>
        <translation>Enterprise Discount (EDP)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fit</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor fit</source>
        <translation>Passt schlecht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocker</source>
        <translation>Ausschluss</translation>
    </message>
    <message>
        <location filename="../ui/format/display_names.cpp" line="+152"/>
        <source>Submit the inquiry</source>
        <translation>Anfrage stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routed to a partner</source>
        <translation>An einen Partner weitergeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery call</source>
        <translation>Erstgespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder provides materials</source>
        <translation>Gründer liefert Unterlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner files the ACE records</source>
        <translation>Partner reicht die ACE-Einträge ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio review</source>
        <translation>Prüfung Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build review</source>
        <translation>Prüfung Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC review</source>
        <translation>Prüfung Bedrock-POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit balances land</source>
        <translation>Guthaben werden gutgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort application</source>
        <translation>Bewerbung für die Kohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort selection</source>
        <translation>Auswahl der Kohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits available</source>
        <translation>Guthaben verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess phase</source>
        <translation>Phase Assess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobilize phase</source>
        <translation>Phase Mobilize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate phase</source>
        <translation>Phase Migrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller contract</source>
        <translation>Reseller-Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount active</source>
        <translation>Rabatt aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise sales cycle</source>
        <translation>Enterprise-Vertriebszyklus</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage &amp; CDN</source>
        <translation>Speicher &amp; CDN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observability</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock</source>
        <translation>Bedrock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock supporting services</source>
        <translation>Bedrock-Begleitdienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build project</source>
        <translation>Build-Projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upfront commitments (RI/SP)</source>
        <translation>Vorauszahlungen (RI/SP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise support</source>
        <translation>Enterprise Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Pre-seed</source>
        <translation>Pre-Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series A</source>
        <translation>Series A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series B</source>
        <translation>Series B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series C+</source>
        <translation>Series C+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bootstrapped</source>
        <translation>Eigenfinanziert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No AI</source>
        <translation>Keine KI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses AI features</source>
        <translation>Nutzt KI-Funktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI-first product</source>
        <translation>KI ist das Produkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No migration</source>
        <translation>Keine Migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-premises</source>
        <translation>Eigenes Rechenzentrum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobilize</source>
        <translation>Mobilize</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrate</source>
        <translation>Migrate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credits within the deadline</source>
        <translation>Guthaben innerhalb der Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest expected value</source>
        <translation>Größter Erwartungswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Least founder time</source>
        <translation>Geringster Zeitaufwand für Gründer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock POC</source>
        <translation>Bedrock-POC</translation>
    </message>
    <message>
        <location filename="../ui/format/display_text.cpp" line="-30"/>
        <location filename="../ui/format/display_names.cpp" line="+2"/>
        <source>GenAI Accelerator</source>
        <translation>GenAI Accelerator</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/format/display_names.cpp" line="+2"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../ui/format/display_names.cpp" line="+6"/>
        <source>All layers</source>
        <translation>Alle Ebenen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company info</source>
        <translation>Firmenangaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS account ID</source>
        <translation>AWS-Konto-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitch deck</source>
        <translation>Pitch-Deck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use-case paragraphs (Portfolio, Build)</source>
        <translation>Use-Case-Absätze (Portfolio, Build)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use-case paragraph (Bedrock POC)</source>
        <translation>Use-Case-Absatz (Bedrock-POC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation methodology</source>
        <translation>Evaluierungsmethodik</translation>
    </message>
    <message>
        <location filename="../ui/format/display_text.cpp" line="-8"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SPP</source>
        <translation>SPP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EDP</source>
        <translation>EDP</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>%1 %2 at month %3</source>
        <translation>%1 %2 in Monat %3</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../ui/forms/typed_input.cpp" line="+50"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/input/input_messages.cpp" line="+15"/>
        <source>must be a non-negative amount, got {got}</source>
        <translation>muss ein nicht negativer Betrag sein, eingegeben: {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an amount, got {got}</source>
        <translation>muss ein Betrag sein, eingegeben: {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most 1000000000000.00 (one trillion), got {got}</source>
        <translation>darf höchstens 1000000000000.00 (eine Billion) sein, eingegeben: {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a percentage from {min} to {max}, got {got}</source>
        <translation>muss ein Prozentsatz von {min} bis {max} sein, eingegeben: {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number from {min} to {max}, got {got}</source>
        <translation>muss eine ganze Zahl von {min} bis {max} sein, eingegeben: {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 12 digits, as the AWS console shows them (1234-5678-9012)</source>
        <translation>muss aus 12 Ziffern bestehen, wie die AWS-Konsole sie zeigt (1234-5678-9012)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a variant needs a name that is not empty</source>
        <translation>eine Variante braucht einen Namen, der nicht leer ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already the name of another variant</source>
        <translation>{name} ist bereits der Name einer anderen Variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a variant&apos;s patch cannot hold variants of its own</source>
        <translation>der Patch einer Variante kann keine eigenen Varianten enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} is not an amount; type one such as {example}</source>
        <translation>{got} ist kein Betrag; geben Sie einen wie {example} ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{got} is not a percentage; type one such as {example}</source>
        <translation>{got} ist kein Prozentsatz; geben Sie einen wie {example} ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{got}: digit groups are separated only between groups of three digits, as in {example}</source>
        <translation>{got}: Zifferngruppen werden nur zwischen Dreiergruppen getrennt, wie in {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} can be read more than one way; did you mean {suggestion}? Type it that way to use it</source>
        <translation>{got} lässt sich auf mehr als eine Weise lesen; meinten Sie {suggestion}? Geben Sie es so ein, um es zu übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} has more than two decimal places; amounts are kept to the cent</source>
        <translation>{got} hat mehr als zwei Nachkommastellen; Beträge werden auf den Cent genau geführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} has more than four decimal places</source>
        <translation>{got} hat mehr als vier Nachkommastellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{got} is not in US dollars; AWS credits and spend are entered in USD</source>
        <translation>{got} ist nicht in US-Dollar; AWS-Guthaben und Ausgaben werden in USD erfasst</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../ui/report/pdf_exporter.cpp" line="+80"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write the PDF report to %1: %2</source>
        <translation>Der PDF-Bericht kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>CreditPath report · %1 · amounts in USD · rulebook %2</source>
        <translation>CreditPath-Bericht · %1 · Beträge in USD · Regelwerk %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the PDF could not be drawn</source>
        <translation>das PDF konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../core/evaluation/messages.cpp" line="+20"/>
        <source>Activate Portfolio funds general infrastructure up to {ceiling}.</source>
        <translation>Activate Portfolio finanziert allgemeine Infrastruktur bis {ceiling}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No institutional vouch: neither a VC in Activate Portfolio nor a partner attestation. Portfolio cannot be approved.</source>
        <translation>Keine institutionelle Empfehlung: weder ein VC im Activate-Portfolio noch eine Bestätigung durch einen Partner. Portfolio kann nicht genehmigt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No VC in Activate Portfolio; the partner attestation substitutes as the vouch.</source>
        <translation>Kein VC im Activate-Portfolio; die Bestätigung des Partners ersetzt die Empfehlung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected spend averages {average}/month over the first {months} months, above the {limit}/month that is plausible at {stage}: expect rejection or a downgrade.</source>
        <translation>Die geplanten Ausgaben liegen in den ersten {months} Monaten bei durchschnittlich {average}/Monat, über den {limit}/Monat, die in der Phase {stage} plausibel sind: Ablehnung oder Herabstufung ist zu erwarten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projected spend averages {average}/month, below Portfolio&apos;s typical {low}-{high}/month band: {ceiling} would last about {months_covered} months.</source>
        <translation>Die geplanten Ausgaben liegen bei durchschnittlich {average}/Monat, unter der für Portfolio typischen Spanne von {low}–{high}/Monat: {ceiling} würden etwa {months_covered} Monate reichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected spend averages {average}/month, above Portfolio&apos;s typical {low}-{high}/month band.</source>
        <translation>Die geplanten Ausgaben liegen bei durchschnittlich {average}/Monat, über der für Portfolio typischen Spanne von {low}–{high}/Monat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Portfolio use case reads like a competitor to AWS&apos;s own products (&quot;{phrase}&quot;): a rejection or downgrade risk.</source>
        <translation>Der Portfolio-Use-Case liest sich wie ein Konkurrent zu AWS-eigenen Produkten („{phrase}“): Risiko einer Ablehnung oder Herabstufung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Portfolio use-case paragraph is empty; the partner needs it to file.</source>
        <translation>Der Use-Case-Absatz für Portfolio ist leer; der Partner braucht ihn für den Antrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build for Startups adds up to {ceiling} for a discrete project distinct from Portfolio.</source>
        <translation>Build for Startups gibt bis zu {ceiling} zusätzlich für ein eigenständiges, von Portfolio getrenntes Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Build for Startups project is planned; the stack needs a genuinely distinct second workload.</source>
        <translation>Kein Build-for-Startups-Projekt geplant; der Stack braucht eine wirklich eigenständige zweite Anwendung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Build for Startups use-case paragraph is empty.</source>
        <translation>Der Use-Case-Absatz für Build for Startups ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build projects typically project {low}-{high}/month; this one projects {amount}/month.</source>
        <translation>Build-Projekte planen typischerweise {low}–{high}/Monat; dieses plant {amount}/Monat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build implementation windows run {min}-{max} months; this one runs {months} months.</source>
        <translation>Build-Umsetzungszeiträume dauern {min}–{max} Monate; dieser dauert {months} Monate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Build use case is framed as &quot;{phrase}&quot;, which Build does not fund.</source>
        <translation>Der Build-Use-Case ist als „{phrase}“ formuliert, was Build nicht finanziert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portfolio and Build look like one workload framed twice (score {score}; the use cases read alike). Reviewers approve Portfolio and silently zero out Build.</source>
        <translation>Portfolio und Build wirken wie eine zweimal beschriebene Anwendung (Wert {score}; die Anwendungsfälle lesen sich gleich). Prüfer genehmigen Portfolio und setzen Build stillschweigend auf null.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portfolio and Build look like one workload framed twice (score {score}; shared services: {services}). Reviewers approve Portfolio and silently zero out Build.</source>
        <translation>Portfolio und Build wirken wie eine zweimal beschriebene Anwendung (Wert {score}; gemeinsame Dienste: {services}). Prüfer genehmigen Portfolio und setzen Build stillschweigend auf null.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If there is no real second workload, file Portfolio only.</source>
        <translation>Gibt es keine echte zweite Anwendung, nur Portfolio beantragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Bedrock POC is planned; the stack&apos;s third layer needs a defined AI use case with an evaluation plan.</source>
        <translation>Kein Bedrock-POC geplant; die dritte Ebene des Stacks braucht einen definierten KI-Use-Case mit Evaluierungsplan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrock POC at {amount}; {large} needs the conditions below.</source>
        <translation>Bedrock-POC mit {amount}; für {large} braucht es die folgenden Bedingungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {large}: projected Bedrock spend of {minimum}/month or more (now {bedrock}/month).</source>
        <translation>Für {large}: projizierte Bedrock-Ausgaben von mindestens {minimum}/Monat (jetzt {bedrock}/Monat).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {large}: a customer Letter of Intent.</source>
        <translation>Für {large}: eine Absichtserklärung (Letter of Intent) eines Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {large}: a commitment to scale Bedrock after the POC.</source>
        <translation>Für {large}: die Zusage, Bedrock nach dem POC auszubauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrock POC at {amount}: projected Bedrock spend of {bedrock}/month, a customer LOI and a commitment to scale.</source>
        <translation>Bedrock-POC mit {amount}: geplante Bedrock-Ausgaben von {bedrock}/Monat, eine Absichtserklärung eines Kunden und eine Zusage zur Skalierung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bedrock POC credits pay only Bedrock and its supporting services.</source>
        <translation>Guthaben aus dem Bedrock-POC bezahlen nur Bedrock und seine Begleitdienste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC plan is missing its use-case paragraph.</source>
        <translation>Im POC-Plan fehlt der Use-Case-Absatz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan does not name the chosen model.</source>
        <translation>Der POC-Plan nennt das gewählte Modell nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan does not say why that model was chosen.</source>
        <translation>Der POC-Plan begründet die Modellwahl nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan is missing its evaluation methodology (N examples per week against a held-out set).</source>
        <translation>Im POC-Plan fehlt die Evaluierungsmethodik (N Beispiele pro Woche gegen einen zurückgehaltenen Datensatz).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The POC plan does not say how many examples are evaluated per week.</source>
        <translation>Der POC-Plan sagt nicht, wie viele Beispiele pro Woche ausgewertet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC plan is missing its projected inference budget.</source>
        <translation>Im POC-Plan fehlt das geplante Inferenzbudget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC inference budgets run {low}-{high}/month at POC scale; this plan projects {amount}/month.</source>
        <translation>Inferenzbudgets im POC-Umfang liegen bei {low}–{high}/Monat; dieser Plan sieht {amount}/Monat vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POC windows run {expected} days; this plan runs {days} days.</source>
        <translation>POC-Zeiträume dauern {expected} Tage; dieser Plan dauert {days} Tage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC is not expected to complete, so its credits expire at month {month} instead of {general}.</source>
        <translation>Der POC wird voraussichtlich nicht abgeschlossen; seine Guthaben verfallen daher in Monat {month} statt {general}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} of credits would expire unused ({pools}).</source>
        <translation>{amount} Guthaben würden ungenutzt verfallen ({pools}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio and Build describe distinct workloads (overlap score {score}).</source>
        <translation>Portfolio und Build beschreiben unterschiedliche Anwendungen (Überschneidungswert {score}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}, after the {needed} days you have.</source>
        <translation>Die Guthaben kommen an Tag {min}–{max}, nach den {needed} Tagen, die Sie haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}; the latest would miss your {needed}-day deadline.</source>
        <translation>Die Guthaben kommen an Tag {min}–{max}; im spätesten Fall wird Ihre Frist von {needed} Tagen verfehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}, within your {needed} days.</source>
        <translation>Die Guthaben kommen an Tag {min}–{max}, innerhalb Ihrer {needed} Tage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discount starts on day {min}-{max}, once the contract is in place.</source>
        <translation>Der Rabatt beginnt an Tag {min}–{max}, sobald der Vertrag steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected value uses {odds} odds of approval.</source>
        <translation>Der Erwartungswert rechnet mit {odds} Genehmigungswahrscheinlichkeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competitive cohort: median award {low}-{high}, top awards {top}; about {odds} of typical applicants are accepted.</source>
        <translation>Umkämpfte Kohorte: mittlere Zusage {low}–{high}, Spitzenzusagen {top}; etwa {odds} der typischen Bewerber werden angenommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Accelerator is for AI-first products; AI is a feature here.</source>
        <translation>Der Accelerator ist für Produkte, deren Kern KI ist; hier ist KI eine Funktion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Accelerator is for AI-first products; this company has no AI product.</source>
        <translation>Der Accelerator ist für Produkte, deren Kern KI ist; diese Firma hat kein KI-Produkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Accelerator is for companies before Series B; this one is at {stage}.</source>
        <translation>Der Accelerator ist für Firmen vor Series B; diese ist in der Phase {stage}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits are needed within {needed} days; the Accelerator is a poor fit under {limit} days.</source>
        <translation>Die Guthaben werden innerhalb von {needed} Tagen gebraucht; unter {limit} Tagen passt der Accelerator schlecht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Bedrock spend or POC: the Accelerator expects Bedrock as the inference backbone.</source>
        <translation>Keine Bedrock-Ausgaben und kein POC: der Accelerator erwartet Bedrock als Basis für die Inferenz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bootstrapped without revenue traction: a weak Accelerator application.</source>
        <translation>Eigenfinanziert ohne nennenswerten Umsatz: eine schwache Bewerbung für den Accelerator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No migration to AWS is planned; MAP funds migrations, not greenfield builds.</source>
        <translation>Keine Migration zu AWS geplant; MAP finanziert Migrationen, keine Neuentwicklungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAP pays {mobilize} of the {cost} migration cost at Mobilize and {migrate} at Migrate.</source>
        <translation>MAP zahlt {mobilize} der Migrationskosten von {cost} in der Phase Mobilize und {migrate} in der Phase Migrate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MAP pays {mobilize} at Mobilize and {migrate} at Migrate of {months} months of tagged post-migration spend ({spend}/month): {base}.</source>
        <translation>MAP zahlt {mobilize} bei Mobilize und {migrate} bei Migrate von {months} Monaten getaggter Ausgaben nach der Migration ({spend}/Monat): {base}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan stops at Assess; MAP credits start at Mobilize.</source>
        <translation>Der Plan endet bei Assess; MAP-Guthaben beginnen mit Mobilize.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-migration AWS spend of {amount}/month is below the {min}/month MAP expects.</source>
        <translation>AWS-Ausgaben von {amount}/Monat nach der Migration liegen unter den {min}/Monat, die MAP erwartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {amount} migration is too small for partner-led MAP work (from {min}).</source>
        <translation>Eine Migration über {amount} ist zu klein für partnergeführte MAP-Arbeit (ab {min}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner-resold billing saves {low}-{high} of the bill: {saving} over {months} months at {typical}.</source>
        <translation>Abrechnung über einen Partner spart {low}–{high} der Rechnung: {saving} über {months} Monate bei {typical}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-revenue companies are a poor fit for the Solution Provider Program.</source>
        <translation>Firmen ohne Umsatz passen schlecht zum Solution Provider Program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Solution Provider Program suits profitable companies; this one is not profitable.</source>
        <translation>Das Solution Provider Program passt zu profitablen Firmen; diese ist nicht profitabel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ARR of {arr} is below the {min} the Solution Provider Program suits.</source>
        <translation>Ein ARR von {arr} liegt unter den {min}, für die das Solution Provider Program passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An annual AWS bill of {annual} is too small for the saving to matter (from {min}).</source>
        <translation>Eine jährliche AWS-Rechnung von {annual} ist zu klein, als dass die Ersparnis ins Gewicht fiele (ab {min}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A committed-spend discount of {low}-{high} on {annual} a year saves {saving} over {months} months at {typical}.</source>
        <translation>Ein Rabatt für zugesagte Ausgaben von {low}–{high} auf {annual} im Jahr spart {saving} über {months} Monate bei {typical}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EDP starts at {min} a year of AWS spend; this projection is {annual}.</source>
        <translation>EDP beginnt bei {min} AWS-Ausgaben im Jahr; diese Planung liegt bei {annual}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File the stack now and apply to the Accelerator in a later cohort: different program families.</source>
        <translation>Jetzt den Stack beantragen und sich in einer späteren Kohorte für den Accelerator bewerben: verschiedene Programmfamilien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stack and MAP combine: Build can fund the migration project while MAP funds the migration itself.</source>
        <translation>Stack und MAP lassen sich kombinieren: Build kann das Migrationsprojekt finanzieren, MAP die Migration selbst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits and a bill discount combine: the discount applies to what credits do not pay.</source>
        <translation>Guthaben und ein Rechnungsrabatt lassen sich kombinieren: der Rabatt gilt für das, was die Guthaben nicht bezahlen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternatives, not a combination: both file the same Activate Portfolio application.</source>
        <translation>Alternativen, keine Kombination: beide reichen denselben Activate-Portfolio-Antrag ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: SPP bills through a partner while EDP is a direct commitment with AWS; choose one.</source>
        <translation>Abgelehnt: SPP rechnet über einen Partner ab, EDP ist eine direkte Zusage gegenüber AWS; eines wählen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build spend is entered twice and the figures disagree: {declared}/month on the Build application, {projected}/month from the Build project lines on the Spend tab (average of months 1-{months}). Reviewers compare them; make them agree within {tolerance}.</source>
        <translation>Die Build-Ausgaben sind zweimal erfasst und die Zahlen weichen voneinander ab: {declared}/Monat im Build-Antrag, {projected}/Monat aus den Zeilen „Build-Projekt“ im Reiter „Ausgaben“ (Durchschnitt der Monate 1–{months}). Prüfer vergleichen beide; gleichen Sie sie bis auf {tolerance} an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Build application states {declared}/month, but the Spend tab has no Build project line, so the burn-down does not count that spend.</source>
        <translation>Der Build-Antrag nennt {declared}/Monat, aber im Reiter „Ausgaben“ gibt es keine Zeile „Build-Projekt“; der Verbrauch berücksichtigt diese Ausgaben daher nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied for: Build for Startups, up to {amount} more for a distinct project.</source>
        <translation>Nicht beantragt: Build for Startups, bis zu {amount} zusätzlich für ein eigenständiges Projekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not applied for: a Bedrock POC, {amount} more ({large} with a larger scope, a customer LOI and a commitment to scale).</source>
        <translation>Nicht beantragt: ein Bedrock-POC, {amount} zusätzlich ({large} bei größerem Umfang, einer Absichtserklärung eines Kunden und einer Zusage zur Skalierung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest expected usable value ({value}) among paths that fit and land within {needed} days.</source>
        <translation>Größter erwarteter nutzbarer Wert ({value}) unter den passenden Wegen, die innerhalb von {needed} Tagen ankommen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest expected usable value ({value}) among paths that fit.</source>
        <translation>Größter erwarteter nutzbarer Wert ({value}) unter den passenden Wegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least founder time ({minutes} min) among paths that fit; expected usable value {value}.</source>
        <translation>Geringster Zeitaufwand für Gründer ({minutes} Min.) unter den passenden Wegen; erwarteter nutzbarer Wert {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: no path fits and lands within {needed} days. What keeps each path out is listed with it.</source>
        <translation>Keine Empfehlung: kein Weg passt und kommt innerhalb von {needed} Tagen an. Der Ausschlussgrund steht jeweils beim Weg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is recommended: no path fits this scenario. What keeps each path out is listed with it.</source>
        <translation>Keine Empfehlung: kein Weg passt zu diesem Szenario. Der Ausschlussgrund steht jeweils beim Weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your projected monthly AWS spend (Spend tab) first: usable value, forfeiture and the recommendation all depend on it.</source>
        <translation>Geben Sie zuerst Ihre geplanten monatlichen AWS-Ausgaben ein (Reiter „Ausgaben“): nutzbarer Wert, Verfall und Empfehlung hängen davon ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face value {low} – {typical} – {high}: low {low_terms}; typical {typical_terms}; high {high_terms}.</source>
        <translation>Nennwert {low} – {typical} – {high}: niedrig {low_terms}; typisch {typical_terms}; hoch {high_terms}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face value {typical} = {typical_terms}.</source>
        <translation>Nennwert {typical} = {typical_terms}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credits: this scenario applies for no pool on this path.</source>
        <translation>Keine Guthaben: dieses Szenario beantragt auf diesem Weg kein Guthaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving {low} – {typical} – {high} = {low_rate} / {typical_rate} / {high_rate} of {base} discountable spend over {months} months (Marketplace excluded).</source>
        <translation>Ersparnis {low} – {typical} – {high} = {low_rate} / {typical_rate} / {high_rate} von {base} rabattfähigen Ausgaben über {months} Monate (ohne Marketplace).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No saving: the projected {annual} a year is below the {min} a year this program starts at.</source>
        <translation>Keine Ersparnis: die geplanten {annual} im Jahr liegen unter den {min} im Jahr, ab denen dieses Programm beginnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usable {typical} = the whole award: the projected bill absorbs every pool before it expires. Low {low}, high {high}.</source>
        <translation>Nutzbar {typical} = die ganze Zusage: die geplante Rechnung verbraucht jedes Guthaben, bevor es verfällt. Niedrig {low}, hoch {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usable {typical} = award {award} − {forfeited} expiring unused ({pools}). Low {low}, high {high}.</source>
        <translation>Nutzbar {typical} = Zusage {award} − {forfeited}, die ungenutzt verfallen ({pools}). Niedrig {low}, hoch {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is usable yet: no spend is entered, so no bill absorbs the credits.</source>
        <translation>Noch nichts nutzbar: es sind keine Ausgaben erfasst, also verbraucht keine Rechnung die Guthaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to use: no pool is applied for.</source>
        <translation>Nichts zu nutzen: es ist kein Guthaben beantragt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable {typical} = the saving itself: a discount needs no pool to absorb it.</source>
        <translation>Nutzbar {typical} = die Ersparnis selbst: ein Rabatt ist kein Guthaben, das erst verbraucht werden muss.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} = usable {usable} ({terms}) × {odds} approval.</source>
        <translation>Erwartet {expected} = nutzbar {usable} ({terms}) × {odds} Genehmigungswahrscheinlichkeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} = usable {usable} ({terms}; overlap zeroes Build) × {odds} approval.</source>
        <translation>Erwartet {expected} = nutzbar {usable} ({terms}; Überschneidung setzt Build auf null) × {odds} Genehmigungswahrscheinlichkeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected {expected}: the path is not eligible ({rule}), so approval pays nothing.</source>
        <translation>Erwartet {expected}: für den Weg besteht keine Berechtigung ({rule}), eine Genehmigung bringt also nichts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected {expected} = saving {usable} × {odds} odds that the contract is signed.</source>
        <translation>Erwartet {expected} = Ersparnis {usable} × {odds} Wahrscheinlichkeit, dass der Vertrag unterschrieben wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money lands on day {min}–{max} after the inquiry.</source>
        <translation>Das Geld kommt an Tag {min}–{max} nach der Anfrage an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discount starts on day {min}–{max}, once the contract is in place.</source>
        <translation>Der Rabatt beginnt an Tag {min}–{max}, sobald der Vertrag steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min of founder time.</source>
        <translation>{minutes} Min. Zeitaufwand für Gründer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min of founder time = {terms} min.</source>
        <translation>{minutes} Min. Zeitaufwand für Gründer = {terms} Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits pay every eligible charge of all {months} months.</source>
        <translation>Die Guthaben bezahlen alle anrechenbaren Kosten aller {months} Monate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits pay every eligible charge of months 1–{month}; month {next} is the first with money out of pocket ({short}).</source>
        <translation>Die Guthaben bezahlen alle anrechenbaren Kosten der Monate 1–{month}; Monat {next} ist der erste mit eigenen Zahlungen ({short}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month 1 is already short: credits leave {short} of it out of pocket.</source>
        <translation>Schon Monat 1 ist nicht voll gedeckt: {short} davon bleiben selbst zu bezahlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of pocket {total} = charges {charges} − paid by credits {applied} over {months} months (Marketplace, upfront fees and Enterprise support are never covered).</source>
        <translation>Selbst bezahlt {total} = Kosten {charges} − aus Guthaben bezahlt {applied} über {months} Monate (Marketplace, Vorauszahlungen und Enterprise Support sind nie gedeckt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing expires unused within the {months}-month horizon.</source>
        <translation>Innerhalb des Horizonts von {months} Monaten verfällt nichts ungenutzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} expires unused within the {months}-month horizon: {pools}.</source>
        <translation>{total} verfallen innerhalb des Horizonts von {months} Monaten ungenutzt: {pools}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No spend entered yet: nothing to burn down.</source>
        <translation>Noch keine Ausgaben erfasst: nichts zu verbrauchen.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>{amount} of credits would expire unused ({pools}). Their expiry at month {month} is a product estimate ({rule}): no published rule states it.</source>
        <translation>{amount} Guthaben würden ungenutzt verfallen ({pools}). Ihr Verfall in Monat {month} ist eine Schätzung von CreditPath ({rule}): keine veröffentlichte Regel legt ihn fest.</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <location filename="../ui/report/report_builder.cpp" line="+81"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days %1–%2</source>
        <translation>Tage %1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no company name)</source>
        <translation>(kein Firmenname)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AWS credit path comparison</source>
        <translation>Vergleich der AWS-Guthaben-Wege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/report_burn_down.cpp" line="+140"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rulebook edition</source>
        <translation>Ausgabe des Regelwerks</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Rulebook overrides</source>
        <translation>Abweichungen vom Regelwerk</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>none: the shipped figures apply</source>
        <translation>keine: es gelten die ausgelieferten Werte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no edition</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these files change the shipped figures:</source>
        <translation>diese Dateien ändern die ausgelieferten Werte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application timelines start</source>
        <translation>Beginn der Antragszeitpläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_reasons.cpp" line="+82"/>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/report/report_reasons.cpp" line="+0"/>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures come from the CreditPath rulebook; every verdict names the rules behind it, and the rules&apos; sources are listed in this report. Awards are decided by AWS; this report estimates, it does not promise.</source>
        <translation>Die Zahlen stammen aus dem CreditPath-Regelwerk; jedes Urteil nennt die Regeln dahinter, und deren Quellen stehen in diesem Bericht. Über Zusagen entscheidet AWS; dieser Bericht schätzt, er verspricht nichts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_reasons.cpp" line="+1"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1 (rule %2)</source>
        <translation>Warum: %1 (Regel %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected value</source>
        <translation>Erwartungswert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low – typical – high</source>
        <translation>niedrig – typisch – hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Genehmigungsquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money arrives</source>
        <translation>Geld kommt an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder time</source>
        <translation>Zeit des Gründers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits cover the bill</source>
        <translation>Guthaben decken die Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through month %1</source>
        <translation>bis Monat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1 months projected</source>
        <translation>von %1 geplanten Monaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_burn_down.cpp" line="-64"/>
        <source>Total out of pocket</source>
        <translation>Selbst bezahlt gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 months</source>
        <translation>über %1 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited credits</source>
        <translation>Verfallene Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing expires unused</source>
        <translation>nichts verfällt ungenutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires unused (BD-3)</source>
        <translation>verfällt ungenutzt (BD-3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headline figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (USD)</source>
        <translation>Wert (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Before filing</source>
        <translation>Vor dem Antrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings: nothing found that would sink an application.</source>
        <translation>Keine Warnungen: nichts gefunden, was einen Antrag scheitern ließe.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Founder min</source>
        <translation>Gründer-Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★: the recommended path. Low, typical, high: face value. Usable: what the projected bill absorbs of the typical award before its pools expire. Expected: usable × approval odds. Days: from the inquiry until the money is usable.</source>
        <translation>★: der empfohlene Weg. Niedrig, typisch, hoch: Nennwert. Nutzbar: was die geplante Rechnung von der typischen Zusage verbraucht, bevor deren Guthaben verfallen. Erwartet: nutzbar × Genehmigungswahrscheinlichkeit. Tage: von der Anfrage, bis das Geld nutzbar ist.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The other paths</source>
        <translation>Die anderen Wege</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>All paths compared</source>
        <translation>Alle Wege im Vergleich</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../ui/report/report_uncertainty.cpp" line="+68"/>
        <location filename="../ui/report/report_rulebook.cpp" line="+52"/>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical</source>
        <translation>Typisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odds</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/report/report_burn_down.cpp" line="+65"/>
        <source>Founder</source>
        <translation>Gründer</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Burn-down: %1</source>
        <translation>Verbrauch: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This path has no credits to burn down.</source>
        <translation>Dieser Weg hat keine Guthaben, die verbraucht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month 1 is the first invoice after the balances land (BD-1). Each month the pool that expires first pays what it may (BD-2); the rest is paid out of pocket.</source>
        <translation>Monat 1 ist die erste Rechnung nach der Gutschrift (BD-1). Jeden Monat zahlt das zuerst verfallende Guthaben, was es darf (BD-2); den Rest zahlt die Firma selbst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2, expires after month %3</source>
        <translation>%1: %2, verfällt nach Monat %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pools</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cliff: credits cover the bill through month %1; month %2 is the first with money out of pocket (%3).</source>
        <translation>Klippe: Guthaben decken die Rechnung bis Monat %1; Monat %2 ist der erste mit eigenen Zahlungen (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From month %1 on, the whole bill (%2 a month at first) is paid out of pocket.</source>
        <translation>Ab Monat %1 wird die ganze Rechnung (anfangs %2 im Monat) selbst bezahlt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forfeiture: %1 of %2 credits expire unused at the end of month %3 (BD-3).</source>
        <translation>Verfall: %1 der Guthaben aus %2 verfallen ungenutzt am Ende von Monat %3 (BD-3).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>No credits expire unused within the %n-month horizon.</source>
        <translation>
            <numerusform>Innerhalb des Horizonts von %n Monat verfallen keine Guthaben ungenutzt.</numerusform>
            <numerusform>Innerhalb des Horizonts von %n Monaten verfallen keine Guthaben ungenutzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits cover every invoice of the horizon.</source>
        <translation>Guthaben decken jede Rechnung des Horizonts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total charges</source>
        <translation>Kosten gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total forfeited</source>
        <translation>Verfallen gesamt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Month by month (USD)</source>
        <translation>Monat für Monat (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charges</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by %1</source>
        <translation>Bezahlt aus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>Selbst bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amber: the first month paid out of pocket. Red: credits forfeited.</source>
        <translation>Gelb: der erste selbst bezahlte Monat. Rot: verfallene Guthaben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application timeline: %1</source>
        <translation>Antragszeitplan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0 is the inquiry on %1. Dates are calendar days.</source>
        <translation>Tag 0 ist die Anfrage am %1. Daten sind Kalendertage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/report/report_reasons.cpp" line="-20"/>
        <location filename="../ui/report/report_rulebook.cpp" line="+4"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time in total</source>
        <translation>Zeit des Gründers insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/report/report_reasons.cpp" line="-36"/>
        <source>Why each verdict</source>
        <translation>Warum jedes Urteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each line names the rule behind it in brackets; the rules and their sources follow the list.</source>
        <translation>Jede Zeile nennt in Klammern die Regel dahinter; die Regeln und ihre Quellen folgen nach der Liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/report/report_materials.cpp" line="+86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rules cited and their sources</source>
        <translation>Zitierte Regeln und ihre Quellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every amount is in US dollars (USD) to the cent, exactly as computed (each monthly charge is rounded half-up to the cent, once); every date is the language&apos;s short date with the year in full (%1); chart axes mark their scale in thousands or millions (%2).</source>
        <translation>jeder Betrag in US-Dollar (USD) auf den Cent genau, wie berechnet (jede Monatsbelastung wird einmal kaufmännisch auf den Cent gerundet); jedes Datum im kurzen Datumsformat der Sprache mit vollständiger Jahreszahl (%1); Diagrammachsen zeigen ihre Skala in Tausend oder Millionen (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI profile</source>
        <translation>KI-Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual recurring revenue</source>
        <translation>Jährlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profitable</source>
        <translation>Profitabel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits needed within</source>
        <translation>Guthaben benötigt innerhalb von</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_materials.cpp" line="+7"/>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutional vouch</source>
        <translation>Institutionelle Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VC in Activate Portfolio</source>
        <translation>VC im Activate-Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner attestation</source>
        <translation>Bestätigung durch Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1, %2 total, phase reached: %3</source>
        <translation>von %1, %2 gesamt, erreichte Phase: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly spend projection (USD)</source>
        <translation>Geplante monatliche Ausgaben (USD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to %1 over %2 months</source>
        <translation>auf %1 über %2 Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, month 1</source>
        <translation>Summe, Monat 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace purchases, upfront commitment fees and Enterprise support are never paid by promotional credits (BD-6). Expected values weigh awards by the approval odds of ST-2 and the program rules; ranges stay ranges.</source>
        <translation>Marketplace-Käufe, Vorauszahlungen für Zusagen und Enterprise Support werden nie mit Werbeguthaben bezahlt (BD-6). Erwartungswerte gewichten Zusagen mit den Genehmigungswahrscheinlichkeiten aus ST-2 und den Programmregeln; Spannen bleiben Spannen.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_materials.cpp" line="-73"/>
        <source>Materials pack (TL-4)</source>
        <translation>Unterlagenpaket (TL-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the partner needs from you on day 3–4, and drafts of the three application records to paste into the partner&apos;s forms.</source>
        <translation>Was der Partner an Tag 3–4 von Ihnen braucht, und Entwürfe der drei Antragseinträge zum Einfügen in die Formulare des Partners.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready (in the scenario)</source>
        <translation>bereit (im Szenario)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to provide</source>
        <translation>noch zu liefern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[to write: %1]</source>
        <translation>[noch zu schreiben: %1]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record 1: Activate Portfolio</source>
        <translation>Eintrag 1: Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+24"/>
        <source>Use case</source>
        <translation>Use Case</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the production workload</source>
        <translation>die Produktionsanwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>AWS services</source>
        <translation>AWS-Dienste</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <location line="+26"/>
        <source>Expected monthly spend</source>
        <translation>Erwartete monatliche Ausgaben</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 per month (%2)</source>
        <translation>%1 pro Monat (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record 2: Build for Startups</source>
        <translation>Eintrag 2: Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distinct project</source>
        <translation>das eigenständige Projekt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 per month over a %n-month implementation window</source>
        <translation>
            <numerusform>%1 pro Monat über einen Umsetzungszeitraum von %n Monat</numerusform>
            <numerusform>%1 pro Monat über einen Umsetzungszeitraum von %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record 2 (Build for Startups): not planned in this scenario.</source>
        <translation>Eintrag 2 (Build for Startups): in diesem Szenario nicht geplant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evaluation methodology</source>
        <translation>Evaluierungsmethodik</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n examples per week against a held-out set)</source>
        <translation>
            <numerusform>(%n Beispiel pro Woche gegen einen zurückgehaltenen Datensatz)</numerusform>
            <numerusform>(%n Beispiele pro Woche gegen einen zurückgehaltenen Datensatz)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a customer Letter of Intent</source>
        <translation>eine Absichtserklärung eines Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a commitment to scale Bedrock after the POC</source>
        <translation>eine Zusage, Bedrock nach dem POC zu skalieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record 3: Bedrock POC</source>
        <translation>Eintrag 3: Bedrock-POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the AI use case</source>
        <translation>der KI-Use-Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model and why</source>
        <translation>Modell und Begründung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation methodology</source>
        <translation>Evaluierungsmethodik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per month of inference at POC scale</source>
        <translation>%1 pro Monat Inferenz im POC-Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[to write: projected inference budget]</source>
        <translation>[noch zu schreiben: geplantes Inferenzbudget]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC window</source>
        <translation>POC-Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial trajectory</source>
        <translation>Kommerzielle Perspektive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none stated</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record 3 (Bedrock POC): not planned in this scenario.</source>
        <translation>Eintrag 3 (Bedrock-POC): in diesem Szenario nicht geplant.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_builder.cpp" line="-121"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usable value × approval odds (PD-2)</source>
        <translation>nutzbarer Wert × Genehmigungswahrscheinlichkeit (PD-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value</source>
        <translation>Nutzbarer Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the projected bill absorbs before expiry</source>
        <translation>was die geplante Rechnung vor dem Verfall verbraucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face value</source>
        <translation>Nennwert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Headline figures of %1:</source>
        <translation>Kennzahlen für %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2, expected %3 (usable %4), %5</source>
        <translation>%1: %2, erwartet %3 (nutzbar %4), %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 [%2] %3: %4</source>
        <translation>%1 [%2] %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why these figures: %1</source>
        <translation>Warum diese Zahlen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</source>
        <translation>
            <numerusform>Wert über den Horizont von %n Monat in USD. Guthaben-Wege: die beantragten Zusagen; Rabatt-Wege: die Ersparnis bei derselben Ausgabenplanung.</numerusform>
            <numerusform>Wert über den Horizont von %n Monaten in USD. Guthaben-Wege: die beantragten Zusagen; Rabatt-Wege: die Ersparnis bei derselben Ausgabenplanung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <location filename="../ui/report/report_uncertainty.cpp" line="-50"/>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+%n month(s)</source>
        <translation>
            <numerusform>+%n Monat</numerusform>
            <numerusform>+%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seeded draws (seed %2) of each application&apos;s approval, the POC&apos;s completion and the spend. P10, P50 and P90: one draw in ten is below, half are below, nine in ten are below.</source>
        <translation>%1 Ziehungen mit Startwert %2 für die Genehmigung jedes Antrags, den Abschluss des POC und die Ausgaben. P10, P50 und P90: eine von zehn Ziehungen liegt darunter, die Hälfte liegt darunter, neun von zehn liegen darunter.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket P10</source>
        <translation>Selbst bezahlt P10</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usable P10</source>
        <translation>Nutzbar P10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered through (P10 / P50 / P90)</source>
        <translation>Gedeckt bis Monat (P10 / P50 / P90)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: %1</source>
        <translation>Sensitivität: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each input moved to either end of its range, the others as stated; the widest bar matters most. Expected figures weigh every outcome of the approvals and the POC by its odds.</source>
        <translation>Jede Eingabe an beide Enden ihrer Spanne verschoben, die übrigen wie angegeben; der breiteste Balken zählt am meisten. Erwartete Werte gewichten jeden Ausgang der Genehmigungen und des POC mit seiner Wahrscheinlichkeit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low end</source>
        <translation>Unteres Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High end</source>
        <translation>Oberes Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swing</source>
        <translation>Ausschlag</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ranges: spend rows by their uncertainty (±%1 without one), growth likewise, each approval refused or approved, the POC failing or completing, and the credits landing as planned or %n month(s) later (UN-2).</source>
        <translation>
            <numerusform>Spannen: Ausgabenzeilen um ihre Unsicherheit (±%1 ohne Angabe), das Wachstum ebenso, jede Genehmigung abgelehnt oder erteilt, der POC gescheitert oder abgeschlossen und das Guthaben wie geplant oder %n Monat später (UN-2).</numerusform>
            <numerusform>Spannen: Ausgabenzeilen um ihre Unsicherheit (±%1 ohne Angabe), das Wachstum ebenso, jede Genehmigung abgelehnt oder erteilt, der POC gescheitert oder abgeschlossen und das Guthaben wie geplant oder %n Monate später (UN-2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/report_rulebook.cpp" line="-44"/>
        <source>Rulebook</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition and overrides</source>
        <translation>Ausgabe und Anpassungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Stale rules</source>
        <translation>Veraltete Regeln</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>none: every rule was verified within %n month(s)</source>
        <translation>
            <numerusform>keine: jede Regel wurde innerhalb von %n Monat geprüft</numerusform>
            <numerusform>keine: jede Regel wurde innerhalb von %n Monaten geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>verified more than %n month(s) ago: %1</source>
        <translation>
            <numerusform>vor mehr als %n Monat geprüft: %1</numerusform>
            <numerusform>vor mehr als %n Monaten geprüft: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no verdict or figure differs from the shipped edition</source>
        <translation>keine Bewertung und keine Kennzahl weicht von der ausgelieferten Ausgabe ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the overrides change against the shipped edition:</source>
        <translation>Was die Anpassungen gegenüber der ausgelieferten Ausgabe ändern:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/report_variants.cpp" line="+21"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../ui/report/report_variants.cpp" line="-6"/>
        <source>Variants side by side</source>
        <translation>Varianten im Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base scenario and each variant saved with it (the base with some fields changed). Each column shows the figures of its recommended path, or of the stack when nothing fits; ✓ marks the best value of a row.</source>
        <translation>Das Basisszenario und jede damit gespeicherte Variante (die Basis mit einigen geänderten Feldern). Jede Spalte zeigt die Zahlen ihres empfohlenen Wegs oder, wenn nichts passt, des Stacks; ✓ markiert den besten Wert einer Zeile.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Burn-down of the base, with each variant&apos;s out of pocket as a dashed line (the same path in every scenario).</source>
        <translation>Verbrauch der Basis, mit dem selbst bezahlten Betrag jeder Variante als gestrichelte Linie (derselbe Weg in jedem Szenario).</translation>
    </message>
</context>
<context>
    <name>RuleTitle</name>
    <message>
        <location filename="../ui/format/rule_titles_catalog.cpp" line="+8"/>
        <source>Month 1</source>
        <translation>Monat 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application order</source>
        <translation>Reihenfolge der Anrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference mix</source>
        <translation>Referenz-Mix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact money</source>
        <translation>Exakte Geldbeträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never covered by credits</source>
        <translation>Nie durch Guthaben gedeckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC award</source>
        <translation>Bedrock-POC-Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC earmark</source>
        <translation>Zweckbindung des Bedrock-POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC plan contents</source>
        <translation>Inhalt des POC-Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build for Startups ceiling</source>
        <translation>Obergrenze von Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build spend band and window</source>
        <translation>Ausgabenband und Zeitfenster von Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Build does not fund</source>
        <translation>Was Build nicht finanziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap detection</source>
        <translation>Erkennung von Überschneidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise Discount Program</source>
        <translation>Enterprise Discount Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative AI Accelerator</source>
        <translation>Generative AI Accelerator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerator eligibility</source>
        <translation>Zugangsvoraussetzungen des Accelerators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Acceleration Program</source>
        <translation>Migration Acceleration Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAP fit</source>
        <translation>Eignung für MAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts on the same footing</source>
        <translation>Rabatte auf gleicher Grundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges and expected values</source>
        <translation>Spannen und Erwartungswerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining paths</source>
        <translation>Kombination von Wegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freshness of figures</source>
        <translation>Aktualität der Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate Portfolio ceiling</source>
        <translation>Obergrenze von Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio spend band</source>
        <translation>Ausgabenband von Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implausible spend for the stage</source>
        <translation>Unplausible Ausgaben für die Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case overlapping AWS products</source>
        <translation>Anwendungsfall überschneidet sich mit AWS-Produkten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutional vouch</source>
        <translation>Institutionelle Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution Provider Program</source>
        <translation>Solution Provider Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPP fit</source>
        <translation>Eignung für SPP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct use cases</source>
        <translation>Getrennte Anwendungsfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Genehmigungschancen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder time</source>
        <translation>Zeitaufwand der Gründer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing timeline</source>
        <translation>Zeitplan der Einreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review order</source>
        <translation>Reihenfolge der Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue speeds</source>
        <translation>Bearbeitungsgeschwindigkeit der Warteschlangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials checklist</source>
        <translation>Checkliste der Unterlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds per application</source>
        <translation>Genehmigungschancen je Antrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity ranges</source>
        <translation>Sensitivitätsspannen</translation>
    </message>
</context>
<context>
    <name>Rulebook</name>
    <message>
        <location filename="../ui/format/rulebook_text.cpp" line="+23"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per month</source>
        <translation>USD pro Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per year</source>
        <translation>USD pro Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>founder minutes</source>
        <translation>Gründerminuten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the next billing month</source>
        <translation>dem nächsten Abrechnungsmonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the billing month they are issued</source>
        <translation>dem Abrechnungsmonat ihrer Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewest applicable services, then oldest</source>
        <translation>wenigste anrechenbare Services, dann älteste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest, then fewest applicable services</source>
        <translation>älteste, dann wenigste anrechenbare Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the migration&apos;s cost</source>
        <translation>die Migrationskosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged post-migration spend</source>
        <translation>getaggte Ausgaben nach der Migration</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, low</source>
        <translation>Nennwert, niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, typical</source>
        <translation>Nennwert, typisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, high</source>
        <translation>Nennwert, hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, low</source>
        <translation>Nutzbarer Wert, niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, typical</source>
        <translation>Nutzbarer Wert, typisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, high</source>
        <translation>Nutzbarer Wert, hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value</source>
        <translation>Erwartungswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Bewilligungschance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to money</source>
        <translation>Tage bis zum Geld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder minutes</source>
        <translation>Gründerminuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered through month</source>
        <translation>Gedeckt bis Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>Selbst zu zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended path</source>
        <translation>Empfohlener Weg</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overrides</source>
        <translation>Anpassungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %1 (%n change(s))</source>
        <translation>
            <numerusform> + %1 (%n Änderung)</numerusform>
            <numerusform> + %1 (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credits count from %1 (BD-1).</source>
        <translation>Guthaben zählen ab %1 (BD-1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pools expiring in the same month are used by %1 (BD-2).</source>
        <translation>Töpfe, die im selben Monat verfallen, werden in dieser Reihenfolge genutzt: %1 (BD-2).</translation>
    </message>
</context>
<context>
    <name>SpendImporter</name>
    <message numerus="yes">
        <location filename="../ui/window/spend_import.cpp" line="+33"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendPaste</name>
    <message>
        <location filename="../ui/forms/spend_paste.cpp" line="+46"/>
        <source>At most %1 lines can be pasted at once; the clipboard holds %2.</source>
        <translation>Höchstens %1 Zeilen lassen sich auf einmal einfügen; die Zwischenablage enthält %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, row %2: “%3” is neither a category nor an AWS service CreditPath knows</source>
        <translation>%1, Zeile %2: „%3“ ist weder eine Kategorie noch ein AWS-Dienst, den CreditPath kennt</translation>
    </message>
</context>
<context>
    <name>creditpath::ui</name>
    <message>
        <location filename="../ui/forms/company_page.cpp" line="+32"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario name</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon (months)</source>
        <translation>Horizont (Monate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company profile</source>
        <translation>Firmenprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI profile</source>
        <translation>KI-Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VC in Activate Portfolio</source>
        <translation>VC im Activate-Portfolio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner attestation</source>
        <translation>Bestätigung durch Partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A venture capital firm in the AWS Activate Portfolio program backs the company and vouches for its Portfolio application (PF-5).</source>
        <translation>Ein Risikokapitalgeber aus dem AWS-Activate-Portfolio-Programm steht hinter dem Unternehmen und empfiehlt dessen Portfolio-Antrag (PF-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS partner vouches for the company; it stands in for a Portfolio VC. Without either, Portfolio cannot be approved (PF-5).</source>
        <translation>Ein AWS-Partner bürgt für das Unternehmen und ersetzt so einen Portfolio-VC. Ohne beides kann Portfolio nicht genehmigt werden (PF-5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual recurring revenue (USD)</source>
        <translation>Jährlich wiederkehrender Umsatz (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profitable</source>
        <translation>Profitabel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS region</source>
        <translation>AWS-Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS account ID</source>
        <translation>AWS-Konto-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits</source>
        <translation>12 Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits needed within (days)</source>
        <translation>Guthaben benötigt innerhalb von (Tagen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activate Portfolio application</source>
        <translation>Antrag Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Use case</source>
        <translation>Use Case</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>AWS services</source>
        <translation>AWS-Dienste</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Build for Startups application</source>
        <translation>Antrag Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for Build</source>
        <translation>Build beantragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build spend per month (USD)</source>
        <translation>Build-Ausgaben pro Monat (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementation window (months)</source>
        <translation>Umsetzungszeitraum (Monate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration to AWS</source>
        <translation>Migration zu AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating from</source>
        <translation>Migration von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total migration cost (USD)</source>
        <translation>Gesamtkosten der Migration (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase reached</source>
        <translation>Erreichte Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS spend per month after migration (USD)</source>
        <translation>AWS-Ausgaben pro Monat nach der Migration (USD)</translation>
    </message>
    <message>
        <location filename="../ui/format/comparison_text.cpp" line="+21"/>
        <source>Recommended path</source>
        <translation>Empfohlener Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected usable value</source>
        <translation>Erwarteter nutzbarer Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of pocket over the horizon</source>
        <translation>Selbst bezahlt über den Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered through month</source>
        <translation>Gedeckt bis Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeited</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to money</source>
        <translation>Tage bis zum Guthaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time</source>
        <translation>Zeit des Gründers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path whose figures the column shows</source>
        <translation>der Weg, dessen Zahlen die Spalte zeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none fits</source>
        <translation>keiner passt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::AlertBanner</name>
    <message>
        <location filename="../ui/results/alert_banner.cpp" line="+74"/>
        <source>show less</source>
        <translation>weniger zeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>show all %n warnings</source>
        <translation>
            <numerusform>%n Warnung zeigen</numerusform>
            <numerusform>alle %n Warnungen zeigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show all</source>
        <translation>alles zeigen</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ChangesModel</name>
    <message>
        <location filename="../ui/rulebook/changes_model.cpp" line="+60"/>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Ausgeliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/results/charts_panel.cpp" line="+67"/>
        <source>Burn-down</source>
        <translation>Verbrauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value ranges</source>
        <translation>Wertspannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Covered through month %1</source>
        <translation>Gedeckt bis Monat %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of pocket %1 (P10–P90 %2–%3)</source>
        <translation>Selbst bezahlt %1 (P10–P90 %2–%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of pocket %1</source>
        <translation>Selbst bezahlt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeited %1</source>
        <translation>Verfallen %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::CompareView</name>
    <message>
        <location filename="../ui/results/compare_view.cpp" line="+29"/>
        <source>Variants on the burn-down chart</source>
        <translation>Varianten im Verbrauchsdiagramm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No variants yet. Edit the scenario and choose Save as variant… above the forms: the edits become a variant and the base stays as saved. Each variant then appears here as a column beside the base.</source>
        <translation>Noch keine Varianten. Bearbeiten Sie das Szenario und wählen Sie „Als Variante speichern…“ über den Formularen: Die Änderungen werden zu einer Variante, die Basis bleibt wie gespeichert. Jede Variante erscheint dann hier als Spalte neben der Basis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw each variant&apos;s out of pocket on the burn-down chart as a dashed line (the same path in every scenario)</source>
        <translation>Den selbst bezahlten Betrag jeder Variante als gestrichelte Linie im Verbrauchsdiagramm zeichnen (derselbe Weg in jedem Szenario)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (editing)</source>
        <translation>%1 (in Bearbeitung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures of %1. Click to edit this scenario in the forms.</source>
        <translation>Zahlen von %1. Klicken, um dieses Szenario in den Formularen zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best of the row: %1</source>
        <translation>Bester Wert der Zeile: %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::DocumentFiles</name>
    <message>
        <location filename="../ui/window/document_files.cpp" line="+19"/>
        <source>CreditPath scenarios (*.creditpath.json *.json)</source>
        <translation>CreditPath-Szenarien (*.creditpath.json *.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Cannot open scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is not a valid scenario:
%2</source>
        <translation>%1 ist kein gültiges Szenario:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save scenario</source>
        <translation>Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed reference mix (example)</source>
        <translation>Seed-Referenzmix (Beispiel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GCP to Frankfurt (example)</source>
        <translation>GCP nach Frankfurt (Beispiel)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::DocumentRecovery</name>
    <message>
        <location filename="../ui/window/document_recovery.cpp" line="+62"/>
        <source>Restore unsaved changes</source>
        <translation>Ungesicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ExportActions</name>
    <message>
        <location filename="../ui/window/export_actions.cpp" line="+43"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CreditPath report</source>
        <translation>CreditPath-Bericht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed.</source>
        <translation>Der Bericht konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+38"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Partner Central records into a folder</source>
        <translation>Partner-Central-Datensätze in einen Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n Partner Central record(s) to %1</source>
        <translation>
            <numerusform>%n Partner-Central-Datensatz nach %1 geschrieben</numerusform>
            <numerusform>%n Partner-Central-Datensätze nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export burn-down CSV</source>
        <translation>Verbrauchsverlauf als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export evaluation JSON</source>
        <translation>Auswertung als JSON exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export reminders (iCalendar)</source>
        <translation>Erinnerungen exportieren (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Export path comparison CSV</source>
        <translation>Wegevergleich als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ExportNotice</name>
    <message>
        <location filename="../ui/window/export_notice.cpp" line="+27"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::FieldBinder</name>
    <message>
        <location filename="../ui/forms/field_binder.cpp" line="+62"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Variant “%1”: %2</source>
        <translation>Variante „%1“: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>comma-separated, e.g. ECS, Aurora, S3</source>
        <translation>durch Kommas getrennt, z. B. ECS, Aurora, S3</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="+67"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spend</source>
        <translation>&amp;Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applications</source>
        <translation>A&amp;nträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock &amp;POC</source>
        <translation>Bedrock-&amp;POC</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Evaluated with rulebook %1</source>
        <translation>Bewertet mit Regelwerk %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — CreditPath</source>
        <translation>%1[*] — CreditPath</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_menus.cpp" line="+31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blank scenario</source>
        <translation>&amp;Leeres Szenario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed reference mix</source>
        <translation>&amp;Seed-Referenzmix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;GCP to Frankfurt example (AI-first, GDPR)</source>
        <translation>&amp;Beispiel GCP nach Frankfurt (KI-Produkt, DSGVO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import spend…</source>
        <translation>Ausgaben &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend lines from a Cost Explorer export (monthly, by service)</source>
        <translation>Ausgabenzeilen aus einem Cost-Explorer-Export (monatlich, nach Dienst)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Backups to keep</source>
        <translation>&amp;Sicherungskopien behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions kept beside the file on every save: NAME~, then NAME.~2~ and older</source>
        <translation>Frühere Fassungen, die bei jedem Speichern neben der Datei bleiben: NAME~, dann NAME.~2~ und ältere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Partner Central records…</source>
        <translation>Partner-Central-Datensätze exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application records as CreateOpportunity requests for the AWS Partner Central Selling API, one JSON file each</source>
        <translation>Die Antragsdatensätze als CreateOpportunity-Anfragen für die AWS Partner Central Selling API, je eine JSON-Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy results table</source>
        <translation>Ergebnistabelle &amp;kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Screen-share mode</source>
        <translation>&amp;Bildschirmfreigabe-Modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text and charts; the AWS account ID is hidden</source>
        <translation>Größere Schrift und Diagramme; die AWS-Konto-ID wird verborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also hide the &amp;company name when sharing</source>
        <translation>Beim Teilen auch den &amp;Firmennamen verbergen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rulebook</source>
        <translation>&amp;Regelwerk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreditPath shows the new language after a restart.</source>
        <translation>CreditPath zeigt die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied the results table</source>
        <translation>Ergebnistabelle kopiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CreditPath</source>
        <translation>Ü&amp;ber CreditPath</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About CreditPath</source>
        <translation>Über CreditPath</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CreditPath compares the ways a startup can fund its AWS bill.
Rulebook: %1</source>
        <translation>CreditPath vergleicht, wie ein Startup seine AWS-Rechnung finanzieren kann.
Regelwerk: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Export PDF &amp;report…</source>
        <translation>PDF-&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report &amp;paper</source>
        <translation>Berichts&amp;papier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export burn-down &amp;CSV…</source>
        <translation>Verbrauchsverlauf als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export evaluation &amp;JSON…</source>
        <translation>Auswertung als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;reminders (iCalendar)…</source>
        <translation>&amp;Erinnerungen exportieren (iCalendar)…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export path co&amp;mparison CSV…</source>
        <translation>&amp;Wegevergleich als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::PocPage</name>
    <message>
        <location filename="../ui/forms/poc_page.cpp" line="+17"/>
        <source>Bedrock POC plan</source>
        <translation>Plan für den Bedrock-POC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply for a Bedrock POC</source>
        <translation>Bedrock-POC beantragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Use Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this model</source>
        <translation>Warum dieses Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Evaluation methodology</source>
        <translation>Evaluierungsmethodik</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Examples evaluated per week</source>
        <translation>Ausgewertete Beispiele pro Woche</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Inference budget per month (USD)</source>
        <translation>Inferenzbudget pro Monat (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC window (days)</source>
        <translation>POC-Zeitraum (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer letter of intent</source>
        <translation>Absichtserklärung eines Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment to scale</source>
        <translation>Zusage zur Skalierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC expected to complete</source>
        <translation>POC wird voraussichtlich abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BP-3 checklist</source>
        <translation>BP-3-Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a Bedrock POC plan must hold before it is filed: the use case, the model and why, the evaluation method, the inference budget and the POC window (BP-3).</source>
        <translation>Was ein Bedrock-POC-Plan vor dem Einreichen enthalten muss: den Anwendungsfall, das Modell und die Begründung, die Evaluierungsmethode, das Inferenzbudget und das POC-Zeitfenster (BP-3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use-case paragraph</source>
        <translation>Use-Case-Absatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen model</source>
        <translation>Gewähltes Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why that model</source>
        <translation>Begründung der Modellwahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected inference budget</source>
        <translation>Geplantes Inferenzbudget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Bedrock POC planned.</source>
        <translation>Kein Bedrock-POC geplant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Complete: every BP-3 part is filled in.</source>
        <translation>Vollständig: jeder BP-3-Teil ist ausgefüllt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing:</source>
        <translation>Es fehlt:</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ReasonsModel</name>
    <message>
        <location filename="../ui/results/results_model.cpp" line="+267"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ReasonsTitle</name>
    <message>
        <location filename="../ui/results/reasons_title.cpp" line="+21"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Warum:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>click a figure above to see where it comes from</source>
        <translation>klicken Sie oben auf eine Zahl, um zu sehen, woher sie kommt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <comment>the title above the reasons, then the hint in brackets</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ResultsModel</name>
    <message>
        <location filename="../ui/results/results_model.cpp" line="-163"/>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face value
low – typical – high</source>
        <translation>Nennwert
niedrig – typisch – hoch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Recommended for the stated objective</source>
        <translation>Empfohlen für das angegebene Ziel</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Founder
minutes</source>
        <translation>Gründer
(Minuten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Face value: the credits applied for, at the low, typical and high award (PF-1, BS-1, BP-1); for SPP and EDP, the saving over the horizon (SP-1, ED-1).</source>
        <translation>Nennwert: das beantragte Guthaben bei niedriger, typischer und hoher Zuteilung (PF-1, BS-1, BP-1); bei SPP und EDP die Ersparnis über den Zeitraum (SP-1, ED-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usable value: what the projected bill absorbs of the credits before each pool expires; the rest is forfeited (BD-3).</source>
        <translation>Nutzbarer Wert: was die erwartete Rechnung vom Guthaben aufbraucht, bevor der jeweilige Topf verfällt; der Rest verfällt (BD-3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected value: the approval odds times the usable typical value, so a likely smaller award can beat an unlikely larger one (PD-2, ST-2).</source>
        <translation>Erwartungswert: Genehmigungswahrscheinlichkeit mal nutzbarer typischer Wert; so kann eine wahrscheinliche kleinere Zuteilung eine unwahrscheinliche größere schlagen (PD-2, ST-2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days from the first inquiry until the money is there (TL-1, TL-2, TL-3).</source>
        <translation>Tage von der ersten Anfrage, bis das Geld da ist (TL-1, TL-2, TL-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time the application takes (ST-3).</source>
        <translation>Zeit der Gründer für den Antrag (ST-3).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fit: no eligibility, fit or timing rule warns against this path.</source>
        <translation>Passt: keine Regel zu Berechtigung, Eignung oder Zeitplan spricht gegen diesen Weg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 because of %2: %3</source>
        <translation>%1 wegen %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter your projected monthly spend on the Spend tab to judge this path.</source>
        <translation>Geben Sie Ihre geplanten monatlichen Ausgaben im Reiter „Ausgaben“ ein, um diesen Weg zu bewerten.</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/results/results_panel.cpp" line="+130"/>
        <source>&lt;b&gt;Recommended:&lt;/b&gt; %1 (%2). %3</source>
        <translation>&lt;b&gt;Empfohlen:&lt;/b&gt; %1 (%2). %3</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; %3: %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>&lt;b&gt;Why this number&lt;/b&gt; (%1, %2): %3</source>
        <translation>&lt;b&gt;Warum diese Zahl&lt;/b&gt; (%1, %2): %3</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookActions</name>
    <message>
        <location filename="../ui/window/rulebook_actions.cpp" line="+57"/>
        <source>Rulebook overrides (*.json)</source>
        <translation>Regelwerk-Anpassungen (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rulebook</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;rulebook</source>
        <translation>&amp;Regelwerk anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What &amp;changed</source>
        <translation>Was sich &amp;geändert hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edition</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed edition (%1)</source>
        <translation>Ausgangsausgabe (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Load overrides…</source>
        <translation>Anpassungen &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Load rulebook overrides</source>
        <translation>Regelwerk-Anpassungen laden</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&amp;Save overrides…</source>
        <translation>Anpassungen &amp;speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rulebook overrides</source>
        <translation>Regelwerk-Anpassungen speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Drop overrides</source>
        <translation>Anpassungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Switch rulebook edition to %1</source>
        <translation>Regelwerk-Ausgabe auf %1 umstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rulebook edition</source>
        <translation>Regelwerk-Ausgabe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot load rulebook overrides</source>
        <translation>Regelwerk-Anpassungen können nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an override file this CreditPath can apply:
%2</source>
        <translation>%1 ist keine Anpassungsdatei, die dieses CreditPath anwenden kann:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded rulebook overrides</source>
        <translation>Regelwerk-Anpassungen geladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save rulebook overrides</source>
        <translation>Regelwerk-Anpassungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved rulebook overrides</source>
        <translation>Regelwerk-Anpassungen gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop rulebook overrides</source>
        <translation>Regelwerk-Anpassungen verwerfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rulebook overrides</source>
        <translation>Regelwerk-Anpassungen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This scenario carries rulebook overrides (%n change(s) to the shipped figures). Keep them, so it evaluates as it did for its author, or evaluate it with the shipped rulebook?</source>
        <translation>
            <numerusform>Dieses Szenario bringt Regelwerk-Anpassungen mit (%n Änderung an den ausgelieferten Zahlen). Behalten, damit es wie bei seinem Autor bewertet wird, oder mit dem ausgelieferten Regelwerk bewerten?</numerusform>
            <numerusform>Dieses Szenario bringt Regelwerk-Anpassungen mit (%n Änderungen an den ausgelieferten Zahlen). Behalten, damit es wie bei seinem Autor bewertet wird, oder mit dem ausgelieferten Regelwerk bewerten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep overrides</source>
        <translation>Anpassungen behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop overrides</source>
        <translation>Anpassungen verwerfen</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookModel</name>
    <message>
        <location filename="../ui/rulebook/rulebook_model.cpp" line="+29"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Verified more than %n month(s) ago (PD-6)</source>
        <translation>
            <numerusform>Vor mehr als %n Monat geprüft (PD-6)</numerusform>
            <numerusform>Vor mehr als %n Monaten geprüft (PD-6)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipped: %1</source>
        <translation>Ausgeliefert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to change</source>
        <translation>Zum Ändern doppelklicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this value through an override file:
%1</source>
        <translation>Diesen Wert über eine Anpassungsdatei ändern:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (estimate)</source>
        <translation>%1 (Schätzung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (verified)</source>
        <translation>%1 (geprüft)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: “%2” is not a value of this parameter</source>
        <translation>%1: „%2“ ist kein Wert dieses Parameters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change rule %1</source>
        <translation>Regel %1 ändern</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookView</name>
    <message>
        <location filename="../ui/rulebook/rulebook_view.cpp" line="+38"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Filter by rule ID or word</source>
        <translation>Nach Regel-ID oder Wort filtern</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Rulebook:&lt;/b&gt; %1&lt;br&gt;%2 %3</source>
        <translation>&lt;b&gt;Regelwerk:&lt;/b&gt; %1&lt;br&gt;%2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>What changed (%n)</source>
        <translation>
            <numerusform>Was sich geändert hat (%n)</numerusform>
            <numerusform>Was sich geändert hat (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rule to read it; double-click a value to change it.</source>
        <translation>Eine Regel wählen, um sie zu lesen; einen Wert doppelklicken, um ihn zu ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;: %3&lt;br&gt;&lt;i&gt;Source:&lt;/i&gt; %4 (&lt;i&gt;verified&lt;/i&gt; %5)</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;: %3&lt;br&gt;&lt;i&gt;Quelle:&lt;/i&gt; %4 (&lt;i&gt;geprüft&lt;/i&gt; %5)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ScenarioDocument</name>
    <message>
        <location filename="../ui/document/scenario_document.cpp" line="+225"/>
        <source>Save as variant</source>
        <translation>Als Variante speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename variant</source>
        <translation>Variante umbenennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete variant</source>
        <translation>Variante löschen</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendImporter</name>
    <message>
        <location filename="../ui/window/spend_import.cpp" line="+26"/>
        <source>The costs of %1, the last full month, become these spend lines:</source>
        <translation>Die Kosten von %1, dem letzten vollen Monat, werden zu diesen Ausgabenzeilen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the table of AWS services, counted as Other: %1</source>
        <translation>Nicht in der Tabelle der AWS-Dienste, unter Sonstiges gezählt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out as not spend (tax, credits, refunds): %1, %2 in all</source>
        <translation>Nicht als Ausgaben gezählt (Steuern, Gutschriften, Erstattungen): %1, insgesamt %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out as not over yet: %1</source>
        <translation>Weggelassen, da noch nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last %1 months spend changed by %2 a month.</source>
        <translation>In den letzten %1 Monaten änderten sich die Ausgaben um %2 pro Monat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Import spend</source>
        <translation>Ausgaben importieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Import spend from Cost Explorer</source>
        <translation>Ausgaben aus Cost Explorer importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost Explorer exports (*.json *.csv);;All files (*)</source>
        <translation>Cost-Explorer-Exporte (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the spend lines with the costs of %1?</source>
        <translation>Die Ausgabenzeilen durch die Kosten von %1 ersetzen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted as Other:</source>
        <translation>Unter Sonstiges gezählt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grow each line by the trend, %1 a month</source>
        <translation>Jede Zeile mit dem Trend wachsen lassen, %1 pro Monat</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendLinesModel</name>
    <message>
        <location filename="../ui/forms/spend_lines_model.cpp" line="+58"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly (USD)</source>
        <translation>Monatlich (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp to (USD)</source>
        <translation>Anstieg auf (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp months</source>
        <translation>Anstieg über Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth %/month</source>
        <translation>Wachstum %/Monat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bedrock and its supporting services are earmarked: Bedrock POC credits pay only for them (BP-2). Marketplace, upfront commitments and Enterprise support are never paid by credits (BD-6).</source>
        <translation>Bedrock und seine unterstützenden Dienste sind zweckgebunden: Bedrock-POC-Guthaben bezahlt nur sie (BP-2). Marketplace, Vorauszahlungen für Zusagen und Enterprise Support werden nie aus Guthaben bezahlt (BD-6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The charge in month 1, the first invoice after the credits land (BD-1).</source>
        <translation>Der Betrag in Monat 1, der ersten Rechnung nach Eingang des Guthabens (BD-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ramp: the monthly charge moves in equal steps from Monthly to Ramp to over Ramp months, then grows by Growth %/month.</source>
        <translation>Anstieg: Der Monatsbetrag steigt in gleichen Schritten von „Monatlich“ auf „Anstieg auf“ über die Anstiegsmonate und wächst danach um Wachstum %/Monat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compounding growth of the charge each month, after any ramp.</source>
        <translation>Monatliches Zinseszins-Wachstum des Betrags, nach einem etwaigen Anstieg.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit spend line %1</source>
        <translation>Ausgabenzeile %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Paste %n spend line(s)</source>
        <translation>
            <numerusform>%n Ausgabenzeile einfügen</numerusform>
            <numerusform>%n Ausgabenzeilen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add spend line</source>
        <translation>Ausgabenzeile hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove spend line %1</source>
        <translation>Ausgabenzeile %1 entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the seed reference mix</source>
        <translation>Seed-Referenzmix übernehmen</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendPage</name>
    <message>
        <location filename="../ui/forms/spend_page.cpp" line="+95"/>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed &amp;reference mix</source>
        <translation>Seed-&amp;Referenzmix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the lines with the seed page&apos;s reference mix (rule BD-4)</source>
        <translation>Die Zeilen durch den Referenzmix der Seed-Seite ersetzen (Regel BD-4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Paste lines from a spreadsheet</source>
        <translation>Zeilen aus einer Tabellenkalkulation &amp;einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the lines copied from a spreadsheet: category or AWS service, monthly, ramp to, ramp months, growth %</source>
        <translation>Die aus einer Tabellenkalkulation kopierten Zeilen anfügen: Kategorie oder AWS-Dienst, monatlich, Anstieg auf, Anstiegsmonate, Wachstum %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total projected spend per month</source>
        <translation>Geplante Gesamtausgaben pro Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::VariantBar</name>
    <message>
        <location filename="../ui/window/variant_bar.cpp" line="+22"/>
        <source>Save as &amp;variant…</source>
        <translation>Als &amp;Variante speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename variant…</source>
        <translation>Variante umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete variant</source>
        <translation>Variante löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario the forms edit: the base, or one of its variants (the base with some fields changed)</source>
        <translation>Das Szenario, das die Formulare bearbeiten: die Basis oder eine ihrer Varianten (die Basis mit einigen geänderten Feldern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the base: the edits since the last save become a new variant and the base returns to its saved state. With a variant: a copy of it.</source>
        <translation>Bei der Basis: Die Änderungen seit dem letzten Speichern werden zu einer neuen Variante, und die Basis kehrt zum gespeicherten Stand zurück. Bei einer Variante: eine Kopie davon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Editing:</source>
        <translation>Bearbeitet:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Base scenario</source>
        <translation>Basisszenario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Variant name</source>
        <translation>Name der Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as variant</source>
        <translation>Als Variante speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new variant:</source>
        <translation>Name der neuen Variante:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename variant</source>
        <translation>Variante umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::charts</name>
    <message>
        <location filename="../ui/charts/burn_down_chart.cpp" line="+32"/>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by %1: %2</source>
        <translation>Bezahlt aus %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of pocket: %1</source>
        <translation>Selbst bezahlt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 balance: %2</source>
        <translation>Guthaben %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 forfeited: %2</source>
        <translation>%1 verfallen: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No burn-down for %1</source>
        <translation>Kein Verbrauchsverlauf für %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1 forfeited</source>
        <translation>, %1 verfallen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charges</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>Selbst bezahlt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Forfeited</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>forfeited</source>
        <translation>verfallen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Month after credits land</source>
        <translation>Monat nach Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/charts/value_range_chart.cpp" line="+37"/>
        <source>Low %1, typical %2, high %3</source>
        <translation>Niedrig %1, typisch %2, hoch %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected value %1</source>
        <translation>Erwartungswert %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>USD over the horizon (log scale)</source>
        <translation>USD über den Horizont (logarithmische Skala)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Value of each path (log scale)</source>
        <translation>Wert jedes Wegs (logarithmische Skala)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No value (%1)</source>
        <translation>Kein Wert (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Face value low–typical</source>
        <translation>Nennwert niedrig–typisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typical–high</source>
        <translation>typisch–hoch</translation>
    </message>
    <message>
        <location filename="../ui/charts/timeline_chart.cpp" line="+55"/>
        <source>Day after the inquiry</source>
        <translation>Tag nach der Anfrage</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Day %1-%2 (%3 to %4)</source>
        <translation>Tag %1–%2 (%3 bis %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Founder time: %1 min</source>
        <translation>Zeit des Gründers: %1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/burn_down_chart.cpp" line="-109"/>
        <source>Burn-down, covered through month %1</source>
        <translation>Verbrauch, gedeckt bis Monat %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/timeline_chart.cpp" line="-41"/>
        <source>Timeline, money on day %1-%2</source>
        <translation>Zeitplan, Geld an Tag %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/burn_down_chart.cpp" line="+83"/>
        <source>Expiry, month %1</source>
        <translation>Ablauf, Monat %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month %1: %2 expire</source>
        <translation>Monat %1: %2 verfallen</translation>
    </message>
    <message>
        <location filename="../ui/charts/value_range_chart.cpp" line="-134"/>
        <source>Usable value %1</source>
        <translation>Nutzbarer Wert %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/tornado_chart.cpp" line="+35"/>
        <source>Spend row %1 (%2)</source>
        <translation>Ausgabenzeile %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth of every row</source>
        <translation>Wachstum aller Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC completes</source>
        <translation>POC wird abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits land later</source>
        <translation>Guthaben kommt später</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval: %1</source>
        <translation>Genehmigung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected usable credits</source>
        <translation>Erwartetes nutzbares Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected out of pocket</source>
        <translation>Erwartet selbst bezahlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: computing, or no spend entered yet</source>
        <translation>Sensitivität: wird berechnet, oder noch keine Ausgaben erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2: %3 as stated</source>
        <translation>%1 für %2: %3 wie angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low end of the range</source>
        <translation>Unteres Ende der Spanne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High end of the range</source>
        <translation>Oberes Ende der Spanne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change from the stated figure (USD)</source>
        <translation>Änderung gegenüber dem angegebenen Wert (USD)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::report::ReportComposer</name>
    <message>
        <location filename="../ui/report/report_redaction.cpp" line="+13"/>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scenario (name hidden)</source>
        <translation>Szenario (Name verborgen)</translation>
    </message>
</context>
</TS>
