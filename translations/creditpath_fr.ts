<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Desktop</name>
    <message>
        <location filename="../ui/desktop.cpp" line="+77"/>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreditPath closed without saving your last changes. Restore them now?</source>
        <translation>CreditPath s&apos;est fermé sans enregistrer vos dernières modifications. Les restaurer maintenant ?</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../ui/format/display_text.cpp" line="+80"/>
        <source>%1 %2 at month %3</source>
        <translation>%1 %2 au mois %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Stack: Portfolio + Build + Bedrock POC</source>
        <translation>Cumul : Portfolio + Build + Bedrock POC</translation>
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
        <translation>Portfolio seul</translation>
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
        <location line="+8"/>
        <source>Stack</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/format/display_names.cpp" line="+122"/>
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
        <location line="+2"/>
        <source>SPP</source>
        <translation>SPP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EDP</source>
        <translation>EDP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit</source>
        <translation>Adapté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor fit</source>
        <translation>Peu adapté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocker</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <location filename="../ui/format/display_names.cpp" line="-107"/>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage &amp; CDN</source>
        <translation>Stockage &amp; CDN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networking</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observability</source>
        <translation>Observabilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock</source>
        <translation>Bedrock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock supporting services</source>
        <translation>Services associés à Bedrock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build project</source>
        <translation>Projet Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upfront commitments (RI/SP)</source>
        <translation>Engagements prépayés (RI/SP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise support</source>
        <translation>Support Enterprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Pre-seed</source>
        <translation>Pré-seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series A</source>
        <translation>Série A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series B</source>
        <translation>Série B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series C+</source>
        <translation>Série C+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bootstrapped</source>
        <translation>Autofinancé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No AI</source>
        <translation>Sans IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses AI features</source>
        <translation>Fonctions d&apos;IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI-first product</source>
        <translation>Produit centré sur l&apos;IA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No migration</source>
        <translation>Pas de migration</translation>
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
        <translation>Sur site</translation>
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
        <translation>Crédits dans les délais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest expected value</source>
        <translation>Valeur attendue maximale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Least founder time</source>
        <translation>Temps du fondateur minimal</translation>
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
        <translation>Bedrock POC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All layers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company info</source>
        <translation>Infos entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS account ID</source>
        <translation>ID de compte AWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitch deck</source>
        <translation>Pitch deck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use-case paragraphs (Portfolio, Build)</source>
        <translation>Paragraphes de cas d&apos;usage (Portfolio, Build)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use-case paragraph (Bedrock POC)</source>
        <translation>Paragraphe de cas d&apos;usage (Bedrock POC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation methodology</source>
        <translation>Méthode d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit the inquiry</source>
        <translation>Soumettre la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routed to a partner</source>
        <translation>Transmise à un partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery call</source>
        <translation>Appel de découverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder provides materials</source>
        <translation>Le fondateur fournit les documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner files the ACE records</source>
        <translation>Le partenaire dépose les fiches ACE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio review</source>
        <translation>Examen Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build review</source>
        <translation>Examen Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC review</source>
        <translation>Examen Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit balances land</source>
        <translation>Versement des crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort application</source>
        <translation>Candidature à la cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort selection</source>
        <translation>Sélection de la cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits available</source>
        <translation>Crédits disponibles</translation>
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
        <translation>Contrat de revente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount active</source>
        <translation>Remise active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise sales cycle</source>
        <translation>Cycle de vente Enterprise</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../ui/forms/typed_input.cpp" line="+50"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../core/input/input_messages.cpp" line="+15"/>
        <source>must be a non-negative amount, got {got}</source>
        <translation>doit être un montant positif ou nul, valeur saisie : {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an amount, got {got}</source>
        <translation>doit être un montant, valeur saisie : {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most 1000000000000.00 (one trillion), got {got}</source>
        <translation>doit être au plus 1000000000000.00 (mille milliards), valeur saisie : {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a percentage from {min} to {max}, got {got}</source>
        <translation>doit être un pourcentage de {min} à {max}, valeur saisie : {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number from {min} to {max}, got {got}</source>
        <translation>doit être un nombre entier de {min} à {max}, valeur saisie : {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 12 digits, as the AWS console shows them (1234-5678-9012)</source>
        <translation>doit comporter 12 chiffres, comme dans la console AWS (1234-5678-9012)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a variant needs a name that is not empty</source>
        <translation>une variante a besoin d’un nom non vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already the name of another variant</source>
        <translation>{name} est déjà le nom d’une autre variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a variant&apos;s patch cannot hold variants of its own</source>
        <translation>le correctif d’une variante ne peut pas contenir ses propres variantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} is not an amount; type one such as {example}</source>
        <translation>{got} n&apos;est pas un montant ; saisissez-en un comme {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{got} is not a percentage; type one such as {example}</source>
        <translation>{got} n&apos;est pas un pourcentage ; saisissez-en un comme {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{got}: digit groups are separated only between groups of three digits, as in {example}</source>
        <translation>{got} : les chiffres ne se séparent que par groupes de trois, comme dans {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} can be read more than one way; did you mean {suggestion}? Type it that way to use it</source>
        <translation>{got} peut se lire de plusieurs façons ; vouliez-vous dire {suggestion} ? Saisissez-le ainsi pour l&apos;utiliser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} has more than two decimal places; amounts are kept to the cent</source>
        <translation>{got} a plus de deux décimales ; les montants sont exprimés au cent près</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} has more than four decimal places</source>
        <translation>{got} a plus de quatre décimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{got} is not in US dollars; AWS credits and spend are entered in USD</source>
        <translation>{got} n&apos;est pas en dollars US ; les crédits et dépenses AWS se saisissent en USD</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../ui/report/pdf_exporter.cpp" line="+80"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CreditPath report · %1 · amounts in USD · rulebook %2</source>
        <translation>Rapport CreditPath · %1 · montants en USD · référentiel %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the PDF report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport PDF dans %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF could not be drawn</source>
        <translation>le PDF n&apos;a pas pu être généré</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../core/evaluation/messages.cpp" line="+20"/>
        <source>Activate Portfolio funds general infrastructure up to {ceiling}.</source>
        <translation>Activate Portfolio finance l&apos;infrastructure générale jusqu&apos;à {ceiling}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No institutional vouch: neither a VC in Activate Portfolio nor a partner attestation. Portfolio cannot be approved.</source>
        <translation>Aucun parrainage institutionnel : ni VC dans Activate Portfolio, ni attestation partenaire. Portfolio ne peut pas être approuvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No VC in Activate Portfolio; the partner attestation substitutes as the vouch.</source>
        <translation>Aucun VC dans Activate Portfolio ; l&apos;attestation partenaire tient lieu de parrainage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected spend averages {average}/month over the first {months} months, above the {limit}/month that is plausible at {stage}: expect rejection or a downgrade.</source>
        <translation>Les dépenses prévues sont en moyenne de {average}/mois sur les {months} premiers mois, au-dessus des {limit}/mois plausibles au stade {stage} : refus ou réduction probable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projected spend averages {average}/month, below Portfolio&apos;s typical {low}-{high}/month band: {ceiling} would last about {months_covered} months.</source>
        <translation>Les dépenses prévues sont en moyenne de {average}/mois, sous la fourchette habituelle de Portfolio ({low}–{high}/mois) : {ceiling} dureraient environ {months_covered} mois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected spend averages {average}/month, above Portfolio&apos;s typical {low}-{high}/month band.</source>
        <translation>Les dépenses prévues sont en moyenne de {average}/mois, au-dessus de la fourchette habituelle de Portfolio ({low}–{high}/mois).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Portfolio use case reads like a competitor to AWS&apos;s own products (&quot;{phrase}&quot;): a rejection or downgrade risk.</source>
        <translation>Le cas d&apos;usage Portfolio ressemble à un concurrent des produits AWS (« {phrase} ») : risque de refus ou de réduction.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Portfolio use-case paragraph is empty; the partner needs it to file.</source>
        <translation>Le paragraphe de cas d&apos;usage Portfolio est vide ; le partenaire en a besoin pour déposer le dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build for Startups adds up to {ceiling} for a discrete project distinct from Portfolio.</source>
        <translation>Build for Startups ajoute jusqu&apos;à {ceiling} pour un projet à part, distinct de Portfolio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Build for Startups project is planned; the stack needs a genuinely distinct second workload.</source>
        <translation>Aucun projet Build for Startups prévu ; le cumul exige une seconde charge de travail réellement distincte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Build for Startups use-case paragraph is empty.</source>
        <translation>Le paragraphe de cas d&apos;usage Build for Startups est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build projects typically project {low}-{high}/month; this one projects {amount}/month.</source>
        <translation>Les projets Build prévoient en général {low}–{high}/mois ; celui-ci prévoit {amount}/mois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build implementation windows run {min}-{max} months; this one runs {months} months.</source>
        <translation>Les périodes de mise en œuvre Build durent {min}–{max} mois ; celle-ci dure {months} mois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Build use case is framed as &quot;{phrase}&quot;, which Build does not fund.</source>
        <translation>Le cas d&apos;usage Build est présenté comme « {phrase} », ce que Build ne finance pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portfolio and Build look like one workload framed twice (score {score}; the use cases read alike). Reviewers approve Portfolio and silently zero out Build.</source>
        <translation>Portfolio et Build semblent décrire deux fois la même charge de travail (score {score} ; les cas d&apos;usage se ressemblent). Les évaluateurs approuvent Portfolio et ramènent Build à zéro sans le signaler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portfolio and Build look like one workload framed twice (score {score}; shared services: {services}). Reviewers approve Portfolio and silently zero out Build.</source>
        <translation>Portfolio et Build semblent décrire deux fois la même charge de travail (score {score} ; services communs : {services}). Les évaluateurs approuvent Portfolio et ramènent Build à zéro sans le signaler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If there is no real second workload, file Portfolio only.</source>
        <translation>S&apos;il n&apos;y a pas de vraie seconde charge de travail, déposez Portfolio seul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Bedrock POC is planned; the stack&apos;s third layer needs a defined AI use case with an evaluation plan.</source>
        <translation>Aucun Bedrock POC prévu ; le troisième niveau du cumul exige un cas d&apos;usage IA défini avec un plan d&apos;évaluation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrock POC at {amount}; {large} needs the conditions below.</source>
        <translation>Bedrock POC à {amount} ; pour {large}, il faut les conditions ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {large}: projected Bedrock spend of {minimum}/month or more (now {bedrock}/month).</source>
        <translation>Pour {large} : des dépenses Bedrock projetées d&apos;au moins {minimum}/mois (actuellement {bedrock}/mois).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {large}: a customer Letter of Intent.</source>
        <translation>Pour {large} : une lettre d&apos;intention (Letter of Intent) d&apos;un client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {large}: a commitment to scale Bedrock after the POC.</source>
        <translation>Pour {large} : un engagement à étendre Bedrock après le POC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrock POC at {amount}: projected Bedrock spend of {bedrock}/month, a customer LOI and a commitment to scale.</source>
        <translation>Bedrock POC à {amount} : dépenses Bedrock prévues de {bedrock}/mois, une lettre d&apos;intention client et un engagement de montée en charge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bedrock POC credits pay only Bedrock and its supporting services.</source>
        <translation>Les crédits Bedrock POC ne paient que Bedrock et ses services associés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC plan is missing its use-case paragraph.</source>
        <translation>Il manque au plan du POC son paragraphe de cas d&apos;usage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan does not name the chosen model.</source>
        <translation>Le plan du POC ne nomme pas le modèle choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan does not say why that model was chosen.</source>
        <translation>Le plan du POC ne justifie pas le choix du modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan is missing its evaluation methodology (N examples per week against a held-out set).</source>
        <translation>Il manque au plan du POC sa méthode d&apos;évaluation (N exemples par semaine sur un jeu de test réservé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The POC plan does not say how many examples are evaluated per week.</source>
        <translation>Le plan du POC n&apos;indique pas combien d&apos;exemples sont évalués par semaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC plan is missing its projected inference budget.</source>
        <translation>Il manque au plan du POC son budget d&apos;inférence prévu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC inference budgets run {low}-{high}/month at POC scale; this plan projects {amount}/month.</source>
        <translation>À l&apos;échelle d&apos;un POC, les budgets d&apos;inférence sont de {low}–{high}/mois ; ce plan prévoit {amount}/mois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POC windows run {expected} days; this plan runs {days} days.</source>
        <translation>Les POC durent {expected} jours ; ce plan dure {days} jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC is not expected to complete, so its credits expire at month {month} instead of {general}.</source>
        <translation>Le POC ne devrait pas aboutir : ses crédits expirent donc au mois {month} au lieu de {general}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} of credits would expire unused ({pools}).</source>
        <translation>{amount} de crédits seraient perdus à l&apos;expiration ({pools}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio and Build describe distinct workloads (overlap score {score}).</source>
        <translation>Portfolio et Build décrivent des charges de travail distinctes (score de recoupement {score}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}, after the {needed} days you have.</source>
        <translation>Les crédits arrivent au jour {min}–{max}, après les {needed} jours dont vous disposez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}; the latest would miss your {needed}-day deadline.</source>
        <translation>Les crédits arrivent au jour {min}–{max} ; au plus tard, votre délai de {needed} jours serait dépassé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}, within your {needed} days.</source>
        <translation>Les crédits arrivent au jour {min}–{max}, dans votre délai de {needed} jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discount starts on day {min}-{max}, once the contract is in place.</source>
        <translation>La remise démarre au jour {min}–{max}, une fois le contrat signé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected value uses {odds} odds of approval.</source>
        <translation>La valeur attendue repose sur une probabilité d&apos;approbation de {odds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competitive cohort: median award {low}-{high}, top awards {top}; about {odds} of typical applicants are accepted.</source>
        <translation>Cohorte sélective : montant médian accordé {low}–{high}, montants les plus élevés {top} ; environ {odds} des candidats typiques sont retenus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Accelerator is for AI-first products; AI is a feature here.</source>
        <translation>L&apos;Accelerator vise les produits centrés sur l&apos;IA ; ici, l&apos;IA n&apos;est qu&apos;une fonctionnalité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Accelerator is for AI-first products; this company has no AI product.</source>
        <translation>L&apos;Accelerator vise les produits centrés sur l&apos;IA ; cette entreprise n&apos;a pas de produit d&apos;IA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Accelerator is for companies before Series B; this one is at {stage}.</source>
        <translation>L&apos;Accelerator vise les entreprises avant la Série B ; celle-ci est au stade {stage}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits are needed within {needed} days; the Accelerator is a poor fit under {limit} days.</source>
        <translation>Crédits nécessaires sous {needed} jours ; en dessous de {limit} jours, l&apos;Accelerator est peu adapté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Bedrock spend or POC: the Accelerator expects Bedrock as the inference backbone.</source>
        <translation>Ni dépenses Bedrock ni POC : l&apos;Accelerator attend Bedrock comme socle de l&apos;inférence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bootstrapped without revenue traction: a weak Accelerator application.</source>
        <translation>Autofinancé sans traction commerciale : candidature faible pour l&apos;Accelerator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No migration to AWS is planned; MAP funds migrations, not greenfield builds.</source>
        <translation>Aucune migration vers AWS prévue ; MAP finance les migrations, pas les nouveaux développements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAP pays {mobilize} of the {cost} migration cost at Mobilize and {migrate} at Migrate.</source>
        <translation>MAP paie {mobilize} du coût de migration de {cost} en phase Mobilize et {migrate} en phase Migrate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MAP pays {mobilize} at Mobilize and {migrate} at Migrate of {months} months of tagged post-migration spend ({spend}/month): {base}.</source>
        <translation>MAP verse {mobilize} en Mobilize et {migrate} en Migrate sur {months} mois de dépenses balisées après migration ({spend}/mois) : {base}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan stops at Assess; MAP credits start at Mobilize.</source>
        <translation>Le plan s&apos;arrête à Assess ; les crédits MAP commencent à Mobilize.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-migration AWS spend of {amount}/month is below the {min}/month MAP expects.</source>
        <translation>Les dépenses AWS après migration ({amount}/mois) sont inférieures aux {min}/mois attendus par MAP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {amount} migration is too small for partner-led MAP work (from {min}).</source>
        <translation>Une migration de {amount} est trop petite pour un projet MAP mené par un partenaire (à partir de {min}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner-resold billing saves {low}-{high} of the bill: {saving} over {months} months at {typical}.</source>
        <translation>La facturation via un partenaire revendeur économise {low}–{high} de la facture : {saving} sur {months} mois à {typical}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-revenue companies are a poor fit for the Solution Provider Program.</source>
        <translation>Les entreprises sans chiffre d&apos;affaires sont peu adaptées au Solution Provider Program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Solution Provider Program suits profitable companies; this one is not profitable.</source>
        <translation>Le Solution Provider Program convient aux entreprises rentables ; celle-ci ne l&apos;est pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ARR of {arr} is below the {min} the Solution Provider Program suits.</source>
        <translation>Un ARR de {arr} est inférieur au seuil de {min} à partir duquel le Solution Provider Program convient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An annual AWS bill of {annual} is too small for the saving to matter (from {min}).</source>
        <translation>Une facture AWS annuelle de {annual} est trop faible pour que l&apos;économie compte (à partir de {min}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A committed-spend discount of {low}-{high} on {annual} a year saves {saving} over {months} months at {typical}.</source>
        <translation>Une remise sur engagement de dépenses de {low}–{high} sur {annual} par an économise {saving} sur {months} mois à {typical}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EDP starts at {min} a year of AWS spend; this projection is {annual}.</source>
        <translation>EDP commence à {min} de dépenses AWS par an ; cette prévision est de {annual}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File the stack now and apply to the Accelerator in a later cohort: different program families.</source>
        <translation>Déposez le cumul maintenant et candidatez à l&apos;Accelerator dans une cohorte ultérieure : familles de programmes différentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stack and MAP combine: Build can fund the migration project while MAP funds the migration itself.</source>
        <translation>Le cumul et MAP se combinent : Build peut financer le projet de migration et MAP la migration elle-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits and a bill discount combine: the discount applies to what credits do not pay.</source>
        <translation>Crédits et remise sur facture se combinent : la remise s&apos;applique à ce que les crédits ne paient pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternatives, not a combination: both file the same Activate Portfolio application.</source>
        <translation>Alternatives, pas une combinaison : les deux déposent le même dossier Activate Portfolio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: SPP bills through a partner while EDP is a direct commitment with AWS; choose one.</source>
        <translation>Refusé : SPP facture via un partenaire alors qu&apos;EDP est un engagement direct avec AWS ; choisissez l&apos;un des deux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} of credits would expire unused ({pools}). Their expiry at month {month} is a product estimate ({rule}): no published rule states it.</source>
        <translation>{amount} de crédits seraient perdus à l&apos;expiration ({pools}). Leur expiration au mois {month} est une estimation de CreditPath ({rule}) : aucune règle publiée ne la fixe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build spend is entered twice and the figures disagree: {declared}/month on the Build application, {projected}/month from the Build project lines on the Spend tab (average of months 1-{months}). Reviewers compare them; make them agree within {tolerance}.</source>
        <translation>Les dépenses Build sont saisies deux fois et ne concordent pas : {declared}/mois dans le dossier Build, {projected}/mois selon les lignes Projet Build de l&apos;onglet Dépenses (moyenne des mois 1–{months}). Les évaluateurs les comparent ; alignez-les à {tolerance} près.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Build application states {declared}/month, but the Spend tab has no Build project line, so the burn-down does not count that spend.</source>
        <translation>Le dossier Build indique {declared}/mois, mais l&apos;onglet Dépenses n&apos;a pas de ligne Projet Build : la consommation des crédits ne tient donc pas compte de ces dépenses.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied for: Build for Startups, up to {amount} more for a distinct project.</source>
        <translation>Non demandé : Build for Startups, jusqu&apos;à {amount} de plus pour un projet distinct.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not applied for: a Bedrock POC, {amount} more ({large} with a larger scope, a customer LOI and a commitment to scale).</source>
        <translation>Non demandé : un Bedrock POC, {amount} de plus ({large} avec un périmètre plus large, une lettre d&apos;intention client et un engagement de montée en charge).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest expected usable value ({value}) among paths that fit and land within {needed} days.</source>
        <translation>Plus grande valeur utilisable attendue ({value}) parmi les options adaptées qui aboutissent sous {needed} jours.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest expected usable value ({value}) among paths that fit.</source>
        <translation>Plus grande valeur utilisable attendue ({value}) parmi les options adaptées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least founder time ({minutes} min) among paths that fit; expected usable value {value}.</source>
        <translation>Temps du fondateur minimal ({minutes} min) parmi les options adaptées ; valeur utilisable attendue {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: no path fits and lands within {needed} days. What keeps each path out is listed with it.</source>
        <translation>Aucune recommandation : aucune option adaptée n&apos;aboutit sous {needed} jours. Le motif d&apos;exclusion figure avec chaque option.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is recommended: no path fits this scenario. What keeps each path out is listed with it.</source>
        <translation>Aucune recommandation : aucune option n&apos;est adaptée à ce scénario. Le motif d&apos;exclusion figure avec chaque option.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your projected monthly AWS spend (Spend tab) first: usable value, forfeiture and the recommendation all depend on it.</source>
        <translation>Saisissez d&apos;abord vos dépenses AWS mensuelles prévues (onglet Dépenses) : valeur utilisable, crédits perdus à l&apos;expiration et recommandation en dépendent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face value {low} – {typical} – {high}: low {low_terms}; typical {typical_terms}; high {high_terms}.</source>
        <translation>Valeur nominale {low} – {typical} – {high} : basse {low_terms} ; typique {typical_terms} ; haute {high_terms}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face value {typical} = {typical_terms}.</source>
        <translation>Valeur nominale {typical} = {typical_terms}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credits: this scenario applies for no pool on this path.</source>
        <translation>Aucun crédit : ce scénario ne demande aucune enveloppe pour cette option.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving {low} – {typical} – {high} = {low_rate} / {typical_rate} / {high_rate} of {base} discountable spend over {months} months (Marketplace excluded).</source>
        <translation>Économie {low} – {typical} – {high} = {low_rate} / {typical_rate} / {high_rate} de {base} de dépenses éligibles à la remise sur {months} mois (hors Marketplace).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No saving: the projected {annual} a year is below the {min} a year this program starts at.</source>
        <translation>Aucune économie : les {annual} par an prévus sont inférieurs au seuil de {min} par an de ce programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usable {typical} = the whole award: the projected bill absorbs every pool before it expires. Low {low}, high {high}.</source>
        <translation>Utilisable {typical} = tout le montant accordé : la facture prévue absorbe chaque enveloppe avant son expiration. Bas {low}, haut {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usable {typical} = award {award} − {forfeited} expiring unused ({pools}). Low {low}, high {high}.</source>
        <translation>Utilisable {typical} = montant accordé {award} − {forfeited} perdus à l&apos;expiration ({pools}). Bas {low}, haut {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is usable yet: no spend is entered, so no bill absorbs the credits.</source>
        <translation>Rien d&apos;utilisable pour l&apos;instant : aucune dépense saisie, donc aucune facture n&apos;absorbe les crédits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to use: no pool is applied for.</source>
        <translation>Rien à utiliser : aucune enveloppe demandée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable {typical} = the saving itself: a discount needs no pool to absorb it.</source>
        <translation>Utilisable {typical} = l&apos;économie elle-même : une remise n&apos;a pas besoin d&apos;enveloppe à consommer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} = usable {usable} ({terms}) × {odds} approval.</source>
        <translation>Attendu {expected} = utilisable {usable} ({terms}) × {odds} d&apos;approbation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} = usable {usable} ({terms}; overlap zeroes Build) × {odds} approval.</source>
        <translation>Attendu {expected} = utilisable {usable} ({terms} ; le recoupement ramène Build à zéro) × {odds} d&apos;approbation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected {expected}: the path is not eligible ({rule}), so approval pays nothing.</source>
        <translation>Attendu {expected} : l&apos;option n&apos;est pas éligible ({rule}), une approbation ne rapporte donc rien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected {expected} = saving {usable} × {odds} odds that the contract is signed.</source>
        <translation>Attendu {expected} = économie {usable} × {odds} de probabilité de signature du contrat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money lands on day {min}–{max} after the inquiry.</source>
        <translation>L&apos;argent arrive au jour {min}–{max} après la demande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discount starts on day {min}–{max}, once the contract is in place.</source>
        <translation>La remise démarre au jour {min}–{max}, une fois le contrat signé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min of founder time.</source>
        <translation>{minutes} min de temps du fondateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min of founder time = {terms} min.</source>
        <translation>{minutes} min de temps du fondateur = {terms} min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits pay every eligible charge of all {months} months.</source>
        <translation>Les crédits paient tous les coûts éligibles des {months} mois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits pay every eligible charge of months 1–{month}; month {next} is the first with money out of pocket ({short}).</source>
        <translation>Les crédits paient tous les coûts éligibles des mois 1–{month} ; le mois {next} est le premier avec un reste à charge ({short}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month 1 is already short: credits leave {short} of it out of pocket.</source>
        <translation>Le mois 1 est déjà mal couvert : {short} restent à votre charge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of pocket {total} = charges {charges} − paid by credits {applied} over {months} months (Marketplace, upfront fees and Enterprise support are never covered).</source>
        <translation>Reste à charge {total} = coûts {charges} − payé par les crédits {applied} sur {months} mois (Marketplace, frais prépayés et Support Enterprise ne sont jamais couverts).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing expires unused within the {months}-month horizon.</source>
        <translation>Rien n&apos;est perdu à l&apos;expiration sur l&apos;horizon de {months} mois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} expires unused within the {months}-month horizon: {pools}.</source>
        <translation>{total} perdus à l&apos;expiration sur l&apos;horizon de {months} mois : {pools}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No spend entered yet: nothing to burn down.</source>
        <translation>Aucune dépense saisie : aucun crédit à consommer.</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <location filename="../ui/report/report_builder.cpp" line="+81"/>
        <source>day %1</source>
        <translation>jour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days %1–%2</source>
        <translation>jours %1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[redacted]</source>
        <translation>[masqué]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no company name)</source>
        <translation>(aucun nom d&apos;entreprise)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AWS credit path comparison</source>
        <translation>Comparaison des options de crédits AWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/report_burn_down.cpp" line="+140"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rulebook edition</source>
        <translation>Édition du référentiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Rulebook overrides</source>
        <translation>Dérogations au référentiel</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>none: the shipped figures apply</source>
        <translation>aucune : les valeurs d&apos;origine s&apos;appliquent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no edition</source>
        <translation>aucune édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these files change the shipped figures:</source>
        <translation>ces fichiers modifient les valeurs d&apos;origine :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application timelines start</source>
        <translation>Début des calendriers de demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_reasons.cpp" line="+82"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/report/report_reasons.cpp" line="+0"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Figures come from the CreditPath rulebook; every verdict names the rules behind it, and the rules&apos; sources are listed in this report. Awards are decided by AWS; this report estimates, it does not promise.</source>
        <translation>Les chiffres proviennent du référentiel CreditPath ; chaque verdict cite les règles sur lesquelles il repose, et leurs sources figurent dans ce rapport. Les attributions sont décidées par AWS ; ce rapport estime, il ne promet rien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_reasons.cpp" line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended: %1</source>
        <translation>Recommandé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1 (rule %2)</source>
        <translation>Pourquoi : %1 (règle %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected value</source>
        <translation>Valeur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usable value × approval odds (PD-2)</source>
        <translation>valeur utilisable × probabilité d&apos;approbation (PD-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value</source>
        <translation>Valeur utilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the projected bill absorbs before expiry</source>
        <translation>ce que la facture prévue absorbe avant expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face value</source>
        <translation>Valeur nominale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low – typical – high</source>
        <translation>bas – typique – haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Probabilité d&apos;approbation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money arrives</source>
        <translation>Arrivée des fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder time</source>
        <translation>Temps du fondateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits cover the bill</source>
        <translation>Les crédits couvrent la facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through month %1</source>
        <translation>jusqu&apos;au mois %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1 months projected</source>
        <translation>sur %1 mois prévus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_burn_down.cpp" line="-64"/>
        <source>Total out of pocket</source>
        <translation>Reste à charge total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 months</source>
        <translation>sur %1 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited credits</source>
        <translation>Crédits perdus à l&apos;expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing expires unused</source>
        <translation>rien n&apos;est perdu à l&apos;expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires unused (BD-3)</source>
        <translation>perdus à l&apos;expiration (BD-3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline figures of %1:</source>
        <translation>Chiffres clés de %1 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (USD)</source>
        <translation>Valeur (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The other paths</source>
        <translation>Les autres options</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, expected %3 (usable %4), %5</source>
        <translation>%1 : %2, attendu %3 (utilisable %4), %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before filing</source>
        <translation>Avant le dépôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings: nothing found that would sink an application.</source>
        <translation>Aucun avertissement : rien qui ferait échouer une demande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 [%2] %3: %4</source>
        <translation>%1 [%2] %3 : %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why these figures: %1</source>
        <translation>Pourquoi ces chiffres : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All paths compared</source>
        <translation>Comparaison de toutes les options</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</source>
        <translation>
            <numerusform>Valeur sur l&apos;horizon de %n mois, en USD. Options de crédits : montants demandés ; options de remise : économies sur les mêmes dépenses prévues.</numerusform>
            <numerusform>Valeur sur l&apos;horizon de %n mois, en USD. Options de crédits : montants demandés ; options de remise : économies sur les mêmes dépenses prévues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../ui/report/report_uncertainty.cpp" line="+68"/>
        <location filename="../ui/report/report_rulebook.cpp" line="+52"/>
        <source>Path</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical</source>
        <translation>Typique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odds</source>
        <translation>Proba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder min</source>
        <translation>Min fondateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★: the recommended path. Low, typical, high: face value. Usable: what the projected bill absorbs of the typical award before its pools expire. Expected: usable × approval odds. Days: from the inquiry until the money is usable.</source>
        <translation>★ : l&apos;option recommandée. Bas, typique, haut : valeur nominale. Utilisable : ce que la facture prévue absorbe de l&apos;octroi typique avant l&apos;expiration de ses enveloppes. Attendue : utilisable × probabilité d&apos;approbation. Jours : de la demande jusqu&apos;à ce que l&apos;argent soit utilisable.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_burn_down.cpp" line="+65"/>
        <source>Founder</source>
        <translation>Fondateur</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Burn-down: %1</source>
        <translation>Consommation des crédits : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This path has no credits to burn down.</source>
        <translation>Cette option n&apos;a aucun crédit à consommer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month 1 is the first invoice after the balances land (BD-1). Each month the pool that expires first pays what it may (BD-2); the rest is paid out of pocket.</source>
        <translation>Le mois 1 est la première facture après le versement des crédits (BD-1). Chaque mois, l&apos;enveloppe qui expire en premier paie ce qu&apos;elle peut (BD-2) ; le reste est à votre charge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2, expires after month %3</source>
        <translation>%1 : %2, expire après le mois %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pools</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cliff: credits cover the bill through month %1; month %2 is the first with money out of pocket (%3).</source>
        <translation>Rupture : les crédits couvrent la facture jusqu&apos;au mois %1 ; le mois %2 est le premier avec un reste à charge (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From month %1 on, the whole bill (%2 a month at first) is paid out of pocket.</source>
        <translation>À partir du mois %1, toute la facture (%2 par mois au départ) est à votre charge.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forfeiture: %1 of %2 credits expire unused at the end of month %3 (BD-3).</source>
        <translation>Perte à l&apos;expiration : %1 de crédits %2 sont perdus à l&apos;expiration, fin du mois %3 (BD-3).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>No credits expire unused within the %n-month horizon.</source>
        <translation>
            <numerusform>Aucun crédit n&apos;est perdu à l&apos;expiration sur l&apos;horizon de %n mois.</numerusform>
            <numerusform>Aucun crédit n&apos;est perdu à l&apos;expiration sur l&apos;horizon de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits cover every invoice of the horizon.</source>
        <translation>Les crédits couvrent toutes les factures de l&apos;horizon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total charges</source>
        <translation>Total des coûts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total forfeited</source>
        <translation>Total perdu à l&apos;expiration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Month by month (USD)</source>
        <translation>Mois par mois (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charges</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by %1</source>
        <translation>Payé par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>Reste à charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Perdus à l&apos;expiration</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amber: the first month paid out of pocket. Red: credits forfeited.</source>
        <translation>Orange : premier mois avec reste à charge. Rouge : crédits perdus à l&apos;expiration.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application timeline: %1</source>
        <translation>Calendrier de la demande : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0 is the inquiry on %1. Dates are calendar days.</source>
        <translation>Le jour 0 est la demande du %1. Les jours sont des jours calendaires.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/report/report_reasons.cpp" line="-20"/>
        <location filename="../ui/report/report_rulebook.cpp" line="+4"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time in total</source>
        <translation>Temps du fondateur au total</translation>
    </message>
    <message>
        <location filename="../ui/report/report_reasons.cpp" line="-36"/>
        <source>Why each verdict</source>
        <translation>Justification des verdicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each line names the rule behind it in brackets; the rules and their sources follow the list.</source>
        <translation>Chaque ligne cite sa règle entre crochets ; les règles et leurs sources suivent la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/report/report_materials.cpp" line="+86"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rules cited and their sources</source>
        <translation>Règles citées et leurs sources</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every amount is in US dollars (USD) to the cent, exactly as computed (each monthly charge is rounded half-up to the cent, once); every date is the language&apos;s short date with the year in full (%1); chart axes mark their scale in thousands or millions (%2).</source>
        <translation>chaque montant est en dollars américains (USD) au cent près, tel que calculé (chaque charge mensuelle est arrondie une seule fois au cent, à la demi-unité supérieure) ; chaque date suit le format court de la langue avec l&apos;année complète (%1) ; les axes des graphiques indiquent leur échelle en milliers ou en millions (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI profile</source>
        <translation>Profil IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual recurring revenue</source>
        <translation>Revenu annuel récurrent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profitable</source>
        <translation>Rentable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits needed within</source>
        <translation>Crédits nécessaires sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_materials.cpp" line="+7"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutional vouch</source>
        <translation>Parrainage institutionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VC in Activate Portfolio</source>
        <translation>VC dans Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner attestation</source>
        <translation>attestation partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1, %2 total, phase reached: %3</source>
        <translation>depuis %1, %2 au total, phase atteinte : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly spend projection (USD)</source>
        <translation>Dépenses mensuelles prévues (USD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to %1 over %2 months</source>
        <translation>jusqu&apos;à %1 sur %2 mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, month 1</source>
        <translation>Total, mois 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp</source>
        <translation>Montée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace purchases, upfront commitment fees and Enterprise support are never paid by promotional credits (BD-6). Expected values weigh awards by the approval odds of ST-2 and the program rules; ranges stay ranges.</source>
        <translation>Les achats Marketplace, les frais d&apos;engagement prépayés et le Support Enterprise ne sont jamais payés par les crédits promotionnels (BD-6). Les valeurs attendues pondèrent les montants accordés par les probabilités d&apos;approbation de ST-2 et les règles des programmes ; les fourchettes restent des fourchettes.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_materials.cpp" line="-73"/>
        <source>Materials pack (TL-4)</source>
        <translation>Kit de documents (TL-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the partner needs from you on day 3–4, and drafts of the three application records to paste into the partner&apos;s forms.</source>
        <translation>Ce dont le partenaire a besoin de votre part aux jours 3–4, et les brouillons des trois fiches de demande à coller dans ses formulaires.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready (in the scenario)</source>
        <translation>prêt (dans le scénario)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to provide</source>
        <translation>à fournir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[to write: %1]</source>
        <translation>[à rédiger : %1]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record 1: Activate Portfolio</source>
        <translation>Fiche 1 : Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+24"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the production workload</source>
        <translation>la charge de travail de production</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>AWS services</source>
        <translation>Services AWS</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <location line="+26"/>
        <source>Expected monthly spend</source>
        <translation>Dépenses mensuelles attendues</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 per month (%2)</source>
        <translation>%1 par mois (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record 2: Build for Startups</source>
        <translation>Fiche 2 : Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distinct project</source>
        <translation>le projet distinct</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 per month over a %n-month implementation window</source>
        <translation>
            <numerusform>%1 par mois sur une période de mise en œuvre de %n mois</numerusform>
            <numerusform>%1 par mois sur une période de mise en œuvre de %n mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record 2 (Build for Startups): not planned in this scenario.</source>
        <translation>Fiche 2 (Build for Startups) : non prévue dans ce scénario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evaluation methodology</source>
        <translation>méthode d&apos;évaluation</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n examples per week against a held-out set)</source>
        <translation>
            <numerusform>(%n exemple par semaine sur un jeu de test réservé)</numerusform>
            <numerusform>(%n exemples par semaine sur un jeu de test réservé)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a customer Letter of Intent</source>
        <translation>une lettre d&apos;intention client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a commitment to scale Bedrock after the POC</source>
        <translation>un engagement de montée en charge de Bedrock après le POC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record 3: Bedrock POC</source>
        <translation>Fiche 3 : Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the AI use case</source>
        <translation>le cas d&apos;usage IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model and why</source>
        <translation>Modèle et justification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reasoning</source>
        <translation>justification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation methodology</source>
        <translation>Méthode d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per month of inference at POC scale</source>
        <translation>%1 par mois d&apos;inférence à l&apos;échelle du POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[to write: projected inference budget]</source>
        <translation>[à rédiger : budget d&apos;inférence prévu]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC window</source>
        <translation>Durée du POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial trajectory</source>
        <translation>Trajectoire commerciale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none stated</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record 3 (Bedrock POC): not planned in this scenario.</source>
        <translation>Fiche 3 (Bedrock POC) : non prévue dans ce scénario.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_uncertainty.cpp" line="-50"/>
        <source>as planned</source>
        <translation>comme prévu</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+%n month(s)</source>
        <translation>
            <numerusform>+%n mois</numerusform>
            <numerusform>+%n mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seeded draws (seed %2) of each application&apos;s approval, the POC&apos;s completion and the spend. P10, P50 and P90: one draw in ten is below, half are below, nine in ten are below.</source>
        <translation>%1 tirages (graine %2) de l&apos;approbation de chaque demande, de l&apos;aboutissement du POC et des dépenses. P10, P50 et P90 : un tirage sur dix est en dessous, la moitié est en dessous, neuf sur dix sont en dessous.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket P10</source>
        <translation>Reste à charge P10</translation>
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
        <translation>Utilisable P10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered through (P10 / P50 / P90)</source>
        <translation>Couvert jusqu&apos;au mois (P10 / P50 / P90)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: %1</source>
        <translation>Sensibilité : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each input moved to either end of its range, the others as stated; the widest bar matters most. Expected figures weigh every outcome of the approvals and the POC by its odds.</source>
        <translation>Chaque entrée est portée aux deux bouts de sa plage, les autres restant telles que saisies ; la barre la plus large compte le plus. Les valeurs attendues pondèrent chaque issue des approbations et du POC par sa probabilité.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low end</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High end</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swing</source>
        <translation>Écart</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ranges: spend rows by their uncertainty (±%1 without one), growth likewise, each approval refused or approved, the POC failing or completing, and the credits landing as planned or %n month(s) later (UN-2).</source>
        <translation>
            <numerusform>Plages : lignes de dépenses selon leur incertitude (±%1 sans indication), la croissance de même, chaque approbation refusée ou accordée, le POC échoué ou abouti, et les crédits reçus comme prévu ou %n mois plus tard (UN-2).</numerusform>
            <numerusform>Plages : lignes de dépenses selon leur incertitude (±%1 sans indication), la croissance de même, chaque approbation refusée ou accordée, le POC échoué ou abouti, et les crédits reçus comme prévu ou %n mois plus tard (UN-2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/report_rulebook.cpp" line="-44"/>
        <source>Rulebook</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition and overrides</source>
        <translation>Édition et ajustements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Stale rules</source>
        <translation>Règles périmées</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>none: every rule was verified within %n month(s)</source>
        <translation>
            <numerusform>aucune : chaque règle a été vérifiée depuis moins de %n mois</numerusform>
            <numerusform>aucune : chaque règle a été vérifiée depuis moins de %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>verified more than %n month(s) ago: %1</source>
        <translation>
            <numerusform>vérifiées il y a plus de %n mois : %1</numerusform>
            <numerusform>vérifiées il y a plus de %n mois : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no verdict or figure differs from the shipped edition</source>
        <translation>aucun verdict ni chiffre ne diffère de l&apos;édition livrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the overrides change against the shipped edition:</source>
        <translation>Ce que les ajustements changent par rapport à l&apos;édition livrée :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/report_variants.cpp" line="+21"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../ui/report/report_variants.cpp" line="-6"/>
        <source>Variants side by side</source>
        <translation>Variantes côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base scenario and each variant saved with it (the base with some fields changed). Each column shows the figures of its recommended path, or of the stack when nothing fits; ✓ marks the best value of a row.</source>
        <translation>Le scénario de base et chaque variante enregistrée avec lui (la base avec quelques champs modifiés). Chaque colonne montre les chiffres de sa voie recommandée, ou du stack lorsque rien ne convient ; ✓ marque la meilleure valeur d’une ligne.</translation>
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
        <translation>Consommation de la base, avec le reste à charge de chaque variante en pointillés (la même voie dans chaque scénario).</translation>
    </message>
</context>
<context>
    <name>RuleTitle</name>
    <message>
        <location filename="../ui/format/rule_titles_catalog.cpp" line="+8"/>
        <source>Month 1</source>
        <translation>Mois 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application order</source>
        <translation>Ordre d&apos;imputation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference mix</source>
        <translation>Répartition de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact money</source>
        <translation>Montants exacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never covered by credits</source>
        <translation>Jamais couvert par les crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC award</source>
        <translation>Montant du Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC earmark</source>
        <translation>Affectation du Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC plan contents</source>
        <translation>Contenu du plan de POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build for Startups ceiling</source>
        <translation>Plafond de Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build spend band and window</source>
        <translation>Fourchette de dépenses et fenêtre de Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Build does not fund</source>
        <translation>Ce que Build ne finance pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap detection</source>
        <translation>Détection de chevauchement</translation>
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
        <translation>Éligibilité à l&apos;Accelerator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Acceleration Program</source>
        <translation>Migration Acceleration Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAP fit</source>
        <translation>Adéquation au MAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts on the same footing</source>
        <translation>Remises sur un pied d&apos;égalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges and expected values</source>
        <translation>Fourchettes et valeurs attendues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizon d&apos;analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining paths</source>
        <translation>Combinaison de parcours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freshness of figures</source>
        <translation>Fraîcheur des chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate Portfolio ceiling</source>
        <translation>Plafond d&apos;Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio spend band</source>
        <translation>Fourchette de dépenses de Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implausible spend for the stage</source>
        <translation>Dépenses invraisemblables pour le stade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case overlapping AWS products</source>
        <translation>Cas d&apos;usage en concurrence avec des produits AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutional vouch</source>
        <translation>Parrainage institutionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution Provider Program</source>
        <translation>Solution Provider Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPP fit</source>
        <translation>Adéquation au SPP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct use cases</source>
        <translation>Cas d&apos;usage distincts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Chances d&apos;approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder time</source>
        <translation>Temps du fondateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing timeline</source>
        <translation>Calendrier du dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review order</source>
        <translation>Ordre d&apos;examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue speeds</source>
        <translation>Délais des files d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials checklist</source>
        <translation>Liste des pièces à fournir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds per application</source>
        <translation>Chances d&apos;approbation par demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity ranges</source>
        <translation>Plages de sensibilité</translation>
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
        <translation>USD par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per year</source>
        <translation>USD par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>founder minutes</source>
        <translation>minutes du fondateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the next billing month</source>
        <translation>le mois de facturation suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the billing month they are issued</source>
        <translation>le mois de facturation de leur émission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewest applicable services, then oldest</source>
        <translation>le moins de services éligibles, puis le plus ancien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest, then fewest applicable services</source>
        <translation>le plus ancien, puis le moins de services éligibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the migration&apos;s cost</source>
        <translation>le coût de la migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged post-migration spend</source>
        <translation>les dépenses balisées après migration</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
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
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, low</source>
        <translation>Valeur nominale, basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, typical</source>
        <translation>Valeur nominale, typique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, high</source>
        <translation>Valeur nominale, haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, low</source>
        <translation>Valeur utilisable, basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, typical</source>
        <translation>Valeur utilisable, typique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, high</source>
        <translation>Valeur utilisable, haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value</source>
        <translation>Valeur attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Chances d&apos;approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to money</source>
        <translation>Jours avant les fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder minutes</source>
        <translation>Minutes du fondateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered through month</source>
        <translation>Couvert jusqu&apos;au mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>À votre charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended path</source>
        <translation>Voie recommandée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overrides</source>
        <translation>ajustements</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %1 (%n change(s))</source>
        <translation>
            <numerusform> + %1 (%n changement)</numerusform>
            <numerusform> + %1 (%n changements)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credits count from %1 (BD-1).</source>
        <translation>Les crédits comptent à partir du %1 (BD-1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pools expiring in the same month are used by %1 (BD-2).</source>
        <translation>Les réserves qui expirent le même mois sont utilisées dans cet ordre : %1 (BD-2).</translation>
    </message>
</context>
<context>
    <name>SpendImporter</name>
    <message numerus="yes">
        <location filename="../ui/window/spend_import.cpp" line="+33"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendPaste</name>
    <message>
        <location filename="../ui/forms/spend_paste.cpp" line="+46"/>
        <source>At most %1 lines can be pasted at once; the clipboard holds %2.</source>
        <translation>Vous pouvez coller au plus %1 lignes à la fois ; le presse-papiers en contient %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, row %2: “%3” is neither a category nor an AWS service CreditPath knows</source>
        <translation>%1, ligne %2 : « %3 » n&apos;est ni une catégorie ni un service AWS connu de CreditPath</translation>
    </message>
</context>
<context>
    <name>creditpath::ui</name>
    <message>
        <location filename="../ui/forms/company_page.cpp" line="+32"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon (months)</source>
        <translation>Horizon (mois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company profile</source>
        <translation>Profil de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI profile</source>
        <translation>Profil IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VC in Activate Portfolio</source>
        <translation>VC dans Activate Portfolio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner attestation</source>
        <translation>Attestation partenaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A venture capital firm in the AWS Activate Portfolio program backs the company and vouches for its Portfolio application (PF-5).</source>
        <translation>Une société de capital-risque du programme AWS Activate Portfolio soutient l&apos;entreprise et parraine son dossier Portfolio (PF-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS partner vouches for the company; it stands in for a Portfolio VC. Without either, Portfolio cannot be approved (PF-5).</source>
        <translation>Un partenaire AWS parraine l&apos;entreprise, à la place d&apos;un VC Portfolio. Sans l&apos;un ni l&apos;autre, Portfolio ne peut pas être approuvé (PF-5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual recurring revenue (USD)</source>
        <translation>Revenu annuel récurrent (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profitable</source>
        <translation>Rentable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS region</source>
        <translation>Région AWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS account ID</source>
        <translation>ID de compte AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits</source>
        <translation>12 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits needed within (days)</source>
        <translation>Crédits nécessaires sous (jours)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activate Portfolio application</source>
        <translation>Dossier Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>AWS services</source>
        <translation>Services AWS</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Build for Startups application</source>
        <translation>Dossier Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for Build</source>
        <translation>Demander Build</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build spend per month (USD)</source>
        <translation>Dépenses Build par mois (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementation window (months)</source>
        <translation>Période de mise en œuvre (mois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration to AWS</source>
        <translation>Migration vers AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating from</source>
        <translation>Migration depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total migration cost (USD)</source>
        <translation>Coût total de la migration (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase reached</source>
        <translation>Phase atteinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS spend per month after migration (USD)</source>
        <translation>Dépenses AWS par mois après migration (USD)</translation>
    </message>
    <message>
        <location filename="../ui/format/comparison_text.cpp" line="+21"/>
        <source>Recommended path</source>
        <translation>Voie recommandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected usable value</source>
        <translation>Valeur utilisable attendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of pocket over the horizon</source>
        <translation>Reste à charge sur l’horizon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered through month</source>
        <translation>Couvert jusqu’au mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeited</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to money</source>
        <translation>Jours jusqu’aux fonds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time</source>
        <translation>Temps du fondateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher is better</source>
        <translation>plus haut est mieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower is better</source>
        <translation>plus bas est mieux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path whose figures the column shows</source>
        <translation>la voie dont la colonne montre les chiffres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none fits</source>
        <translation>aucune ne convient</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::AlertBanner</name>
    <message>
        <location filename="../ui/results/alert_banner.cpp" line="+74"/>
        <source>show less</source>
        <translation>afficher moins</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>show all %n warnings</source>
        <translation>
            <numerusform>afficher %n avertissement</numerusform>
            <numerusform>afficher les %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show all</source>
        <translation>tout afficher</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ChangesModel</name>
    <message>
        <location filename="../ui/rulebook/changes_model.cpp" line="+60"/>
        <source>Path</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/results/charts_panel.cpp" line="+67"/>
        <source>Burn-down</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value ranges</source>
        <translation>Fourchettes de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Covered through month %1</source>
        <translation>Couvert jusqu&apos;au mois %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of pocket %1 (P10–P90 %2–%3)</source>
        <translation>Reste à charge %1 (P10–P90 %2–%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of pocket %1</source>
        <translation>Reste à charge %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeited %1</source>
        <translation>Perdus à l&apos;expiration %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::CompareView</name>
    <message>
        <location filename="../ui/results/compare_view.cpp" line="+29"/>
        <source>Variants on the burn-down chart</source>
        <translation>Variantes sur le graphique de consommation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No variants yet. Edit the scenario and choose Save as variant… above the forms: the edits become a variant and the base stays as saved. Each variant then appears here as a column beside the base.</source>
        <translation>Pas encore de variantes. Modifiez le scénario et choisissez « Enregistrer comme variante… » au-dessus des formulaires : les modifications deviennent une variante et la base reste telle qu’enregistrée. Chaque variante apparaît ensuite ici comme une colonne à côté de la base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw each variant&apos;s out of pocket on the burn-down chart as a dashed line (the same path in every scenario)</source>
        <translation>Tracer le reste à charge de chaque variante en pointillés sur le graphique de consommation (la même voie dans chaque scénario)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (editing)</source>
        <translation>%1 (en cours de modification)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures of %1. Click to edit this scenario in the forms.</source>
        <translation>Chiffres de %1. Cliquez pour modifier ce scénario dans les formulaires.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best of the row: %1</source>
        <translation>Meilleur de la ligne : %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::DocumentFiles</name>
    <message>
        <location filename="../ui/window/document_files.cpp" line="+19"/>
        <source>CreditPath scenarios (*.creditpath.json *.json)</source>
        <translation>Scénarios CreditPath (*.creditpath.json *.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Cannot open scenario</source>
        <translation>Impossible d&apos;ouvrir le scénario</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is not a valid scenario:
%2</source>
        <translation>%1 n&apos;est pas un scénario valide :
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save scenario</source>
        <translation>Impossible d&apos;enregistrer le scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed reference mix (example)</source>
        <translation>Répartition de référence Seed (exemple)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GCP to Frankfurt (example)</source>
        <translation>GCP vers Francfort (exemple)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save scenario as</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::DocumentRecovery</name>
    <message>
        <location filename="../ui/window/document_recovery.cpp" line="+62"/>
        <source>Restore unsaved changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ExportActions</name>
    <message>
        <location filename="../ui/window/export_actions.cpp" line="+43"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CreditPath report</source>
        <translation>Rapport CreditPath</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+38"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wrote %1</source>
        <translation>Fichier enregistré : %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Partner Central records into a folder</source>
        <translation>Exporter les fiches Partner Central dans un dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n Partner Central record(s) to %1</source>
        <translation>
            <numerusform>%n fiche Partner Central enregistrée dans %1</numerusform>
            <numerusform>%n fiches Partner Central enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export burn-down CSV</source>
        <translation>Exporter la consommation des crédits en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export path comparison CSV</source>
        <translation>Exporter la comparaison des options en CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export evaluation JSON</source>
        <translation>Exporter l&apos;évaluation en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export reminders (iCalendar)</source>
        <translation>Exporter les rappels (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ExportNotice</name>
    <message>
        <location filename="../ui/window/export_notice.cpp" line="+27"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::FieldBinder</name>
    <message>
        <location filename="../ui/forms/field_binder.cpp" line="+62"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Variant “%1”: %2</source>
        <translation>Variante « %1 » : %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>comma-separated, e.g. ECS, Aurora, S3</source>
        <translation>séparés par des virgules, p. ex. ECS, Aurora, S3</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="+67"/>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spend</source>
        <translation>&amp;Dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applications</source>
        <translation>Do&amp;ssiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock &amp;POC</source>
        <translation>Bedrock &amp;POC</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Evaluated with rulebook %1</source>
        <translation>Évalué avec le référentiel %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — CreditPath</source>
        <translation>%1[*] — CreditPath</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_menus.cpp" line="+31"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blank scenario</source>
        <translation>Scénario &amp;vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed reference mix</source>
        <translation>Répartition de référence &amp;Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;GCP to Frankfurt example (AI-first, GDPR)</source>
        <translation>Exemple &amp;GCP vers Francfort (centré sur l&apos;IA, RGPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import spend…</source>
        <translation>Importer les &amp;dépenses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend lines from a Cost Explorer export (monthly, by service)</source>
        <translation>Lignes de dépense issues d&apos;un export Cost Explorer (mensuel, par service)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF &amp;report…</source>
        <translation>Exporter le rapport &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;paper</source>
        <translation>&amp;Format du rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Backups to keep</source>
        <translation>Sauve&amp;gardes à conserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions kept beside the file on every save: NAME~, then NAME.~2~ and older</source>
        <translation>Versions antérieures conservées à côté du fichier à chaque enregistrement : NAME~, puis NAME.~2~ et plus anciennes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export burn-down &amp;CSV…</source>
        <translation>Exporter la consommation des crédits en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export path co&amp;mparison CSV…</source>
        <translation>Exporter la co&amp;mparaison des options en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export evaluation &amp;JSON…</source>
        <translation>Exporter l&apos;évaluation en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;reminders (iCalendar)…</source>
        <translation>Exporter les rappe&amp;ls (iCalendar)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Partner Central records…</source>
        <translation>Exporter les fiches Partner Central…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application records as CreateOpportunity requests for the AWS Partner Central Selling API, one JSON file each</source>
        <translation>Les fiches de demande sous forme de requêtes CreateOpportunity pour l&apos;API AWS Partner Central Selling, un fichier JSON par fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy results table</source>
        <translation>&amp;Copier le tableau des résultats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Screen-share mode</source>
        <translation>Mode &amp;partage d&apos;écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text and charts; the AWS account ID is hidden</source>
        <translation>Texte et graphiques plus grands ; l&apos;ID de compte AWS est masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also hide the &amp;company name when sharing</source>
        <translation>Masquer aussi le nom de l&apos;&amp;entreprise lors du partage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rulebook</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CreditPath</source>
        <translation>À &amp;propos de CreditPath</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About CreditPath</source>
        <translation>À propos de CreditPath</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CreditPath compares the ways a startup can fund its AWS bill.
Rulebook: %1</source>
        <translation>CreditPath compare les moyens de financer la facture AWS d&apos;une startup.
Référentiel : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreditPath shows the new language after a restart.</source>
        <translation>CreditPath affichera la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied the results table</source>
        <translation>Tableau des résultats copié</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::PocPage</name>
    <message>
        <location filename="../ui/forms/poc_page.cpp" line="+17"/>
        <source>Bedrock POC plan</source>
        <translation>Plan du Bedrock POC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply for a Bedrock POC</source>
        <translation>Demander un Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this model</source>
        <translation>Pourquoi ce modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Evaluation methodology</source>
        <translation>Méthode d&apos;évaluation</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Examples evaluated per week</source>
        <translation>Exemples évalués par semaine</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Inference budget per month (USD)</source>
        <translation>Budget d&apos;inférence par mois (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC window (days)</source>
        <translation>Durée du POC (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer letter of intent</source>
        <translation>Lettre d&apos;intention client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment to scale</source>
        <translation>Engagement de montée en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC expected to complete</source>
        <translation>Le POC devrait aboutir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BP-3 checklist</source>
        <translation>Liste de contrôle BP-3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a Bedrock POC plan must hold before it is filed: the use case, the model and why, the evaluation method, the inference budget and the POC window (BP-3).</source>
        <translation>Ce que doit contenir un plan de Bedrock POC avant son dépôt : le cas d&apos;usage, le modèle et sa justification, la méthode d&apos;évaluation, le budget d&apos;inférence et la durée du POC (BP-3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use-case paragraph</source>
        <translation>Paragraphe de cas d&apos;usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen model</source>
        <translation>Modèle choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why that model</source>
        <translation>Justification du modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected inference budget</source>
        <translation>Budget d&apos;inférence prévu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Bedrock POC planned.</source>
        <translation>Aucun Bedrock POC prévu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Complete: every BP-3 part is filled in.</source>
        <translation>Complet : chaque partie BP-3 est renseignée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing:</source>
        <translation>Manquant :</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ReasonsModel</name>
    <message>
        <location filename="../ui/results/results_model.cpp" line="+267"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ReasonsTitle</name>
    <message>
        <location filename="../ui/results/reasons_title.cpp" line="+21"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pourquoi :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>click a figure above to see where it comes from</source>
        <translation>cliquez sur un chiffre ci-dessus pour voir d&apos;où il vient</translation>
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
        <translation>Option</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Face value
low – typical – high</source>
        <translation>Valeur nominale
basse – typique – haute</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Founder
minutes</source>
        <translation>Fondateur
(minutes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Face value: the credits applied for, at the low, typical and high award (PF-1, BS-1, BP-1); for SPP and EDP, the saving over the horizon (SP-1, ED-1).</source>
        <translation>Valeur nominale : les crédits demandés, pour un montant accordé bas, typique et haut (PF-1, BS-1, BP-1) ; pour SPP et EDP, l&apos;économie sur l&apos;horizon (SP-1, ED-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usable value: what the projected bill absorbs of the credits before each pool expires; the rest is forfeited (BD-3).</source>
        <translation>Valeur utilisable : part des crédits que la facture prévue absorbe avant l&apos;expiration de chaque enveloppe ; le reste est perdu à l&apos;expiration (BD-3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected value: the approval odds times the usable typical value, so a likely smaller award can beat an unlikely larger one (PD-2, ST-2).</source>
        <translation>Valeur attendue : probabilité d&apos;approbation × valeur utilisable typique ; un montant plus faible mais probable peut ainsi battre un montant plus élevé mais improbable (PD-2, ST-2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days from the first inquiry until the money is there (TL-1, TL-2, TL-3).</source>
        <translation>Jours entre la première demande et l&apos;arrivée des fonds (TL-1, TL-2, TL-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time the application takes (ST-3).</source>
        <translation>Temps du fondateur requis par la demande (ST-3).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fit: no eligibility, fit or timing rule warns against this path.</source>
        <translation>Adapté : aucune règle d&apos;éligibilité, d&apos;adéquation ou de délai ne déconseille cette option.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 because of %2: %3</source>
        <translation>%1 en raison de %2 : %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter your projected monthly spend on the Spend tab to judge this path.</source>
        <translation>Saisissez vos dépenses mensuelles prévues dans l&apos;onglet Dépenses pour évaluer cette option.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recommended for the stated objective</source>
        <translation>Recommandé pour l&apos;objectif indiqué</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/results/results_panel.cpp" line="+121"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; %3: %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; %3 : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3 : %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Recommended:&lt;/b&gt; %1 (%2). %3</source>
        <translation>&lt;b&gt;Recommandé :&lt;/b&gt; %1 (%2). %3</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>&lt;b&gt;Why this number&lt;/b&gt; (%1, %2): %3</source>
        <translation>&lt;b&gt;Pourquoi ce chiffre&lt;/b&gt; (%1, %2) : %3</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookActions</name>
    <message>
        <location filename="../ui/window/rulebook_actions.cpp" line="+57"/>
        <source>Rulebook overrides (*.json)</source>
        <translation>Ajustements des règles (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rulebook</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;rulebook</source>
        <translation>Afficher les &amp;règles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What &amp;changed</source>
        <translation>Ce qui a &amp;changé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edition</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed edition (%1)</source>
        <translation>Édition de départ (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Load overrides…</source>
        <translation>&amp;Charger des ajustements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Load rulebook overrides</source>
        <translation>Charger des ajustements des règles</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&amp;Save overrides…</source>
        <translation>&amp;Enregistrer les ajustements…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rulebook overrides</source>
        <translation>Enregistrer les ajustements des règles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Drop overrides</source>
        <translation>&amp;Abandonner les ajustements</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Switch rulebook edition to %1</source>
        <translation>Passer à l&apos;édition des règles %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rulebook edition</source>
        <translation>Édition des règles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot load rulebook overrides</source>
        <translation>Impossible de charger les ajustements des règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an override file this CreditPath can apply:
%2</source>
        <translation>%1 n&apos;est pas un fichier d&apos;ajustement que ce CreditPath peut appliquer :
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded rulebook overrides</source>
        <translation>Ajustements des règles chargés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save rulebook overrides</source>
        <translation>Impossible d&apos;enregistrer les ajustements des règles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved rulebook overrides</source>
        <translation>Ajustements des règles enregistrés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop rulebook overrides</source>
        <translation>Abandonner les ajustements des règles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rulebook overrides</source>
        <translation>Ajustements des règles</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This scenario carries rulebook overrides (%n change(s) to the shipped figures). Keep them, so it evaluates as it did for its author, or evaluate it with the shipped rulebook?</source>
        <translation>
            <numerusform>Ce scénario apporte des ajustements des règles (%n changement des chiffres livrés). Les garder, pour qu&apos;il s&apos;évalue comme chez son auteur, ou l&apos;évaluer avec les règles livrées ?</numerusform>
            <numerusform>Ce scénario apporte des ajustements des règles (%n changements des chiffres livrés). Les garder, pour qu&apos;il s&apos;évalue comme chez son auteur, ou l&apos;évaluer avec les règles livrées ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep overrides</source>
        <translation>Garder les ajustements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop overrides</source>
        <translation>Abandonner les ajustements</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookModel</name>
    <message>
        <location filename="../ui/rulebook/rulebook_model.cpp" line="+29"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (stale)</source>
        <translation>%1 (périmé)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Verified more than %n month(s) ago (PD-6)</source>
        <translation>
            <numerusform>Vérifié il y a plus de %n mois (PD-6)</numerusform>
            <numerusform>Vérifié il y a plus de %n mois (PD-6)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipped: %1</source>
        <translation>Livré : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to change</source>
        <translation>Double-cliquez pour modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this value through an override file:
%1</source>
        <translation>Modifiez cette valeur par un fichier d&apos;ajustement :
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (estimate)</source>
        <translation>%1 (estimation)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (verified)</source>
        <translation>%1 (vérifié)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: “%2” is not a value of this parameter</source>
        <translation>%1 : « %2 » n&apos;est pas une valeur de ce paramètre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change rule %1</source>
        <translation>Modifier la règle %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookView</name>
    <message>
        <location filename="../ui/rulebook/rulebook_view.cpp" line="+38"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Filter by rule ID or word</source>
        <translation>Filtrer par identifiant de règle ou mot</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Rulebook:&lt;/b&gt; %1&lt;br&gt;%2 %3</source>
        <translation>&lt;b&gt;Règles :&lt;/b&gt; %1&lt;br&gt;%2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>What changed (%n)</source>
        <translation>
            <numerusform>Ce qui a changé (%n)</numerusform>
            <numerusform>Ce qui a changé (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rule to read it; double-click a value to change it.</source>
        <translation>Choisissez une règle pour la lire ; double-cliquez une valeur pour la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;: %3&lt;br&gt;&lt;i&gt;Source:&lt;/i&gt; %4 (&lt;i&gt;verified&lt;/i&gt; %5)</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; : %3&lt;br&gt;&lt;i&gt;Source :&lt;/i&gt; %4 (&lt;i&gt;vérifié le&lt;/i&gt; %5)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ScenarioDocument</name>
    <message>
        <location filename="../ui/document/scenario_document.cpp" line="+225"/>
        <source>Save as variant</source>
        <translation>Enregistrer comme variante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename variant</source>
        <translation>Renommer la variante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete variant</source>
        <translation>Supprimer la variante</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendImporter</name>
    <message>
        <location filename="../ui/window/spend_import.cpp" line="+26"/>
        <source>The costs of %1, the last full month, become these spend lines:</source>
        <translation>Les coûts du mois %1, dernier mois complet, deviennent ces lignes de dépense :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the table of AWS services, counted as Other: %1</source>
        <translation>Absents de la table des services AWS, comptés dans Autre : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out as not spend (tax, credits, refunds): %1, %2 in all</source>
        <translation>Exclus car hors dépenses (taxes, crédits, remboursements) : %1, %2 au total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out as not over yet: %1</source>
        <translation>Exclus car pas encore terminés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last %1 months spend changed by %2 a month.</source>
        <translation>Sur les %1 derniers mois, les dépenses ont varié de %2 par mois.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Import spend</source>
        <translation>Importer les dépenses</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Import spend from Cost Explorer</source>
        <translation>Importer les dépenses depuis Cost Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost Explorer exports (*.json *.csv);;All files (*)</source>
        <translation>Exports Cost Explorer (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be imported:
%2</source>
        <translation>Impossible d&apos;importer %1 :
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the spend lines with the costs of %1?</source>
        <translation>Remplacer les lignes de dépense par les coûts du mois %1 ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted as Other:</source>
        <translation>Comptés dans Autre :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grow each line by the trend, %1 a month</source>
        <translation>Faire croître chaque ligne selon la tendance, %1 par mois</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendLinesModel</name>
    <message>
        <location filename="../ui/forms/spend_lines_model.cpp" line="+58"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly (USD)</source>
        <translation>Mensuel (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp to (USD)</source>
        <translation>Montée jusqu&apos;à (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp months</source>
        <translation>Mois de montée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth %/month</source>
        <translation>Croissance %/mois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bedrock and its supporting services are earmarked: Bedrock POC credits pay only for them (BP-2). Marketplace, upfront commitments and Enterprise support are never paid by credits (BD-6).</source>
        <translation>Bedrock et ses services associés bénéficient de crédits réservés : les crédits Bedrock POC ne paient qu&apos;eux (BP-2). Marketplace, engagements prépayés et Support Enterprise ne sont jamais payés par les crédits (BD-6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The charge in month 1, the first invoice after the credits land (BD-1).</source>
        <translation>Le coût du mois 1, première facture après le versement des crédits (BD-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ramp: the monthly charge moves in equal steps from Monthly to Ramp to over Ramp months, then grows by Growth %/month.</source>
        <translation>Montée : le coût mensuel passe par paliers égaux de « Mensuel » à « Montée jusqu&apos;à » sur « Mois de montée », puis croît de « Croissance %/mois ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compounding growth of the charge each month, after any ramp.</source>
        <translation>Croissance composée du coût chaque mois, après une éventuelle montée.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit spend line %1</source>
        <translation>Modifier la ligne de dépense %1</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Paste %n spend line(s)</source>
        <translation>
            <numerusform>Coller %n ligne de dépense</numerusform>
            <numerusform>Coller %n lignes de dépense</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add spend line</source>
        <translation>Ajouter une ligne de dépense</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove spend line %1</source>
        <translation>Supprimer la ligne de dépense %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the seed reference mix</source>
        <translation>Appliquer la répartition de référence Seed</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendPage</name>
    <message>
        <location filename="../ui/forms/spend_page.cpp" line="+95"/>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed &amp;reference mix</source>
        <translation>&amp;Répartition de référence Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the lines with the seed page&apos;s reference mix (rule BD-4)</source>
        <translation>Remplacer les lignes par la répartition de référence de la page Seed (règle BD-4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Paste lines from a spreadsheet</source>
        <translation>&amp;Coller des lignes depuis un tableur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the lines copied from a spreadsheet: category or AWS service, monthly, ramp to, ramp months, growth %</source>
        <translation>Ajouter les lignes copiées depuis un tableur : catégorie ou service AWS, mensuel, montée jusqu&apos;à, mois de montée, croissance %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total projected spend per month</source>
        <translation>Total des dépenses prévues par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>Enregistrer comme &amp;variante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename variant…</source>
        <translation>Renommer la variante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete variant</source>
        <translation>Supprimer la variante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario the forms edit: the base, or one of its variants (the base with some fields changed)</source>
        <translation>Le scénario que modifient les formulaires : la base, ou l’une de ses variantes (la base avec quelques champs modifiés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the base: the edits since the last save become a new variant and the base returns to its saved state. With a variant: a copy of it.</source>
        <translation>Avec la base : les modifications depuis le dernier enregistrement deviennent une nouvelle variante et la base revient à son état enregistré. Avec une variante : une copie de celle-ci.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Editing:</source>
        <translation>Modification :</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Base scenario</source>
        <translation>Scénario de base</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Variant name</source>
        <translation>Nom de la variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as variant</source>
        <translation>Enregistrer comme variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new variant:</source>
        <translation>Nom de la nouvelle variante :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename variant</source>
        <translation>Renommer la variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::charts</name>
    <message>
        <location filename="../ui/charts/burn_down_chart.cpp" line="+32"/>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges: %1</source>
        <translation>Coûts : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by %1: %2</source>
        <translation>Payé par %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of pocket: %1</source>
        <translation>Reste à charge : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 balance: %2</source>
        <translation>Solde %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 forfeited: %2</source>
        <translation>%1 perdus à l&apos;expiration : %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No burn-down for %1</source>
        <translation>Aucune consommation des crédits pour %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn-down, covered through month %1</source>
        <translation>Consommation des crédits, couvert jusqu&apos;au mois %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 forfeited</source>
        <translation>, %1 perdus à l&apos;expiration</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charges</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>Reste à charge</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Forfeited</source>
        <translation>Perdus à l&apos;expiration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>forfeited</source>
        <translation>perdus à l&apos;expiration</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expiry, month %1</source>
        <translation>Expiration, mois %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month %1: %2 expire</source>
        <translation>Mois %1 : %2 expirent</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Month after credits land</source>
        <translation>Mois après le versement des crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/charts/value_range_chart.cpp" line="+37"/>
        <source>Low %1, typical %2, high %3</source>
        <translation>Bas %1, typique %2, haut %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usable value %1</source>
        <translation>Valeur utilisable %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value %1</source>
        <translation>Valeur attendue %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>USD over the horizon (log scale)</source>
        <translation>USD sur l&apos;horizon (échelle log.)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Value of each path (log scale)</source>
        <translation>Valeur de chaque option (échelle log.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Attendue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No value (%1)</source>
        <translation>Aucune valeur (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Face value low–typical</source>
        <translation>Valeur nominale bas–typique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typical–high</source>
        <translation>typique–haut</translation>
    </message>
    <message>
        <location filename="../ui/charts/timeline_chart.cpp" line="+49"/>
        <source>Timeline, money on day %1-%2</source>
        <translation>Calendrier, fonds au jour %1–%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day after the inquiry</source>
        <translation>Jour après la demande</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Day %1-%2 (%3 to %4)</source>
        <translation>Jour %1–%2 (du %3 au %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Founder time: %1 min</source>
        <translation>Temps du fondateur : %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/tornado_chart.cpp" line="+35"/>
        <source>Spend row %1 (%2)</source>
        <translation>Ligne de dépenses %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth of every row</source>
        <translation>Croissance de toutes les lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC completes</source>
        <translation>Le POC aboutit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits land later</source>
        <translation>Crédits reçus plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval: %1</source>
        <translation>Approbation : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected usable credits</source>
        <translation>Crédits utilisables attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected out of pocket</source>
        <translation>Reste à charge attendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: computing, or no spend entered yet</source>
        <translation>Sensibilité : calcul en cours, ou aucune dépense saisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2: %3 as stated</source>
        <translation>%1 pour %2 : %3 tel que saisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low end of the range</source>
        <translation>Bas de la plage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High end of the range</source>
        <translation>Haut de la plage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change from the stated figure (USD)</source>
        <translation>Écart par rapport au chiffre saisi (USD)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::report::ReportComposer</name>
    <message>
        <location filename="../ui/report/report_redaction.cpp" line="+13"/>
        <source>[redacted]</source>
        <translation>[masqué]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scenario (name hidden)</source>
        <translation>Scénario (nom masqué)</translation>
    </message>
</context>
</TS>
