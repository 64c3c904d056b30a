<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Desktop</name>
    <message>
        <location filename="../ui/desktop.cpp" line="+77"/>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo no guardado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreditPath closed without saving your last changes. Restore them now?</source>
        <translation>CreditPath se cerró sin guardar sus últimos cambios. ¿Restaurarlos ahora?</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../ui/format/display_text.cpp" line="+80"/>
        <source>%1 %2 at month %3</source>
        <translation>%1 %2 en el mes %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Stack: Portfolio + Build + Bedrock POC</source>
        <translation>Stack: Portfolio + Build + Bedrock POC</translation>
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
        <translation>Solo Portfolio</translation>
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
        <translation>Stack</translation>
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
        <translation>Apto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poor fit</source>
        <translation>Poco apto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocker</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <location filename="../ui/format/display_names.cpp" line="-107"/>
        <source>Compute</source>
        <translation>Computación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Bases de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage &amp; CDN</source>
        <translation>Almacenamiento y CDN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networking</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observability</source>
        <translation>Observabilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock</source>
        <translation>Bedrock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bedrock supporting services</source>
        <translation>Servicios auxiliares de Bedrock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build project</source>
        <translation>Proyecto Build</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upfront commitments (RI/SP)</source>
        <translation>Compromisos por adelantado (RI/SP)</translation>
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
        <translation>Otros</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Pre-seed</source>
        <translation>Pre-seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series A</source>
        <translation>Serie A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series B</source>
        <translation>Serie B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series C+</source>
        <translation>Serie C+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bootstrapped</source>
        <translation>Autofinanciada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No AI</source>
        <translation>Sin IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses AI features</source>
        <translation>Usa funciones de IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AI-first product</source>
        <translation>Producto con IA como núcleo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No migration</source>
        <translation>Sin migración</translation>
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
        <translation>Centro de datos propio</translation>
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
        <translation>Créditos dentro del plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest expected value</source>
        <translation>Mayor valor esperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Least founder time</source>
        <translation>Menor tiempo del fundador</translation>
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
        <translation>Todas las capas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company info</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS account ID</source>
        <translation>ID de cuenta de AWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pitch deck</source>
        <translation>Pitch deck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use-case paragraphs (Portfolio, Build)</source>
        <translation>Párrafos del caso de uso (Portfolio, Build)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use-case paragraph (Bedrock POC)</source>
        <translation>Párrafo del caso de uso (Bedrock POC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation methodology</source>
        <translation>Metodología de evaluación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit the inquiry</source>
        <translation>Enviar la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routed to a partner</source>
        <translation>Asignada a un socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery call</source>
        <translation>Llamada inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder provides materials</source>
        <translation>El fundador aporta los materiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner files the ACE records</source>
        <translation>El socio presenta los registros ACE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio review</source>
        <translation>Revisión de Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build review</source>
        <translation>Revisión de Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC review</source>
        <translation>Revisión del Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit balances land</source>
        <translation>Se abonan los saldos de créditos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort application</source>
        <translation>Solicitud para la cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort selection</source>
        <translation>Selección de la cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits available</source>
        <translation>Créditos disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess phase</source>
        <translation>Fase Assess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobilize phase</source>
        <translation>Fase Mobilize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate phase</source>
        <translation>Fase Migrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller contract</source>
        <translation>Contrato de reventa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount active</source>
        <translation>Descuento activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise sales cycle</source>
        <translation>Ciclo de ventas corporativo</translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <location filename="../ui/forms/typed_input.cpp" line="+50"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, row %2: %3</source>
        <translation>%1, fila %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/input/input_messages.cpp" line="+15"/>
        <source>must be a non-negative amount, got {got}</source>
        <translation>debe ser un importe no negativo, no {got}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be an amount, got {got}</source>
        <translation>debe ser un importe, no {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most 1000000000000.00 (one trillion), got {got}</source>
        <translation>debe ser como máximo 1000000000000.00 (un billón), no {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a percentage from {min} to {max}, got {got}</source>
        <translation>debe ser un porcentaje de {min} a {max}, no {got}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number from {min} to {max}, got {got}</source>
        <translation>debe ser un número entero de {min} a {max}, no {got}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be 12 digits, as the AWS console shows them (1234-5678-9012)</source>
        <translation>debe tener 12 dígitos, como los muestra la consola de AWS (1234-5678-9012)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a variant needs a name that is not empty</source>
        <translation>una variante necesita un nombre que no esté vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already the name of another variant</source>
        <translation>{name} ya es el nombre de otra variante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a variant&apos;s patch cannot hold variants of its own</source>
        <translation>el parche de una variante no puede contener variantes propias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} is not an amount; type one such as {example}</source>
        <translation>{got} no es un importe; escriba uno como {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{got} is not a percentage; type one such as {example}</source>
        <translation>{got} no es un porcentaje; escriba uno como {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{got}: digit groups are separated only between groups of three digits, as in {example}</source>
        <translation>{got}: los separadores de miles solo van entre grupos de tres cifras, como en {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} can be read more than one way; did you mean {suggestion}? Type it that way to use it</source>
        <translation>{got} admite más de una lectura; ¿quería decir {suggestion}? Escríbalo así para usarlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} has more than two decimal places; amounts are kept to the cent</source>
        <translation>{got} tiene más de dos decimales; los importes se registran al céntimo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{got} has more than four decimal places</source>
        <translation>{got} tiene más de cuatro decimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{got} is not in US dollars; AWS credits and spend are entered in USD</source>
        <translation>{got} no está en dólares estadounidenses; los créditos y el gasto de AWS se introducen en USD</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../ui/report/pdf_exporter.cpp" line="+80"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CreditPath report · %1 · amounts in USD · rulebook %2</source>
        <translation>Informe de CreditPath · %1 · importes en USD · reglamento %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the PDF report to %1: %2</source>
        <translation>No se puede escribir el informe PDF en %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF could not be drawn</source>
        <translation>no se pudo generar el PDF</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../core/evaluation/messages.cpp" line="+20"/>
        <source>Activate Portfolio funds general infrastructure up to {ceiling}.</source>
        <translation>Activate Portfolio financia infraestructura general hasta {ceiling}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No institutional vouch: neither a VC in Activate Portfolio nor a partner attestation. Portfolio cannot be approved.</source>
        <translation>Sin aval institucional: ni un VC de Activate Portfolio ni una certificación de un socio. Portfolio no puede aprobarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No VC in Activate Portfolio; the partner attestation substitutes as the vouch.</source>
        <translation>Ningún VC de Activate Portfolio; la certificación del socio sirve como aval.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected spend averages {average}/month over the first {months} months, above the {limit}/month that is plausible at {stage}: expect rejection or a downgrade.</source>
        <translation>El gasto previsto promedia {average}/mes en los primeros {months} meses, por encima de los {limit}/mes plausibles en la etapa {stage}: cabe esperar un rechazo o una reducción.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projected spend averages {average}/month, below Portfolio&apos;s typical {low}-{high}/month band: {ceiling} would last about {months_covered} months.</source>
        <translation>El gasto previsto promedia {average}/mes, por debajo de la franja típica de Portfolio de {low}-{high}/mes: {ceiling} durarían unos {months_covered} meses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projected spend averages {average}/month, above Portfolio&apos;s typical {low}-{high}/month band.</source>
        <translation>El gasto previsto promedia {average}/mes, por encima de la franja típica de Portfolio de {low}-{high}/mes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Portfolio use case reads like a competitor to AWS&apos;s own products (&quot;{phrase}&quot;): a rejection or downgrade risk.</source>
        <translation>El caso de uso de Portfolio parece competir con productos propios de AWS («{phrase}»): riesgo de rechazo o reducción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Portfolio use-case paragraph is empty; the partner needs it to file.</source>
        <translation>El párrafo del caso de uso de Portfolio está vacío; el socio lo necesita para presentar la solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build for Startups adds up to {ceiling} for a discrete project distinct from Portfolio.</source>
        <translation>Build for Startups añade hasta {ceiling} para un proyecto independiente, distinto de Portfolio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Build for Startups project is planned; the stack needs a genuinely distinct second workload.</source>
        <translation>No hay ningún proyecto de Build for Startups previsto; el stack necesita una segunda carga de trabajo realmente distinta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Build for Startups use-case paragraph is empty.</source>
        <translation>El párrafo del caso de uso de Build for Startups está vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build projects typically project {low}-{high}/month; this one projects {amount}/month.</source>
        <translation>Los proyectos Build suelen prever {low}-{high}/mes; este prevé {amount}/mes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build implementation windows run {min}-{max} months; this one runs {months} months.</source>
        <translation>Los periodos de implementación de Build duran {min}-{max} meses; este dura {months} meses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Build use case is framed as &quot;{phrase}&quot;, which Build does not fund.</source>
        <translation>El caso de uso de Build se plantea como «{phrase}», algo que Build no financia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portfolio and Build look like one workload framed twice (score {score}; the use cases read alike). Reviewers approve Portfolio and silently zero out Build.</source>
        <translation>Portfolio y Build parecen una misma carga de trabajo descrita dos veces (puntuación {score}; los casos de uso se parecen). Los revisores aprueban Portfolio y dejan Build a cero sin avisar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Portfolio and Build look like one workload framed twice (score {score}; shared services: {services}). Reviewers approve Portfolio and silently zero out Build.</source>
        <translation>Portfolio y Build parecen una misma carga de trabajo descrita dos veces (puntuación {score}; servicios compartidos: {services}). Los revisores aprueban Portfolio y dejan Build a cero sin avisar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If there is no real second workload, file Portfolio only.</source>
        <translation>Si no hay una segunda carga de trabajo real, solicite solo Portfolio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Bedrock POC is planned; the stack&apos;s third layer needs a defined AI use case with an evaluation plan.</source>
        <translation>No hay ningún Bedrock POC previsto; la tercera capa del stack necesita un caso de uso de IA definido con un plan de evaluación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrock POC at {amount}; {large} needs the conditions below.</source>
        <translation>Bedrock POC por {amount}; para {large} necesita las condiciones siguientes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {large}: projected Bedrock spend of {minimum}/month or more (now {bedrock}/month).</source>
        <translation>Para {large}: un gasto proyectado en Bedrock de al menos {minimum}/mes (ahora {bedrock}/mes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For {large}: a customer Letter of Intent.</source>
        <translation>Para {large}: una carta de intención (Letter of Intent) de un cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {large}: a commitment to scale Bedrock after the POC.</source>
        <translation>Para {large}: el compromiso de escalar Bedrock después del POC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bedrock POC at {amount}: projected Bedrock spend of {bedrock}/month, a customer LOI and a commitment to scale.</source>
        <translation>Bedrock POC por {amount}: gasto previsto en Bedrock de {bedrock}/mes, una carta de intención de un cliente y un compromiso de escalar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bedrock POC credits pay only Bedrock and its supporting services.</source>
        <translation>Los créditos del Bedrock POC solo pagan Bedrock y sus servicios auxiliares.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC plan is missing its use-case paragraph.</source>
        <translation>Al plan del POC le falta el párrafo del caso de uso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan does not name the chosen model.</source>
        <translation>El plan del POC no indica el modelo elegido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan does not say why that model was chosen.</source>
        <translation>El plan del POC no explica por qué se eligió ese modelo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The POC plan is missing its evaluation methodology (N examples per week against a held-out set).</source>
        <translation>Al plan del POC le falta la metodología de evaluación (N ejemplos por semana frente a un conjunto reservado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The POC plan does not say how many examples are evaluated per week.</source>
        <translation>El plan del POC no indica cuántos ejemplos se evalúan por semana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC plan is missing its projected inference budget.</source>
        <translation>Al plan del POC le falta el presupuesto de inferencia previsto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC inference budgets run {low}-{high}/month at POC scale; this plan projects {amount}/month.</source>
        <translation>Los presupuestos de inferencia a escala de POC son de {low}-{high}/mes; este plan prevé {amount}/mes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POC windows run {expected} days; this plan runs {days} days.</source>
        <translation>Los periodos de POC duran {expected} días; este plan dura {days} días.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The POC is not expected to complete, so its credits expire at month {month} instead of {general}.</source>
        <translation>No se prevé que el POC se complete, así que sus créditos caducan en el mes {month} en lugar del {general}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} of credits would expire unused ({pools}).</source>
        <translation>{amount} en créditos caducarían sin usar ({pools}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio and Build describe distinct workloads (overlap score {score}).</source>
        <translation>Portfolio y Build describen cargas de trabajo distintas (puntuación de solapamiento {score}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}, after the {needed} days you have.</source>
        <translation>Los créditos llegan el día {min}-{max}, después de los {needed} días de que dispone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}; the latest would miss your {needed}-day deadline.</source>
        <translation>Los créditos llegan el día {min}-{max}; en el peor caso no cumplirían su plazo de {needed} días.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits land on day {min}-{max}, within your {needed} days.</source>
        <translation>Los créditos llegan el día {min}-{max}, dentro de sus {needed} días.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The discount starts on day {min}-{max}, once the contract is in place.</source>
        <translation>El descuento empieza el día {min}-{max}, una vez firmado el contrato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected value uses {odds} odds of approval.</source>
        <translation>El valor esperado aplica una probabilidad de aprobación de {odds}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Competitive cohort: median award {low}-{high}, top awards {top}; about {odds} of typical applicants are accepted.</source>
        <translation>Cohorte competitiva: concesión mediana {low}-{high}, concesiones máximas {top}; se acepta aproximadamente al {odds} de los solicitantes típicos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Accelerator is for AI-first products; AI is a feature here.</source>
        <translation>El Accelerator es para productos con la IA como núcleo; aquí la IA es una función más.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Accelerator is for AI-first products; this company has no AI product.</source>
        <translation>El Accelerator es para productos con la IA como núcleo; esta empresa no tiene un producto de IA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Accelerator is for companies before Series B; this one is at {stage}.</source>
        <translation>El Accelerator es para empresas antes de la Serie B; esta está en la etapa {stage}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits are needed within {needed} days; the Accelerator is a poor fit under {limit} days.</source>
        <translation>Los créditos se necesitan en {needed} días; con menos de {limit} días, el Accelerator es poco apto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Bedrock spend or POC: the Accelerator expects Bedrock as the inference backbone.</source>
        <translation>Sin gasto en Bedrock ni POC: el Accelerator espera Bedrock como base de la inferencia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bootstrapped without revenue traction: a weak Accelerator application.</source>
        <translation>Autofinanciada y sin tracción de ingresos: una solicitud débil para el Accelerator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No migration to AWS is planned; MAP funds migrations, not greenfield builds.</source>
        <translation>No hay ninguna migración a AWS prevista; MAP financia migraciones, no desarrollos desde cero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAP pays {mobilize} of the {cost} migration cost at Mobilize and {migrate} at Migrate.</source>
        <translation>MAP paga {mobilize} del coste de migración de {cost} en Mobilize y {migrate} en Migrate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MAP pays {mobilize} at Mobilize and {migrate} at Migrate of {months} months of tagged post-migration spend ({spend}/month): {base}.</source>
        <translation>MAP paga {mobilize} en Mobilize y {migrate} en Migrate de {months} meses de gasto etiquetado tras la migración ({spend}/mes): {base}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan stops at Assess; MAP credits start at Mobilize.</source>
        <translation>El plan se detiene en Assess; los créditos MAP empiezan en Mobilize.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-migration AWS spend of {amount}/month is below the {min}/month MAP expects.</source>
        <translation>El gasto en AWS tras la migración, de {amount}/mes, está por debajo de los {min}/mes que espera MAP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {amount} migration is too small for partner-led MAP work (from {min}).</source>
        <translation>Una migración de {amount} es demasiado pequeña para un trabajo MAP dirigido por un socio (desde {min}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner-resold billing saves {low}-{high} of the bill: {saving} over {months} months at {typical}.</source>
        <translation>La facturación revendida por un socio ahorra {low}-{high} de la factura: {saving} en {months} meses con {typical}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-revenue companies are a poor fit for the Solution Provider Program.</source>
        <translation>Las empresas sin ingresos son poco aptas para el Solution Provider Program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Solution Provider Program suits profitable companies; this one is not profitable.</source>
        <translation>El Solution Provider Program es adecuado para empresas rentables; esta no es rentable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ARR of {arr} is below the {min} the Solution Provider Program suits.</source>
        <translation>Un ARR de {arr} está por debajo de los {min} adecuados para el Solution Provider Program.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An annual AWS bill of {annual} is too small for the saving to matter (from {min}).</source>
        <translation>Una factura anual de AWS de {annual} es demasiado pequeña para que el ahorro importe (desde {min}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A committed-spend discount of {low}-{high} on {annual} a year saves {saving} over {months} months at {typical}.</source>
        <translation>Un descuento por gasto comprometido de {low}-{high} sobre {annual} al año ahorra {saving} en {months} meses con {typical}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EDP starts at {min} a year of AWS spend; this projection is {annual}.</source>
        <translation>EDP empieza a partir de {min} al año de gasto en AWS; esta previsión es de {annual}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File the stack now and apply to the Accelerator in a later cohort: different program families.</source>
        <translation>Presente ahora el stack y solicite el Accelerator en una cohorte posterior: son familias de programas distintas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stack and MAP combine: Build can fund the migration project while MAP funds the migration itself.</source>
        <translation>El stack y MAP se combinan: Build puede financiar el proyecto de migración y MAP, la migración en sí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits and a bill discount combine: the discount applies to what credits do not pay.</source>
        <translation>Los créditos y un descuento en la factura se combinan: el descuento se aplica a lo que no pagan los créditos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternatives, not a combination: both file the same Activate Portfolio application.</source>
        <translation>Alternativas, no combinación: ambas presentan la misma solicitud de Activate Portfolio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: SPP bills through a partner while EDP is a direct commitment with AWS; choose one.</source>
        <translation>Rechazado: SPP factura a través de un socio, mientras que EDP es un compromiso directo con AWS; elija uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} of credits would expire unused ({pools}). Their expiry at month {month} is a product estimate ({rule}): no published rule states it.</source>
        <translation>{amount} en créditos caducarían sin usar ({pools}). Su caducidad en el mes {month} es una estimación de CreditPath ({rule}): ninguna regla publicada la establece.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Build spend is entered twice and the figures disagree: {declared}/month on the Build application, {projected}/month from the Build project lines on the Spend tab (average of months 1-{months}). Reviewers compare them; make them agree within {tolerance}.</source>
        <translation>El gasto de Build está introducido dos veces y las cifras no coinciden: {declared}/mes en la solicitud de Build, {projected}/mes en las líneas «Proyecto Build» de la pestaña «Gasto» (media de los meses 1-{months}). Los revisores las comparan; ajústelas con una diferencia máxima de {tolerance}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Build application states {declared}/month, but the Spend tab has no Build project line, so the burn-down does not count that spend.</source>
        <translation>La solicitud de Build indica {declared}/mes, pero la pestaña «Gasto» no tiene ninguna línea «Proyecto Build», así que el consumo no cuenta ese gasto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not applied for: Build for Startups, up to {amount} more for a distinct project.</source>
        <translation>No solicitado: Build for Startups, hasta {amount} más para un proyecto independiente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not applied for: a Bedrock POC, {amount} more ({large} with a larger scope, a customer LOI and a commitment to scale).</source>
        <translation>No solicitado: un Bedrock POC, {amount} más ({large} con mayor alcance, una carta de intención de un cliente y un compromiso de escalar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Largest expected usable value ({value}) among paths that fit and land within {needed} days.</source>
        <translation>Mayor valor utilizable esperado ({value}) entre las vías aptas que llegan en {needed} días.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest expected usable value ({value}) among paths that fit.</source>
        <translation>Mayor valor utilizable esperado ({value}) entre las vías aptas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Least founder time ({minutes} min) among paths that fit; expected usable value {value}.</source>
        <translation>Menor tiempo del fundador ({minutes} min) entre las vías aptas; valor utilizable esperado {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is recommended: no path fits and lands within {needed} days. What keeps each path out is listed with it.</source>
        <translation>No hay recomendación: ninguna vía es apta y llega en {needed} días. El motivo de exclusión figura junto a cada vía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is recommended: no path fits this scenario. What keeps each path out is listed with it.</source>
        <translation>No hay recomendación: ninguna vía es apta para este escenario. El motivo de exclusión figura junto a cada vía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your projected monthly AWS spend (Spend tab) first: usable value, forfeiture and the recommendation all depend on it.</source>
        <translation>Introduzca primero su gasto mensual previsto en AWS (pestaña «Gasto»): el valor utilizable, la pérdida de créditos y la recomendación dependen de él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Face value {low} – {typical} – {high}: low {low_terms}; typical {typical_terms}; high {high_terms}.</source>
        <translation>Valor nominal {low} – {typical} – {high}: bajo {low_terms}; típico {typical_terms}; alto {high_terms}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Face value {typical} = {typical_terms}.</source>
        <translation>Valor nominal {typical} = {typical_terms}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credits: this scenario applies for no pool on this path.</source>
        <translation>Sin créditos: este escenario no solicita ninguna bolsa en esta vía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving {low} – {typical} – {high} = {low_rate} / {typical_rate} / {high_rate} of {base} discountable spend over {months} months (Marketplace excluded).</source>
        <translation>Ahorro {low} – {typical} – {high} = {low_rate} / {typical_rate} / {high_rate} de {base} de gasto descontable en {months} meses (sin Marketplace).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No saving: the projected {annual} a year is below the {min} a year this program starts at.</source>
        <translation>Sin ahorro: los {annual} al año previstos están por debajo de los {min} al año a partir de los que empieza este programa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usable {typical} = the whole award: the projected bill absorbs every pool before it expires. Low {low}, high {high}.</source>
        <translation>Utilizable {typical} = toda la concesión: la factura prevista consume cada bolsa antes de que caduque. Bajo {low}, alto {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usable {typical} = award {award} − {forfeited} expiring unused ({pools}). Low {low}, high {high}.</source>
        <translation>Utilizable {typical} = concesión {award} − {forfeited} que caducan sin usar ({pools}). Bajo {low}, alto {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is usable yet: no spend is entered, so no bill absorbs the credits.</source>
        <translation>Aún no hay nada utilizable: no se ha introducido gasto, así que ninguna factura consume los créditos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to use: no pool is applied for.</source>
        <translation>Nada que usar: no se solicita ninguna bolsa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usable {typical} = the saving itself: a discount needs no pool to absorb it.</source>
        <translation>Utilizable {typical} = el propio ahorro: un descuento no es una bolsa que haya que consumir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} = usable {usable} ({terms}) × {odds} approval.</source>
        <translation>Esperado {expected} = utilizable {usable} ({terms}) × {odds} de aprobación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected {expected} = usable {usable} ({terms}; overlap zeroes Build) × {odds} approval.</source>
        <translation>Esperado {expected} = utilizable {usable} ({terms}; el solapamiento deja Build a cero) × {odds} de aprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected {expected}: the path is not eligible ({rule}), so approval pays nothing.</source>
        <translation>Esperado {expected}: la vía no es elegible ({rule}), así que la aprobación no aporta nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected {expected} = saving {usable} × {odds} odds that the contract is signed.</source>
        <translation>Esperado {expected} = ahorro {usable} × {odds} de probabilidad de que se firme el contrato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money lands on day {min}–{max} after the inquiry.</source>
        <translation>El dinero llega el día {min}–{max} tras la consulta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discount starts on day {min}–{max}, once the contract is in place.</source>
        <translation>El descuento empieza el día {min}–{max}, una vez firmado el contrato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min of founder time.</source>
        <translation>{minutes} min de tiempo del fundador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min of founder time = {terms} min.</source>
        <translation>{minutes} min de tiempo del fundador = {terms} min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits pay every eligible charge of all {months} months.</source>
        <translation>Los créditos pagan todos los cargos admisibles de los {months} meses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits pay every eligible charge of months 1–{month}; month {next} is the first with money out of pocket ({short}).</source>
        <translation>Los créditos pagan todos los cargos admisibles de los meses 1–{month}; el mes {next} es el primero con desembolso propio ({short}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Month 1 is already short: credits leave {short} of it out of pocket.</source>
        <translation>El mes 1 ya no queda cubierto: los créditos dejan {short} como desembolso propio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of pocket {total} = charges {charges} − paid by credits {applied} over {months} months (Marketplace, upfront fees and Enterprise support are never covered).</source>
        <translation>Desembolso propio {total} = cargos {charges} − pagado con créditos {applied} en {months} meses (Marketplace, pagos por adelantado y Enterprise Support nunca se cubren).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing expires unused within the {months}-month horizon.</source>
        <translation>Nada caduca sin usar en el horizonte de {months} meses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{total} expires unused within the {months}-month horizon: {pools}.</source>
        <translation>{total} caducan sin usar en el horizonte de {months} meses: {pools}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No spend entered yet: nothing to burn down.</source>
        <translation>Aún no se ha introducido gasto: nada que consumir.</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <location filename="../ui/report/report_builder.cpp" line="+81"/>
        <source>day %1</source>
        <translation>día %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days %1–%2</source>
        <translation>días %1–%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>[redacted]</source>
        <translation>[oculto]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no company name)</source>
        <translation>(sin nombre de empresa)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AWS credit path comparison</source>
        <translation>Comparación de vías de créditos de AWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/report_burn_down.cpp" line="+140"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rulebook edition</source>
        <translation>Edición del reglamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Rulebook overrides</source>
        <translation>Modificaciones del reglamento</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>none: the shipped figures apply</source>
        <translation>ninguna: se aplican las cifras de serie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no edition</source>
        <translation>sin edición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>these files change the shipped figures:</source>
        <translation>estos archivos modifican las cifras de serie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application timelines start</source>
        <translation>Inicio de los cronogramas de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_reasons.cpp" line="+82"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/report/report_reasons.cpp" line="+0"/>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Figures come from the CreditPath rulebook; every verdict names the rules behind it, and the rules&apos; sources are listed in this report. Awards are decided by AWS; this report estimates, it does not promise.</source>
        <translation>Las cifras proceden del reglamento de CreditPath; cada veredicto cita las reglas en que se basa, y las fuentes de esas reglas figuran en este informe. AWS decide las concesiones; este informe estima, no promete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_reasons.cpp" line="+1"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1 (rule %2)</source>
        <translation>Motivo: %1 (regla %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected value</source>
        <translation>Valor esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usable value × approval odds (PD-2)</source>
        <translation>valor utilizable × probabilidad de aprobación (PD-2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value</source>
        <translation>Valor utilizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the projected bill absorbs before expiry</source>
        <translation>lo que la factura prevista consume antes de la caducidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face value</source>
        <translation>Valor nominal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low – typical – high</source>
        <translation>bajo – típico – alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Probabilidad de aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money arrives</source>
        <translation>Llegada del dinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder time</source>
        <translation>Tiempo del fundador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits cover the bill</source>
        <translation>Los créditos cubren la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>through month %1</source>
        <translation>hasta el mes %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of %1 months projected</source>
        <translation>de %1 meses previstos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_burn_down.cpp" line="-64"/>
        <source>Total out of pocket</source>
        <translation>Desembolso propio total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over %1 months</source>
        <translation>en %1 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited credits</source>
        <translation>Créditos perdidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing expires unused</source>
        <translation>nada caduca sin usar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires unused (BD-3)</source>
        <translation>caduca sin usar (BD-3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline figures of %1:</source>
        <translation>Cifras clave de %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline figure</source>
        <translation>Cifra clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (USD)</source>
        <translation>Valor (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The other paths</source>
        <translation>Las demás vías</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, expected %3 (usable %4), %5</source>
        <translation>%1: %2, esperado %3 (utilizable %4), %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before filing</source>
        <translation>Antes de presentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings: nothing found that would sink an application.</source>
        <translation>Sin avisos: no se ha encontrado nada que pueda hundir una solicitud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 [%2] %3: %4</source>
        <translation>%1 [%2] %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why these figures: %1</source>
        <translation>Motivo de estas cifras: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All paths compared</source>
        <translation>Comparación de todas las vías</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Value over the %n-month horizon in USD. Credit paths: the awards applied for; discount paths: the money saved on the same spend projection.</source>
        <translation>
            <numerusform>Valor en el horizonte de %n mes, en USD. Vías de créditos: las concesiones solicitadas; vías de descuento: el dinero ahorrado con la misma previsión de gasto.</numerusform>
            <numerusform>Valor en el horizonte de %n meses, en USD. Vías de créditos: las concesiones solicitadas; vías de descuento: el dinero ahorrado con la misma previsión de gasto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../ui/report/report_uncertainty.cpp" line="+68"/>
        <location filename="../ui/report/report_rulebook.cpp" line="+52"/>
        <source>Path</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical</source>
        <translation>Típico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable</source>
        <translation>Utilizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odds</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder min</source>
        <translation>Min fundador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★: the recommended path. Low, typical, high: face value. Usable: what the projected bill absorbs of the typical award before its pools expire. Expected: usable × approval odds. Days: from the inquiry until the money is usable.</source>
        <translation>★: la vía recomendada. Bajo, típico, alto: valor nominal. Utilizable: lo que la factura prevista absorbe de la concesión típica antes de que caduquen sus bolsas. Esperado: utilizable × probabilidad de aprobación. Días: desde la consulta hasta que el dinero es utilizable.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_burn_down.cpp" line="+65"/>
        <source>Founder</source>
        <translation>Fundador</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Burn-down: %1</source>
        <translation>Consumo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This path has no credits to burn down.</source>
        <translation>Esta vía no tiene créditos que consumir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month 1 is the first invoice after the balances land (BD-1). Each month the pool that expires first pays what it may (BD-2); the rest is paid out of pocket.</source>
        <translation>El mes 1 es la primera factura tras el abono de los saldos (BD-1). Cada mes, la bolsa que caduca antes paga lo que puede (BD-2); el resto es desembolso propio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2, expires after month %3</source>
        <translation>%1: %2, caduca tras el mes %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pools</source>
        <translation>Bolsas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cliff: credits cover the bill through month %1; month %2 is the first with money out of pocket (%3).</source>
        <translation>Precipicio: los créditos cubren la factura hasta el mes %1; el mes %2 es el primero con desembolso propio (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From month %1 on, the whole bill (%2 a month at first) is paid out of pocket.</source>
        <translation>A partir del mes %1, toda la factura (al principio, %2 al mes) es desembolso propio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forfeiture: %1 of %2 credits expire unused at the end of month %3 (BD-3).</source>
        <translation>Pérdida: %1 de los créditos de %2 caducan sin usar al final del mes %3 (BD-3).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>No credits expire unused within the %n-month horizon.</source>
        <translation>
            <numerusform>Ningún crédito caduca sin usar en el horizonte de %n mes.</numerusform>
            <numerusform>Ningún crédito caduca sin usar en el horizonte de %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits cover every invoice of the horizon.</source>
        <translation>Los créditos cubren todas las facturas del horizonte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total charges</source>
        <translation>Cargos totales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total forfeited</source>
        <translation>Total perdido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Month by month (USD)</source>
        <translation>Mes a mes (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by %1</source>
        <translation>Pagado con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>Desembolso propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amber: the first month paid out of pocket. Red: credits forfeited.</source>
        <translation>Ámbar: el primer mes con desembolso propio. Rojo: créditos perdidos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application timeline: %1</source>
        <translation>Cronograma de solicitud: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 0 is the inquiry on %1. Dates are calendar days.</source>
        <translation>El día 0 es la consulta del %1. Los plazos se cuentan en días naturales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/report/report_reasons.cpp" line="-20"/>
        <location filename="../ui/report/report_rulebook.cpp" line="+4"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time in total</source>
        <translation>Tiempo total del fundador</translation>
    </message>
    <message>
        <location filename="../ui/report/report_reasons.cpp" line="-36"/>
        <source>Why each verdict</source>
        <translation>Motivo de cada veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each line names the rule behind it in brackets; the rules and their sources follow the list.</source>
        <translation>Cada línea indica entre corchetes la regla en que se basa; las reglas y sus fuentes aparecen tras la lista.</translation>
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
        <translation>Reglas citadas y sus fuentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every amount is in US dollars (USD) to the cent, exactly as computed (each monthly charge is rounded half-up to the cent, once); every date is the language&apos;s short date with the year in full (%1); chart axes mark their scale in thousands or millions (%2).</source>
        <translation>cada importe está en dólares estadounidenses (USD) al céntimo, tal como se calcula (cada cargo mensual se redondea una sola vez al céntimo, mitad hacia arriba); cada fecha usa el formato corto del idioma con el año completo (%1); los ejes de los gráficos indican su escala en miles o millones (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI profile</source>
        <translation>Perfil de IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual recurring revenue</source>
        <translation>Ingresos recurrentes anuales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profitable</source>
        <translation>Rentable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits needed within</source>
        <translation>Créditos necesarios en</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/report/report_materials.cpp" line="+7"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutional vouch</source>
        <translation>Aval institucional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VC in Activate Portfolio</source>
        <translation>VC de Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner attestation</source>
        <translation>certificación del socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1, %2 total, phase reached: %3</source>
        <translation>desde %1, %2 en total, fase alcanzada: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monthly spend projection (USD)</source>
        <translation>Previsión de gasto mensual (USD)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to %1 over %2 months</source>
        <translation>hasta %1 en %2 meses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 per month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total, month 1</source>
        <translation>Total, mes 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp</source>
        <translation>Aumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketplace purchases, upfront commitment fees and Enterprise support are never paid by promotional credits (BD-6). Expected values weigh awards by the approval odds of ST-2 and the program rules; ranges stay ranges.</source>
        <translation>Las compras en Marketplace, los pagos por adelantado de compromisos y Enterprise Support nunca se pagan con créditos promocionales (BD-6). Los valores esperados ponderan las concesiones con la probabilidad de aprobación de ST-2 y las reglas de cada programa; los rangos siguen siendo rangos.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_materials.cpp" line="-73"/>
        <source>Materials pack (TL-4)</source>
        <translation>Paquete de materiales (TL-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the partner needs from you on day 3–4, and drafts of the three application records to paste into the partner&apos;s forms.</source>
        <translation>Lo que el socio necesita de usted el día 3–4 y borradores de los tres registros de solicitud para pegar en los formularios del socio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready (in the scenario)</source>
        <translation>listo (en el escenario)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to provide</source>
        <translation>por aportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[to write: %1]</source>
        <translation>[por redactar: %1]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record 1: Activate Portfolio</source>
        <translation>Registro 1: Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+24"/>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the production workload</source>
        <translation>la carga de trabajo de producción</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>AWS services</source>
        <translation>Servicios de AWS</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <location line="+26"/>
        <source>Expected monthly spend</source>
        <translation>Gasto mensual previsto</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 per month (%2)</source>
        <translation>%1 al mes (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record 2: Build for Startups</source>
        <translation>Registro 2: Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the distinct project</source>
        <translation>el proyecto independiente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 per month over a %n-month implementation window</source>
        <translation>
            <numerusform>%1 al mes durante un periodo de implementación de %n mes</numerusform>
            <numerusform>%1 al mes durante un periodo de implementación de %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record 2 (Build for Startups): not planned in this scenario.</source>
        <translation>Registro 2 (Build for Startups): no previsto en este escenario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>evaluation methodology</source>
        <translation>metodología de evaluación</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n examples per week against a held-out set)</source>
        <translation>
            <numerusform>(%n ejemplo por semana frente a un conjunto reservado)</numerusform>
            <numerusform>(%n ejemplos por semana frente a un conjunto reservado)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a customer Letter of Intent</source>
        <translation>una carta de intención de un cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a commitment to scale Bedrock after the POC</source>
        <translation>un compromiso de escalar Bedrock tras el POC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record 3: Bedrock POC</source>
        <translation>Registro 3: Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the AI use case</source>
        <translation>el caso de uso de IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model and why</source>
        <translation>Modelo y motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reasoning</source>
        <translation>justificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation methodology</source>
        <translation>Metodología de evaluación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per month of inference at POC scale</source>
        <translation>%1 al mes de inferencia a escala de POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[to write: projected inference budget]</source>
        <translation>[por redactar: presupuesto de inferencia previsto]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC window</source>
        <translation>Periodo del POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial trajectory</source>
        <translation>Trayectoria comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record 3 (Bedrock POC): not planned in this scenario.</source>
        <translation>Registro 3 (Bedrock POC): no previsto en este escenario.</translation>
    </message>
    <message>
        <location filename="../ui/report/report_uncertainty.cpp" line="-50"/>
        <source>as planned</source>
        <translation>según lo previsto</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>+%n month(s)</source>
        <translation>
            <numerusform>+%n mes</numerusform>
            <numerusform>+%n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seeded draws (seed %2) of each application&apos;s approval, the POC&apos;s completion and the spend. P10, P50 and P90: one draw in ten is below, half are below, nine in ten are below.</source>
        <translation>%1 sorteos con semilla %2 de la aprobación de cada solicitud, la finalización del POC y el gasto. P10, P50 y P90: uno de cada diez sorteos queda por debajo, la mitad queda por debajo, nueve de cada diez quedan por debajo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket P10</source>
        <translation>Desembolso propio P10</translation>
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
        <translation>Utilizable P10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered through (P10 / P50 / P90)</source>
        <translation>Cubierto hasta el mes (P10 / P50 / P90)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: %1</source>
        <translation>Sensibilidad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each input moved to either end of its range, the others as stated; the widest bar matters most. Expected figures weigh every outcome of the approvals and the POC by its odds.</source>
        <translation>Cada dato se lleva a ambos extremos de su rango, con los demás según lo indicado; la barra más ancha es la que más importa. Las cifras esperadas ponderan cada resultado de las aprobaciones y del POC por su probabilidad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Input</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low end</source>
        <translation>Extremo inferior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High end</source>
        <translation>Extremo superior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swing</source>
        <translation>Variación</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ranges: spend rows by their uncertainty (±%1 without one), growth likewise, each approval refused or approved, the POC failing or completing, and the credits landing as planned or %n month(s) later (UN-2).</source>
        <translation>
            <numerusform>Rangos: filas de gasto según su incertidumbre (±%1 si no la indican), el crecimiento igual, cada aprobación denegada o concedida, el POC fallido o completado, y los créditos llegando según lo previsto o %n mes más tarde (UN-2).</numerusform>
            <numerusform>Rangos: filas de gasto según su incertidumbre (±%1 si no la indican), el crecimiento igual, cada aprobación denegada o concedida, el POC fallido o completado, y los créditos llegando según lo previsto o %n meses más tarde (UN-2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/report_rulebook.cpp" line="-44"/>
        <source>Rulebook</source>
        <translation>Reglamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition and overrides</source>
        <translation>Edición y ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Stale rules</source>
        <translation>Reglas desactualizadas</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>none: every rule was verified within %n month(s)</source>
        <translation>
            <numerusform>ninguna: cada regla se verificó en el último %n mes</numerusform>
            <numerusform>ninguna: cada regla se verificó en los últimos %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>verified more than %n month(s) ago: %1</source>
        <translation>
            <numerusform>verificadas hace más de %n mes: %1</numerusform>
            <numerusform>verificadas hace más de %n meses: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no verdict or figure differs from the shipped edition</source>
        <translation>ningún veredicto ni cifra difiere de la edición de serie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the overrides change against the shipped edition:</source>
        <translation>Lo que cambian los ajustes respecto a la edición de serie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/report/report_variants.cpp" line="+21"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>De serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../ui/report/report_variants.cpp" line="-6"/>
        <source>Variants side by side</source>
        <translation>Variantes lado a lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base scenario and each variant saved with it (the base with some fields changed). Each column shows the figures of its recommended path, or of the stack when nothing fits; ✓ marks the best value of a row.</source>
        <translation>El escenario base y cada variante guardada con él (la base con algunos campos cambiados). Cada columna muestra las cifras de su ruta recomendada, o del stack cuando nada encaja; ✓ marca el mejor valor de una fila.</translation>
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
        <translation>Consumo de la base, con el desembolso propio de cada variante como línea discontinua (la misma ruta en cada escenario).</translation>
    </message>
</context>
<context>
    <name>RuleTitle</name>
    <message>
        <location filename="../ui/format/rule_titles_catalog.cpp" line="+8"/>
        <source>Month 1</source>
        <translation>Mes 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application order</source>
        <translation>Orden de aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference mix</source>
        <translation>Mezcla de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact money</source>
        <translation>Importes exactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never covered by credits</source>
        <translation>Nunca cubierto por créditos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC award</source>
        <translation>Importe del Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock POC earmark</source>
        <translation>Destino del Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC plan contents</source>
        <translation>Contenido del plan de POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build for Startups ceiling</source>
        <translation>Tope de Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build spend band and window</source>
        <translation>Rango de gasto y plazo de Build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Build does not fund</source>
        <translation>Lo que Build no financia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlap detection</source>
        <translation>Detección de solapamiento</translation>
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
        <translation>Requisitos del Accelerator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration Acceleration Program</source>
        <translation>Migration Acceleration Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAP fit</source>
        <translation>Encaje con MAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts on the same footing</source>
        <translation>Descuentos en igualdad de condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranges and expected values</source>
        <translation>Rangos y valores esperados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combining paths</source>
        <translation>Combinación de vías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freshness of figures</source>
        <translation>Vigencia de las cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate Portfolio ceiling</source>
        <translation>Tope de Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio spend band</source>
        <translation>Rango de gasto de Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implausible spend for the stage</source>
        <translation>Gasto inverosímil para la etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case overlapping AWS products</source>
        <translation>Caso de uso que se solapa con productos de AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutional vouch</source>
        <translation>Aval institucional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solution Provider Program</source>
        <translation>Solution Provider Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPP fit</source>
        <translation>Encaje con SPP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct use cases</source>
        <translation>Casos de uso distintos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Probabilidad de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder time</source>
        <translation>Tiempo del fundador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing timeline</source>
        <translation>Calendario de presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review order</source>
        <translation>Orden de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue speeds</source>
        <translation>Velocidad de las colas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials checklist</source>
        <translation>Lista de documentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds per application</source>
        <translation>Probabilidad de aprobación por solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity ranges</source>
        <translation>Rangos de sensibilidad</translation>
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
        <translation>USD al mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD per year</source>
        <translation>USD al año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>founder minutes</source>
        <translation>minutos del fundador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the next billing month</source>
        <translation>el mes de facturación siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the billing month they are issued</source>
        <translation>el mes de facturación en que se emiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewest applicable services, then oldest</source>
        <translation>menos servicios aplicables, luego el más antiguo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oldest, then fewest applicable services</source>
        <translation>el más antiguo, luego menos servicios aplicables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the migration&apos;s cost</source>
        <translation>el coste de la migración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged post-migration spend</source>
        <translation>el gasto etiquetado tras la migración</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
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
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, low</source>
        <translation>Valor nominal, bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, typical</source>
        <translation>Valor nominal, típico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face value, high</source>
        <translation>Valor nominal, alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, low</source>
        <translation>Valor utilizable, bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, typical</source>
        <translation>Valor utilizable, típico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable value, high</source>
        <translation>Valor utilizable, alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value</source>
        <translation>Valor esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval odds</source>
        <translation>Probabilidad de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to money</source>
        <translation>Días hasta el dinero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Founder minutes</source>
        <translation>Minutos del fundador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered through month</source>
        <translation>Cubierto hasta el mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>Pagado de su bolsillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended path</source>
        <translation>Vía recomendada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>overrides</source>
        <translation>ajustes</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> + %1 (%n change(s))</source>
        <translation>
            <numerusform> + %1 (%n cambio)</numerusform>
            <numerusform> + %1 (%n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credits count from %1 (BD-1).</source>
        <translation>Los créditos cuentan desde %1 (BD-1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pools expiring in the same month are used by %1 (BD-2).</source>
        <translation>Los fondos que vencen el mismo mes se usan en este orden: %1 (BD-2).</translation>
    </message>
</context>
<context>
    <name>SpendImporter</name>
    <message numerus="yes">
        <location filename="../ui/window/spend_import.cpp" line="+33"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendPaste</name>
    <message>
        <location filename="../ui/forms/spend_paste.cpp" line="+46"/>
        <source>At most %1 lines can be pasted at once; the clipboard holds %2.</source>
        <translation>Se pueden pegar como máximo %1 líneas a la vez; el portapapeles contiene %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, row %2: “%3” is neither a category nor an AWS service CreditPath knows</source>
        <translation>%1, fila %2: «%3» no es una categoría ni un servicio de AWS que CreditPath conozca</translation>
    </message>
</context>
<context>
    <name>creditpath::ui</name>
    <message>
        <location filename="../ui/forms/company_page.cpp" line="+32"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario name</source>
        <translation>Nombre del escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizon (months)</source>
        <translation>Horizonte (meses)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI profile</source>
        <translation>Perfil de IA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VC in Activate Portfolio</source>
        <translation>VC de Activate Portfolio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner attestation</source>
        <translation>Certificación del socio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A venture capital firm in the AWS Activate Portfolio program backs the company and vouches for its Portfolio application (PF-5).</source>
        <translation>Una firma de capital riesgo del programa AWS Activate Portfolio respalda a la empresa y avala su solicitud de Portfolio (PF-5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AWS partner vouches for the company; it stands in for a Portfolio VC. Without either, Portfolio cannot be approved (PF-5).</source>
        <translation>Un socio de AWS avala a la empresa y sustituye así a un VC de Portfolio. Sin ninguno de los dos, Portfolio no puede aprobarse (PF-5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual recurring revenue (USD)</source>
        <translation>Ingresos recurrentes anuales (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profitable</source>
        <translation>Rentable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS region</source>
        <translation>Región de AWS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS account ID</source>
        <translation>ID de cuenta de AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 digits</source>
        <translation>12 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits needed within (days)</source>
        <translation>Créditos necesarios en (días)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activate Portfolio application</source>
        <translation>Solicitud de Activate Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>AWS services</source>
        <translation>Servicios de AWS</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Build for Startups application</source>
        <translation>Solicitud de Build for Startups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply for Build</source>
        <translation>Solicitar Build</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build spend per month (USD)</source>
        <translation>Gasto de Build al mes (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementation window (months)</source>
        <translation>Periodo de implementación (meses)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migration to AWS</source>
        <translation>Migración a AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating from</source>
        <translation>Migración desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total migration cost (USD)</source>
        <translation>Coste total de la migración (USD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase reached</source>
        <translation>Fase alcanzada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS spend per month after migration (USD)</source>
        <translation>Gasto en AWS al mes tras la migración (USD)</translation>
    </message>
    <message>
        <location filename="../ui/format/comparison_text.cpp" line="+21"/>
        <source>Recommended path</source>
        <translation>Ruta recomendada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected usable value</source>
        <translation>Valor utilizable esperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of pocket over the horizon</source>
        <translation>Desembolso propio en el horizonte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covered through month</source>
        <translation>Cubierto hasta el mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeited</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to money</source>
        <translation>Días hasta el dinero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time</source>
        <translation>Tiempo del fundador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher is better</source>
        <translation>más alto es mejor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower is better</source>
        <translation>más bajo es mejor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the path whose figures the column shows</source>
        <translation>la ruta cuyas cifras muestra la columna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none fits</source>
        <translation>ninguna encaja</translation>
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
        <translation>mostrar menos</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>show all %n warnings</source>
        <translation>
            <numerusform>mostrar %n advertencia</numerusform>
            <numerusform>mostrar las %n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show all</source>
        <translation>mostrar todo</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ChangesModel</name>
    <message>
        <location filename="../ui/rulebook/changes_model.cpp" line="+60"/>
        <source>Path</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>De serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ChartsPanel</name>
    <message>
        <location filename="../ui/results/charts_panel.cpp" line="+67"/>
        <source>Burn-down</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value ranges</source>
        <translation>Rangos de valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Covered through month %1</source>
        <translation>Cubierto hasta el mes %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out of pocket %1 (P10–P90 %2–%3)</source>
        <translation>Desembolso propio %1 (P10–P90 %2–%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of pocket %1</source>
        <translation>Desembolso propio %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeited %1</source>
        <translation>Perdido %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::CompareView</name>
    <message>
        <location filename="../ui/results/compare_view.cpp" line="+29"/>
        <source>Variants on the burn-down chart</source>
        <translation>Variantes en el gráfico de consumo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No variants yet. Edit the scenario and choose Save as variant… above the forms: the edits become a variant and the base stays as saved. Each variant then appears here as a column beside the base.</source>
        <translation>Aún no hay variantes. Edite el escenario y elija «Guardar como variante…» encima de los formularios: los cambios se convierten en una variante y la base queda como se guardó. Cada variante aparece luego aquí como una columna junto a la base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw each variant&apos;s out of pocket on the burn-down chart as a dashed line (the same path in every scenario)</source>
        <translation>Dibujar el desembolso propio de cada variante como línea discontinua en el gráfico de consumo (la misma ruta en cada escenario)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (editing)</source>
        <translation>%1 (en edición)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures of %1. Click to edit this scenario in the forms.</source>
        <translation>Cifras de %1. Haga clic para editar este escenario en los formularios.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best of the row: %1</source>
        <translation>Mejor de la fila: %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::DocumentFiles</name>
    <message>
        <location filename="../ui/window/document_files.cpp" line="+19"/>
        <source>CreditPath scenarios (*.creditpath.json *.json)</source>
        <translation>Escenarios de CreditPath (*.creditpath.json *.json)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>Cannot open scenario</source>
        <translation>No se puede abrir el escenario</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is not a valid scenario:
%2</source>
        <translation>%1 no es un escenario válido:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save scenario</source>
        <translation>No se puede guardar el escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed reference mix (example)</source>
        <translation>Mezcla de referencia Seed (ejemplo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GCP to Frankfurt (example)</source>
        <translation>GCP a Fráncfort (ejemplo)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save scenario as</source>
        <translation>Guardar escenario como</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::DocumentRecovery</name>
    <message>
        <location filename="../ui/window/document_recovery.cpp" line="+62"/>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ExportActions</name>
    <message>
        <location filename="../ui/window/export_actions.cpp" line="+43"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CreditPath report</source>
        <translation>Informe de CreditPath</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be printed.</source>
        <translation>No se pudo imprimir el informe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+38"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Wrote %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export Partner Central records into a folder</source>
        <translation>Exportar registros de Partner Central a una carpeta</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Wrote %n Partner Central record(s) to %1</source>
        <translation>
            <numerusform>%n registro de Partner Central guardado en %1</numerusform>
            <numerusform>%n registros de Partner Central guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export burn-down CSV</source>
        <translation>Exportar consumo en CSV</translation>
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
        <translation>Exportar comparación de vías en CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export evaluation JSON</source>
        <translation>Exportar evaluación en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export reminders (iCalendar)</source>
        <translation>Exportar recordatorios (iCalendar)</translation>
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
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::FieldBinder</name>
    <message>
        <location filename="../ui/forms/field_binder.cpp" line="+62"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Variant “%1”: %2</source>
        <translation>Variante «%1»: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>comma-separated, e.g. ECS, Aurora, S3</source>
        <translation>separados por comas, p. ej. ECS, Aurora, S3</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="+67"/>
        <source>&amp;Company</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Spend</source>
        <translation>&amp;Gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Applications</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bedrock &amp;POC</source>
        <translation>Bedrock &amp;POC</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Evaluated with rulebook %1</source>
        <translation>Evaluado con el reglamento %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — CreditPath</source>
        <translation>%1[*] — CreditPath</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_menus.cpp" line="+31"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blank scenario</source>
        <translation>&amp;Escenario en blanco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Seed reference mix</source>
        <translation>&amp;Mezcla de referencia Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;GCP to Frankfurt example (AI-first, GDPR)</source>
        <translation>Ejemplo de &amp;GCP a Fráncfort (IA como núcleo, RGPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import spend…</source>
        <translation>Impor&amp;tar gasto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spend lines from a Cost Explorer export (monthly, by service)</source>
        <translation>Líneas de gasto de una exportación de Cost Explorer (mensual, por servicio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PDF &amp;report…</source>
        <translation>Exportar &amp;informe PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>Imprimir in&amp;forme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;paper</source>
        <translation>&amp;Papel del informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Backups to keep</source>
        <translation>Copias de seguri&amp;dad a conservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions kept beside the file on every save: NAME~, then NAME.~2~ and older</source>
        <translation>Versiones anteriores que se conservan junto al archivo en cada guardado: NOMBRE~, luego NOMBRE.~2~ y anteriores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export burn-down &amp;CSV…</source>
        <translation>Exportar &amp;consumo en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export path co&amp;mparison CSV…</source>
        <translation>Exportar co&amp;mparación de vías en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export evaluation &amp;JSON…</source>
        <translation>Exportar evaluación en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;reminders (iCalendar)…</source>
        <translation>Exportar r&amp;ecordatorios (iCalendar)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Partner Central records…</source>
        <translation>Exportar registros de Partner Central…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application records as CreateOpportunity requests for the AWS Partner Central Selling API, one JSON file each</source>
        <translation>Los registros de solicitud como peticiones CreateOpportunity para la AWS Partner Central Selling API, un archivo JSON por registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy results table</source>
        <translation>&amp;Copiar tabla de resultados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Screen-share mode</source>
        <translation>Modo de &amp;pantalla compartida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text and charts; the AWS account ID is hidden</source>
        <translation>Texto y gráficos más grandes; se oculta el ID de cuenta de AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also hide the &amp;company name when sharing</source>
        <translation>Ocultar también el nombre de la &amp;empresa al compartir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rulebook</source>
        <translation>&amp;Reglamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CreditPath</source>
        <translation>&amp;Acerca de CreditPath</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About CreditPath</source>
        <translation>Acerca de CreditPath</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CreditPath compares the ways a startup can fund its AWS bill.
Rulebook: %1</source>
        <translation>CreditPath compara las formas en que una startup puede financiar su factura de AWS.
Reglamento: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CreditPath shows the new language after a restart.</source>
        <translation>CreditPath mostrará el nuevo idioma tras reiniciarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Copied the results table</source>
        <translation>Tabla de resultados copiada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::PocPage</name>
    <message>
        <location filename="../ui/forms/poc_page.cpp" line="+17"/>
        <source>Bedrock POC plan</source>
        <translation>Plan del Bedrock POC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply for a Bedrock POC</source>
        <translation>Solicitar un Bedrock POC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this model</source>
        <translation>Por qué este modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Evaluation methodology</source>
        <translation>Metodología de evaluación</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Examples evaluated per week</source>
        <translation>Ejemplos evaluados por semana</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Inference budget per month (USD)</source>
        <translation>Presupuesto de inferencia al mes (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC window (days)</source>
        <translation>Periodo del POC (días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer letter of intent</source>
        <translation>Carta de intención de un cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment to scale</source>
        <translation>Compromiso de escalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POC expected to complete</source>
        <translation>Se prevé completar el POC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BP-3 checklist</source>
        <translation>Lista de comprobación BP-3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a Bedrock POC plan must hold before it is filed: the use case, the model and why, the evaluation method, the inference budget and the POC window (BP-3).</source>
        <translation>Lo que debe incluir un plan de Bedrock POC antes de presentarse: el caso de uso, el modelo y su motivo, el método de evaluación, el presupuesto de inferencia y el periodo del POC (BP-3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use-case paragraph</source>
        <translation>Párrafo del caso de uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen model</source>
        <translation>Modelo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why that model</source>
        <translation>Por qué ese modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected inference budget</source>
        <translation>Presupuesto de inferencia previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Bedrock POC planned.</source>
        <translation>No hay ningún Bedrock POC previsto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Complete: every BP-3 part is filled in.</source>
        <translation>Completo: todas las partes de BP-3 están rellenadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing:</source>
        <translation>Falta:</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ReasonsModel</name>
    <message>
        <location filename="../ui/results/results_model.cpp" line="+267"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ReasonsTitle</name>
    <message>
        <location filename="../ui/results/reasons_title.cpp" line="+21"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Motivo:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>click a figure above to see where it comes from</source>
        <translation>haga clic en una cifra de arriba para ver de dónde procede</translation>
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
        <translation>Vía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usable</source>
        <translation>Utilizable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Face value
low – typical – high</source>
        <translation>Valor nominal
bajo – típico – alto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Founder
minutes</source>
        <translation>Fundador
(minutos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Face value: the credits applied for, at the low, typical and high award (PF-1, BS-1, BP-1); for SPP and EDP, the saving over the horizon (SP-1, ED-1).</source>
        <translation>Valor nominal: los créditos solicitados, con la concesión baja, típica y alta (PF-1, BS-1, BP-1); para SPP y EDP, el ahorro en el horizonte (SP-1, ED-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usable value: what the projected bill absorbs of the credits before each pool expires; the rest is forfeited (BD-3).</source>
        <translation>Valor utilizable: lo que la factura prevista consume de los créditos antes de que caduque cada bolsa; el resto se pierde (BD-3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected value: the approval odds times the usable typical value, so a likely smaller award can beat an unlikely larger one (PD-2, ST-2).</source>
        <translation>Valor esperado: la probabilidad de aprobación por el valor utilizable típico; así, una concesión menor pero probable puede superar a una mayor pero improbable (PD-2, ST-2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days from the first inquiry until the money is there (TL-1, TL-2, TL-3).</source>
        <translation>Días desde la primera consulta hasta que llega el dinero (TL-1, TL-2, TL-3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Founder time the application takes (ST-3).</source>
        <translation>Tiempo del fundador que requiere la solicitud (ST-3).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Fit: no eligibility, fit or timing rule warns against this path.</source>
        <translation>Apto: ninguna regla de elegibilidad, adecuación o plazos desaconseja esta vía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 because of %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter your projected monthly spend on the Spend tab to judge this path.</source>
        <translation>Introduzca su gasto mensual previsto en la pestaña «Gasto» para evaluar esta vía.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recommended for the stated objective</source>
        <translation>Recomendada para el objetivo indicado</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ResultsPanel</name>
    <message>
        <location filename="../ui/results/results_panel.cpp" line="+121"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; %3: %4</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Recommended:&lt;/b&gt; %1 (%2). %3</source>
        <translation>&lt;b&gt;Recomendación:&lt;/b&gt; %1 (%2). %3</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>&lt;b&gt;Why this number&lt;/b&gt; (%1, %2): %3</source>
        <translation>&lt;b&gt;Por qué esta cifra&lt;/b&gt; (%1, %2): %3</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookActions</name>
    <message>
        <location filename="../ui/window/rulebook_actions.cpp" line="+57"/>
        <source>Rulebook overrides (*.json)</source>
        <translation>Ajustes del reglamento (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rulebook</source>
        <translation>Reglamento</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;rulebook</source>
        <translation>Mostrar el &amp;reglamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What &amp;changed</source>
        <translation>Qué &amp;cambió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edition</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seed edition (%1)</source>
        <translation>Edición inicial (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Load overrides…</source>
        <translation>&amp;Cargar ajustes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Load rulebook overrides</source>
        <translation>Cargar ajustes del reglamento</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>&amp;Save overrides…</source>
        <translation>&amp;Guardar ajustes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rulebook overrides</source>
        <translation>Guardar ajustes del reglamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Drop overrides</source>
        <translation>&amp;Descartar ajustes</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Switch rulebook edition to %1</source>
        <translation>Cambiar la edición del reglamento a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rulebook edition</source>
        <translation>Edición del reglamento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot load rulebook overrides</source>
        <translation>No se pueden cargar los ajustes del reglamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an override file this CreditPath can apply:
%2</source>
        <translation>%1 no es un archivo de ajustes que este CreditPath pueda aplicar:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded rulebook overrides</source>
        <translation>Ajustes del reglamento cargados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save rulebook overrides</source>
        <translation>No se pueden guardar los ajustes del reglamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved rulebook overrides</source>
        <translation>Ajustes del reglamento guardados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop rulebook overrides</source>
        <translation>Descartar los ajustes del reglamento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rulebook overrides</source>
        <translation>Ajustes del reglamento</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This scenario carries rulebook overrides (%n change(s) to the shipped figures). Keep them, so it evaluates as it did for its author, or evaluate it with the shipped rulebook?</source>
        <translation>
            <numerusform>Este escenario trae ajustes del reglamento (%n cambio en las cifras de serie). ¿Conservarlos, para que se evalúe como para su autor, o evaluarlo con el reglamento de serie?</numerusform>
            <numerusform>Este escenario trae ajustes del reglamento (%n cambios en las cifras de serie). ¿Conservarlos, para que se evalúe como para su autor, o evaluarlo con el reglamento de serie?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep overrides</source>
        <translation>Conservar ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop overrides</source>
        <translation>Descartar ajustes</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookModel</name>
    <message>
        <location filename="../ui/rulebook/rulebook_model.cpp" line="+29"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 (stale)</source>
        <translation>%1 (desactualizado)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Verified more than %n month(s) ago (PD-6)</source>
        <translation>
            <numerusform>Verificado hace más de %n mes (PD-6)</numerusform>
            <numerusform>Verificado hace más de %n meses (PD-6)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipped: %1</source>
        <translation>De serie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to change</source>
        <translation>Doble clic para cambiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this value through an override file:
%1</source>
        <translation>Cambie este valor con un archivo de ajustes:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (estimate)</source>
        <translation>%1 (estimación)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (verified)</source>
        <translation>%1 (verificado)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: “%2” is not a value of this parameter</source>
        <translation>%1: «%2» no es un valor de este parámetro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change rule %1</source>
        <translation>Cambiar la regla %1</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::RulebookView</name>
    <message>
        <location filename="../ui/rulebook/rulebook_view.cpp" line="+38"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Filter by rule ID or word</source>
        <translation>Filtrar por ID de regla o palabra</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Rulebook:&lt;/b&gt; %1&lt;br&gt;%2 %3</source>
        <translation>&lt;b&gt;Reglamento:&lt;/b&gt; %1&lt;br&gt;%2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>What changed (%n)</source>
        <translation>
            <numerusform>Qué cambió (%n)</numerusform>
            <numerusform>Qué cambió (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a rule to read it; double-click a value to change it.</source>
        <translation>Elija una regla para leerla; haga doble clic en un valor para cambiarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;: %3&lt;br&gt;&lt;i&gt;Source:&lt;/i&gt; %4 (&lt;i&gt;verified&lt;/i&gt; %5)</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;: %3&lt;br&gt;&lt;i&gt;Fuente:&lt;/i&gt; %4 (&lt;i&gt;verificado&lt;/i&gt; %5)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::ScenarioDocument</name>
    <message>
        <location filename="../ui/document/scenario_document.cpp" line="+225"/>
        <source>Save as variant</source>
        <translation>Guardar como variante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename variant</source>
        <translation>Renombrar variante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete variant</source>
        <translation>Eliminar variante</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendImporter</name>
    <message>
        <location filename="../ui/window/spend_import.cpp" line="+26"/>
        <source>The costs of %1, the last full month, become these spend lines:</source>
        <translation>Los costes de %1, el último mes completo, pasan a ser estas líneas de gasto:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the table of AWS services, counted as Other: %1</source>
        <translation>Sin correspondencia en la tabla de servicios de AWS; se cuentan en «Otros»: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out as not spend (tax, credits, refunds): %1, %2 in all</source>
        <translation>No contado como gasto (impuestos, créditos, reembolsos): %1, %2 en total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out as not over yet: %1</source>
        <translation>Meses aún en curso, no incluidos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the last %1 months spend changed by %2 a month.</source>
        <translation>En los últimos %1 meses, el gasto varió un %2 al mes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Import spend</source>
        <translation>Importar gasto</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Import spend from Cost Explorer</source>
        <translation>Importar gasto de Cost Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost Explorer exports (*.json *.csv);;All files (*)</source>
        <translation>Exportaciones de Cost Explorer (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be imported:
%2</source>
        <translation>No se puede importar %1:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the spend lines with the costs of %1?</source>
        <translation>¿Sustituir las líneas de gasto por los costes de %1?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counted as Other:</source>
        <translation>Contados en «Otros»:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grow each line by the trend, %1 a month</source>
        <translation>Aplicar la tendencia a cada línea, %1 al mes</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendLinesModel</name>
    <message>
        <location filename="../ui/forms/spend_lines_model.cpp" line="+58"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly (USD)</source>
        <translation>Mensual (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp to (USD)</source>
        <translation>Aumento hasta (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ramp months</source>
        <translation>Meses de aumento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth %/month</source>
        <translation>Crecimiento %/mes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bedrock and its supporting services are earmarked: Bedrock POC credits pay only for them (BP-2). Marketplace, upfront commitments and Enterprise support are never paid by credits (BD-6).</source>
        <translation>Bedrock y sus servicios auxiliares tienen créditos reservados: los del Bedrock POC solo pagan estos servicios (BP-2). Marketplace, los compromisos por adelantado y Enterprise Support nunca se pagan con créditos (BD-6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The charge in month 1, the first invoice after the credits land (BD-1).</source>
        <translation>El cargo del mes 1, la primera factura tras el abono de los créditos (BD-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ramp: the monthly charge moves in equal steps from Monthly to Ramp to over Ramp months, then grows by Growth %/month.</source>
        <translation>Aumento: el cargo mensual pasa en pasos iguales de «Mensual» a «Aumento hasta» a lo largo de «Meses de aumento» y después crece según «Crecimiento %/mes».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compounding growth of the charge each month, after any ramp.</source>
        <translation>Crecimiento compuesto mensual del cargo, tras el aumento si lo hay.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit spend line %1</source>
        <translation>Editar la línea de gasto %1</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Paste %n spend line(s)</source>
        <translation>
            <numerusform>Pegar %n línea de gasto</numerusform>
            <numerusform>Pegar %n líneas de gasto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add spend line</source>
        <translation>Añadir línea de gasto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove spend line %1</source>
        <translation>Quitar la línea de gasto %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Apply the seed reference mix</source>
        <translation>Aplicar la mezcla de referencia Seed</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::SpendPage</name>
    <message>
        <location filename="../ui/forms/spend_page.cpp" line="+95"/>
        <source>&amp;Add line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed &amp;reference mix</source>
        <translation>Mezcla de &amp;referencia Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the lines with the seed page&apos;s reference mix (rule BD-4)</source>
        <translation>Sustituir las líneas por la mezcla de referencia de la página Seed (regla BD-4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Paste lines from a spreadsheet</source>
        <translation>&amp;Pegar líneas de una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the lines copied from a spreadsheet: category or AWS service, monthly, ramp to, ramp months, growth %</source>
        <translation>Añadir las líneas copiadas de una hoja de cálculo: categoría o servicio de AWS, mensual, aumento hasta, meses de aumento, crecimiento %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total projected spend per month</source>
        <translation>Gasto total previsto al mes</translation>
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
        <translation>Guardar como &amp;variante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename variant…</source>
        <translation>Renombrar variante…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete variant</source>
        <translation>Eliminar variante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scenario the forms edit: the base, or one of its variants (the base with some fields changed)</source>
        <translation>El escenario que editan los formularios: la base o una de sus variantes (la base con algunos campos cambiados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With the base: the edits since the last save become a new variant and the base returns to its saved state. With a variant: a copy of it.</source>
        <translation>Con la base: los cambios desde el último guardado se convierten en una nueva variante y la base vuelve a su estado guardado. Con una variante: una copia de ella.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Editing:</source>
        <translation>Editando:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Base scenario</source>
        <translation>Escenario base</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Variant name</source>
        <translation>Nombre de la variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as variant</source>
        <translation>Guardar como variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new variant:</source>
        <translation>Nombre de la nueva variante:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename variant</source>
        <translation>Renombrar variante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::charts</name>
    <message>
        <location filename="../ui/charts/burn_down_chart.cpp" line="+32"/>
        <source>Month %1</source>
        <translation>Mes %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges: %1</source>
        <translation>Cargos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid by %1: %2</source>
        <translation>Pagado con %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of pocket: %1</source>
        <translation>Desembolso propio: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 balance: %2</source>
        <translation>Saldo de %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 forfeited: %2</source>
        <translation>Perdido en %1: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No burn-down for %1</source>
        <translation>Sin consumo para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Burn-down, covered through month %1</source>
        <translation>Consumo, cubierto hasta el mes %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 forfeited</source>
        <translation>, %1 perdidos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of pocket</source>
        <translation>Desembolso propio</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Forfeited</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>forfeited</source>
        <translation>perdido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expiry, month %1</source>
        <translation>Caducidad, mes %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month %1: %2 expire</source>
        <translation>Mes %1: caducan %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Month after credits land</source>
        <translation>Mes tras el abono de los créditos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/charts/value_range_chart.cpp" line="+37"/>
        <source>Low %1, typical %2, high %3</source>
        <translation>Bajo %1, típico %2, alto %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usable value %1</source>
        <translation>Valor utilizable %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected value %1</source>
        <translation>Valor esperado %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>USD over the horizon (log scale)</source>
        <translation>USD en el horizonte (escala log.)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Value of each path (log scale)</source>
        <translation>Valor de cada vía (escala log.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usable</source>
        <translation>Utilizable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No value (%1)</source>
        <translation>Sin valor (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Face value low–typical</source>
        <translation>Valor nominal bajo–típico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>typical–high</source>
        <translation>típico–alto</translation>
    </message>
    <message>
        <location filename="../ui/charts/timeline_chart.cpp" line="+49"/>
        <source>Timeline, money on day %1-%2</source>
        <translation>Cronograma, dinero el día %1-%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day after the inquiry</source>
        <translation>Día tras la consulta</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Day %1-%2 (%3 to %4)</source>
        <translation>Día %1-%2 (%3 a %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Founder time: %1 min</source>
        <translation>Tiempo del fundador: %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/tornado_chart.cpp" line="+35"/>
        <source>Spend row %1 (%2)</source>
        <translation>Fila de gasto %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growth of every row</source>
        <translation>Crecimiento de todas las filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POC completes</source>
        <translation>El POC se completa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits land later</source>
        <translation>Los créditos llegan más tarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approval: %1</source>
        <translation>Aprobación: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected usable credits</source>
        <translation>Créditos utilizables esperados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected out of pocket</source>
        <translation>Desembolso propio esperado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sensitivity: computing, or no spend entered yet</source>
        <translation>Sensibilidad: calculando, o aún no se ha introducido gasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2: %3 as stated</source>
        <translation>%1 de %2: %3 según lo indicado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low end of the range</source>
        <translation>Extremo inferior del rango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High end of the range</source>
        <translation>Extremo superior del rango</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change from the stated figure (USD)</source>
        <translation>Cambio respecto a la cifra indicada (USD)</translation>
    </message>
</context>
<context>
    <name>creditpath::ui::report::ReportComposer</name>
    <message>
        <location filename="../ui/report/report_redaction.cpp" line="+13"/>
        <source>[redacted]</source>
        <translation>[oculto]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scenario (name hidden)</source>
        <translation>Escenario (nombre oculto)</translation>
    </message>
</context>
</TS>
