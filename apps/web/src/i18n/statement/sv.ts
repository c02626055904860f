import type { StatementMessages } from './fi.ts';

export const statementSv: StatementMessages = {
  'statement.link': 'Tillgänglighetsutlåtande',
  'statement.title': 'Tillgänglighetsutlåtande',
  'statement.intro':
    'Det här utlåtandet gäller tjänsten Avaa kundprocessen på adressen {address}. Tjänsten upprätthålls av {operator}. Kraven bygger på lagen om tillhandahållande av digitala tjänster (306/2019) och nivåerna A och AA i WCAG 2.1.',
  'statement.operatorUnknown': 'den organisation som har tagit den här servern i bruk',
  'statement.status.heading': 'Tillgänglighetens status',
  'statement.status.text':
    'Tjänsten uppfyller tillgänglighetskraven delvis. Bristerna nedan är kända och åtgärdas; ingen av dem har lämnats oåtgärdad med hänvisning till oskälig börda.',
  'statement.conforms.heading': 'Det här är tillgängligt',
  'statement.conforms.keyboard': 'Alla skeden i workshopen fungerar med tangentbordet, och fokus fastnar aldrig.',
  'statement.conforms.contrast':
    'Textens kontrast räcker på alla lappfärger, och ingen information bygger på färg enbart.',
  'statement.conforms.reflow': 'Sidorna fungerar på en 320 pixlar bred skärm utan vågrät rullning.',
  'statement.conforms.zoom':
    'Texten kan förstoras till 200 %: projektorvyn rullar då och visar alla lappar och rubriker i sin helhet.',
  'statement.conforms.announce':
    'Skärmläsaren får i sammandrag veta om andras ändringar (tillagda, redigerade, flyttade och borttagna lappar) och när en omröstning öppnas och stängs.',
  'statement.conforms.focus':
    'Efter varje åtgärd flyttas fokus dit en tangentbordsanvändare väntar sig (den flyttade lappen, den nya sidans rubrik, knappen som ersatte den man tryckte på), och sidbytet meddelas skärmläsaren.',
  'statement.conforms.table':
    'Skärmläsaren känner igen tabellen som en tabell (skedena som kolumner, dimensionerna som rader), man når nästa cell med ett kortkommando, och tabellen kan också visas som en lista.',
  'statement.conforms.languages': 'Tjänsten kan användas på finska, svenska och engelska.',
  'statement.conforms.exports': 'Tabellens innehåll finns också som text (Markdown och CSV).',
  'statement.conforms.pdf':
    'PDF-utskrifterna (tabellen, affischen, korten, den tomma mallen, promemorian över överenskommelser) är strukturerade dokument: de har språk, titel, rubriknivåer och en logisk läsordning (skede, dimension, lapparna i ordning), och dekorationer är märkta så att de hoppas över.',
  'statement.gaps.heading': 'Innehåll som inte är tillgängligt',
  'statement.gaps.label': 'Brister',
  'statement.gap.pdfUnchecked':
    'PDF-utskrifterna är strukturerade (språk, titel, rubriknivåer, läsordning), men deras överensstämmelse med PDF/UA har ännu inte kontrollerats med ett valideringsverktyg. Samma innehåll är tillgängligt på sidorna och i Markdown-exporten.',
  'statement.gap.macJump':
    'Kortkommandot Ctrl + piltangent för att gå från cell till cell fungerar inte i macOS, där systemet använder det självt. Cellerna nås också med tabbtangenten och via rubrikerna i listvyn.',
  'statement.gap.photoUntyped':
    'En lapp som lagts till från ett foto av papperstabellen utan att dess text skrivits in finns bara som en bild av handstilen: en skärmläsare säger bara att lappen har ett foto. När lapparna läggs till samlas de utan text för att skrivas in en i taget, och texten kan också skrivas på lappen senare.',
  'statement.feedback.heading': 'Respons om tillgängligheten',
  'statement.feedback.text':
    'Har du märkt en brist som inte finns med i listan? Du kan också be om innehåll som inte är i tillgänglig form. Den som upprätthåller tjänsten ska svara inom två veckor.',
  'statement.feedback.email': 'E-post:',
  'statement.feedback.form': 'Responsformulär',
  'statement.feedback.none':
    'Den som upprätthåller den här servern har inte angett någon adress för respons. Ge din respons till den som ordnar workshopen och gav dig länken.',
  'statement.supervisor.heading': 'Tillsynsmyndighet',
  'statement.supervisor.text':
    'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten.',
  'statement.supervisor.name': 'Transport- och kommunikationsverket Traficom, tillsynen över tillgänglighet',
  'statement.supervisor.site': 'Webbplats:',
  'statement.supervisor.phone': 'Telefon (växel): 029 534 5000',
  'statement.assessed.heading': 'Hur utlåtandet har utarbetats',
  'statement.assessed.text':
    'Tillgängligheten bedömdes senast {date} som en självbedömning: automatisk kontroll med axe-core på sidor och i lägen på finska och svenska, tangentbordsanvändning, en 320 pixlar bred skärm och förstoring. Utlåtandet uppdaterades samma dag.',
};
