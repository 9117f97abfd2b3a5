<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>cli</name>
    <message>
        <source>Casus {id} geopend voor {pupil} ({status}), regie: {lead}.
Routekaart: {route} (versie {version}).</source>
        <translation>Case {id} opened for {pupil} ({status}), lead: {lead}.
Routekaart: {route} (version {version}).</translation>
    </message>
    <message>
        <source>Casus {id}: {before} → {after} op {on}.</source>
        <translation>Case {id}: {before} → {after} on {on}.</translation>
    </message>
    <message>
        <source>Er is geen routekaart voor dit schooltype. Kies er een met --route.</source>
        <translation>There is no routekaart for this kind of school. Choose one with --route.</translation>
    </message>
    <message>
        <source>Wie heeft de regie? Geef --lead NAAM, of stel eerst uw eigen naam in: ibdesk user --name NAAM --role FUNCTIE.</source>
        <translation>Who leads the case? Give --lead NAME, or first set your own name: ibdesk user --name NAME --role ROLE.</translation>
    </message>
    <message>
        <source>
Nu: {line}</source>
        <translation>
Now: {line}</translation>
    </message>
    <message>
        <source>{option} hoort niet bij '{status}' (wel: {fitting}).</source>
        <translation>{option} does not belong to '{status}' (these do: {fitting}).</translation>
    </message>
    <message>
        <source>Er is geen Sociaal Team bekend voor de woongemeente van de leerling. Geef --to ORG of voeg het Sociaal Team toe bij Contacten.</source>
        <translation>No Sociaal Team is known for the pupil's municipality. Give --to ORG or add the Sociaal Team under Contacten.</translation>
    </message>
    <message>
        <source>Casus niet geopend:
</source>
        <translation>Case not opened:
</translation>
    </message>
    <message>
        <source>Status niet gewijzigd:
</source>
        <translation>Status not changed:
</translation>
    </message>
    <message>
        <source>Verloop van de status:</source>
        <translation>Status history:</translation>
    </message>
    <message>
        <source>  (geen statuswijzigingen vastgelegd)</source>
        <translation>  (no status changes recorded)</translation>
    </message>
    <message>
        <source>Nu: {line}</source>
        <translation>Now: {line}</translation>
    </message>
    <message>
        <source>termijn {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>  ibdesk case CASUS [--json]            waar een casus staat (route, klaar voor het Sociaal Team, wie is aan zet)
  ibdesk case open LEERLING [--route ID[@VERSIE]] [--question TEKST] [--lead NAAM] [--lead-role FUNCTIE]
                         [--opened DATUM] [--json]
  ibdesk case status CASUS STATUS [--reason TEKST] [--to ORG] [--date DATUM] [--answer-by DATUM]
                         [--decision BESLUIT] [--next-evaluation DATUM] [--details TEKST] [--json]
      STATUS: lopend | aangemeld | opvolging | gesloten | heropend
      BESLUIT: beschikking | in_onderzoek | geen_jeugdhulp | doorverwezen | anders
  ibdesk case step CASUS STAP open|bezig|afgerond|nvt [--reason TEKST] [--date DATUM]
      nvt: niet van toepassing, alleen waar de routekaart dat toestaat en met een reden
      Datums als jjjj-mm-dd of dd-mm-jjjj.</source>
        <translation>  ibdesk case CASE [--json]            where a case stands (route, ready for the Sociaal Team, whose turn it is)
  ibdesk case open PUPIL [--route ID[@VERSION]] [--question TEXT] [--lead NAME] [--lead-role ROLE]
                         [--opened DATE] [--json]
  ibdesk case status CASE STATUS [--reason TEXT] [--to ORG] [--date DATE] [--answer-by DATE]
                         [--decision DECISION] [--next-evaluation DATE] [--details TEXT] [--json]
      STATUS: lopend | aangemeld | opvolging | gesloten | heropend
      DECISION: beschikking | in_onderzoek | geen_jeugdhulp | doorverwezen | anders
  ibdesk case step CASE STEP open|bezig|afgerond|nvt [--reason TEXT] [--date DATE]
      nvt: not applicable, only where the routekaart allows it and with a reason
      Dates as yyyy-mm-dd or dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>een casus: tonen (CASUS), openen (open), de status (status) of een stap (step) wijzigen</source>
        <translation>a case: show (CASE), open (open), change its status (status) or a step (step)</translation>
    </message>
    <message>
        <source>ibdesk case CASUS [--json] | case open LEERLING … | case status CASUS STATUS … | case step CASUS STAP STAND</source>
        <translation>ibdesk case CASE [--json] | case open PUPIL … | case status CASE STATUS … | case step CASE STEP STATE</translation>
    </message>
    <message>
        <source>CASUS|open|status|step</source>
        <translation>CASE|open|status|step</translation>
    </message>
    <message>
        <source>een casusnummer, of open, status of step</source>
        <translation>a case number, or open, status or step</translation>
    </message>
    <message>
        <source>uitvoer als JSON (voor scripts)</source>
        <translation>output as JSON (for scripts)</translation>
    </message>
    <message>
        <source>Open een casus voor een leerling.</source>
        <translation>Open a case for a pupil.</translation>
    </message>
    <message>
        <source>LEERLING</source>
        <translation>PUPIL</translation>
    </message>
    <message>
        <source>nummer van de leerling</source>
        <translation>number of the pupil</translation>
    </message>
    <message>
        <source>ID[@VERSIE]</source>
        <translation>ID[@VERSION]</translation>
    </message>
    <message>
        <source>standaard: de routekaart van de school</source>
        <translation>default: the school's routekaart</translation>
    </message>
    <message>
        <source>TEKST</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>de hulpvraag</source>
        <translation>the question for help (hulpvraag)</translation>
    </message>
    <message>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>wie de regie heeft (standaard: uw naam uit de instellingen)</source>
        <translation>who leads the case (default: your name from the settings)</translation>
    </message>
    <message>
        <source>FUNCTIE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>functie van wie de regie heeft (standaard: uit de instellingen)</source>
        <translation>role of whoever leads the case (default: from the settings)</translation>
    </message>
    <message>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>openingsdatum (standaard: vandaag)</source>
        <translation>opening date (default: today)</translation>
    </message>
    <message>
        <source>Wijzig de status van een casus.</source>
        <translation>Change the status of a case.</translation>
    </message>
    <message>
        <source>CASUS</source>
        <translation>CASE</translation>
    </message>
    <message>
        <source>nummer van de casus</source>
        <translation>number of the case</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>de nieuwe status: {words}</source>
        <translation>the new status: {words}</translation>
    </message>
    <message>
        <source>bij gesloten of heropend: de reden</source>
        <translation>for gesloten or heropend: the reason</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>bij aangemeld: id of naam (standaard: Sociaal Team van de woongemeente)</source>
        <translation>for aangemeld: id or name (default: the Sociaal Team of the pupil's municipality)</translation>
    </message>
    <message>
        <source>datum van de wijziging (standaard: vandaag)</source>
        <translation>date of the change (default: today)</translation>
    </message>
    <message>
        <source>bij aangemeld: antwoord verwacht uiterlijk (standaard: 8 weken)</source>
        <translation>for aangemeld: answer expected by (default: 8 weeks)</translation>
    </message>
    <message>
        <source>BESLUIT</source>
        <translation>DECISION</translation>
    </message>
    <message>
        <source>bij opvolging: wat het Sociaal Team besloot</source>
        <translation>for opvolging: what the Sociaal Team decided</translation>
    </message>
    <message>
        <source>bij opvolging: volgende evaluatie met het Sociaal Team</source>
        <translation>for opvolging: next evaluation with the Sociaal Team</translation>
    </message>
    <message>
        <source>bij opvolging: toelichting op het besluit</source>
        <translation>for opvolging: details of the decision</translation>
    </message>
    <message>
        <source>Een casus tonen, openen of de status wijzigen:</source>
        <translation>Show or open a case, or change its status:</translation>
    </message>
    <message>
        <source>Nog geen casussen.</source>
        <translation>No cases yet.</translation>
    </message>
    <message>
        <source>toon de casussen</source>
        <translation>show the cases</translation>
    </message>
    <message>
        <source>onbekend: 'case {what}'. Gebruik:</source>
        <translation>unknown: 'case {what}'. Usage:</translation>
    </message>
    <message>
        <source>ibdesk — leerlingondersteuning, offline en versleuteld.</source>
        <translation>ibdesk — pupil support, offline and encrypted.</translation>
    </message>
    <message>
        <source>toon het versienummer en stop</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>profielmap (standaard: IBDESK_HOME of de gebruikersmap)</source>
        <translation>profile folder (default: IBDESK_HOME or the user's data folder)</translation>
    </message>
    <message>
        <source>COMMANDO</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>wat ibdesk moet doen; 'ibdesk COMMANDO --help' vertelt meer</source>
        <translation>what ibdesk should do; 'ibdesk COMMAND --help' tells more</translation>
    </message>
    <message>
        <source>afgebroken (geen invoer).</source>
        <translation>cancelled (no input).</translation>
    </message>
    <message>
        <source>afgebroken.</source>
        <translation>cancelled.</translation>
    </message>
    <message>
        <source>onverwachte fout ({detail}). Er is niets verloren gegaan; meld dit bij de beheerder.</source>
        <translation>unexpected error ({detail}). Nothing has been lost; please report this to your administrator.</translation>
    </message>
    <message>
        <source>ondertekend dossier van een casus (alleen wat de ontvanger mag zien)</source>
        <translation>signed dossier of a case (only what the recipient may see)</translation>
    </message>
    <message>
        <source>ontvanger: id of naam uit Contacten (standaard: Sociaal Team van de woongemeente)</source>
        <translation>recipient: id or name from Contacten (default: the Sociaal Team of the pupil's municipality)</translation>
    </message>
    <message>
        <source>DOEL</source>
        <translation>PURPOSE</translation>
    </message>
    <message>
        <source>doel: aanmelding_sociaal_team (standaard), arrangement_swv, tlv_swv, overdracht, mdo</source>
        <translation>purpose: aanmelding_sociaal_team (default), arrangement_swv, tlv_swv, overdracht, mdo</translation>
    </message>
    <message>
        <source>ondertekend document voor de warme overdracht</source>
        <translation>signed document for the warm handover</translation>
    </message>
    <message>
        <source>soort overdracht: naar het vo, naar een andere school of naar het Sociaal Team</source>
        <translation>kind of handover: to secondary school, to another school or to the Sociaal Team</translation>
    </message>
    <message>
        <source>ontvanger (standaard: uit het overdrachtsformulier)</source>
        <translation>recipient (default: from the handover form)</translation>
    </message>
    <message>
        <source>agenda en voorbereidingsbladen van een MDO</source>
        <translation>agenda and preparation sheets of an MDO</translation>
    </message>
    <message>
        <source>OVERLEG</source>
        <translation>MEETING</translation>
    </message>
    <message>
        <source>nummer van het MDO</source>
        <translation>number of the MDO</translation>
    </message>
    <message>
        <source>controleer een ondertekend document (exit 0 alleen als het intact is)</source>
        <translation>check a signed document (exit 0 only if it is intact)</translation>
    </message>
    <message>
        <source>BESTAND.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>het ondertekende PDF-bestand</source>
        <translation>the signed PDF file</translation>
    </message>
    <message>
        <source>CERT</source>
        <translation>CERT</translation>
    </message>
    <message>
        <source>vertrouw (ook) dit certificaat (PEM of DER); mag vaker</source>
        <translation>(also) trust this certificate (PEM or DER); may be repeated</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>vertrouw (ook) de ondertekenaar met deze vingerafdruk; mag vaker</source>
        <translation>(also) trust the signer with this fingerprint; may be repeated</translation>
    </message>
    <message>
        <source>het certificaat waarmee u ondertekent</source>
        <translation>the certificate you sign with</translation>
    </message>
    <message>
        <source>een van de commando's hieronder</source>
        <translation>one of the commands below</translation>
    </message>
    <message>
        <source>schrijf uw certificaat (PEM; .der/.cer = DER) voor de ontvanger</source>
        <translation>write your certificate (PEM; .der/.cer = DER) for the recipient</translation>
    </message>
    <message>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>waar het certificaat komt (.pem, of .der/.cer)</source>
        <translation>where the certificate goes (.pem, or .der/.cer)</translation>
    </message>
    <message>
        <source>overschrijf een bestaand bestand</source>
        <translation>overwrite an existing file</translation>
    </message>
    <message>
        <source>vertrouw het certificaat van een collega of school</source>
        <translation>trust the certificate of a colleague or school</translation>
    </message>
    <message>
        <source>het certificaat van de collega of school (PEM of DER)</source>
        <translation>the certificate of the colleague or school (PEM or DER)</translation>
    </message>
    <message>
        <source>vertrouw op vingerafdruk (telefonisch vergeleken met de afzender)</source>
        <translation>trust by fingerprint (compared with the sender by phone)</translation>
    </message>
    <message>
        <source>toon de vingerafdruk van uw certificaat</source>
        <translation>show the fingerprint of your certificate</translation>
    </message>
    <message>
        <source>vervang uw persoonlijke certificaat (bijvoorbeeld: het staat op een verkeerde naam); het oude blijft geldig voor wat het al ondertekende</source>
        <translation>replace your personal certificate (for example: it is in the wrong name); the old one stays valid for what it already signed</translation>
    </message>
    <message>
        <source>waar de PDF komt</source>
        <translation>where the PDF goes</translation>
    </message>
    <message>
        <source>versleutel met een wachtwoord (AES-256) voor e-mail</source>
        <translation>encrypt with a password (AES-256) for e-mail</translation>
    </message>
    <message>
        <source>BESTAND.p12</source>
        <translation>FILE.p12</translation>
    </message>
    <message>
        <source>onderteken met dit PKCS#12-certificaat van de school</source>
        <translation>sign with this PKCS#12 certificate of the school</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Kies één ontvanger (--to): '{value}' past op {names}.</source>
        <translation>Choose one recipient (--to): '{value}' matches {names}.</translation>
    </message>
    <message>
        <source>ibdesk: waarschuwing: --password is zichtbaar voor andere gebruikers in de proceslijst en verdwijnt in een volgende versie. Gebruik IBDESK_PDF_PASSWORD of laat ibdesk ernaar vragen.</source>
        <translation>ibdesk: warning: --password is visible to other users in the process list and goes away in a later version. Use IBDESK_PDF_PASSWORD or let ibdesk ask for it.</translation>
    </message>
    <message>
        <source>Certificaat geschreven: {path}
Vingerafdruk (SHA-256): {fingerprint}</source>
        <translation>Certificate written: {path}
Fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>{exc} Zet het in IBDESK_PDF_PASSWORD, of start dit commando in een terminal.</source>
        <translation>{exc} Put it in IBDESK_PDF_PASSWORD, or run this command in a terminal.</translation>
    </message>
    <message>
        <source>Wachtwoord van het document</source>
        <translation>Password of the document</translation>
    </message>
    <message>
        <source>Vertrouwd op vingerafdruk: {fingerprint}</source>
        <translation>Trusted by fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Nieuw certificaat op naam van {common_name}
Vingerafdruk (SHA-256): {fingerprint}
Geef ontvangers die u vertrouwen het nieuwe certificaat ('ibdesk cert export').</source>
        <translation>New certificate in the name of {common_name}
Fingerprint (SHA-256): {fingerprint}
Give recipients who trust you the new certificate ('ibdesk cert export').</translation>
    </message>
    <message>
        <source>Vertrouwd: {common_name}
Vingerafdruk (SHA-256): {fingerprint}</source>
        <translation>Trusted: {common_name}
Fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Het certificaat op naam van '{common_name}' is vervangen; het blijft vertrouwd voor wat het al ondertekende.
</source>
        <translation>The certificate in the name of '{common_name}' has been replaced; it stays trusted for what it already signed.
</translation>
    </message>
    <message>
        <source>Geef een certificaatbestand of --fingerprint op.</source>
        <translation>Give a certificate file or --fingerprint.</translation>
    </message>
    <message>
        <source>{common_name}
Vingerafdruk (SHA-256): {fingerprint}</source>
        <translation>{common_name}
Fingerprint (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>Nog geen persoonlijk certificaat; het wordt gemaakt bij de eerste export.</source>
        <translation>No personal certificate yet; it is made at the first export.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {count} velden zijn niet (goed) ingevuld.</source>
        <translation>Not saved: {count} fields are missing or not filled in correctly.</translation>
    </message>
    <message>
        <source>als concept opgeslagen</source>
        <translation>saved as a draft</translation>
    </message>
    <message>
        <source>opgeslagen</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>, stap '{step}'</source>
        <translation>, step '{step}'</translation>
    </message>
    <message>
        <source>Formulier '{form_id}'{step} {what} bij casus {case_id} (nummer {answer_id}).</source>
        <translation>Form '{form_id}'{step} {what} for case {case_id} (number {answer_id}).</translation>
    </message>
    <message>
        <source>CONCEPT (nog niet afgerond)</source>
        <translation>DRAFT (not finished yet)</translation>
    </message>
    <message>
        <source>definitief</source>
        <translation>final</translation>
    </message>
    <message>
        <source>{title} · casus {case} · {status}</source>
        <translation>{title} · case {case} · {status}</translation>
    </message>
    <message>
        <source>versie {version} van het formulier · opgeslagen {saved_at} door {saved_by}</source>
        <translation>version {version} of the form · saved {saved_at} by {saved_by}</translation>
    </message>
    <message>
        <source>Niet opgeslagen: 1 veld is niet (goed) ingevuld.</source>
        <translation>Not saved: 1 field is missing or not filled in correctly.</translation>
    </message>
    <message>
        <source>een formulier van een casus invullen of bekijken (JSON)</source>
        <translation>fill in or view a form of a case (JSON)</translation>
    </message>
    <message>
        <source>antwoorden uit een JSON-bestand opslaan (gecontroleerd als in de app)</source>
        <translation>save answers from a JSON file (checked as in the app)</translation>
    </message>
    <message>
        <source>BESTAND.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>JSON-object {veld: waarde}; zie 'ibdesk form show' voor de vorm</source>
        <translation>JSON object {field: value}; see 'ibdesk form show' for the shape</translation>
    </message>
    <message>
        <source>als concept opslaan: verplichte velden mogen nog leeg zijn</source>
        <translation>save as a draft: required fields may still be empty</translation>
    </message>
    <message>
        <source>met --step: de stap daarna op 'afgerond' zetten</source>
        <translation>with --step: then set the step to 'afgerond' (done)</translation>
    </message>
    <message>
        <source>de laatst opgeslagen versie, met status, versie en wie/wanneer</source>
        <translation>the last saved version, with status, version and who/when</translation>
    </message>
    <message>
        <source>FORMULIER</source>
        <translation>FORM</translation>
    </message>
    <message>
        <source>formulier-id (bijv. opp) of routekaart-id met --step</source>
        <translation>form id (e.g. opp) or routekaart id with --step</translation>
    </message>
    <message>
        <source>STAP</source>
        <translation>STEP</translation>
    </message>
    <message>
        <source>stap van de routekaart (bewijs bij die stap)</source>
        <translation>step of the routekaart (evidence for that step)</translation>
    </message>
    <message>
        <source>--done hoort bij --step (een stap van de routekaart afronden).</source>
        <translation>--done belongs with --step (completing a step of the routekaart).</translation>
    </message>
    <message>
        <source>Stap '{step}' staat op afgerond.</source>
        <translation>Step '{step}' is now afgerond (done).</translation>
    </message>
    <message>
        <source>Het antwoordbestand {path} bestaat niet.</source>
        <translation>The answers file {path} does not exist.</translation>
    </message>
    <message>
        <source>Het antwoordbestand {path} kan niet worden gelezen ({error}).</source>
        <translation>The answers file {path} cannot be read ({error}).</translation>
    </message>
    <message>
        <source>Het antwoordbestand {path} is geen geldige JSON: {msg} (regel {lineno}, kolom {colno}).</source>
        <translation>The answers file {path} is not valid JSON: {msg} (line {lineno}, column {colno}).</translation>
    </message>
    <message>
        <source>Nog niet compleet? Sla het op als concept (--concept) en vul het later aan.</source>
        <translation>Not complete yet? Save it as a draft (--concept) and fill it in later.</translation>
    </message>
    <message>
        <source>Alle definities zijn in orde ({files} bestanden).</source>
        <translation>All definitions are in order ({files} files).</translation>
    </message>
    <message>
        <source>ibdesk: {path} bestaat niet of is niet bereikbaar.</source>
        <translation>ibdesk: {path} does not exist or cannot be reached.</translation>
    </message>
    <message>
        <source>Gecontroleerd: </source>
        <translation>Checked: </translation>
    </message>
    <message>
        <source>{count} fout(en) in de formulierdefinities.</source>
        <translation>{count} error(s) in the form definitions.</translation>
    </message>
    <message>
        <source>formulierdefinities</source>
        <translation>form definitions</translation>
    </message>
    <message>
        <source>controleer formulierdefinities</source>
        <translation>check form definitions</translation>
    </message>
    <message>
        <source>PAD</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>formulierbestanden of mappen (standaard: alle formulieren die ibdesk gebruikt)</source>
        <translation>form files or folders (default: all forms ibdesk uses)</translation>
    </message>
    <message>
        <source>(loopt {days} dagen over de normale duur)</source>
        <translation>({days} days past the usual duration)</translation>
    </message>
    <message>
        <source>Casus {id} — {full_name} ({group}), {label}</source>
        <translation>Case {id} — {full_name} ({group}), {label}</translation>
    </message>
    <message>
        <source>Regie: {lead_name} ({lead_role})</source>
        <translation>Lead: {lead_name} ({lead_role})</translation>
    </message>
    <message>
        <source>Sociaal Team: {team} (woongemeente {municipality})</source>
        <translation>Sociaal Team: {team} (municipality of residence {municipality})</translation>
    </message>
    <message>
        <source>Niets dat nu aandacht vraagt.</source>
        <translation>Nothing needs attention now.</translation>
    </message>
    <message>
        <source>(loopt 1 dag over de normale duur)</source>
        <translation>(1 day past the usual duration)</translation>
    </message>
    <message>
        <source>wat nu en deze week aandacht vraagt</source>
        <translation>what needs attention now and this week</translation>
    </message>
    <message>
        <source>Routekaart: {title}</source>
        <translation>Routekaart: {title}</translation>
    </message>
    <message>
        <source>Opschalen naar: {person}, {role} bij {organisation} — mandaat: {mandate}</source>
        <translation>Escalate to: {person}, {role} at {organisation} — mandate: {mandate}</translation>
    </message>
    <message>
        <source>Regie jeugdhulp op school: {name} (gemeente van de school)</source>
        <translation>Lead for youth care at school: {name} (the school's municipality)</translation>
    </message>
    <message>
        <source>Wie is aan zet: nog niet ingevuld.</source>
        <translation>Whose turn it is: not filled in yet.</translation>
    </message>
    <message>
        <source>Wie is aan zet: {label}</source>
        <translation>Whose turn it is: {label}</translation>
    </message>
    <message>
        <source>Doorbraakroute ({doorbraak}): de stappen van de school houden de aanmelding niet tegen.</source>
        <translation>Doorbraak route ({doorbraak}): the school's steps do not hold up the referral.</translation>
    </message>
    <message>
        <source>Klaar voor aanmelding bij het Sociaal Team: ja.</source>
        <translation>Ready for referral to the Sociaal Team: yes.</translation>
    </message>
    <message>
        <source>Klaar voor aanmelding bij het Sociaal Team: nee. Nog nodig:</source>
        <translation>Ready for referral to the Sociaal Team: no. Still needed:</translation>
    </message>
    <message>
        <source>  IB'er oneens: {disagreement}</source>
        <translation>  IB'er disagrees: {disagreement}</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Zonder terminal (scripts, snelkoppeling): zet de wachtwoordzin in IBDESK_PASSPHRASE, of de herstelsleutel in IBDESK_RECOVERY_KEY.</source>
        <translation>Without a terminal (scripts, shortcut): put the passphrase in IBDESK_PASSPHRASE, or the recovery key in IBDESK_RECOVERY_KEY.</translation>
    </message>
    <message>
        <source>De waarde in {which} opent dit profiel niet. Zet de juiste wachtwoordzin in IBDESK_PASSPHRASE (of de herstelsleutel in IBDESK_RECOVERY_KEY).</source>
        <translation>The value in {which} does not open this profile. Put the right passphrase in IBDESK_PASSPHRASE (or the recovery key in IBDESK_RECOVERY_KEY).</translation>
    </message>
    <message>
        <source>{label} (of zet IBDESK_PASSPHRASE): </source>
        <translation>{label} (or set IBDESK_PASSPHRASE): </translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin (minstens 10 tekens; of zet IBDESK_PASSPHRASE): </source>
        <translation>Choose a passphrase (at least 10 characters; or set IBDESK_PASSPHRASE): </translation>
    </message>
    <message>
        <source>Drie keer een onjuiste wachtwoordzin. Gebruik zo nodig 'ibdesk recover' (of zet IBDESK_PASSPHRASE).</source>
        <translation>Wrong passphrase three times. If needed, use 'ibdesk recover' (or set IBDESK_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Deze computer heeft geen bruikbaar sleutelbeheer (keyring). Zet een wachtwoordzin in IBDESK_PASSPHRASE, of start dit commando in een terminal.</source>
        <translation>This computer has no usable key store (keyring). Put a passphrase in IBDESK_PASSPHRASE, or run this command in a terminal.</translation>
    </message>
    <message>
        <source>Herhaal de wachtwoordzin: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk; er is niets aangemaakt.</source>
        <translation>The two passphrases differ; nothing was created.</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>{label} nodig, maar er is geen terminal.</source>
        <translation>{label} needed, but there is no terminal.</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>soort: {kinds} (ook: wijkteam, RBL, GGD …)</source>
        <translation>kind: {kinds} (also: wijkteam, RBL, GGD …)</translation>
    </message>
    <message>
        <source>{added} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd</source>
        <translation>{added} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>contactpersoon {number}, {field}</source>
        <translation>contact person {number}, {field}</translation>
    </message>
    <message>
        <source>Organisatie {id} toegevoegd: {name} ({label}).</source>
        <translation>Organisation {id} added: {name} ({label}).</translation>
    </message>
    <message>
        <source> — niet meer actief</source>
        <translation> — no longer active</translation>
    </message>
    <message>
        <source>Organisatie {id} opgeslagen: {name} ({label}){state}.</source>
        <translation>Organisation {id} saved: {name} ({label}){state}.</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>bijgewerkt</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Organisatie {org_id} verwijderd.</source>
        <translation>Organisation {org_id} deleted.</translation>
    </message>
    <message>
        <source>organisaties rond de school (Contacten): tonen, toevoegen, wijzigen, importeren</source>
        <translation>organisations around the school (Contacten): show, add, change, import</translation>
    </message>
    <message>
        <source>toon de organisaties (standaard alleen de actieve)</source>
        <translation>show the organisations (by default only the active ones)</translation>
    </message>
    <message>
        <source>SOORT</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>ook organisaties die niet meer actief zijn</source>
        <translation>also organisations that are no longer active</translation>
    </message>
    <message>
        <source>voeg een organisatie toe</source>
        <translation>add an organisation</translation>
    </message>
    <message>
        <source>wijzig een organisatie; alleen wat u opgeeft verandert</source>
        <translation>change an organisation; only what you give changes</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>nummer van de organisatie (zie organisations list)</source>
        <translation>number of the organisation (see organisations list)</translation>
    </message>
    <message>
        <source>niet meer aanbieden (wat ernaar verwijst blijft)</source>
        <translation>no longer offer it (what refers to it stays)</translation>
    </message>
    <message>
        <source>weer actief maken</source>
        <translation>make it active again</translation>
    </message>
    <message>
        <source>lees een organisatiebestand in (YAML of CSV); opnieuw inlezen werkt bij</source>
        <translation>read an organisations file (YAML or CSV); reading it again updates</translation>
    </message>
    <message>
        <source>CSV- of YAML-bestand met organisaties</source>
        <translation>CSV or YAML file with organisations</translation>
    </message>
    <message>
        <source>laat alleen zien wat er zou veranderen</source>
        <translation>only show what would change</translation>
    </message>
    <message>
        <source>verwijder een organisatie waar niets naar verwijst</source>
        <translation>delete an organisation nothing refers to</translation>
    </message>
    <message>
        <source>naam van de organisatie</source>
        <translation>name of the organisation</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>bezoekadres</source>
        <translation>visiting address</translation>
    </message>
    <message>
        <source>postcode (1234 AB)</source>
        <translation>postcode (1234 AB)</translation>
    </message>
    <message>
        <source>plaats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>telefoon (ook 14 0xx, 0800, +32 …)</source>
        <translation>phone (also 14 0xx, 0800, +32 …)</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>BRIN-nummer (scholen)</source>
        <translation>BRIN number (schools)</translation>
    </message>
    <message>
        <source>vaste sleutel voor opnieuw importeren</source>
        <translation>fixed key for importing again</translation>
    </message>
    <message>
        <source>de vaste contactpersoon</source>
        <translation>the regular contact person</translation>
    </message>
    <message>
        <source>naar wie u opschaalt als het vastloopt</source>
        <translation>whom you escalate to when things get stuck</translation>
    </message>
    <message>
        <source>wat de persoon van --escalation mag beslissen</source>
        <translation>what the person of --escalation may decide</translation>
    </message>
    <message>
        <source>Nog geen organisaties. Voeg ze toe met 'ibdesk organisations add' of 'import'.</source>
        <translation>No organisations yet. Add them with 'ibdesk organisations add' or 'import'.</translation>
    </message>
    <message>
        <source>functie</source>
        <translation>role</translation>
    </message>
    <message>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>ibdesk: let op: {problem}</source>
        <translation>ibdesk: note: {problem}</translation>
    </message>
    <message>
        <source> Proef: er is niets veranderd.</source>
        <translation> Dry run: nothing has changed.</translation>
    </message>
    <message>
        <source>Deze organisatie heeft nog geen {who}: geef de naam met {option} NAAM.</source>
        <translation>This organisation has no {who} yet: give the name with {option} NAME.</translation>
    </message>
    <message>
        <source>{what} van --{who}</source>
        <translation>{what} of --{who}</translation>
    </message>
    <message>
        <source>De organisatie is niet opgeslagen:
</source>
        <translation>The organisation was not saved:
</translation>
    </message>
    <message>
        <source>vaste contactpersoon</source>
        <translation>regular contact person</translation>
    </message>
    <message>
        <source>persoon om naar op te schalen</source>
        <translation>person to escalate to</translation>
    </message>
    <message>
        <source>niet actief</source>
        <translation>not active</translation>
    </message>
    <message>
        <source>Naam: {name}
Functie: {role}</source>
        <translation>Name: {name}
Role: {role}</translation>
    </message>
    <message>
        <source>leerlingen</source>
        <translation>pupils</translation>
    </message>
    <message>
        <source>voeg een leerling toe (met ouders/verzorgers)</source>
        <translation>add a pupil (with parents/carers)</translation>
    </message>
    <message>
        <source>voornaam (roepnaam)</source>
        <translation>first name (the name used)</translation>
    </message>
    <message>
        <source>achternaam, met tussenvoegsel</source>
        <translation>last name, with prefix</translation>
    </message>
    <message>
        <source>jjjj-mm-dd of dd-mm-jjjj</source>
        <translation>yyyy-mm-dd or dd-mm-yyyy</translation>
    </message>
    <message>
        <source>GROEP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>groep of klas, bijvoorbeeld 'groep 5' of '2B'</source>
        <translation>group or class, for example 'groep 5' or '2B'</translation>
    </message>
    <message>
        <source>GEMEENTE</source>
        <translation>MUNICIPALITY</translation>
    </message>
    <message>
        <source>woongemeente (bepaalt het Sociaal Team)</source>
        <translation>municipality of residence (decides the Sociaal Team)</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>burgerservicenummer (elfproef)</source>
        <translation>citizen service number (BSN, eleven test)</translation>
    </message>
    <message>
        <source>'NAAM;RELATIE;GEZAG'</source>
        <translation>'NAME;RELATION;CUSTODY'</translation>
    </message>
    <message>
        <source>ouder/verzorger, bijvoorbeeld 'Anna Verhoef;moeder;ja'; mag vaker</source>
        <translation>parent/carer, for example 'Anna Verhoef;moeder;ja'; may be repeated</translation>
    </message>
    <message>
        <source>uw naam en functie (afzender op documenten, regie, logboek)</source>
        <translation>your name and role (sender on documents, lead, log)</translation>
    </message>
    <message>
        <source>uw naam, zoals op documenten</source>
        <translation>your name, as on documents</translation>
    </message>
    <message>
        <source>bijvoorbeeld 'intern begeleider' of 'zorgcoördinator'</source>
        <translation>for example 'intern begeleider' or 'zorgcoördinator'</translation>
    </message>
    <message>
        <source>Leerling {id} toegevoegd: {full_name} ({group}), {count} ouder(s)/verzorger(s).</source>
        <translation>Pupil {id} added: {full_name} ({group}), {count} parent(s)/carer(s).</translation>
    </message>
    <message>
        <source>--guardian '{text}': schrijf 'Naam;relatie;gezag', bijvoorbeeld 'Anna Verhoef;moeder;ja'.</source>
        <translation>--guardian '{text}': write 'Name;relation;custody', for example 'Anna Verhoef;moeder;ja'.</translation>
    </message>
    <message>
        <source>--guardian '{text}': gezag is 'ja' of 'nee', niet '{given}'.</source>
        <translation>--guardian '{text}': custody is 'ja' or 'nee', not '{given}'.</translation>
    </message>
    <message>
        <source>(nog niet ingesteld)</source>
        <translation>(not set yet)</translation>
    </message>
    <message>
        <source>Leerling niet toegevoegd:
</source>
        <translation>Pupil not added:
</translation>
    </message>
    <message>
        <source>uit het beleidsbestand</source>
        <translation>from the policy file</translation>
    </message>
    <message>
        <source>uit het register</source>
        <translation>from the registry</translation>
    </message>
    <message>
        <source>Het beleid is in orde.</source>
        <translation>The policy is in order.</translation>
    </message>
    <message>
        <source>het beleid van deze computer (ICT-beheer)</source>
        <translation>this computer's policy (IT administration)</translation>
    </message>
    <message>
        <source>controleer een beleidsbestand en de mappen en bestanden die het noemt</source>
        <translation>check a policy file and the folders and files it names</translation>
    </message>
    <message>
        <source>standaard: IBDESK_POLICY of policy.yaml in de systeemmap van ibdesk</source>
        <translation>default: IBDESK_POLICY or policy.yaml in ibdesk's system folder</translation>
    </message>
    <message>
        <source>ibdesk: let op: {line}</source>
        <translation>ibdesk: note: {line}</translation>
    </message>
    <message>
        <source>Het beleidsbestand {path} bestaat niet.</source>
        <translation>The policy file {path} does not exist.</translation>
    </message>
    <message>
        <source>Beleidsbestand: {path}</source>
        <translation>Policy file: {path}</translation>
    </message>
    <message>
        <source>Geen beleidsbestand op {path}.</source>
        <translation>No policy file at {path}.</translation>
    </message>
    <message>
        <source>Register: {place} (wint van het beleidsbestand)</source>
        <translation>Registry: {place} (wins over the policy file)</translation>
    </message>
    <message>
        <source>Geen beleid op deze computer: ibdesk gebruikt de standaardinstellingen.</source>
        <translation>No policy on this computer: ibdesk uses the default settings.</translation>
    </message>
    <message>
        <source>  FOUT: {problem}</source>
        <translation>  ERROR: {problem}</translation>
    </message>
    <message>
        <source>{count} probleem/problemen in het beleid.</source>
        <translation>{count} problem(s) in the policy.</translation>
    </message>
    <message>
        <source>resources_dir {resources_dir} is geen bereikbare map.</source>
        <translation>resources_dir {resources_dir} is not a reachable folder.</translation>
    </message>
    <message>
        <source>{key}: het bestand {value} bestaat niet of is niet bereikbaar.</source>
        <translation>{key}: the file {value} does not exist or cannot be reached.</translation>
    </message>
    <message>
        <source>organisations_file: het bestand {path} bestaat niet of is niet bereikbaar.</source>
        <translation>organisations_file: the file {path} does not exist or cannot be reached.</translation>
    </message>
    <message>
        <source>Toestemming {decision} door {given_by}</source>
        <translation>Consent {decision} by {given_by}</translation>
    </message>
    <message>
        <source>Toestemming {decision} (nog door niemand getekend)</source>
        <translation>Consent {decision} (not signed by anyone yet)</translation>
    </message>
    <message>
        <source>Casus {case} — {pupil}</source>
        <translation>Case {case} — {pupil}</translation>
    </message>
    <message>
        <source>Niets is over de bewaartermijn.</source>
        <translation>Nothing is past its retention period.</translation>
    </message>
    <message>
        <source>grondslagen en toestemmingen van een casus; wie nog moet toestemmen</source>
        <translation>legal bases and consents of a case; who still has to consent</translation>
    </message>
    <message>
        <source>wat over de bewaartermijn is</source>
        <translation>what is past its retention period</translation>
    </message>
    <message>
        <source>verwijder het (vraagt bevestiging met --yes)</source>
        <translation>delete it (asks for confirmation with --yes)</translation>
    </message>
    <message>
        <source>bevestig het verwijderen</source>
        <translation>confirm the deletion</translation>
    </message>
    <message>
        <source>alles over één leerling, voor de ouders (JSON en PDF)</source>
        <translation>everything about one pupil, for the parents (JSON and PDF)</translation>
    </message>
    <message>
        <source>map waarin de bestanden komen</source>
        <translation>folder the files go into</translation>
    </message>
    <message>
        <source>Geschreven: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Wie moet toestemming geven: </source>
        <translation>Who must consent: </translation>
    </message>
    <message>
        <source>Nog geen grondslag of toestemming vastgelegd.</source>
        <translation>No legal basis or consent recorded yet.</translation>
    </message>
    <message>
        <source>Huidige beslissing per persoon (de laatste beslissing telt):</source>
        <translation>Current decision per person (the last decision counts):</translation>
    </message>
    <message>
        <source>Delen met {team} voor aanmelding:</source>
        <translation>Sharing with {team} for the referral:</translation>
    </message>
    <message>
        <source>  {label:&lt;36} {name:&lt;28} sinds {since} ({rule})</source>
        <translation>  {label:&lt;36} {name:&lt;28} since {since} ({rule})</translation>
    </message>
    <message>
        <source>{count} onderdeel/onderdelen definitief verwijderd.</source>
        <translation>{count} item(s) deleted for good.</translation>
    </message>
    <message>
        <source>niemand bekend</source>
        <translation>nobody known</translation>
    </message>
    <message>
        <source>geldig tot {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>ingetrokken op {date} door {who}</source>
        <translation>withdrawn on {date} by {who}</translation>
    </message>
    <message>
        <source>  • {what} — {given_on}, {how} — aan {recipient}, doel: {purpose}; gegevens: {categories}</source>
        <translation>  • {what} — {given_on}, {how} — to {recipient}, purpose: {purpose}; data: {categories}</translation>
    </message>
    <message>
        <source>Voeg --yes toe om deze gegevens definitief te verwijderen.</source>
        <translation>Add --yes to delete this data for good.</translation>
    </message>
    <message>
        <source>Wettelijke taak</source>
        <translation>Legal task</translation>
    </message>
    <message>
        <source>; nog nodig: {who}</source>
        <translation>; still needed: {who}</translation>
    </message>
    <message>
        <source>; geweigerd/ingetrokken door: {who}</source>
        <translation>; refused/withdrawn by: {who}</translation>
    </message>
    <message>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>HERSTELSLEUTEL — schrijf deze over op papier en bewaar die op een veilige plek.
Hij wordt maar één keer getoond. Zonder deze sleutel (of de wachtwoordzin) zijn de
gegevens na verlies van deze computer niet terug te halen.</source>
        <translation>RECOVERY KEY — copy it onto paper and keep it in a safe place.
It is shown only once. Without this key (or the passphrase) the data cannot be
recovered if this computer is lost.</translation>
    </message>
    <message>
        <source>Profiel aangemaakt in {home}.</source>
        <translation>Profile created in {home}.</translation>
    </message>
    <message>
        <source>maak een nieuw profiel (toont de herstelsleutel één keer)</source>
        <translation>create a new profile (shows the recovery key once)</translation>
    </message>
    <message>
        <source>vul het profiel met een fictieve demoschool en open de app</source>
        <translation>fill the profile with a fictional demo school and open the app</translation>
    </message>
    <message>
        <source>AANTAL</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>aantal leerlingen (standaard 30)</source>
        <translation>number of pupils (default 30)</translation>
    </message>
    <message>
        <source>alleen vullen, de app niet openen</source>
        <translation>only fill, do not open the app</translation>
    </message>
    <message>
        <source>Stel daarna de school en uzelf in (de app vraagt dit bij de eerste start):
  ibdesk school --name NAAM --municipality GEMEENTE --type po|vo|so
  ibdesk user --name NAAM --role FUNCTIE</source>
        <translation>Then set up the school and yourself (the app asks for this at the first start):
  ibdesk school --name NAME --municipality MUNICIPALITY --type po|vo|so
  ibdesk user --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>--pupils moet minstens 1 zijn.</source>
        <translation>--pupils must be at least 1.</translation>
    </message>
    <message>
        <source>Demoschool ingevuld: {pupils} leerlingen, {cases} casussen (fictief).</source>
        <translation>Demo school filled in: {pupils} pupils, {cases} cases (fictional).</translation>
    </message>
    <message>
        <source>Het profiel bevat al leerlingen; de demogegevens zijn niet opnieuw toegevoegd.</source>
        <translation>The profile already has pupils; the demo data was not added again.</translation>
    </message>
    <message>
        <source>Klaar: {summary}.</source>
        <translation>Done: {summary}.</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Bijgewerkt</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Niet overgenomen, in ibdesk ingevuld</source>
        <translation>Not taken over, filled in in ibdesk</translation>
    </message>
    <message>
        <source>worden als vertrokken gemarkeerd</source>
        <translation>will be marked as left</translation>
    </message>
    <message>
        <source>niet gemarkeerd; voeg --mark-left toe om ze als vertrokken te markeren (dat start hun bewaartermijn; een import verwijdert nooit leerlingen)</source>
        <translation>not marked; add --mark-left to mark them as left (that starts their retention period; an import never deletes pupils)</translation>
    </message>
    <message>
        <source>Niet meer in de export — {note}</source>
        <translation>No longer in the export — {note}</translation>
    </message>
    <message>
        <source>Problemen</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Samenvatting: {summary}.</source>
        <translation>Summary: {summary}.</translation>
    </message>
    <message>
        <source>{field}: {old} in ibdesk, {new} in de export</source>
        <translation>{field}: {old} in ibdesk, {new} in the export</translation>
    </message>
    <message>
        <source>leerlingen uit de leerlingadministratie inlezen (EDEX of CSV)</source>
        <translation>read pupils from the pupil administration (EDEX or CSV)</translation>
    </message>
    <message>
        <source>een EDEX-export (.xml) uit ParnasSys, ESIS of een ander systeem</source>
        <translation>an EDEX export (.xml) from ParnasSys, ESIS or another system</translation>
    </message>
    <message>
        <source>een CSV-export (Magister, Somtoday, …)</source>
        <translation>a CSV export (Magister, Somtoday, …)</translation>
    </message>
    <message>
        <source>kolomindeling (YAML of JSON), bijvoorbeeld {leerlingnummer: Stamnr, roepnaam: Roepnaam}; standaard de onthouden indeling van de school of de herkende kolomnamen</source>
        <translation>column layout (YAML or JSON), for example {leerlingnummer: Stamnr, roepnaam: Roepnaam}; default the school's remembered layout or the recognised column names</translation>
    </message>
    <message>
        <source>toon de leerlingen, met hun sleutel uit de administratie</source>
        <translation>show the pupils, with their key from the administration</translation>
    </message>
    <message>
        <source>Bestand: {name} ({kind})</source>
        <translation>File: {name} ({kind})</translation>
    </message>
    <message>
        <source>uit {name}</source>
        <translation>from {name}</translation>
    </message>
    <message>
        <source>onthouden voor deze school</source>
        <translation>remembered for this school</translation>
    </message>
    <message>
        <source>herkend aan de kolomnamen</source>
        <translation>recognised by the column names</translation>
    </message>
    <message>
        <source>Proef: er is niets veranderd.</source>
        <translation>Dry run: nothing has changed.</translation>
    </message>
    <message>
        <source>Er verandert niets.</source>
        <translation>Nothing changes.</translation>
    </message>
    <message>
        <source>Niets geïmporteerd.</source>
        <translation>Nothing imported.</translation>
    </message>
    <message>
        <source>Bevestig met --yes: er is geen terminal om het te vragen. Er is niets veranderd.</source>
        <translation>Confirm with --yes: there is no terminal to ask. Nothing has changed.</translation>
    </message>
    <message>
        <source>+ {name}, {group}, geboren {born}</source>
        <translation>+ {name}, {group}, born {born}</translation>
    </message>
    <message>
        <source>- {name}, {group}: vertrokken per {on} ({reason})</source>
        <translation>- {name}, {group}: left on {on} ({reason})</translation>
    </message>
    <message>
        <source>{only_in_ibdesk} leerling(en) staan alleen in ibdesk (nooit geïmporteerd); die blijven zoals ze zijn.</source>
        <translation>{only_in_ibdesk} pupil(s) exist only in ibdesk (never imported); they stay as they are.</translation>
    </message>
    <message>
        <source>Nog geen leerlingen. Voeg ze toe met 'ibdesk pupil add' of lees ze in met 'ibdesk import'.</source>
        <translation>No pupils yet. Add them with 'ibdesk pupil add' or read them in with 'ibdesk import'.</translation>
    </message>
    <message>
        <source>het exportbestand van de leerlingadministratie</source>
        <translation>the export file of the pupil administration</translation>
    </message>
    <message>
        <source>importeer zonder te vragen</source>
        <translation>import without asking</translation>
    </message>
    <message>
        <source>markeer leerlingen die niet meer in de export staan als vertrokken</source>
        <translation>mark pupils no longer in the export as departed</translation>
    </message>
    <message>
        <source>woongemeente van nieuwe leerlingen als de export die niet geeft (standaard: de gemeente van de school)</source>
        <translation>municipality of new pupils when the export does not give it (default: the school's municipality)</translation>
    </message>
    <message>
        <source>Importeren?</source>
        <translation>Import?</translation>
    </message>
    <message>
        <source>sleutel {key}</source>
        <translation>key {key}</translation>
    </message>
    <message>
        <source>per {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <source>Kolomindeling ({origin}): </source>
        <translation>Column layout ({origin}): </translation>
    </message>
    <message>
        <source>administratiesleutel: {old} → {new}</source>
        <translation>administration key: {old} → {new}</translation>
    </message>
    <message>
        <source>[j/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>markeer een casus als spoed (veiligheid, crisis): aanmelden via de doorbraakroute; 'uit' heft de markering op</source>
        <translation>mark a case urgent (veiligheid, crisis): refer through the doorbraak route; 'uit' removes the mark</translation>
    </message>
    <message>
        <source>waarom het spoed is (veiligheid of crisis), of uit om spoed te beëindigen</source>
        <translation>why it is urgent (veiligheid or crisis), or uit to end the urgency</translation>
    </message>
    <message>
        <source>korte toelichting (niets identificerends)</source>
        <translation>short explanation (nothing identifying)</translation>
    </message>
    <message>
        <source>Casus {case_id} gemarkeerd: {label}. Aanmelden bij het Sociaal Team kan via de doorbraakroute</source>
        <translation>Case {case_id} marked: {label}. Referral to the Sociaal Team can go through the doorbraak route</translation>
    </message>
    <message>
        <source>Spoedmarkering van casus {case_id} opgeheven.</source>
        <translation>Urgency mark of case {case_id} removed.</translation>
    </message>
    <message>
        <source>Casus {case_id} was niet als spoed gemarkeerd.</source>
        <translation>Case {case_id} was not marked urgent.</translation>
    </message>
    <message>
        <source> — nu al.</source>
        <translation> — already now.</translation>
    </message>
    <message>
        <source>; nog nodig:</source>
        <translation>; still needed:</translation>
    </message>
    <message>
        <source>Nog geen school ingesteld. Stel die in met: ibdesk school --name NAAM --municipality GEMEENTE --type po|vo|so</source>
        <translation>No school set up yet. Set it up with: ibdesk school --name NAME --municipality MUNICIPALITY --type po|vo|so</translation>
    </message>
    <message>
        <source>School: {name}</source>
        <translation>School: {name}</translation>
    </message>
    <message>
        <source>Gemeente: {municipality}</source>
        <translation>Municipality: {municipality}</translation>
    </message>
    <message>
        <source>BRIN: {value}</source>
        <translation>BRIN: {value}</translation>
    </message>
    <message>
        <source>Regio: {value}</source>
        <translation>Region: {value}</translation>
    </message>
    <message>
        <source>Soort school: {value}</source>
        <translation>Kind of school: {value}</translation>
    </message>
    <message>
        <source>toon of stel de school in (naam, gemeente, soort school, regio)</source>
        <translation>show or set the school (name, municipality, kind of school, region)</translation>
    </message>
    <message>
        <source>naam van de school</source>
        <translation>name of the school</translation>
    </message>
    <message>
        <source>gemeente van de school</source>
        <translation>municipality of the school</translation>
    </message>
    <message>
        <source>BRIN</source>
        <translation>BRIN</translation>
    </message>
    <message>
        <source>BRIN-nummer (twee cijfers en twee letters)</source>
        <translation>BRIN number (two digits and two letters)</translation>
    </message>
    <message>
        <source>REGIO</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>regio of samenwerkingsverband (kiest de regionale routekaart)</source>
        <translation>region or samenwerkingsverband (chooses the regional routekaart)</translation>
    </message>
    <message>
        <source>po|vo|so</source>
        <translation>po|vo|so</translation>
    </message>
    <message>
        <source>soort school: bepaalt de routekaart van nieuwe casussen</source>
        <translation>kind of school: decides the routekaart of new cases</translation>
    </message>
    <message>
        <source>Routekaart voor nieuwe casussen: {title} (versie {version})</source>
        <translation>Routekaart for new cases: {title} (version {version})</translation>
    </message>
    <message>
        <source>Er is nog geen school ingesteld. Geef minstens --name en --municipality.</source>
        <translation>No school has been set up yet. Give at least --name and --municipality.</translation>
    </message>
    <message>
        <source>School niet opgeslagen:
</source>
        <translation>School not saved:
</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>(niet ingevuld: primair onderwijs)</source>
        <translation>(not filled in: primary education)</translation>
    </message>
    <message>
        <source>horen over</source>
        <translation>hear about</translation>
    </message>
    <message>
        <source>tekenen</source>
        <translation>sign</translation>
    </message>
    <message>
        <source>Casus {case_id} — {subjects} (record {record_id})</source>
        <translation>Case {case_id} — {subjects} (record {record_id})</translation>
    </message>
    <message>
        <source>Vastgelegd: {line} — {decision}.</source>
        <translation>Recorded: {line} — {decision}.</translation>
    </message>
    <message>
        <source>{person} hoeft hiervoor niet te tekenen. Nog nodig: {choices}.</source>
        <translation>{person} does not need to sign this. Still needed: {choices}.</translation>
    </message>
    <message>
        <source>handtekeningen per persoon: wie nog moet tekenen, op papier of mondeling vastleggen</source>
        <translation>signatures per person: who still has to sign, record on paper or orally</translation>
    </message>
    <message>
        <source>waarvoor: consent (toestemming, standaard), opp (instemming), hoorrecht, zienswijze</source>
        <translation>for what: consent (toestemming, default), opp (instemming), hoorrecht, zienswijze</translation>
    </message>
    <message>
        <source>welke toestemming of welk OPP (standaard: de nieuwste van de casus)</source>
        <translation>which consent or which OPP (default: the case's newest)</translation>
    </message>
    <message>
        <source>WIE</source>
        <translation>WHO</translation>
    </message>
    <message>
        <source>wie tekende: guardian:ID of pupil (zie de lijst zonder --person)</source>
        <translation>who signed: guardian:ID or pupil (see the list without --person)</translation>
    </message>
    <message>
        <source>papier (met --scan) of mondeling (met --heard-by)</source>
        <translation>paper (with --scan) or oral (with --heard-by)</translation>
    </message>
    <message>
        <source>DD-MM-JJJJ</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>datum van tekenen (standaard vandaag)</source>
        <translation>date of signing (default today)</translation>
    </message>
    <message>
        <source>scan of foto van het getekende papier</source>
        <translation>scan or photo of the signed paper</translation>
    </message>
    <message>
        <source>wie van de school de mondelinge instemming hoorde</source>
        <translation>who at the school heard the oral agreement</translation>
    </message>
    <message>
        <source>in welk overleg (mondeling)</source>
        <translation>in which meeting (oral)</translation>
    </message>
    <message>
        <source>de persoon weigert (toestemming of instemming)</source>
        <translation>the person refuses (consent or agreement)</translation>
    </message>
    <message>
        <source>toestemming als PDF om op papier te laten tekenen</source>
        <translation>consent as a PDF to have signed on paper</translation>
    </message>
    <message>
        <source>Casus {case_id} heeft nog geen opgeslagen OPP om te {verb}.</source>
        <translation>Case {case_id} has no saved OPP yet to {verb}.</translation>
    </message>
    <message>
        <source>  • nog nodig: {name} ({role}) — --person {key}</source>
        <translation>  • still needed: {name} ({role}) — --person {key}</translation>
    </message>
    <message>
        <source>    Verklaring: {statement}</source>
        <translation>    Statement: {statement}</translation>
    </message>
    <message>
        <source>Afdrukken om op papier te tekenen kan op de opdrachtregel alleen voor toestemming.</source>
        <translation>Printing to sign on paper works on the command line only for consent.</translation>
    </message>
    <message>
        <source>Iedereen die moet tekenen, heeft nu getekend.</source>
        <translation>Everyone who has to sign has now signed.</translation>
    </message>
    <message>
        <source>{person} heeft hiervoor al getekend.</source>
        <translation>{person} has already signed this.</translation>
    </message>
    <message>
        <source>Kies met --method hoe er is getekend: papier (met --scan) of mondeling (met --heard-by). Op het scherm tekenen kan alleen in de app.</source>
        <translation>Choose with --method how it was signed: papier (with --scan) or mondeling (with --heard-by). Signing on screen is only possible in the app.</translation>
    </message>
    <message>
        <source>Op papier getekend: voeg met --scan de scan of foto van het getekende papier toe.</source>
        <translation>Signed on paper: add the scan or photo of the signed paper with --scan.</translation>
    </message>
    <message>
        <source>Casus {case_id} heeft nog geen toestemming vastgelegd. Vul eerst het toestemmingsformulier in (ibdesk form save CASUS toestemming).</source>
        <translation>Case {case_id} has no consent recorded yet. First fill in the consent form (ibdesk form save CASE toestemming).</translation>
    </message>
    <message>
        <source>Iedereen die moet tekenen, heeft getekend.</source>
        <translation>Everyone who has to sign has signed.</translation>
    </message>
    <message>
        <source>Hiervoor hoeft niemand te tekenen.</source>
        <translation>Nobody needs to sign this.</translation>
    </message>
    <message>
        <source>Nog nodig: </source>
        <translation>Still needed: </translation>
    </message>
    <message>
        <source>De scan {path} bestaat niet.</source>
        <translation>The scan {path} does not exist.</translation>
    </message>
    <message>
        <source>De scan {path} kan niet worden gelezen ({strerror}).</source>
        <translation>The scan {path} cannot be read ({strerror}).</translation>
    </message>
    <message>
        <source>Stap '{title}' staat op {shown}.</source>
        <translation>Step '{title}' is now {shown}.</translation>
    </message>
    <message>
        <source>Zet een stap van de routekaart op een stand.</source>
        <translation>Set a step of the routekaart to a state.</translation>
    </message>
    <message>
        <source>stap-id (zie 'ibdesk case CASUS --json')</source>
        <translation>step id (see 'ibdesk case CASE --json')</translation>
    </message>
    <message>
        <source>STAND</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>open | bezig | afgerond | nvt (niet van toepassing)</source>
        <translation>open | bezig | afgerond | nvt (not applicable)</translation>
    </message>
    <message>
        <source>bij nvt: waarom de stap niet van toepassing is</source>
        <translation>for nvt: why the step does not apply</translation>
    </message>
    <message>
        <source>datum (standaard: vandaag)</source>
        <translation>date (default: today)</translation>
    </message>
    <message>
        <source>--reason hoort bij 'nvt' (niet van toepassing).</source>
        <translation>--reason belongs with 'nvt' (not applicable).</translation>
    </message>
    <message>
        <source>vergelijk de auditketen ook met het anker in dit geëxporteerde document; mag vaker</source>
        <translation>also compare the audit chain with the anchor in this exported document; may be repeated</translation>
    </message>
    <message>
        <source>Back-up geschreven: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>Back-up teruggezet in {home}.</source>
        <translation>Backup restored in {home}.</translation>
    </message>
    <message>
        <source>Nieuwe databasesleutel ingesteld. De oude herstelsleutel en wachtwoordzin openen dit profiel niet meer. Let op: oudere back-ups openen alleen met de herstelsleutel of wachtwoordzin van toen.</source>
        <translation>New database key set. The old recovery key and passphrase no longer open this profile. Note: older backups open only with the recovery key or passphrase of that time.</translation>
    </message>
    <message>
        <source>controleer de database, verwijzingen en de auditketen</source>
        <translation>check the database, references and the audit chain</translation>
    </message>
    <message>
        <source>maak een versleutelde back-up</source>
        <translation>make an encrypted backup</translation>
    </message>
    <message>
        <source>waar de versleutelde back-up komt</source>
        <translation>where the encrypted backup goes</translation>
    </message>
    <message>
        <source>zet een back-up terug</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>de back-up die u terugzet</source>
        <translation>the backup you restore</translation>
    </message>
    <message>
        <source>toegang herstellen met de herstelsleutel</source>
        <translation>regain access with the recovery key</translation>
    </message>
    <message>
        <source>geef daarna een nieuwe herstelsleutel</source>
        <translation>then give a new recovery key</translation>
    </message>
    <message>
        <source>audittrail</source>
        <translation>audit trail</translation>
    </message>
    <message>
        <source>controleer de hash-keten van de audittrail</source>
        <translation>check the hash chain of the audit trail</translation>
    </message>
    <message>
        <source>nieuwe databasesleutel en nieuwe herstelsleutel (oude back-ups houden de oude)</source>
        <translation>new database key and new recovery key (old backups keep the old one)</translation>
    </message>
    <message>
        <source>In orde: database, WAL, sleutels, verwijzingen, auditketen en deellog.</source>
        <translation>In order: database, WAL, keys, references, audit chain and sharing log.</translation>
    </message>
    <message>
        <source>{count} probleem/problemen gevonden.</source>
        <translation>{count} problem(s) found.</translation>
    </message>
    <message>
        <source>Auditketen en deellog intact (ook tegen de externe ankers).</source>
        <translation>Audit chain and sharing log intact (also against the external anchors).</translation>
    </message>
    <message>
        <source>De auditketen is NIET intact.</source>
        <translation>The audit chain is NOT intact.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Toegang hersteld.</source>
        <translation>Access restored.</translation>
    </message>
    <message>
        <source>De herstelsleutel klopt. Er was niets te herstellen: de sleutel stond al in het sleutelbeheer van deze computer en er is niets veranderd.</source>
        <translation>The recovery key is right. There was nothing to restore: the key was already in this computer's key store and nothing has changed.</translation>
    </message>
    <message>
        <source>ibdesk: het huidige profiel is beschadigd of onvolledig; de back-up wordt teruggezet en de beschadigde bestanden worden apart gezet. ({reason})</source>
        <translation>ibdesk: the current profile is damaged or incomplete; the backup is restored and the damaged files are set aside. ({reason})</translation>
    </message>
    <message>
        <source>Wachtwoordzin of herstelsleutel van het profiel van de back-up</source>
        <translation>Passphrase or recovery key of the backup's profile</translation>
    </message>
    <message>
        <source>Nieuwe databasesleutel en herstelsleutel ingesteld; de oude herstelsleutel opent niets meer. Oudere back-ups openen alleen met de herstelsleutel of wachtwoordzin van toen.</source>
        <translation>New database key and recovery key set; the old recovery key no longer opens anything. Older backups open only with the recovery key or passphrase of that time.</translation>
    </message>
    <message>
        <source>De sleutel staat weer in het sleutelbeheer van deze computer.</source>
        <translation>The key is back in this computer's key store.</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin ingesteld.</source>
        <translation>New passphrase set.</translation>
    </message>
    <message>
        <source>Een vrijstelling op grond van artikel 5 onder a rust op een verklaring van een arts, psycholoog of orthopedagoog die de gemeente heeft aangewezen (Leerplichtwet art. 7).</source>
        <translation>An exemption under article 5(a) rests on a statement by a doctor, psychologist or educational specialist appointed by the municipality (Leerplichtwet art. 7).</translation>
    </message>
    <message>
        <source>door de ouders, vóór het 16e jaar; geldig tot de leerling zelf anders beslist</source>
        <translation>by the parents, before the 16th birthday; valid until the pupil decides otherwise</translation>
    </message>
    <message>
        <source>Identificerende gegevens</source>
        <translation>Identifying details</translation>
    </message>
    <message>
        <source>Schoolresultaten en toetsgegevens</source>
        <translation>School results and test data</translation>
    </message>
    <message>
        <source>Ondersteuningsgeschiedenis</source>
        <translation>Support history</translation>
    </message>
    <message>
        <source>Ontwikkelingsperspectiefplan (OPP)</source>
        <translation>Development perspective plan (OPP)</translation>
    </message>
    <message>
        <source>Gezondheid</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Thuissituatie</source>
        <translation>Home situation</translation>
    </message>
    <message>
        <source>Jeugdhulp</source>
        <translation>Jeugdhulp (youth care)</translation>
    </message>
    <message>
        <source>Aanmelding bij het Sociaal Team voor jeugdhulp</source>
        <translation>Referral to the Sociaal Team for jeugdhulp (youth care)</translation>
    </message>
    <message>
        <source>Aanvraag arrangement bij het samenwerkingsverband</source>
        <translation>Request for support arrangement from the samenwerkingsverband</translation>
    </message>
    <message>
        <source>Aanvraag toelaatbaarheidsverklaring (TLV)</source>
        <translation>Application for a declaration of admissibility (TLV)</translation>
    </message>
    <message>
        <source>Warme overdracht naar een andere school of hulpverlener</source>
        <translation>Warm handover to another school or care provider</translation>
    </message>
    <message>
        <source>Bespreking in een multidisciplinair overleg (MDO)</source>
        <translation>Discussion in a multidisciplinary meeting (MDO)</translation>
    </message>
    <message>
        <source>Verzuimmelding aan leerplicht</source>
        <translation>Absence report to Leerplicht</translation>
    </message>
    <message>
        <source>Melding bij Veilig Thuis (meldcode)</source>
        <translation>Report to Veilig Thuis (reporting code)</translation>
    </message>
    <message>
        <source>Antwoord op een wettelijk verzoek om inlichtingen (GI of Raad voor de Kinderbescherming)</source>
        <translation>Reply to a legal request for information (GI or Raad voor de Kinderbescherming)</translation>
    </message>
    <message>
        <source>Toestemming van {day}</source>
        <translation>Consent of {day}</translation>
    </message>
    <message>
        <source>Wettelijke taak: {task}</source>
        <translation>Legal task: {task}</translation>
    </message>
    <message>
        <source>Er is niemand bekend die toestemming kan geven (geen ouder met gezag).</source>
        <translation>No one is known who can give consent (no parent with parental responsibility).</translation>
    </message>
    <message>
        <source>toestemming geweigerd of ingetrokken</source>
        <translation>consent refused or withdrawn</translation>
    </message>
    <message>
        <source>toestemming ontbreekt</source>
        <translation>consent missing</translation>
    </message>
    <message>
        <source>thuiszitter</source>
        <translation>child out of school</translation>
    </message>
    <message>
        <source>spoed: veiligheid van het kind</source>
        <translation>urgent: the child's safety</translation>
    </message>
    <message>
        <source>spoed: crisis</source>
        <translation>urgent: crisis</translation>
    </message>
    <message>
        <source>{first} en {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <source>{item}: nog niet doorlopen — reden: {reason}</source>
        <translation>{item}: not gone through yet — reason: {reason}</translation>
    </message>
    <message>
        <source>'{value}' is geen vakantieregio. Nederland kent drie regio's voor de schoolvakanties: noord, midden en zuid ({where}).</source>
        <translation>'{value}' is not a holiday region. The Netherlands has three school holiday regions: noord, midden and zuid ({where}).</translation>
    </message>
    <message>
        <source>vakantieregio</source>
        <translation>holiday region</translation>
    </message>
    <message>
        <source>de ontvangende school</source>
        <translation>the receiving school</translation>
    </message>
    <message>
        <source>het samenwerkingsverband</source>
        <translation>the samenwerkingsverband (SWV)</translation>
    </message>
    <message>
        <source>leerplicht</source>
        <translation>Leerplicht</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>de gecertificeerde instelling</source>
        <translation>the certified institution</translation>
    </message>
    <message>
        <source>de Raad voor de Kinderbescherming</source>
        <translation>the Raad voor de Kinderbescherming (Child Protection Board)</translation>
    </message>
    <message>
        <source>overdracht</source>
        <translation>handover</translation>
    </message>
    <message>
        <source>aanvraag arrangement</source>
        <translation>request for a support arrangement</translation>
    </message>
    <message>
        <source>aanvraag TLV</source>
        <translation>request for a TLV</translation>
    </message>
    <message>
        <source>verzuimmelding</source>
        <translation>absence report</translation>
    </message>
    <message>
        <source>melding bij Veilig Thuis</source>
        <translation>report to Veilig Thuis</translation>
    </message>
    <message>
        <source>antwoord op een wettelijk verzoek</source>
        <translation>reply to a legal request</translation>
    </message>
    <message>
        <source>'{label}' geldt alleen voor {kinds}, niet voor {recipient}. Bron: {source}.</source>
        <translation>'{label}' applies only to {kinds}, not to {recipient}. Source: {source}.</translation>
    </message>
    <message>
        <source>'{label}' geldt alleen voor het doel {purposes}.</source>
        <translation>'{label}' applies only to the purpose {purposes}.</translation>
    </message>
    <message>
        <source>'{label}' dekt niet: {categories}. Daarvoor is toestemming nodig.</source>
        <translation>'{label}' does not cover: {categories}. That needs consent.</translation>
    </message>
    <message>
        <source>Kies een van de wettelijke taken of verplichtingen uit de lijst. Een andere wettelijke grondslag kan ibdesk niet toetsen; gebruik dan toestemming.</source>
        <translation>Choose one of the legal tasks or obligations from the list. ibdesk cannot check any other legal basis; use consent instead.</translation>
    </message>
    <message>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Onderwijskundig rapport bij een overstap (wettelijke verplichting)</source>
        <translation>Onderwijskundig rapport (educational report) on a change of school (legal obligation)</translation>
    </message>
    <message>
        <source>Aanvraag arrangement of TLV bij het samenwerkingsverband (wettelijke taak)</source>
        <translation>Request for an arrangement or TLV from the samenwerkingsverband (legal task)</translation>
    </message>
    <message>
        <source>Verzuimmelding aan leerplicht (wettelijke verplichting)</source>
        <translation>Absence report to Leerplicht (legal obligation)</translation>
    </message>
    <message>
        <source>Melding bij Veilig Thuis volgens de meldcode (meldrecht)</source>
        <translation>Report to Veilig Thuis under the reporting code (right to report)</translation>
    </message>
    <message>
        <source>Inlichtingen aan de gecertificeerde instelling op haar wettelijk verzoek</source>
        <translation>Information to the certified institution (GI) at its legal request</translation>
    </message>
    <message>
        <source>Inlichtingen aan de Raad voor de Kinderbescherming op zijn wettelijk verzoek</source>
        <translation>Information to the Raad voor de Kinderbescherming at its legal request</translation>
    </message>
    <message>
        <source>deze ontvanger</source>
        <translation>this recipient</translation>
    </message>
    <message>
        <source>Van '{status}' kan de casus niet naar '{word}'. Mogelijk: {options}.</source>
        <translation>From '{status}' the case cannot go to '{word}'. Possible: {options}.</translation>
    </message>
    <message>
        <source>De datum ligt in de toekomst.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Geef een reden in een paar woorden (bijvoorbeeld: doel bereikt, leerling verhuisd).</source>
        <translation>Give a reason in a few words (for example: goal reached, pupil moved away).</translation>
    </message>
    <message>
        <source>het Sociaal Team</source>
        <translation>the Sociaal Team</translation>
    </message>
    <message>
        <source>Casus geopend</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Op lopend gezet</source>
        <translation>Set to ongoing</translation>
    </message>
    <message>
        <source>Aangemeld bij het Sociaal Team</source>
        <translation>Referred to the Sociaal Team</translation>
    </message>
    <message>
        <source>Besluit Sociaal Team vastgelegd</source>
        <translation>Sociaal Team decision recorded</translation>
    </message>
    <message>
        <source>Terug naar lopend</source>
        <translation>Back to ongoing</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Heropend</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Beschikking jeugdhulp afgegeven</source>
        <translation>Youth care (jeugdhulp) decision issued</translation>
    </message>
    <message>
        <source>Nog in onderzoek bij het Sociaal Team</source>
        <translation>Still being assessed by the Sociaal Team</translation>
    </message>
    <message>
        <source>Geen jeugdhulp (niet nodig of afgewezen)</source>
        <translation>No youth care (not needed or refused)</translation>
    </message>
    <message>
        <source>Doorverwezen naar een andere organisatie</source>
        <translation>Referred on to another organisation</translation>
    </message>
    <message>
        <source>Anders (zie toelichting)</source>
        <translation>Other (see explanation)</translation>
    </message>
    <message>
        <source>Onbekende status '{target}'. Kies uit: {words}.</source>
        <translation>Unknown status '{target}'. Choose from: {words}.</translation>
    </message>
    <message>
        <source>Een gesloten casus gaat weer open met 'heropend' (met een reden).</source>
        <translation>A closed case opens again with 'heropend' (with a reason).</translation>
    </message>
    <message>
        <source>Alleen een gesloten casus kan worden heropend; deze casus is '{status}'.</source>
        <translation>Only a closed case can be reopened; this case is '{status}'.</translation>
    </message>
    <message>
        <source>De casus is al '{status}'.</source>
        <translation>The case is already '{status}'.</translation>
    </message>
    <message>
        <source>De datum ligt vóór de opening van de casus ({day}).</source>
        <translation>The date is before the case was opened ({day}).</translation>
    </message>
    <message>
        <source>Kies het Sociaal Team (of de organisatie) waarbij de casus is aangemeld.</source>
        <translation>Choose the Sociaal Team (or the organisation) the case was referred to.</translation>
    </message>
    <message>
        <source>Vul in wanneer u uiterlijk antwoord verwacht.</source>
        <translation>Enter the date by which you expect an answer.</translation>
    </message>
    <message>
        <source>Kies wat het Sociaal Team heeft besloten.</source>
        <translation>Choose what the Sociaal Team decided.</translation>
    </message>
    <message>
        <source>De volgende evaluatie ligt na de datum van het besluit.</source>
        <translation>The next evaluation must come after the date of the decision.</translation>
    </message>
    <message>
        <source>Beschrijf bij 'anders' wat het Sociaal Team heeft besloten.</source>
        <translation>With 'other', describe what the Sociaal Team decided.</translation>
    </message>
    <message>
        <source>Aangemeld bij {team} op {day}.</source>
        <translation>Referred to {team} on {day}.</translation>
    </message>
    <message>
        <source>Antwoord verwacht uiterlijk {day}{late}.</source>
        <translation>Answer expected by {day}{late}.</translation>
    </message>
    <message>
        <source>besluit vastgelegd</source>
        <translation>decision recorded</translation>
    </message>
    <message>
        <source>Besluit van {team} op {day}: {decided}.</source>
        <translation>Decision of {team} on {day}: {decided}.</translation>
    </message>
    <message>
        <source>Gesloten op {day}.</source>
        <translation>Closed on {day}.</translation>
    </message>
    <message>
        <source>Heropend op {day}.</source>
        <translation>Reopened on {day}.</translation>
    </message>
    <message>
        <source>(verstreken)</source>
        <translation>(passed)</translation>
    </message>
    <message>
        <source>Onbekend besluit '{text}'. Kies uit: {known}.</source>
        <translation>Unknown decision '{text}'. Choose from: {known}.</translation>
    </message>
    <message>
        <source>De datum ligt vóór de vorige statuswijziging ({day}).</source>
        <translation>The date is before the previous status change ({day}).</translation>
    </message>
    <message>
        <source>Het antwoord kan niet vóór of op de dag van aanmelden verwacht worden.</source>
        <translation>The answer cannot be due on or before the day of the referral.</translation>
    </message>
    <message>
        <source>Volgende evaluatie met het Sociaal Team: {day}{late}.</source>
        <translation>Next evaluation with the Sociaal Team: {day}{late}.</translation>
    </message>
    <message>
        <source>Nog geen volgende evaluatie met het Sociaal Team afgesproken.</source>
        <translation>No next evaluation with the Sociaal Team agreed yet.</translation>
    </message>
    <message>
        <source>Gesloten op {day}: {reason}</source>
        <translation>Closed on {day}: {reason}</translation>
    </message>
    <message>
        <source>Sociaal Team</source>
        <translation>Sociaal Team</translation>
    </message>
    <message>
        <source>Loket samenwerkingsverband</source>
        <translation>Samenwerkingsverband desk (SWV)</translation>
    </message>
    <message>
        <source>Consulent samenwerkingsverband</source>
        <translation>Samenwerkingsverband consultant (SWV)</translation>
    </message>
    <message>
        <source>Jeugdhulpaanbieder</source>
        <translation>Jeugdhulp provider (youth care)</translation>
    </message>
    <message>
        <source>GGD / jeugdarts (JGZ)</source>
        <translation>GGD / youth doctor (JGZ)</translation>
    </message>
    <message>
        <source>Leerplicht / RBL</source>
        <translation>Leerplicht / RBL</translation>
    </message>
    <message>
        <source>Andere school (overdracht)</source>
        <translation>Other school (handover)</translation>
    </message>
    <message>
        <source>Gecertificeerde instelling (jeugdbescherming)</source>
        <translation>Certified institution (child protection)</translation>
    </message>
    <message>
        <source>Raad voor de Kinderbescherming</source>
        <translation>Raad voor de Kinderbescherming (Child Protection Board)</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Concern raised</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Aangemeld bij Sociaal Team</source>
        <translation>Referred to Sociaal Team</translation>
    </message>
    <message>
        <source>Opvolging Sociaal Team</source>
        <translation>Sociaal Team follow-up</translation>
    </message>
    <message>
        <source>Nog {missing} van de {total} handtekeningen nodig: iedereen die moet instemmen, tekent zelf.</source>
        <translation>{missing} of the {total} signatures still needed: everyone who must agree signs for themselves.</translation>
    </message>
    <message>
        <source>De ouders beslissen verschillend: één stemt in, de ander niet. Dat is geen instemming.</source>
        <translation>The parents decide differently: one agrees, the other does not. That is not agreement.</translation>
    </message>
    <message>
        <source>Er is geen ouder met gezag vastgelegd: leg eerst vast wie gezag heeft.</source>
        <translation>No parent with parental responsibility is recorded: first record who has parental responsibility.</translation>
    </message>
    <message>
        <source>Nog niemand heeft getekend.</source>
        <translation>No one has signed yet.</translation>
    </message>
    <message>
        <source>soort</source>
        <translation>type</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>sleutel</source>
        <translation>key</translation>
    </message>
    <message>
        <source>opschalen</source>
        <translation>escalation</translation>
    </message>
    <message>
        <source>mandaat</source>
        <translation>mandate</translation>
    </message>
    <message>
        <source>contactpersoon</source>
        <translation>contact person</translation>
    </message>
    <message>
        <source>Onbekende soort organisatie '{shown}'. Kies uit: {known}.</source>
        <translation>Unknown kind of organisation '{shown}'. Choose from: {known}.</translation>
    </message>
    <message>
        <source>Kies de soort organisatie: {known}.</source>
        <translation>Choose the kind of organisation: {known}.</translation>
    </message>
    <message>
        <source>contactpersonen</source>
        <translation>contact people</translation>
    </message>
    <message>
        <source>De routekaart van deze casus kiest geen regels voor 'wie is aan zet'. ibdesk legt de antwoorden vast maar wijst geen partij aan.</source>
        <translation>The routekaart of this case chooses no rules for 'whose move is it'. ibdesk records the answers but does not point to a party.</translation>
    </message>
    <message>
        <source>Leerlingdossier</source>
        <translation>Pupil file</translation>
    </message>
    <message>
        <source>Verzuim- en inschrijvingsgegevens</source>
        <translation>Absence and enrolment data</translation>
    </message>
    <message>
        <source>Verwijzing speciaal onderwijs</source>
        <translation>Referral to special education</translation>
    </message>
    <message>
        <source>2 jaar na vertrek van de leerling</source>
        <translation>2 years after the pupil leaves</translation>
    </message>
    <message>
        <source>5 jaar na vertrek van de leerling</source>
        <translation>5 years after the pupil leaves</translation>
    </message>
    <message>
        <source>3 jaar na vertrek van de leerling</source>
        <translation>3 years after the pupil leaves</translation>
    </message>
    <message>
        <source>Woonplaatsbeginsel (Jeugdwet art. 1.1, sinds 2022): de gemeente waar het kind in de BRP staat ingeschreven betaalt de individuele jeugdhulp; voor een kind in pleegzorg of in een instelling is dat de gemeente van het BRP-adres van vóór het verblijf.</source>
        <translation>Residence principle (woonplaatsbeginsel, Jeugdwet art. 1.1, since 2022): the municipality where the child is registered in the BRP pays for individual jeugdhulp; for a child in foster care or in an institution, that is the municipality of the BRP address from before the stay.</translation>
    </message>
    <message>
        <source>De leerling staat in de BRP ingeschreven in {residence} en gaat naar school in {school}. {rule} De gemeente van de school heeft de regie over jeugdhulp op school.</source>
        <translation>The pupil is registered in the BRP in {residence} and goes to school in {school}. {rule} The municipality of the school coordinates jeugdhulp at school.</translation>
    </message>
    <message>
        <source>niet van toepassing — {reason}</source>
        <translation>not applicable — {reason}</translation>
    </message>
    <message>
        <source>Stap '{step}' kan nog niet worden afgerond. Nog nodig: {missing}.</source>
        <translation>Step '{step}' cannot be finished yet. Still needed: {missing}.</translation>
    </message>
    <message>
        <source>Stap '{step}' kan volgens de routekaart niet 'niet van toepassing' zijn: leg vast wat er in deze stap is gedaan.</source>
        <translation>Under the routekaart, step '{step}' cannot be 'not applicable': record what was done in this step.</translation>
    </message>
    <message>
        <source>Geef aan waarom stap '{step}' niet van toepassing is.</source>
        <translation>Say why step '{step}' does not apply.</translation>
    </message>
    <message>
        <source>Geef aan waarom stap '{step}' niet van toepassing is, in een paar woorden (bijvoorbeeld: geen arrangement nodig, besproken in het MDO).</source>
        <translation>Say in a few words why step '{step}' does not apply (for example: no arrangement needed, discussed in the MDO).</translation>
    </message>
    <message>
        <source>geen reden vastgelegd</source>
        <translation>no reason recorded</translation>
    </message>
    <message>
        <source>De vragen van 'Wie is aan zet?' zijn nog niet beantwoord.</source>
        <translation>The questions of 'Wie is aan zet?' have not been answered yet.</translation>
    </message>
    <message>
        <source>De visie van de ouders is nog niet vastgelegd (ouders nog niet gehoord).</source>
        <translation>The parents' view has not been recorded yet (parents not heard yet).</translation>
    </message>
    <message>
        <source>Er is geen Sociaal Team bekend voor de woongemeente van de leerling (Contacten).</source>
        <translation>No Sociaal Team is known for the pupil's home municipality (Contacts).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Niet van toepassing</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Stap '{step}' is nog niet afgerond.</source>
        <translation>Step '{step}' is not finished yet.</translation>
    </message>
    <message>
        <source>'Wie is aan zet?'</source>
        <translation>'Whose move is it?'</translation>
    </message>
    <message>
        <source>Visie van de ouders vastleggen</source>
        <translation>Record the parents' view</translation>
    </message>
    <message>
        <source>bewijs ontbreekt: {label}</source>
        <translation>evidence missing: {label}</translation>
    </message>
    <message>
        <source>Stap '{step}'</source>
        <translation>Step '{step}'</translation>
    </message>
    <message>
        <source>'Wie is aan zet?' (niet alle vragen beantwoord)</source>
        <translation>'Whose move is it?' (not all questions answered)</translation>
    </message>
    <message>
        <source>Primair onderwijs (basisschool)</source>
        <translation>Primary education (basisschool)</translation>
    </message>
    <message>
        <source>Voortgezet onderwijs</source>
        <translation>Secondary education</translation>
    </message>
    <message>
        <source>Speciaal (basis)onderwijs: SO / SBO</source>
        <translation>Special (primary) education: SO / SBO</translation>
    </message>
    <message>
        <source>Onbekend schooltype '{text}'. Kies po, vo of so (SO/SBO).</source>
        <translation>Unknown school type '{text}'. Choose po, vo or so (SO/SBO).</translation>
    </message>
    <message>
        <source>Geef de routekaart als ID of ID@VERSIE, bijvoorbeeld routekaart-vo@1.</source>
        <translation>Give the routekaart as ID or ID@VERSION, for example routekaart-vo@1.</translation>
    </message>
    <message>
        <source>'{version}' is geen versienummer; schrijf bijvoorbeeld {route}@1.</source>
        <translation>'{version}' is not a version number; write for example {route}@1.</translation>
    </message>
    <message>
        <source>De datum van uitschrijving ligt vóór de inschrijving.</source>
        <translation>The date of leaving is before the date of enrolment.</translation>
    </message>
    <message>
        <source>De openingsdatum ligt in de toekomst.</source>
        <translation>The opening date is in the future.</translation>
    </message>
    <message>
        <source>De sluitdatum ligt vóór de openingsdatum.</source>
        <translation>The closing date is before the opening date.</translation>
    </message>
    <message>
        <source>Een Sociaal Team hoort bij een gemeente: vul de gemeente in.</source>
        <translation>A Sociaal Team belongs to a municipality: enter the municipality.</translation>
    </message>
    <message>
        <source>Wijs een vaste contactpersoon aan.</source>
        <translation>Choose a main contact person.</translation>
    </message>
    <message>
        <source>Wijs één vaste contactpersoon aan, niet meer.</source>
        <translation>Choose one main contact person, not more.</translation>
    </message>
    <message>
        <source>Wijs één persoon aan om naar op te schalen, niet meer.</source>
        <translation>Choose one person to escalate to, not more.</translation>
    </message>
    <message>
        <source>Beschrijf het mandaat van {name}: wat mag hij of zij beslissen als het vastloopt?</source>
        <translation>Describe the mandate of {name}: what may they decide when things get stuck?</translation>
    </message>
    <message>
        <source>De naam van de school</source>
        <translation>The name of the school</translation>
    </message>
    <message>
        <source>De gemeente van de school</source>
        <translation>The municipality of the school</translation>
    </message>
    <message>
        <source>Naam van ouder/verzorger {number}</source>
        <translation>Name of parent/carer {number}</translation>
    </message>
    <message>
        <source>De voornaam</source>
        <translation>The first name</translation>
    </message>
    <message>
        <source>De achternaam</source>
        <translation>The last name</translation>
    </message>
    <message>
        <source>Groep of klas</source>
        <translation>Group or class</translation>
    </message>
    <message>
        <source>De woongemeente</source>
        <translation>The home municipality</translation>
    </message>
    <message>
        <source>De hulpvraag</source>
        <translation>The request for help</translation>
    </message>
    <message>
        <source>Wie de regie heeft</source>
        <translation>Who leads the case</translation>
    </message>
    <message>
        <source>De naam van de organisatie</source>
        <translation>The name of the organisation</translation>
    </message>
    <message>
        <source>Dit is te lang: hoogstens {limit} tekens.</source>
        <translation>This is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>Naam contactpersoon</source>
        <translation>Name of the contact person</translation>
    </message>
    <message>
        <source>deze persoon</source>
        <translation>this person</translation>
    </message>
    <message>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>instemming met het handelingsdeel van het OPP</source>
        <translation>agreement with the action part of the OPP</translation>
    </message>
    <message>
        <source>gehoord over het OPP</source>
        <translation>heard about the OPP</translation>
    </message>
    <message>
        <source>zienswijze</source>
        <translation>view</translation>
    </message>
    <message>
        <source>Vul de naam in van wie tekent.</source>
        <translation>Enter the name of the person signing.</translation>
    </message>
    <message>
        <source>Vul in wie het is (bijvoorbeeld moeder, gezag).</source>
        <translation>Enter who they are (for example mother, parental responsibility).</translation>
    </message>
    <message>
        <source>De datum kan niet in de toekomst liggen.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>Kies hoe er is getekend: op het scherm, op papier of mondeling.</source>
        <translation>Choose how it was signed: on screen, on paper or orally.</translation>
    </message>
    <message>
        <source>Laat de persoon op het scherm tekenen.</source>
        <translation>Let the person sign on the screen.</translation>
    </message>
    <message>
        <source>De persoon tekent pas na het lezen van de verklaring.</source>
        <translation>The person signs only after reading the statement.</translation>
    </message>
    <message>
        <source>Voeg de scan of foto van het getekende papier toe.</source>
        <translation>Add the scan or photo of the signed paper.</translation>
    </message>
    <message>
        <source>Noteer wie de mondelinge toestemming heeft gehoord.</source>
        <translation>Note who heard the oral consent.</translation>
    </message>
    <message>
        <source>Bijvoorbeeld 026 123 4567, 06 1234 5678, 14 026 (gemeente), 0800 1234 of +32 2 123 45 67 (buitenland).</source>
        <translation>For example 026 123 4567, 06 1234 5678, 14 026 (municipality), 0800 1234 or +32 2 123 45 67 (abroad).</translation>
    </message>
    <message>
        <source>'{value}' is geen geldig telefoonnummer. {hint}</source>
        <translation>'{value}' is not a valid phone number. {hint}</translation>
    </message>
    <message>
        <source>Een BSN bestaat uit 9 cijfers (bijvoorbeeld 111222333).</source>
        <translation>A BSN has 9 digits (for example 111222333).</translation>
    </message>
    <message>
        <source>Dit BSN klopt niet: het voldoet niet aan de elfproef. Controleer de cijfers.</source>
        <translation>This BSN is not valid: it fails the eleven check (elfproef). Check the digits.</translation>
    </message>
    <message>
        <source>De geboortedatum ligt in de toekomst.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <source>Met deze geboortedatum is de leerling {years} jaar. Controleer het jaartal.</source>
        <translation>With this date of birth the pupil is {years} years old. Check the year.</translation>
    </message>
    <message>
        <source>Een postcode is vier cijfers en twee letters, bijvoorbeeld 6871 AB.</source>
        <translation>A postcode is four digits and two letters, for example 6871 AB.</translation>
    </message>
    <message>
        <source>De lettercombinatie {letters} komt in postcodes niet voor.</source>
        <translation>Postcodes never use the letters {letters}.</translation>
    </message>
    <message>
        <source>'{text}' is geen geldig e-mailadres (naam@domein.nl).</source>
        <translation>'{text}' is not a valid email address (name@domain.nl).</translation>
    </message>
    <message>
        <source>{label} is verplicht.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>Een BRIN-nummer is twee cijfers en twee letters, bijvoorbeeld 12AB.</source>
        <translation>A BRIN number is two digits and two letters, for example 12AB.</translation>
    </message>
    <message>
        <source>Grondslag en toestemming</source>
        <translation>Legal basis and consent</translation>
    </message>
    <message>
        <source>Zienswijze van ouders</source>
        <translation>Parents' view</translation>
    </message>
    <message>
        <source>Toestemming en handtekeningen</source>
        <translation>Consent and signatures</translation>
    </message>
    <message>
        <source>geen ontvanger</source>
        <translation>no recipient</translation>
    </message>
    <message>
        <source>Iedereen die toestemming moet geven, heeft deze toestemming al getekend.</source>
        <translation>Everyone who must give consent has already signed this consent.</translation>
    </message>
    <message>
        <source>Iedereen die moet instemmen met dit OPP, heeft al getekend.</source>
        <translation>Everyone who must agree with this OPP has already signed.</translation>
    </message>
    <message>
        <source>De leerling heeft dit al getekend, of hoeft niet te tekenen (jonger dan 12).</source>
        <translation>The pupil has already signed this, or does not need to sign (younger than 12).</translation>
    </message>
    <message>
        <source>alleen tijdstempels toegevoegd</source>
        <translation>only timestamps were added</translation>
    </message>
    <message>
        <source>formuliervelden of handtekeningen toegevoegd</source>
        <translation>form fields or signatures were added</translation>
    </message>
    <message>
        <source>opmerkingen toegevoegd</source>
        <translation>comments were added</translation>
    </message>
    <message>
        <source>is de INHOUD gewijzigd</source>
        <translation>the CONTENT was changed</translation>
    </message>
    <message>
        <source>Handtekening {number} van {total}: {signer} — {state}, {trust}, {cover}. Vingerafdruk: {fingerprint}</source>
        <translation>Signature {number} of {total}: {signer} — {state}, {trust}, {cover}. Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>NEE — de ondertekenaar staat niet in uw lijst van vertrouwde certificaten (school-CA, uw eigen certificaat of een certificaat dat u vertrouwt op vingerafdruk)</source>
        <translation>NO — the signer is not in your list of trusted certificates (school CA, your own certificate or a certificate you trust by fingerprint)</translation>
    </message>
    <message>
        <source>dit certificaat is vervangen op {day}; ibdesk vertrouwt het alleen voor wat het daarvóór ondertekende</source>
        <translation>this certificate was replaced on {day}; ibdesk trusts it only for what it signed before then</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>NIET intact</source>
        <translation>NOT intact</translation>
    </message>
    <message>
        <source>vertrouwd ({source})</source>
        <translation>trusted ({source})</translation>
    </message>
    <message>
        <source>NIET vertrouwd</source>
        <translation>NOT trusted</translation>
    </message>
    <message>
        <source>dekt het hele bestand</source>
        <translation>covers the whole file</translation>
    </message>
    <message>
        <source>dekt revisie {revision}; daarna {changes}</source>
        <translation>covers revision {revision}; after that {changes}</translation>
    </message>
    <message>
        <source>IN ORDE: het document is ongewijzigd sinds het werd ondertekend, door een vertrouwde ondertekenaar.</source>
        <translation>ALL IN ORDER: the document has not changed since it was signed, by a trusted signer.</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NEE</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Ondertekend door: {who}</source>
        <translation>Signed by:        {who}</translation>
    </message>
    <message>
        <source>Inhoud intact:    {answer}</source>
        <translation>Content intact:   {answer}</translation>
    </message>
    <message>
        <source>NEE (er is iets toegevoegd na de handtekening)</source>
        <translation>NO (something was added after the signature)</translation>
    </message>
    <message>
        <source>Hele bestand ondertekend: {answer}</source>
        <translation>Whole file signed: {answer}</translation>
    </message>
    <message>
        <source>Vertrouwd:        {answer}</source>
        <translation>Trusted:          {answer}</translation>
    </message>
    <message>
        <source>Vingerafdruk:     {fingerprint}</source>
        <translation>Fingerprint:      {fingerprint}</translation>
    </message>
    <message>
        <source>niet van toepassing — het document is niet intact; vertrouw de inhoud niet</source>
        <translation>not applicable — the document is not intact; do not trust its content</translation>
    </message>
    <message>
        <source>ja — {source}</source>
        <translation>yes — {source}</translation>
    </message>
    <message>
        <source>NEE — {source}</source>
        <translation>NO — {source}</translation>
    </message>
    <message>
        <source>een vertrouwd certificaat</source>
        <translation>a trusted certificate</translation>
    </message>
    <message>
        <source>NIET IN ORDE: de ondertekenaar is niet vertrouwd. Iedereen kan een certificaat met deze naam maken; vergelijk de vingerafdruk hieronder telefonisch met de afzender.</source>
        <translation>NOT IN ORDER: the signer is not trusted. Anyone can make a certificate with this name; compare the fingerprint below with the sender over the phone.</translation>
    </message>
    <message>
        <source>NIET IN ORDE: het document is na ondertekening gewijzigd of beschadigd.</source>
        <translation>NOT IN ORDER: the document was changed or damaged after it was signed.</translation>
    </message>
    <message>
        <source>Ondertekend op:   {moment}</source>
        <translation>Signed on:        {moment}</translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden gelezen.</source>
        <translation>The file {path} cannot be read.</translation>
    </message>
    <message>
        <source>Dit document is versleuteld. Geef het wachtwoord op dat u van de afzender kreeg.</source>
        <translation>This document is encrypted. Give the password you received from the sender.</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <source>Handtekening {number} in dit bestand is niet intact.</source>
        <translation>Signature {number} in this file is not intact.</translation>
    </message>
    <message>
        <source>is er iets toegevoegd</source>
        <translation>something was added</translation>
    </message>
    <message>
        <source>NIET IN ORDE: dit document heeft geen digitale handtekening.</source>
        <translation>NOT IN ORDER: this document has no digital signature.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd of geen geldige PDF; de handtekening kan niet worden gecontroleerd.</source>
        <translation>The file is damaged or not a valid PDF; the signature cannot be checked.</translation>
    </message>
    <message>
        <source>onderdeel '{missing}' ontbreekt in deze installatie; installeer ibdesk opnieuw of meld dit bij de ICT-beheerder</source>
        <translation>component '{missing}' is missing from this installation; reinstall ibdesk or report this to IT</translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Onbekend veld.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <source>Bij een toelichting hoort geen antwoord.</source>
        <translation>An explanation takes no answer.</translation>
    </message>
    <message>
        <source>Ongeldige waarde: tekst verwacht.</source>
        <translation>Invalid value: text expected.</translation>
    </message>
    <message>
        <source>Maximaal {n} tekens (nu {len}).</source>
        <translation>At most {n} characters (now {len}).</translation>
    </message>
    <message>
        <source>Ongeldige datum; gebruik JJJJ-MM-DD.</source>
        <translation>Invalid date; use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Ongeldig getal.</source>
        <translation>Invalid number.</translation>
    </message>
    <message>
        <source>Alleen hele getallen zijn toegestaan.</source>
        <translation>Only whole numbers are allowed.</translation>
    </message>
    <message>
        <source>Maximaal {n} {word} achter de komma.</source>
        <translation>At most {n} {word} after the decimal point.</translation>
    </message>
    <message>
        <source>De waarde moet minimaal {n} zijn.</source>
        <translation>The value must be at least {n}.</translation>
    </message>
    <message>
        <source>De waarde mag hoogstens {n} zijn.</source>
        <translation>The value may be at most {n}.</translation>
    </message>
    <message>
        <source>Kies ja of nee.</source>
        <translation>Choose yes or no.</translation>
    </message>
    <message>
        <source>Onbekende keuze: {v}.</source>
        <translation>Unknown choice: {v}.</translation>
    </message>
    <message>
        <source>Ongeldige waarde: lijst met keuzes verwacht.</source>
        <translation>Invalid value: a list of choices expected.</translation>
    </message>
    <message>
        <source>Een keuze staat er meer dan eens in.</source>
        <translation>A choice appears more than once.</translation>
    </message>
    <message>
        <source>Ongeldige verwijzing.</source>
        <translation>Invalid reference.</translation>
    </message>
    <message>
        <source>Ongeldige handtekening.</source>
        <translation>Invalid signature.</translation>
    </message>
    <message>
        <source>Ongeldige waarde: lijst verwacht.</source>
        <translation>Invalid value: a list expected.</translation>
    </message>
    <message>
        <source>Ongeldig onderdeel.</source>
        <translation>Invalid item.</translation>
    </message>
    <message>
        <source>Voeg er minimaal {n} toe.</source>
        <translation>Add at least {n}.</translation>
    </message>
    <message>
        <source>Maximaal {n} toegestaan.</source>
        <translation>At most {n} allowed.</translation>
    </message>
    <message>
        <source>Antwoorden moeten een object zijn.</source>
        <translation>Answers must be an object.</translation>
    </message>
    <message>
        <source>cijfer</source>
        <translation>digit</translation>
    </message>
    <message>
        <source>cijfers</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>puntkomma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>verticale streep</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>Leerlingnummer</source>
        <translation>Pupil number</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Woongemeente</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <source>Ingeschreven op</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Uitgeschreven op</source>
        <translation>Left school on</translation>
    </message>
    <message>
        <source>Dit lijkt een XML-bestand (EDEX), geen CSV. Importeer het dan als EDEX.</source>
        <translation>This looks like an XML file (EDEX), not a CSV. Import it as EDEX instead.</translation>
    </message>
    <message>
        <source>Dit is geen CSV-bestand maar een binair bestand (zoals een Excel-bestand). Sla het in Excel op als 'CSV (gescheiden door lijstscheidingsteken)'.</source>
        <translation>This is not a CSV file but a binary file (such as an Excel file). In Excel, save it as 'CSV (comma delimited)'.</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Regel 1: geen kolommen gevonden. Een CSV-export heeft op de eerste regel de kolomnamen, gescheiden door puntkomma's of komma's.</source>
        <translation>Line 1: no columns found. A CSV export has the column names on its first line, separated by semicolons or commas.</translation>
    </message>
    <message>
        <source>Onbekend veld in de kolomindeling: {unknown}. Bekend: {known}.</source>
        <translation>Unknown field in the column layout: {unknown}. Known: {known}.</translation>
    </message>
    <message>
        <source>Kolom {absent} staat niet in het bestand. Kolommen in het bestand: {columns}.</source>
        <translation>Column {absent} is not in the file. Columns in the file: {columns}.</translation>
    </message>
    <message>
        <source>Kies een kolom voor: {missing}. Kolommen in het bestand: {columns}.</source>
        <translation>Choose a column for: {missing}. Columns in the file: {columns}.</translation>
    </message>
    <message>
        <source>{name}: schrijf de kolomindeling als veld: kolomnaam, bijvoorbeeld {example}.</source>
        <translation>{name}: write the column layout as field: column name, for example {example}.</translation>
    </message>
    <message>
        <source>Regel {line}: de CSV is beschadigd ({reason}).</source>
        <translation>Line {line}: the CSV is damaged ({reason}).</translation>
    </message>
    <message>
        <source>{name} is geen geldige kolomindeling (YAML of JSON): {reason}</source>
        <translation>{name} is not a valid column layout (YAML or JSON): {reason}</translation>
    </message>
    <message>
        <source>meer waarden dan kolommen (staat er een scheidingsteken in een naam? Zet die dan tussen aanhalingstekens).</source>
        <translation>more values than columns (is there a separator in a name? Then put it in quotation marks).</translation>
    </message>
    <message>
        <source>de afsluitende tag past niet bij de openende tag</source>
        <translation>the closing tag does not match the opening tag</translation>
    </message>
    <message>
        <source>het bestand houdt op voordat alles is afgesloten (onvolledig)</source>
        <translation>the file ends before everything is closed (incomplete)</translation>
    </message>
    <message>
        <source>hier staat een teken dat in XML niet mag</source>
        <translation>there is a character here that XML does not allow</translation>
    </message>
    <message>
        <source>een tag is niet afgesloten</source>
        <translation>a tag is not closed</translation>
    </message>
    <message>
        <source>na het einde van het document staat nog tekst</source>
        <translation>there is more text after the end of the document</translation>
    </message>
    <message>
        <source>onbekende entiteit (&amp;…;)</source>
        <translation>unknown entity (&amp;…;)</translation>
    </message>
    <message>
        <source>dit is geen geldige XML</source>
        <translation>this is not valid XML</translation>
    </message>
    <message>
        <source>een CDATA-blok is niet afgesloten</source>
        <translation>a CDATA section is not closed</translation>
    </message>
    <message>
        <source>een attribuut staat dubbel in één tag</source>
        <translation>an attribute appears twice in one tag</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd: regel {line}, kolom {column}{where}: {reason}. Maak de export opnieuw in de leerlingadministratie.</source>
        <translation>The file is damaged: line {line}, column {column}{where}: {reason}. Make the export again in the pupil administration system.</translation>
    </message>
    <message>
        <source>, in &lt;{tag}&gt; (begonnen op regel {line})</source>
        <translation>, in &lt;{tag}&gt; (started on line {line})</translation>
    </message>
    <message>
        <source>Dit is geen EDEX-bestand: het hoofdelement is &lt;{tag}&gt; (regel {line}), een EDEX-export begint met &lt;EDEX&gt;. Kies het EDEX-bestand uit ParnasSys of ESIS.</source>
        <translation>This is not an EDEX file: the root element is &lt;{tag}&gt; (line {line}); an EDEX export starts with &lt;EDEX&gt;. Choose the EDEX file from ParnasSys or ESIS.</translation>
    </message>
    <message>
        <source>Dit is geen EDEX-bestand maar een binair bestand (zoals een PDF, zip of Excel-bestand). Kies het EDEX-bestand (.xml) uit de leerlingadministratie.</source>
        <translation>This is not an EDEX file but a binary file (such as a PDF, zip or Excel file). Choose the EDEX file (.xml) from the pupil administration system.</translation>
    </message>
    <message>
        <source>Dit is geen EDEX-bestand: regel 1 begint niet met '&lt;', het is geen XML. Is het een CSV-export? Importeer die dan als CSV.</source>
        <translation>This is not an EDEX file: line 1 does not start with '&lt;', so it is not XML. Is it a CSV export? Then import it as CSV.</translation>
    </message>
    <message>
        <source>Dit EDEX-bestand is onvolledig: &lt;EDEX&gt; (regel {line}) heeft geen &lt;{tag}&gt;.</source>
        <translation>This EDEX file is incomplete: &lt;EDEX&gt; (line {line}) has no &lt;{tag}&gt;.</translation>
    </message>
    <message>
        <source>Regel {line}: het bestand bevat een DOCTYPE-verklaring. Een EDEX-export heeft die niet; uit veiligheid is het bestand niet gelezen.</source>
        <translation>Line {line}: the file contains a DOCTYPE declaration. An EDEX export has none; for safety the file was not read.</translation>
    </message>
    <message>
        <source>Regel {line}: het bestand declareert eigen entiteiten (&lt;!ENTITY …&gt;). Een EDEX-export doet dat niet; uit veiligheid is het bestand niet gelezen.</source>
        <translation>Line {line}: the file declares its own entities (&lt;!ENTITY …&gt;). An EDEX export does not; for safety the file was not read.</translation>
    </message>
    <message>
        <source>&lt;leerling&gt; zonder key-attribuut; overgeslagen (zonder sleutel kan ibdesk deze leerling bij een volgende import niet terugvinden).</source>
        <translation>&lt;leerling&gt; without a key attribute; skipped (without a key ibdesk cannot find this pupil again in a later import).</translation>
    </message>
    <message>
        <source>&lt;groep key="{key}"&gt; staat niet bij &lt;groepen&gt;.</source>
        <translation>&lt;groep key="{key}"&gt; is not listed under &lt;groepen&gt;.</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; zonder key; de groep is overgeslagen.</source>
        <translation>&lt;{tag}&gt; without a key; the group was skipped.</translation>
    </message>
    <message>
        <source>&lt;{tag} key="{key}"&gt; staat dubbel; de eerste telt.</source>
        <translation>&lt;{tag} key="{key}"&gt; appears twice; the first one counts.</translation>
    </message>
    <message>
        <source>UTF-8 (met BOM)</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>{path} is een map; kies het exportbestand zelf.</source>
        <translation>{path} is a folder; choose the export file itself.</translation>
    </message>
    <message>
        <source>{name} is groter dan 50 MB; dat is geen leerlingexport.</source>
        <translation>{name} is larger than 50 MB; that is not a pupil export.</translation>
    </message>
    <message>
        <source>Het bestand {path} bestaat niet.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden gelezen ({reason}).</source>
        <translation>The file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Het bestand begint als {label}, maar regel {line} is geen geldige {label}-tekst. Het bestand is beschadigd; maak de export opnieuw.</source>
        <translation>The file starts as {label}, but line {line} is not valid {label} text. The file is damaged; make the export again.</translation>
    </message>
    <message>
        <source>roepnaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>groep</source>
        <translation>group</translation>
    </message>
    <message>
        <source>woongemeente</source>
        <translation>municipality of residence</translation>
    </message>
    <message>
        <source>ingeschreven op</source>
        <translation>enrolled on</translation>
    </message>
    <message>
        <source>vertrokken op</source>
        <translation>left on</translation>
    </message>
    <message>
        <source>Het bestand is niet ingelezen; er is niets veranderd. {problem}</source>
        <translation>The file was not read; nothing was changed. {problem}</translation>
    </message>
    <message>
        <source>(zonder naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>regel {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>schooljaar {year}</source>
        <translation>school year {year}</translation>
    </message>
    <message>
        <source>leerling</source>
        <translation>pupil</translation>
    </message>
    <message>
        <source>niet meer in de export</source>
        <translation>no longer in the export</translation>
    </message>
    <message>
        <source>uitgeschreven volgens de export</source>
        <translation>left according to the export</translation>
    </message>
    <message>
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>ingeschreven</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>uitgeschreven</source>
        <translation>left</translation>
    </message>
    <message>
        <source>{new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {leaving} niet meer in de export, {problems}</source>
        <translation>{new} new, {updated} updated, {unchanged} unchanged, {leaving} no longer in the export, {problems}</translation>
    </message>
    <message>
        <source>Dit bestand is van de school met BRIN {theirs}; uw school in ibdesk heeft BRIN {ours}. Kies de export van uw eigen school, of pas de BRIN aan bij Instellingen.</source>
        <translation>This file is from the school with BRIN {theirs}; your school in ibdesk has BRIN {ours}. Choose the export of your own school, or change the BRIN in Settings.</translation>
    </message>
    <message>
        <source>Let op: {missing} van de {linked} leerlingen uit de administratie staan niet in deze export. Is dit de export van de hele school? Markeer ze alleen als vertrokken als ze echt van school zijn.</source>
        <translation>Note: {missing} of the {linked} pupils from the administration are not in this export. Is this the export of the whole school? Only mark them as left if they have really left the school.</translation>
    </message>
    <message>
        <source>{count} nieuwe leerling(en) niet toegevoegd: de export geeft geen woongemeente en ibdesk kent de gemeente van de school nog niet. Vul de school in bij Instellingen (of geef bij 'ibdesk import' de optie --municipality).</source>
        <translation>{count} new pupil(s) not added: the export gives no home municipality and ibdesk does not know the school's municipality yet. Fill in the school in Settings (or give 'ibdesk import' the option --municipality).</translation>
    </message>
    <message>
        <source>volgens de export al uitgeschreven; niet toegevoegd.</source>
        <translation>already left according to the export; not added.</translation>
    </message>
    <message>
        <source>niet toegevoegd: geen (geldige) {fields} in de export.</source>
        <translation>not added: no (valid) {fields} in the export.</translation>
    </message>
    <message>
        <source>niet toegevoegd: {problem}</source>
        <translation>not added: {problem}</translation>
    </message>
    <message>
        <source>probleem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>problemen</source>
        <translation>problems</translation>
    </message>
    <message>
        <source>de sleutel {key} staat meer dan eens in het bestand; deze rij is overgeslagen.</source>
        <translation>the key {key} appears more than once in the file; this row was skipped.</translation>
    </message>
    <message>
        <source>in ibdesk staan meerdere leerlingen die hierbij passen; deze rij is overgeslagen. Voeg ze samen of pas er één aan.</source>
        <translation>ibdesk holds more than one pupil that matches this; this row was skipped. Merge them or change one.</translation>
    </message>
    <message>
        <source>dezelfde leerling als regel {line}; deze rij is overgeslagen.</source>
        <translation>the same pupil as line {line}; this row was skipped.</translation>
    </message>
    <message>
        <source>niet bijgewerkt: {problem}</source>
        <translation>not updated: {problem}</translation>
    </message>
    <message>
        <source>Het beleidsbestand {path} moet sleutels met waarden bevatten.</source>
        <translation>The policy file {path} must contain keys with values.</translation>
    </message>
    <message>
        <source>Onbekende instelling(en) in {where}: {unknown}. Toegestaan: {allowed}.</source>
        <translation>Unknown setting(s) in {where}: {unknown}. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>'language' in {where} moet nl (Nederlands) of en (English) zijn.</source>
        <translation>'language' in {where} must be nl (Nederlands) or en (English).</translation>
    </message>
    <message>
        <source>Het beleidsbestand {path} kan niet worden gelezen: {problem}. Vraag de ICT-beheerder het te herstellen.</source>
        <translation>The policy file {path} cannot be read: {problem}. Ask IT to repair it.</translation>
    </message>
    <message>
        <source>'{key}' in {where} moet true of false zijn.</source>
        <translation>'{key}' in {where} must be true or false.</translation>
    </message>
    <message>
        <source>'{key}' in {where} moet een heel aantal minuten zijn, {low} tot {high}.</source>
        <translation>'{key}' in {where} must be a whole number of minutes, {low} to {high}.</translation>
    </message>
    <message>
        <source>'{key}' in {where} moet tekst zijn.</source>
        <translation>'{key}' in {where} must be text.</translation>
    </message>
    <message>
        <source>Vraag de ICT-beheerder het beleid te herstellen.</source>
        <translation>Ask IT to repair the policy.</translation>
    </message>
    <message>
        <source>Het beleid in het register ({place}) kan niet worden gelezen: {problem}. Vraag de ICT-beheerder het te herstellen.</source>
        <translation>The policy in the registry ({place}) cannot be read: {problem}. Ask IT to repair it.</translation>
    </message>
    <message>
        <source>versleuteld, {pupils} fictieve leerlingen en {cases} casussen, controle in orde</source>
        <translation>encrypted, {pupils} fictional pupils and {cases} cases, check passed</translation>
    </message>
    <message>
        <source>{count} definities uit {folders}</source>
        <translation>{count} definitions from {folders}</translation>
    </message>
    <message>
        <source>{pages} pagina's, ondertekend ({certificate}) en gecontroleerd</source>
        <translation>{pages} pages, signed ({certificate}) and checked</translation>
    </message>
    <message>
        <source>Zelftest geslaagd.</source>
        <translation>Self-test passed.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FOUT</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Sleutelbeheer: {backend}</source>
        <translation>Key store: {backend}</translation>
    </message>
    <message>
        <source>De database is niet versleuteld.</source>
        <translation>The database is not encrypted.</translation>
    </message>
    <message>
        <source>De map {screenshots} bestaat niet. Maak hem eerst aan.</source>
        <translation>The folder {screenshots} does not exist. Create it first.</translation>
    </message>
    <message>
        <source>Zelftest NIET geslaagd: {count} onderdeel/onderdelen mislukt.</source>
        <translation>Self-test NOT passed: {count} part(s) failed.</translation>
    </message>
    <message>
        <source>controleer deze installatie (voor ICT-beheer); laat niets achter</source>
        <translation>check this installation (for IT administration); leaves nothing behind</translation>
    </message>
    <message>
        <source>bewaar een PNG van elk hoofdscherm in MAP</source>
        <translation>save a PNG of each main screen in FOLDER</translation>
    </message>
    <message>
        <source>Het sleutelbeheer bewaarde de testsleutel niet ({backend}).</source>
        <translation>The key store did not keep the test key ({backend}).</translation>
    </message>
    <message>
        <source>Controle van de testdatabase: </source>
        <translation>Check of the test database: </translation>
    </message>
    <message>
        <source>De testhandtekening klopt niet: </source>
        <translation>The test signature is not right: </translation>
    </message>
    <message>
        <source>sleutelbeheer</source>
        <translation>key management</translation>
    </message>
    <message>
        <source>versleutelde opslag</source>
        <translation>encrypted storage</translation>
    </message>
    <message>
        <source>formulieren</source>
        <translation>forms</translation>
    </message>
    <message>
        <source>pdf maken, tekenen, controleren</source>
        <translation>make, sign and check a PDF</translation>
    </message>
    <message>
        <source>schermen</source>
        <translation>screens</translation>
    </message>
    <message>
        <source>niet intact</source>
        <translation>not intact</translation>
    </message>
    <message>
        <source>PNG's in {folder}</source>
        <translation>PNGs in {folder}</translation>
    </message>
    <message>
        <source>processtart tot hoofdvenster {total} s (opstarten {startup} s + openen)</source>
        <translation>process start to main window {total} s (start-up {startup} s + opening)</translation>
    </message>
    <message>
        <source>{count} schermen ({names}); hoofdvenster geopend in {seconds} s</source>
        <translation>{count} screens ({names}); main window opened in {seconds} s</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>De app meldde: </source>
        <translation>The app reported: </translation>
    </message>
    <message>
        <source>Artikel 5 onder a – lichamelijke of psychische ongeschiktheid (verklaring arts, psycholoog of orthopedagoog)</source>
        <translation>Article 5(a) – physically or mentally unfit (statement by a doctor, psychologist or educational psychologist)</translation>
    </message>
    <message>
        <source>Artikel 5 onder b – bezwaar tegen de richting van de scholen</source>
        <translation>Article 5(b) – objection to the schools' religious or philosophical basis</translation>
    </message>
    <message>
        <source>Artikel 5a – trekkend bestaan</source>
        <translation>Article 5a – travelling way of life</translation>
    </message>
    <message>
        <source>onbekend: kies de vakantieregio bij Instellingen</source>
        <translation>unknown: choose the holiday region in Settings</translation>
    </message>
    <message>
        <source>De schoolkalender van regio {region} dekt vandaag ({today}) niet. ibdesk telt geen verzuim op een geraden kalender; werk ibdesk bij of vraag de ICT-beheerder om het vakantiebestand.</source>
        <translation>The school calendar of region {region} does not cover today ({today}). ibdesk does not count absence on a guessed calendar; update ibdesk or ask the IT administrator for the holiday file.</translation>
    </message>
    <message>
        <source>vastgelegd in het machinebeleid</source>
        <translation>set in the machine policy</translation>
    </message>
    <message>
        <source>ingesteld bij de school</source>
        <translation>set for the school</translation>
    </message>
    <message>
        <source>afgeleid uit de gemeente {municipality} (regio-indeling OCW)</source>
        <translation>derived from the municipality {municipality} (OCW region list)</translation>
    </message>
    <message>
        <source>onbekend: de gemeente '{municipality}' staat niet in de regio-indeling; kies de vakantieregio bij Instellingen</source>
        <translation>unknown: the municipality '{municipality}' is not in the region list; choose the holiday region in Settings</translation>
    </message>
    <message>
        <source>De vakantieregio van de school is {how}. Zonder schoolkalender telt ibdesk geen verzuim en geen thuiszitterstermijnen.</source>
        <translation>The school's holiday region is {how}. Without a school calendar ibdesk counts no absence and no out-of-school terms.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Vul het aantal gemiste lesuren in (0 of meer).</source>
        <translation>Enter the number of lesson hours missed (0 or more).</translation>
    </message>
    <message>
        <source>Verzuim kan niet in de toekomst beginnen.</source>
        <translation>Absence cannot start in the future.</translation>
    </message>
    <message>
        <source>machinebeleid</source>
        <translation>machine policy</translation>
    </message>
    <message>
        <source>instellingen van de school</source>
        <translation>the school's settings</translation>
    </message>
    <message>
        <source>De schoolkalender van regio {region} is bekend tot en met {until}. Daarna telt ibdesk geen verzuim tot er een nieuwe kalender is (werk het pakket 'holidays' bij).</source>
        <translation>The school calendar of region {region} is known up to and including {until}. After that ibdesk counts no absence until there is a new calendar (update the 'holidays' package).</translation>
    </message>
    <message>
        <source>Kies een vrijstelling: {kinds}</source>
        <translation>Choose an exemption: {kinds}</translation>
    </message>
    <message>
        <source>Leerling {id} bestaat niet.</source>
        <translation>Pupil {id} does not exist.</translation>
    </message>
    <message>
        <source>naam nog niet ingevuld</source>
        <translation>name not yet filled in</translation>
    </message>
    <message>
        <source>Scan van een ondertekend formulier</source>
        <translation>Scan of a signed form</translation>
    </message>
    <message>
        <source>Verslag van de jeugdarts (JGZ)</source>
        <translation>Report from the youth doctor (JGZ)</translation>
    </message>
    <message>
        <source>Onderzoeksverslag</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Geef de bijlage een korte titel, bijvoorbeeld 'Verslag jeugdarts maart'.</source>
        <translation>Give the attachment a short title, for example 'School doctor's report March'.</translation>
    </message>
    <message>
        <source>Kies wat voor bijlage het is.</source>
        <translation>Choose what kind of attachment it is.</translation>
    </message>
    <message>
        <source>Kies de soort gegevens: die bepaalt met wie de bijlage gedeeld mag worden.</source>
        <translation>Choose the kind of data: it decides with whom the attachment may be shared.</translation>
    </message>
    <message>
        <source>Het bestand is {file_size}; ibdesk bewaart bijlagen tot {limit}. Verklein het (bijvoorbeeld een scan in zwart-wit of met een lagere resolutie) en probeer het opnieuw.</source>
        <translation>The file is {file_size}; ibdesk keeps attachments up to {limit}. Make it smaller (for example a scan in black and white or at a lower resolution) and try again.</translation>
    </message>
    <message>
        <source>Het bestand is leeg; kies het juiste bestand.</source>
        <translation>The file is empty; choose the right file.</translation>
    </message>
    <message>
        <source>Leerling {pupil_id} bestaat niet.</source>
        <translation>Pupil {pupil_id} does not exist.</translation>
    </message>
    <message>
        <source>Casus {case_id} bestaat niet.</source>
        <translation>Case {case_id} does not exist.</translation>
    </message>
    <message>
        <source>Bijlage {attachment_id} bestaat niet (meer).</source>
        <translation>Attachment {attachment_id} does not exist (any more).</translation>
    </message>
    <message>
        <source>De bijlage kan niet worden geopend: de tijdelijke map is niet beschrijfbaar ({strerror}).</source>
        <translation>The attachment cannot be opened: the temporary folder is not writable ({strerror}).</translation>
    </message>
    <message>
        <source>Deze scan hoort bij een vastgelegde handtekening op papier en blijft bewaard.</source>
        <translation>This scan belongs to a recorded paper signature and is kept.</translation>
    </message>
    <message>
        <source>Thuis sinds {since} ({days} schooldagen): de driemaandennorm is overschreden.</source>
        <translation>At home since {since} ({days} school days): the three-month norm has been exceeded.</translation>
    </message>
    <message>
        <source>Niet ingeschreven op een school (absoluut verzuim): meld bij leerplicht.</source>
        <translation>Not enrolled at any school (absolute absence): report to Leerplicht.</translation>
    </message>
    <message>
        <source>Thuis sinds {since} ({days} schooldagen); de driemaandennorm valt na het einde van de bekende schoolkalender.</source>
        <translation>At home since {since} ({days} school days); the three-month norm falls after the end of the known school calendar.</translation>
    </message>
    <message>
        <source>Thuis sinds {since} ({days} schooldagen); nog {left} schooldagen tot de driemaandennorm ({deadline}).</source>
        <translation>At home since {since} ({days} school days); {left} school days left until the three-month norm ({deadline}).</translation>
    </message>
    <message>
        <source>Klaar voor het Sociaal Team</source>
        <translation>Ready for the Sociaal Team</translation>
    </message>
    <message>
        <source>Stap loopt vast</source>
        <translation>Step is stuck</translation>
    </message>
    <message>
        <source>OPP opstellen</source>
        <translation>Draw up the OPP</translation>
    </message>
    <message>
        <source>OPP-evaluatie met ouders</source>
        <translation>OPP evaluation with parents</translation>
    </message>
    <message>
        <source>Melding leerplicht</source>
        <translation>Report to Leerplicht</translation>
    </message>
    <message>
        <source>Thuiszitter</source>
        <translation>Child out of school</translation>
    </message>
    <message>
        <source>Actiepunt MDO</source>
        <translation>MDO action point</translation>
    </message>
    <message>
        <source>Schoolkalender onbekend</source>
        <translation>School calendar unknown</translation>
    </message>
    <message>
        <source>Antwoord Sociaal Team</source>
        <translation>Sociaal Team answer</translation>
    </message>
    <message>
        <source>Evaluatie met Sociaal Team</source>
        <translation>Evaluation with Sociaal Team</translation>
    </message>
    <message>
        <source>de regiehouder</source>
        <translation>the case lead</translation>
    </message>
    <message>
        <source>{what} — {owner}, uiterlijk {day}</source>
        <translation>{what} — {owner}, by {day}</translation>
    </message>
    <message>
        <source>{decision}; volgende evaluatie met het Sociaal Team op {due}.</source>
        <translation>{decision}; next evaluation with the Sociaal Team on {due}.</translation>
    </message>
    <message>
        <source>Alle stappen en bewijs zijn compleet: aanmelden kan.</source>
        <translation>All steps and evidence are complete: the referral can be made.</translation>
    </message>
    <message>
        <source>OPP opstellen uiterlijk {day}.</source>
        <translation>Draw up the OPP by {day}.</translation>
    </message>
    <message>
        <source>Jaarlijkse evaluatie met ouders uiterlijk {day}.</source>
        <translation>Annual evaluation with parents by {day}.</translation>
    </message>
    <message>
        <source>Schoolkalender</source>
        <translation>School calendar</translation>
    </message>
    <message>
        <source>Dat is verstreken: vraag het Sociaal Team om een reactie.</source>
        <translation>That date has passed: ask the Sociaal Team for a response.</translation>
    </message>
    <message>
        <source>Aangemeld bij {team} op {referred}; antwoord verwacht uiterlijk {due}.</source>
        <translation>Referred to {team} on {referred}; answer expected by {due}.</translation>
    </message>
    <message>
        <source>'{step}' loopt 1 dag over de normale duur. Opschalen naar: {who}.</source>
        <translation>'{step}' is 1 day past its normal duration. Escalate to: {who}.</translation>
    </message>
    <message>
        <source>'{step}' loopt {days} dagen over de normale duur. Opschalen naar: {who}.</source>
        <translation>'{step}' is {days} days past its normal duration. Escalate to: {who}.</translation>
    </message>
    <message>
        <source>De schoolkalender dekt {first} t/m {last} niet: ibdesk telt hier geen verzuim. Controleer het verzuim zelf.</source>
        <translation>The school calendar does not cover {first} to {last}: ibdesk counts no absence there. Check the absence yourself.</translation>
    </message>
    <message>
        <source>16 uur ongeoorloofd verzuim bereikt op {day}: meld bij leerplicht.</source>
        <translation>16 hours of unauthorised absence reached on {day}: report to Leerplicht.</translation>
    </message>
    <message>
        <source>Aanmelden bij het Sociaal Team kan via de doorbraakroute, met wat bekend is.</source>
        <translation>A referral to the Sociaal Team is possible through the breakthrough route, with what is known.</translation>
    </message>
    <message>
        <source>Besluit vastgelegd</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <source>Vul eerst uw eigen naam en functie in (Instellingen › Ondertekenen, of 'ibdesk user --name … --role …'): die staan als ondertekenaar op het document.</source>
        <translation>First fill in your own name and job title (Settings › Signing, or 'ibdesk user --name … --role …'): they appear as the signer on the document.</translation>
    </message>
    <message>
        <source>Uw persoonlijke certificaat staat op naam van '{holder}', uw profiel op '{name}'. Een document dat u nu ondertekent zou '{holder}' als ondertekenaar noemen. Vervang het certificaat (Instellingen › Ondertekenen › Certificaat vervangen, of 'ibdesk cert renew'); documenten die u eerder ondertekende, blijven controleerbaar.</source>
        <translation>Your personal certificate is in the name of '{holder}', your profile in the name of '{name}'. A document you sign now would name '{holder}' as the signer. Replace the certificate (Settings › Signing › Replace certificate, or 'ibdesk cert renew'); documents you signed before can still be checked.</translation>
    </message>
    <message>
        <source>vertrouwd op vingerafdruk (opgegeven)</source>
        <translation>trusted by fingerprint (given)</translation>
    </message>
    <message>
        <source>Het schoolcertificaat bevat geen sleutel om mee te ondertekenen.</source>
        <translation>The school certificate holds no key to sign with.</translation>
    </message>
    <message>
        <source>Wachtwoord van het certificaat van de school</source>
        <translation>Password of the school certificate</translation>
    </message>
    <message>
        <source>Zonder het wachtwoord van het schoolcertificaat kan niet worden ondertekend.</source>
        <translation>Without the password of the school certificate nothing can be signed.</translation>
    </message>
    <message>
        <source>een opgegeven certificaat</source>
        <translation>a certificate given</translation>
    </message>
    <message>
        <source>uw eerdere persoonlijke certificaat (vervangen op {day}; vertrouwd voor wat het daarvóór ondertekende)</source>
        <translation>your earlier personal certificate (replaced on {day}; trusted for what it signed before then)</translation>
    </message>
    <message>
        <source>een eerder geaccepteerd certificaat</source>
        <translation>a certificate accepted earlier</translation>
    </message>
    <message>
        <source>Een vingerafdruk (SHA-256) bestaat uit 64 tekens 0-9 en A-F.</source>
        <translation>A fingerprint (SHA-256) has 64 characters 0-9 and A-F.</translation>
    </message>
    <message>
        <source>Het certificaatbestand van de school ({path}) kan niet worden gelezen. Vraag de ICT-beheerder het pad in het beleid te controleren.</source>
        <translation>The school's certificate file ({path}) cannot be read. Ask the IT administrator to check the path in the policy.</translation>
    </message>
    <message>
        <source>Het wachtwoord van het schoolcertificaat klopt niet (of het bestand is geen PKCS#12-bestand).</source>
        <translation>The password of the school certificate is wrong (or the file is not a PKCS#12 file).</translation>
    </message>
    <message>
        <source>uw eigen persoonlijke certificaat</source>
        <translation>your own personal certificate</translation>
    </message>
    <message>
        <source>de certificaatautoriteit (CA) van de school</source>
        <translation>the school's certificate authority (CA)</translation>
    </message>
    <message>
        <source>vertrouwd op vingerafdruk (in uw lijst)</source>
        <translation>trusted by fingerprint (in your list)</translation>
    </message>
    <message>
        <source>Het certificaat {path} kan niet worden gelezen.</source>
        <translation>The certificate {path} cannot be read.</translation>
    </message>
    <message>
        <source>{path} is geen certificaat (PEM of DER).</source>
        <translation>{path} is not a certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>Geen geldige grondslag (toestemming) om gegevens te delen met {team}.</source>
        <translation>No valid legal basis (consent) to share data with {team}.</translation>
    </message>
    <message>
        <source>Ingetrokken per {day}.</source>
        <translation>Withdrawn as of {day}.</translation>
    </message>
    <message>
        <source>Kies het doel van het delen.</source>
        <translation>Choose the purpose of sharing.</translation>
    </message>
    <message>
        <source>Kies welke gegevens gedeeld worden.</source>
        <translation>Choose which data are shared.</translation>
    </message>
    <message>
        <source>'Geldig tot' moet na de datum van toestemming liggen.</source>
        <translation>'Valid until' must come after the date of consent.</translation>
    </message>
    <message>
        <source>De leerling is jonger dan 16: het bezwaar is vastgelegd als zienswijze van de leerling. De toestemming van de ouders blijft staan.</source>
        <translation>The pupil is under 16: the objection has been recorded as the pupil's view. The parents' consent stands.</translation>
    </message>
    <message>
        <source>Kies wie de toestemming gaf (ouder met gezag of de leerling).</source>
        <translation>Choose who gave consent (a parent with parental responsibility or the pupil).</translation>
    </message>
    <message>
        <source>Grondslag {basis_id} bestaat niet.</source>
        <translation>Legal basis {basis_id} does not exist.</translation>
    </message>
    <message>
        <source>Vul de zienswijze en de naam van de schrijver in.</source>
        <translation>Fill in the view and the name of who wrote it.</translation>
    </message>
    <message>
        <source>Kies een ontvangende organisatie uit Contacten.</source>
        <translation>Choose a receiving organisation from Contacts.</translation>
    </message>
    <message>
        <source>De intrekking kan niet vóór de toestemming liggen.</source>
        <translation>The withdrawal cannot be before the consent.</translation>
    </message>
    <message>
        <source>{name} is {age} jaar: de ouder met gezag beslist.</source>
        <translation>{name} is {age}: the parent with parental responsibility decides.</translation>
    </message>
    <message>
        <source>Er is nog geen toestemming vastgelegd.</source>
        <translation>No consent has been recorded yet.</translation>
    </message>
    <message>
        <source>geldig</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>toestemming gegeven</source>
        <translation>consent given</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>toestemming verlopen</source>
        <translation>consent expired</translation>
    </message>
    <message>
        <source>{who}: {state} op {day}</source>
        <translation>{who}: {state} on {day}</translation>
    </message>
    <message>
        <source>{name} is {age} jaar: vanaf 16 jaar beslist de leerling zelf over het delen van de eigen gegevens. Toestemming die ouders vóór het 16e jaar gaven, blijft geldig tot de leerling zelf anders beslist.</source>
        <translation>{name} is {age}: from 16 the pupil decides on sharing their own data. Consent the parents gave before the 16th birthday stays valid until the pupil decides otherwise.</translation>
    </message>
    <message>
        <source>{name} is {age} jaar: de ouders met gezag beslissen. Er is gezamenlijk gezag, dus beide ouders moeten toestemming geven; weigert of trekt één ouder in, dan wordt er niet gedeeld. Een ouder die weigerde of introk, kan later alsnog toestemming geven; dan telt die nieuwe beslissing.</source>
        <translation>{name} is {age}: the parents with parental responsibility decide. Parental responsibility is shared, so both parents must consent; if one parent refuses or withdraws, nothing is shared. A parent who refused or withdrew can still consent later; then that new decision counts.</translation>
    </message>
    <message>
        <source>Er is niemand bekend die toestemming kan geven (geen ouder met gezag vastgelegd).</source>
        <translation>Nobody is known who can give consent (no parent with parental responsibility recorded).</translation>
    </message>
    <message>
        <source>Er wordt niet gedeeld: {who} heeft de toestemming geweigerd of ingetrokken.</source>
        <translation>Nothing is shared: {who} refused or withdrew consent.</translation>
    </message>
    <message>
        <source>Nog nodig: toestemming van {who}.</source>
        <translation>Still needed: consent from {who}.</translation>
    </message>
    <message>
        <source>In orde: er is een geldige grondslag om te delen met {recipient}.</source>
        <translation>In order: there is a valid legal basis to share with {recipient}.</translation>
    </message>
    <message>
        <source>ingetrokken op {day} door {who}</source>
        <translation>withdrawn on {day} by {who}</translation>
    </message>
    <message>
        <source>verlopen op {day}</source>
        <translation>expired on {day}</translation>
    </message>
    <message>
        <source>geldig vanaf {day}</source>
        <translation>valid from {day}</translation>
    </message>
    <message>
        <source>alle gevers</source>
        <translation>all who gave it</translation>
    </message>
    <message>
        <source>Er is geen Sociaal Team bekend voor de woongemeente van de leerling (vul dit aan bij Contacten).</source>
        <translation>No Sociaal Team is known for the pupil's home municipality (add it under Contacts).</translation>
    </message>
    <message>
        <source>{who}: nog geen beslissing.</source>
        <translation>{who}: no decision yet.</translation>
    </message>
    <message>
        <source>(geldig tot {day})</source>
        <translation>(valid until {day})</translation>
    </message>
    <message>
        <source>alleen voor: {categories}</source>
        <translation>only for: {categories}</translation>
    </message>
    <message>
        <source>{who}: bezwaar op {day} — jonger dan 16, dus een zienswijze; de beslissing van de ouders telt.</source>
        <translation>{who}: objection on {day} — under 16, so a view, not a decision; the parents' decision counts.</translation>
    </message>
    <message>
        <source>de ontvanger</source>
        <translation>the recipient</translation>
    </message>
    <message>
        <source>Kies de reden voor spoed: {reasons}.</source>
        <translation>Choose the reason for urgency: {reasons}.</translation>
    </message>
    <message>
        <source>Let op: er is een nieuwer concept van '{title}'. Dit document bevat de laatste definitieve versie van {day}.</source>
        <translation>Note: there is a newer draft of '{title}'. This document holds the last final version, of {day}.</translation>
    </message>
    <message>
        <source>Onbekend doel '{purpose}'. Kies uit: {items}.</source>
        <translation>Unknown purpose '{purpose}'. Choose from: {items}.</translation>
    </message>
    <message>
        <source>Er is geen Sociaal Team bekend voor de woongemeente van de leerling. Voeg het toe bij Contacten of kies een ontvanger (--to).</source>
        <translation>No Sociaal Team is known for the pupil's home municipality. Add it under Contacts or choose a recipient (--to).</translation>
    </message>
    <message>
        <source>Onbekende soort overdracht '{kind}'. Kies uit: {items}.</source>
        <translation>Unknown kind of handover '{kind}'. Choose from: {items}.</translation>
    </message>
    <message>
        <source>Het formulier '{title}' bij casus {case_id} is nog een concept. Vul het aan en sla het op (niet als concept); daarna kunt u de overdracht maken.</source>
        <translation>The form '{title}' of case {case_id} is still a draft. Complete it and save it (not as a draft); then you can make the handover.</translation>
    </message>
    <message>
        <source>Vul eerst het formulier '{title}' in bij casus {case_id}.</source>
        <translation>First fill in the form '{title}' for case {case_id}.</translation>
    </message>
    <message>
        <source>Kies de ontvanger van de overdracht (--to, een organisatie uit Contacten).</source>
        <translation>Choose the recipient of the handover (--to, an organisation from Contacts).</translation>
    </message>
    <message>
        <source>Er staan nog geen casussen op de agenda van overleg {meeting_id}.</source>
        <translation>Meeting {meeting_id} has no cases on its agenda yet.</translation>
    </message>
    <message>
        <source>Hiervoor is geen toestemming nodig: kies als grondslag 'Wettelijke taak of verplichting' en dan '{label}' ({source}).</source>
        <translation>No consent is needed for this: choose 'Legal task or obligation' as the legal basis and then '{label}' ({source}).</translation>
    </message>
    <message>
        <source>De leerling staat in de BRP ingeschreven in {residence} en gaat naar school in {school}. Woonplaatsbeginsel (Jeugdwet art. 1.1, sinds 2022): de gemeente waar het kind in de BRP staat ingeschreven betaalt de individuele jeugdhulp; voor een kind in pleegzorg of in een instelling is dat de gemeente van het BRP-adres van vóór het verblijf. De gemeente van de school heeft de regie over jeugdhulp op school. Daarom gaat een aanmelding naar het Sociaal Team van {residence}; kies het team van {school} alleen als het over jeugdhulp op school gaat.</source>
        <translation>The pupil is registered in the BRP (population register) in {residence} and goes to school in {school}. Principle of residence (woonplaatsbeginsel, Jeugdwet art. 1.1, since 2022): the municipality where the child is registered in the BRP pays for individual youth care; for a child in foster care or in an institution, it is the municipality of the BRP address from before the stay. The school's municipality coordinates youth care at school. So a referral goes to the Sociaal Team of {residence}; choose the team of {school} only when it is about youth care at school.</translation>
    </message>
    <message>
        <source>Vul uw naam in; die staat bij de handtekening.</source>
        <translation>Enter your name; it appears with the signature.</translation>
    </message>
    <message>
        <source>Vul uw functie in, bijvoorbeeld intern begeleider.</source>
        <translation>Enter your job title, for example IB'er.</translation>
    </message>
    <message>
        <source>Dit lijkt geen telefoonnummer (alleen cijfers, spaties, + of -).</source>
        <translation>This does not look like a phone number (only digits, spaces, + or -).</translation>
    </message>
    <message>
        <source>Dit lijkt geen e-mailadres (naam@school.nl).</source>
        <translation>This does not look like an email address (name@school.nl).</translation>
    </message>
    <message>
        <source>Casus {case_id} is nog niet klaar voor aanmelding bij het Sociaal Team. Nog nodig:
{missing}</source>
        <translation>Case {case_id} is not yet ready for referral to the Sociaal Team. Still needed:
{missing}</translation>
    </message>
    <message>
        <source>Er mag niets inhoudelijks worden gedeeld met {to} voor '{purpose_label}': voor geen enkele soort gegevens is een geldige grondslag vastgelegd.</source>
        <translation>Nothing of substance may be shared with {to} for '{purpose_label}': no valid legal basis is recorded for any kind of data.</translation>
    </message>
    <message>
        <source>Geen grondslag vastgelegd</source>
        <translation>No legal basis recorded</translation>
    </message>
    <message>
        <source>Certificaat van de school</source>
        <translation>School certificate</translation>
    </message>
    <message>
        <source>Persoonlijk certificaat</source>
        <translation>Personal certificate</translation>
    </message>
    <message>
        <source>Het certificaatbestand van de school ({p12}) is niet gevonden. Vraag de ICT-beheerder het pad in het beleid te controleren.</source>
        <translation>The school's certificate file ({p12}) was not found. Ask the IT administrator to check the path in the policy.</translation>
    </message>
    <message>
        <source>Organisatie {org_id} bestaat niet (zie Contacten).</source>
        <translation>Organisation {org_id} does not exist (see Contacts).</translation>
    </message>
    <message>
        <source>Er mag niets worden gedeeld met {to} voor '{purpose_label}': er is geen geldige grondslag voor identificerende gegevens ({reason}). Zonder die gegevens weet de ontvanger niet over wie het gaat. Leg eerst de toestemming of wettelijke grondslag vast (formulier Toestemming).</source>
        <translation>Nothing may be shared with {to} for '{purpose_label}': there is no valid legal basis for identifying details ({reason}). Without those details the recipient does not know who it is about. First record the consent or the legal basis (form Toestemming).</translation>
    </message>
    <message>
        <source>geweigerd of ingetrokken door {names}</source>
        <translation>refused or withdrawn by {names}</translation>
    </message>
    <message>
        <source>nog toestemming nodig van {names}</source>
        <translation>consent still needed from {names}</translation>
    </message>
    <message>
        <source>geen grondslag</source>
        <translation>no legal basis</translation>
    </message>
    <message>
        <source>de leerling zelf (16 jaar of ouder)</source>
        <translation>the pupil themselves (16 or older)</translation>
    </message>
    <message>
        <source>Toestemming van {givers}, ieder met een eigen handtekening</source>
        <translation>Consent from {givers}, each with their own signature</translation>
    </message>
    <message>
        <source>Toestemming van {givers} op {day}</source>
        <translation>Consent from {givers} on {day}</translation>
    </message>
    <message>
        <source>Wettelijke taak ({task})</source>
        <translation>Legal task ({task})</translation>
    </message>
    <message>
        <source>geldig tot en met {day}</source>
        <translation>valid up to and including {day}</translation>
    </message>
    <message>
        <source>Ondertekend document geschreven: {path} ({pages} pagina's).</source>
        <translation>Signed document written: {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>{count} onderdelen niet gedeeld (geen grondslag); het document noemt ze, zonder de inhoud.</source>
        <translation>{count} items not shared (no legal basis); the document mentions them, without their content.</translation>
    </message>
    <message>
        <source>Controlecode van het certificaat: {fingerprint}</source>
        <translation>Check code of the certificate: {fingerprint}</translation>
    </message>
    <message>
        <source>Technisch: {certificate}, vingerafdruk (SHA-256).</source>
        <translation>Technical: {certificate}, fingerprint (SHA-256).</translation>
    </message>
    <message>
        <source>Ondertekend document geschreven: {path} (1 pagina).</source>
        <translation>Signed document written: {path} (1 page).</translation>
    </message>
    <message>
        <source>1 onderdeel niet gedeeld (geen grondslag); het document noemt het, zonder de inhoud.</source>
        <translation>1 item not shared (no legal basis); the document mentions it, without its content.</translation>
    </message>
    <message>
        <source>WACHTWOORD: {password}</source>
        <translation>PASSWORD: {password}</translation>
    </message>
    <message>
        <source>Het document is versleuteld (AES-256). Geef dit wachtwoord via een ander kanaal door (telefoon of sms), nooit in dezelfde e-mail als het document.</source>
        <translation>The document is encrypted (AES-256). Pass this password on by another channel (phone or text message), never in the same email as the document.</translation>
    </message>
    <message>
        <source>De map {parent} bestaat niet.</source>
        <translation>The folder {parent} does not exist.</translation>
    </message>
    <message>
        <source>Concept van {saved_at} ({saved_by}). Vul aan en kies Opslaan om het af te ronden; tot dan telt het niet mee als afgerond.</source>
        <translation>Draft saved on {saved_at} ({saved_by}). Complete it and choose Save to finish it; until then it does not count as finished.</translation>
    </message>
    <message>
        <source>'{form_id}' is een routekaart: geef de stap met --step.</source>
        <translation>'{form_id}' is a routekaart: give the step with --step.</translation>
    </message>
    <message>
        <source>Het antwoordbestand moet een JSON-object zijn: {example}.</source>
        <translation>The answers file must be a JSON object: {example}.</translation>
    </message>
    <message>
        <source>Er is nog niets opgeslagen voor formulier '{form_id}' bij casus {case_id}.</source>
        <translation>Nothing has been saved yet for form '{form_id}' of case {case_id}.</translation>
    </message>
    <message>
        <source>Casus {case_id} volgt routekaart '{own}', niet '{form_id}'.</source>
        <translation>Case {case_id} follows routekaart '{own}', not '{form_id}'.</translation>
    </message>
    <message>
        <source>Routekaart '{form_id}' heeft geen stap '{step_id}'. Kies uit: {known}.</source>
        <translation>Routekaart '{form_id}' has no step '{step_id}'. Choose from: {known}.</translation>
    </message>
    <message>
        <source>Onbekend formulier '{form_id}'. Kies uit: {known}.</source>
        <translation>Unknown form '{form_id}'. Choose from: {known}.</translation>
    </message>
    <message>
        <source>Onbekende organisatie (zie Contacten): {value}. Kies uit: {known}.</source>
        <translation>Unknown organisation (see Contacts): {value}. Choose from: {known}.</translation>
    </message>
    <message>
        <source>Onbekende persoon bij deze leerling: {value}. Kies uit: {known}.</source>
        <translation>Unknown person for this pupil: {value}. Choose from: {known}.</translation>
    </message>
    <message>
        <source>Er is nog niets opgeslagen voor stap '{step_id}' van formulier '{form_id}' bij casus {case_id}.</source>
        <translation>Nothing has been saved yet for step '{step_id}' of form '{form_id}' of case {case_id}.</translation>
    </message>
    <message>
        <source>{form_id} versie {version}</source>
        <translation>{form_id} version {version}</translation>
    </message>
    <message>
        <source>Deze formulieren worden gebruikt maar hun definitie ontbreekt: {forms}.</source>
        <translation>These forms are in use but their definition is missing: {forms}.</translation>
    </message>
    <message>
        <source>Er is niets geschreven.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>De formulierenmap {folder} is niet bereikbaar; de formulieren daaruit ontbreken. Vraag de ICT-beheerder de map bereikbaar te maken.</source>
        <translation>The forms folder {folder} cannot be reached; the forms from it are missing. Ask the IT administrator to make the folder reachable.</translation>
    </message>
    <message>
        <source>(casus {cases})</source>
        <translation>(case {cases})</translation>
    </message>
    <message>
        <source>Het dossier van casus {case_id} is niet gemaakt: de definitie van {forms} ontbreekt, zodat het dossier onvolledig zou zijn.</source>
        <translation>The dossier of case {case_id} was not made: the definition of {forms} is missing, so the dossier would be incomplete.</translation>
    </message>
    <message>
        <source>Formulier {answer_id} bestaat niet (meer).</source>
        <translation>Form {answer_id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Formulier {answer_id} bestaat niet.</source>
        <translation>Form {answer_id} does not exist.</translation>
    </message>
    <message>
        <source>De definitie van formulier '{form_id}' versie {version} ontbreekt of is beschadigd; de antwoorden blijven bewaard.</source>
        <translation>The definition of form '{form_id}' version {version} is missing or damaged; the answers are kept.</translation>
    </message>
    <message>
        <source>Stap '{step_id}' hoort niet bij de routekaart van deze casus.</source>
        <translation>Step '{step_id}' is not part of this case's routekaart.</translation>
    </message>
    <message>
        <source>Casus {case_id} staat niet op de agenda van dit overleg.</source>
        <translation>Case {case_id} is not on the agenda of this meeting.</translation>
    </message>
    <message>
        <source>{title} (afgerond, {when})</source>
        <translation>{title} (finished, {when})</translation>
    </message>
    <message>
        <source>Geef het overleg een naam.</source>
        <translation>Give the meeting a name.</translation>
    </message>
    <message>
        <source>Overleg {meeting_id} bestaat niet.</source>
        <translation>Meeting {meeting_id} does not exist.</translation>
    </message>
    <message>
        <source>Actiepunt {action_id} bestaat niet.</source>
        <translation>Action point {action_id} does not exist.</translation>
    </message>
    <message>
        <source>{title} (afgerond)</source>
        <translation>{title} (finished)</translation>
    </message>
    <message>
        <source>Schrijf eerst iets in de notitie.</source>
        <translation>Write something in the note first.</translation>
    </message>
    <message>
        <source>Een notitie is kort: hooguit {max} tekens (nu {length}). Zet een langer stuk in een formulier of voeg het toe als bijlage.</source>
        <translation>A note is short: at most {max} characters (now {length}). Put a longer text in a form or add it as an attachment.</translation>
    </message>
    <message>
        <source>Notitie {note_id} bestaat niet (meer).</source>
        <translation>Note {note_id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Alleen {author} kan deze notitie wijzigen. Voeg zelf een nieuwe notitie toe.</source>
        <translation>Only {author} can change this note. Add a new note of your own.</translation>
    </message>
    <message>
        <source>{name}: kies een .yaml- of .csv-bestand (zie packaging/organisations-example.yaml).</source>
        <translation>{name}: choose a .yaml or .csv file (see packaging/organisations-example.yaml).</translation>
    </message>
    <message>
        <source>{where} moet ja of nee zijn (of true/false), niet '{value}'.</source>
        <translation>{where} must be yes or no (or true/false), not '{value}'.</translation>
    </message>
    <message>
        <source>dit is geen geldige YAML ({reason}). Controleer inspringen en aanhalingstekens.</source>
        <translation>this is not valid YAML ({reason}). Check the indentation and quotation marks.</translation>
    </message>
    <message>
        <source>{where}: elke organisatie is een blok met 'kind:', 'name:' enzovoort.</source>
        <translation>{where}: each organisation is a block with 'kind:', 'name:' and so on.</translation>
    </message>
    <message>
        <source>{where}: onbekende sleutel(s) {unknown}. Toegestaan: {allowed}.</source>
        <translation>{where}: unknown key(s) {unknown}. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>{name} is groter dan 5 MB; dat is geen organisatiebestand.</source>
        <translation>{name} is larger than 5 MB; that is not an organisations file.</translation>
    </message>
    <message>
        <source>het bestand moet beginnen met 'organisations:' en daaronder een lijst (regels die met '- ' beginnen). Zie packaging/organisations-example.yaml.</source>
        <translation>the file must start with 'organisations:' and a list below it (lines starting with '- '). See packaging/organisations-example.yaml.</translation>
    </message>
    <message>
        <source>onbekende sleutel(s) bovenaan: {unknown}. Toegestaan: organisations, version, source.</source>
        <translation>unknown key(s) at the top: {unknown}. Allowed: organisations, version, source.</translation>
    </message>
    <message>
        <source>{where}: 'contacts:' is een lijst van personen (elk met 'name:', 'role:' …).</source>
        <translation>{where}: 'contacts:' is a list of people (each with 'name:', 'role:' …).</translation>
    </message>
    <message>
        <source>het bestand is leeg.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>regel 1: {problems}. Kolommen: {columns}.</source>
        <translation>line 1: {problems}. Columns: {columns}.</translation>
    </message>
    <message>
        <source>{where}: meer waarden dan kolommen (staat er een scheidingsteken in een naam? Zet die naam dan tussen aanhalingstekens).</source>
        <translation>{where}: more values than columns (is there a separator in a name? Then put that name in quotation marks).</translation>
    </message>
    <message>
        <source>Het organisatiebestand is niet ingelezen; er is niets veranderd:</source>
        <translation>The organisations file was not read; nothing was changed:</translation>
    </message>
    <message>
        <source>dit is geen geldige YAML ({reason}).</source>
        <translation>this is not valid YAML ({reason}).</translation>
    </message>
    <message>
        <source>{where}, contactpersoon {n}</source>
        <translation>{where}, contact person {n}</translation>
    </message>
    <message>
        <source>onbekende kolom(men): {columns}</source>
        <translation>unknown column(s): {columns}</translation>
    </message>
    <message>
        <source>verplichte kolom(men) ontbreken: {columns}</source>
        <translation>required column(s) missing: {columns}</translation>
    </message>
    <message>
        <source>{where}: vul {who}_name in, of laat de andere {who}_-kolommen leeg.</source>
        <translation>{where}: fill in {who}_name, or leave the other {who}_ columns empty.</translation>
    </message>
    <message>
        <source>Organisaties uit het beleid van deze computer: {added} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd.</source>
        <translation>Organisations from this computer's policy: {added} new, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Het organisatiebestand uit het beleid van deze computer ({path}) is niet ingelezen; vraag de ICT-beheerder het te herstellen.</source>
        <translation>The organisations file from this computer's policy ({path}) was not read; ask your IT administrator to repair it.</translation>
    </message>
    <message>
        <source>{n} keer gedeeld</source>
        <translation>shared {n} times</translation>
    </message>
    <message>
        <source>{n} grondslag</source>
        <translation>{n} legal basis</translation>
    </message>
    <message>
        <source>{n} grondslagen</source>
        <translation>{n} legal bases</translation>
    </message>
    <message>
        <source>{n} formulier</source>
        <translation>{n} form</translation>
    </message>
    <message>
        <source>{n} formulieren</source>
        <translation>{n} forms</translation>
    </message>
    <message>
        <source>Er is al een {label} met deze naam{where} (organisatie {other}). Pas die aan, of kies een andere naam.</source>
        <translation>There is already a {label} with this name{where} (organisation {other}). Change that one, or choose another name.</translation>
    </message>
    <message>
        <source>Organisatie {org_id} bestaat niet.</source>
        <translation>Organisation {org_id} does not exist.</translation>
    </message>
    <message>
        <source>Deze organisatie bestaat niet (meer). Kies een organisatie uit Contacten.</source>
        <translation>This organisation no longer exists. Choose an organisation from Contacts.</translation>
    </message>
    <message>
        <source>De sleutel '{key}' hoort al bij organisatie {other}.</source>
        <translation>The key '{key}' already belongs to organisation {other}.</translation>
    </message>
    <message>
        <source>de naam van de organisatie ontbreekt ('name').</source>
        <translation>the name of the organisation is missing ('name').</translation>
    </message>
    <message>
        <source>deze organisatie staat twee keer in het bestand.</source>
        <translation>this organisation is in the file twice.</translation>
    </message>
    <message>
        <source>er is al een {label} met deze naam (organisatie {id}).</source>
        <translation>there is already a {label} with this name (organisation {id}).</translation>
    </message>
    <message>
        <source>{name} is niet meer actief. Kies een actieve organisatie uit Contacten.</source>
        <translation>{name} is no longer active. Choose an active organisation from Contacts.</translation>
    </message>
    <message>
        <source>Organisatie {org_id} wordt gebruikt ({uses}) en kan daarom niet worden verwijderd. Zet haar op non-actief: dan wordt ze niet meer aangeboden, en blijft wat al is vastgelegd leesbaar.</source>
        <translation>Organisation {org_id} is in use ({uses}) and so cannot be deleted. Make it inactive: it is no longer offered, and what is already recorded stays readable.</translation>
    </message>
    <message>
        <source>sleutel '{key}' is nieuw, maar deze organisatie heeft al sleutel '{existing}'. Gebruik die sleutel.</source>
        <translation>key '{key}' is new, but this organisation already has key '{existing}'. Use that key.</translation>
    </message>
    <message>
        <source>{name} is een {kind}; hier hoort een andere soort organisatie. Kies er een uit de lijst.</source>
        <translation>{name} is a {kind}; a different kind of organisation belongs here. Choose one from the list.</translation>
    </message>
    <message>
        <source>Kan niet schrijven naar {parent}: {strerror}.</source>
        <translation>Cannot write to {parent}: {strerror}.</translation>
    </message>
    <message>
        <source>uit de leerlinggegevens</source>
        <translation>from the pupil's details</translation>
    </message>
    <message>
        <source>uit de schoolgegevens</source>
        <translation>from the school's details</translation>
    </message>
    <message>
        <source>uit {form} van {day}</source>
        <translation>from {form} of {day}</translation>
    </message>
    <message>
        <source>uit de schoolgegevens (de leerling woont in een andere gemeente)</source>
        <translation>from the school's details (the pupil lives in another municipality)</translation>
    </message>
    <message>
        <source>uit de casus (regie)</source>
        <translation>from the case (lead)</translation>
    </message>
    <message>
        <source>uit de casus (hulpvraag)</source>
        <translation>from the case (request for help)</translation>
    </message>
    <message>
        <source>uit Contacten (Sociaal Team van {municipality})</source>
        <translation>from Contacts (Sociaal Team of {municipality})</translation>
    </message>
    <message>
        <source>uit de routekaart, stap {number} ({title}), van {day}</source>
        <translation>from the routekaart, step {number} ({title}), of {day}</translation>
    </message>
    <message>
        <source>uit de casus (er is een OPP)</source>
        <translation>from the case (there is an OPP)</translation>
    </message>
    <message>
        <source>uit de casus (nog geen OPP)</source>
        <translation>from the case (no OPP yet)</translation>
    </message>
    <message>
        <source>De wachtwoordzin in IBDESK_PASSPHRASE (of de herstelsleutel in IBDESK_RECOVERY_KEY) opent dit profiel niet. Typ hem hier, of pas de variabele aan.</source>
        <translation>The passphrase in IBDESK_PASSPHRASE (or the recovery key in IBDESK_RECOVERY_KEY) does not open this profile. Type it here, or change the variable.</translation>
    </message>
    <message>
        <source>In {home} staat een database maar geen sleutelbestand (keys.json). ibdesk maakt hier geen nieuw profiel aan, om die database niet te overschrijven. Zet het sleutelbestand terug of zet een back-up terug met 'ibdesk restore'.</source>
        <translation>{home} contains a database but no key file (keys.json). ibdesk does not create a new profile here, so as not to overwrite that database. Put the key file back, or restore a backup with 'ibdesk restore'.</translation>
    </message>
    <message>
        <source>Uw wachtwoordzin is {label}. {explanation} Kies een sterkere met 'ibdesk recover' (met de herstelsleutel) of via Instellingen.</source>
        <translation>Your passphrase is {label}. {explanation} Choose a stronger one with 'ibdesk recover' (with the recovery key) or in Settings.</translation>
    </message>
    <message>
        <source>Sterkte: {label}.</source>
        <translation>Strength: {label}.</translation>
    </message>
    <message>
        <source>De controle op de achtergrond vond een beschadiging in de database ({problem}). Sla niets nieuws meer op en sluit ibdesk. {hint}</source>
        <translation>The background check found damage in the database ({problem}). Do not save anything new and close ibdesk. {hint}</translation>
    </message>
    <message>
        <source>De app heeft het databasebestand niet aangeraakt.</source>
        <translation>The app has not touched the database file.</translation>
    </message>
    <message>
        <source>Te zwak ({label}). {explanation}</source>
        <translation>Too weak ({label}). {explanation}</translation>
    </message>
    <message>
        <source>De twee wachtwoordzinnen zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Vul uw naam in zoals die op verslagen en dossiers moet staan.</source>
        <translation>Enter your name as it should appear on reports and dossiers.</translation>
    </message>
    <message>
        <source>Vul uw functie in, bijvoorbeeld intern begeleider of zorgcoördinator.</source>
        <translation>Enter your job title, for example IB'er or care coordinator.</translation>
    </message>
    <message>
        <source>De nieuwste back-up is:
{path}</source>
        <translation>The newest backup is:
{path}</translation>
    </message>
    <message>
        <source>In de back-upmap {folder} staat nog geen back-up. Heeft u zelf een back-up gemaakt (Instellingen → Back-up maken), zet die dan terug met 'ibdesk restore'.</source>
        <translation>There is no backup yet in the backup folder {folder}. If you made a backup yourself (Settings → Make a backup), restore it with 'ibdesk restore'.</translation>
    </message>
    <message>
        <source>Met de herstelsleutel (op papier) komt u er altijd weer in.</source>
        <translation>With the recovery key (on paper) you can always get back in.</translation>
    </message>
    <message>
        <source>De sleutel staat in het sleutelbeheer van deze computer; ibdesk opent zonder wachtwoord zolang u op dit account bent aangemeld.</source>
        <translation>The key is kept in this computer's keyring; ibdesk opens without a password while you are signed in to this account.</translation>
    </message>
    <message>
        <source>Deze computer heeft geen bruikbaar sleutelbeheer; ibdesk vraagt bij het openen om de wachtwoordzin.</source>
        <translation>This computer has no usable keyring; ibdesk asks for the passphrase when it opens.</translation>
    </message>
    <message>
        <source>Er is een wachtwoordzin ingesteld.</source>
        <translation>A passphrase has been set.</translation>
    </message>
    <message>
        <source>Sinds het voorbeeld is er iets aan de leerlingen veranderd; er is niets geïmporteerd. Bekijk het voorbeeld opnieuw.</source>
        <translation>Something about the pupils has changed since the preview; nothing was imported. Look at the preview again.</translation>
    </message>
    <message>
        <source>{added} leerling(en) toegevoegd, {updated} bijgewerkt, {left} als vertrokken gemarkeerd</source>
        <translation>{added} pupil(s) added, {updated} updated, {left} marked as left</translation>
    </message>
    <message>
        <source>vertrokken</source>
        <translation>left</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>{noun} {id} bestaat niet.</source>
        <translation>{noun} {id} does not exist.</translation>
    </message>
    <message>
        <source>{noun} {id} bestaat niet (meer).</source>
        <translation>{noun} {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Verwijderen gebeurt alleen na bevestiging.</source>
        <translation>Deleting happens only after confirmation.</translation>
    </message>
    <message>
        <source>Dit profiel is alleen-lezen geopend (elders in gebruik); er is niets verwijderd.</source>
        <translation>This profile is open read-only (in use elsewhere); nothing has been deleted.</translation>
    </message>
    <message>
        <source>{deleted} onderdeel/onderdelen verwijderd. Niet verwijderd: {items}. Meld dit bij de beheerder; de rest is wel verwijderd.</source>
        <translation>{deleted} item(s) deleted. Not deleted: {items}. Report this to the administrator; the rest has been deleted.</translation>
    </message>
    <message>
        <source>De gegevens zijn uit de database verwijderd, maar oudere automatische back-ups nog niet: {exc} Dit wordt afgerond bij het volgende openen van ibdesk of de volgende 'ibdesk retention --delete'.</source>
        <translation>The data have been deleted from the database, but not yet from older automatic backups: {exc} This is finished the next time ibdesk opens or at the next 'ibdesk retention --delete'.</translation>
    </message>
    <message>
        <source>{label} (leerling-id {pupil_id})</source>
        <translation>{label} (pupil id {pupil_id})</translation>
    </message>
    <message>
        <source>'regions' moet per regio een lijst bevatten</source>
        <translation>'regions' must hold a list per region</translation>
    </message>
    <message>
        <source>onbekende regio {regions}; gebruik noord, midden of zuid</source>
        <translation>unknown region {regions}; use noord, midden or zuid</translation>
    </message>
    <message>
        <source>Het vakantiebestand {path} klopt niet: {exc}. Vraag de ICT-beheerder het te herstellen; elke regel heeft name, first, last en (bij een afwijking) source.</source>
        <translation>The holiday file {path} is not valid: {exc}. Ask the IT administrator to fix it; every line has name, first, last and (for a deviation) source.</translation>
    </message>
    <message>
        <source>Routekaart '{route_id}' bestaat niet. Bekend: {known}.</source>
        <translation>Routekaart '{route_id}' does not exist. Known: {known}.</translation>
    </message>
    <message>
        <source>Routekaart '{route_id}' heeft geen versie {version}. Wel: {versions}.</source>
        <translation>Routekaart '{route_id}' has no version {version}. It has: {versions}.</translation>
    </message>
    <message>
        <source>Een pincode is {low} tot {high} cijfers.</source>
        <translation>A PIN has {low} to {high} digits.</translation>
    </message>
    <message>
        <source>Deze pincode is te makkelijk te raden (alle cijfers gelijk of op volgorde). Kies een andere.</source>
        <translation>This PIN is too easy to guess (all digits the same or in sequence). Choose another.</translation>
    </message>
    <message>
        <source>Onjuiste pincode. Nog {left} poging(en), daarna alleen met de wachtwoordzin of de herstelsleutel.</source>
        <translation>Wrong PIN. {left} attempt(s) left, then only with the passphrase or the recovery key.</translation>
    </message>
    <message>
        <source>De ICT-beheerder heeft de vergrendeltijd vastgezet in het beleid van deze computer.</source>
        <translation>The IT administrator has fixed the lock time in this computer's policy.</translation>
    </message>
    <message>
        <source>Kies {low} tot {high} minuten.</source>
        <translation>Choose {low} to {high} minutes.</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>Een pincode kan alleen als de sleutel in het sleutelbeheer van deze computer staat; ontgrendel anders met de wachtwoordzin.</source>
        <translation>A PIN is only possible when the key is in this computer's keyring; otherwise unlock with the passphrase.</translation>
    </message>
    <message>
        <source>Ontgrendelen met de pincode kan nu niet; gebruik de wachtwoordzin of de herstelsleutel.</source>
        <translation>Unlocking with the PIN is not possible now; use the passphrase or the recovery key.</translation>
    </message>
    <message>
        <source>Vijf keer een onjuiste pincode: ontgrendel nu met de wachtwoordzin of de herstelsleutel.</source>
        <translation>Five wrong PINs: now unlock with the passphrase or the recovery key.</translation>
    </message>
    <message>
        <source>De sleutel past niet bij dit profiel.</source>
        <translation>The key does not fit this profile.</translation>
    </message>
    <message>
        <source>Vul de herstelsleutel in.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <source>Vul de wachtwoordzin in.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{form_id} (versie {version})</source>
        <translation>{form_id} (version {version})</translation>
    </message>
    <message>
        <source>Casus {id} · {name}</source>
        <translation>Case {id} · {name}</translation>
    </message>
    <message>
        <source>Concept · {text}</source>
        <translation>Draft · {text}</translation>
    </message>
    <message>
        <source>niet meer actief</source>
        <translation>no longer active</translation>
    </message>
    <message>
        <source>Toestemming {basis_id} bestaat niet (meer).</source>
        <translation>Consent {basis_id} does not exist (any more).</translation>
    </message>
    <message>
        <source>De scan hoort niet bij deze leerling.</source>
        <translation>The scan does not belong to this pupil.</translation>
    </message>
    <message>
        <source>Het anker van de auditketen in het sleutelbeheer is onleesbaar.</source>
        <translation>The audit chain's anchor in the keyring cannot be read.</translation>
    </message>
    <message>
        <source>Het anker in het sleutelbeheer is ondertekend met een ander certificaat dan het uwe.</source>
        <translation>The anchor in the keyring is signed with a certificate other than yours.</translation>
    </message>
    <message>
        <source>De handtekening onder het anker in het sleutelbeheer klopt niet.</source>
        <translation>The signature on the anchor in the keyring is not valid.</translation>
    </message>
    <message>
        <source>Auditketen past niet bij het anker {where}: regel {id} ontbreekt of is herschreven (ingekort, gewijzigd of opnieuw berekend).</source>
        <translation>The audit chain does not match the anchor {where}: entry {id} is missing or was rewritten (shortened, changed or recalculated).</translation>
    </message>
    <message>
        <source>Deellog past niet bij het anker {where}: regel {id} ontbreekt of is herschreven.</source>
        <translation>The sharing log does not match the anchor {where}: entry {id} is missing or was rewritten.</translation>
    </message>
    <message>
        <source>in het sleutelbeheer</source>
        <translation>in the keyring</translation>
    </message>
    <message>
        <source>{name}: geen anker van ibdesk gevonden (of versleuteld).</source>
        <translation>{name}: no ibdesk anchor found (or it is encrypted).</translation>
    </message>
    <message>
        <source>{name}: dit document komt uit een ander profiel.</source>
        <translation>{name}: this document comes from another profile.</translation>
    </message>
    <message>
        <source>in {name}</source>
        <translation>in {name}</translation>
    </message>
    <message>
        <source>Auditregel {id} ontbreekt (verwijderd?).</source>
        <translation>Audit entry {id} is missing (deleted?).</translation>
    </message>
    <message>
        <source>Auditregel {id}: de keten is verbroken (een eerdere regel is gewijzigd of verwijderd).</source>
        <translation>Audit entry {id}: the chain is broken (an earlier entry was changed or deleted).</translation>
    </message>
    <message>
        <source>Auditregel {id} is gewijzigd na het vastleggen.</source>
        <translation>Audit entry {id} was changed after it was recorded.</translation>
    </message>
    <message>
        <source>Het ankerpunt van de auditketen ontbreekt.</source>
        <translation>The anchor point of the audit chain is missing.</translation>
    </message>
    <message>
        <source>De auditketen is ingekort of aangepast: {expected} regels verwacht, {count} gevonden.</source>
        <translation>The audit chain was shortened or altered: {expected} entries expected, {count} found.</translation>
    </message>
    <message>
        <source>De back-up is beschadigd; er is niets teruggezet. {problem}</source>
        <translation>The backup is damaged; nothing was restored. {problem}</translation>
    </message>
    <message>
        <source>Het back-upbestand {path} kan niet worden gelezen: {strerror}.</source>
        <translation>The backup file {path} cannot be read: {strerror}.</translation>
    </message>
    <message>
        <source>De back-up {name} is beschadigd.</source>
        <translation>The backup {name} is damaged.</translation>
    </message>
    <message>
        <source>{problem} Let op: een back-up van vóór een sleutelwissel opent alleen met de herstelsleutel of wachtwoordzin van toen.</source>
        <translation>{problem} Note: a backup from before a key change only opens with the recovery key or passphrase of that time.</translation>
    </message>
    <message>
        <source>{name} is geen ibdesk-back-up.</source>
        <translation>{name} is not an ibdesk backup.</translation>
    </message>
    <message>
        <source>In {folder} staat geen automatische back-up. Heeft u zelf een back-up gemaakt, zet die dan terug met 'ibdesk restore BESTAND'.</source>
        <translation>There is no automatic backup in {folder}. If you made a backup yourself, restore it with 'ibdesk restore FILE'.</translation>
    </message>
    <message>
        <source>Zet de nieuwste back-up terug met:</source>
        <translation>Restore the newest backup with:</translation>
    </message>
    <message>
        <source>Dit profiel is beschadigd: {what} Er is niets overschreven. {backups_hint}</source>
        <translation>This profile is damaged: {what} Nothing has been overwritten. {backups_hint}</translation>
    </message>
    <message>
        <source>het databasebestand {name} ontbreekt, terwijl het sleutelbestand er wel is.</source>
        <translation>the database file {name} is missing, while the key file is there.</translation>
    </message>
    <message>
        <source>het databasebestand {name} is leeg ({size} bytes).</source>
        <translation>the database file {name} is empty ({size} bytes).</translation>
    </message>
    <message>
        <source>het WAL-logbestand naast de database ({name}) is beschadigd: {problem} ibdesk opent het daarom niet.</source>
        <translation>the WAL log file next to the database ({name}) is damaged: {problem} So ibdesk does not open it.</translation>
    </message>
    <message>
        <source>de database {name} is beschadigd ({problem}).</source>
        <translation>the database {name} is damaged ({problem}).</translation>
    </message>
    <message>
        <source>de database {name} kan niet worden gelezen (het begin van het bestand is beschadigd, of het hoort niet bij deze sleutel).</source>
        <translation>the database {name} cannot be read (the start of the file is damaged, or it does not belong to this key).</translation>
    </message>
    <message>
        <source>het bestand is ingekort ({on_disk} van {size} bytes)</source>
        <translation>the file has been cut short ({on_disk} of {size} bytes)</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend: {exc}</source>
        <translation>The database cannot be opened: {exc}</translation>
    </message>
    <message>
        <source>De database {name} kan niet worden gelezen: het bestand is beschadigd of hoort niet bij deze sleutel. Er is niets overschreven. Zet de laatste back-up terug (map {folder}) met 'ibdesk restore' of via Instellingen.</source>
        <translation>The database {name} cannot be read: the file is damaged or does not belong to this key. Nothing has been overwritten. Restore the latest backup (folder {folder}) with 'ibdesk restore' or in Settings.</translation>
    </message>
    <message>
        <source>De database in {parent} is alleen-lezen.</source>
        <translation>The database in {parent} is read-only.</translation>
    </message>
    <message>
        <source>De schijf is vol: de wijziging is niet opgeslagen in {folder}. Maak ruimte vrij; wat al was opgeslagen is bewaard.</source>
        <translation>The disk is full: the change was not saved in {folder}. Free up space; what was already saved is kept.</translation>
    </message>
    <message>
        <source>De profielmap {folder} is alleen-lezen: er kan niets worden opgeslagen.</source>
        <translation>The profile folder {folder} is read-only: nothing can be saved.</translation>
    </message>
    <message>
        <source>tabel {table} rij {row} verwijst naar ontbrekende {parent}</source>
        <translation>table {table} row {row} refers to a missing {parent}</translation>
    </message>
    <message>
        <source>Kon niet schrijven in {where}: {reason}.</source>
        <translation>Could not write to {where}: {reason}.</translation>
    </message>
    <message>
        <source>De schijf is vol: er kon niets worden opgeslagen in {where}. Maak ruimte vrij en probeer het opnieuw; er is niets verloren gegaan.</source>
        <translation>The disk is full: nothing could be saved in {where}. Free up space and try again; nothing has been lost.</translation>
    </message>
    <message>
        <source>De map {where} is alleen-lezen of niet toegankelijk. Kies een map waarin u mag schrijven (of vraag de ICT-beheerder).</source>
        <translation>The folder {where} is read-only or not accessible. Choose a folder you may write to (or ask the IT administrator).</translation>
    </message>
    <message>
        <source>{target} ligt in de profielmap ({home}). ibdesk schrijft daar nooit uitvoer naartoe: dat kan het profiel zelf overschrijven. Kies een andere map.</source>
        <translation>{target} is inside the profile folder ({home}). ibdesk never writes output there: it could overwrite the profile itself. Choose another folder.</translation>
    </message>
    <message>
        <source>De map {parent} bestaat niet. Maak hem eerst aan (ibdesk maakt geen mappen stilzwijgend aan).</source>
        <translation>The folder {parent} does not exist. Create it first (ibdesk does not create folders silently).</translation>
    </message>
    <message>
        <source>{target} is een map; geef een bestandsnaam op.</source>
        <translation>{target} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>{target} bestaat al. Kies een andere naam, of voeg --force toe om het te overschrijven.</source>
        <translation>{target} already exists. Choose another name, or add --force to overwrite it.</translation>
    </message>
    <message>
        <source>De map {target} bestaat niet. Maak hem eerst aan (ibdesk maakt geen mappen stilzwijgend aan).</source>
        <translation>The folder {target} does not exist. Create it first (ibdesk does not create folders silently).</translation>
    </message>
    <message>
        <source>{name} (NIET bruikbaar: de sleutel kan niet in het sleutelbeheer van deze computer; ontgrendelen met wachtwoordzin of herstelsleutel)</source>
        <translation>{name} (NOT usable: the key cannot be kept in this computer's keyring; unlock with the passphrase or recovery key)</translation>
    </message>
    <message>
        <source>{name} (bruikbaar)</source>
        <translation>{name} (usable)</translation>
    </message>
    <message>
        <source>Het sleutelbestand (keys.json) van dit profiel is beschadigd. Dit ligt niet aan uw wachtwoordzin of herstelsleutel. Zet het terug met 'ibdesk restore' en de nieuwste back-up (de back-up bevat de sleutels ook).</source>
        <translation>This profile's key file (keys.json) is damaged. This is not caused by your passphrase or recovery key. Restore it with 'ibdesk restore' and the newest backup (the backup holds the keys too).</translation>
    </message>
    <message>
        <source>nog niet te controleren (ouder formaat); wordt bij het volgende openen aangevuld</source>
        <translation>cannot be checked yet (older format); completed the next time the profile opens</translation>
    </message>
    <message>
        <source>BESCHADIGD — deze sleutel werkt niet meer; zet keys.json terug uit een back-up</source>
        <translation>DAMAGED — this key no longer works; restore keys.json from a backup</translation>
    </message>
    <message>
        <source>Dit is geen geldige herstelsleutel: die bestaat uit 8 groepjes van 4 tekens (letters en cijfers 2-9), bijvoorbeeld ABCD-EFGH-….</source>
        <translation>This is not a valid recovery key: it has 8 groups of 4 characters (letters and digits 2-9), for example ABCD-EFGH-….</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin is te zwak ({label}). {explanation}</source>
        <translation>This passphrase is too weak ({label}). {explanation}</translation>
    </message>
    <message>
        <source>Voor dit profiel is geen wachtwoordzin ingesteld; gebruik de herstelsleutel.</source>
        <translation>This profile has no passphrase; use the recovery key.</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin of herstelsleutel past niet bij dit profiel.</source>
        <translation>This passphrase or recovery key does not fit this profile.</translation>
    </message>
    <message>
        <source>Het sleutelbestand {path} kan niet worden gelezen ({reason}).</source>
        <translation>The key file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>ibdesk op computer {host} (proces {pid}, sinds {when})</source>
        <translation>ibdesk on computer {host} (process {pid}, since {when})</translation>
    </message>
    <message>
        <source>een ander ibdesk-programma</source>
        <translation>another ibdesk program</translation>
    </message>
    <message>
        <source>Dit profiel ({home}) is in gebruik door {who}. Sluit ibdesk daar eerst af, of wacht tot het klaar is. Er is niets gewijzigd.</source>
        <translation>This profile ({home}) is in use by {who}. Close ibdesk there first, or wait until it has finished. Nothing was changed.</translation>
    </message>
    <message>
        <source>{day} om {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>Dit profiel is gemaakt met een nieuwere ibdesk (versie {version}); installeer {version} of nieuwer. Er is niets gewijzigd.</source>
        <translation>This profile was made with a newer ibdesk (version {version}); install {version} or newer. Nothing was changed.</translation>
    </message>
    <message>
        <source>De database kon niet worden bijgewerkt naar de nieuwe versie. Er is niets veranderd (alles of niets), en vooraf is een back-up gemaakt in {backups}.</source>
        <translation>The database could not be upgraded to the new version. Nothing has changed (all or nothing), and a backup was made beforehand in {backups}.</translation>
    </message>
    <message>
        <source>versleuteling</source>
        <translation>encryption</translation>
    </message>
    <message>
        <source>structuur</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>verwijzing</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>database beschadigd</source>
        <translation>database damaged</translation>
    </message>
    <message>
        <source>Dit profiel is alleen-lezen geopend, omdat het elders in gebruik is. Er is niets opgeslagen; sluit ibdesk daar en open het hier opnieuw om te kunnen bewerken.</source>
        <translation>This profile was opened read-only because it is in use elsewhere. Nothing was saved; close ibdesk there and open it here again to make changes.</translation>
    </message>
    <message>
        <source>De sleutel van dit profiel staat niet (meer) in het sleutelbeheer van deze computer. Gebruik de herstelsleutel ('ibdesk recover').</source>
        <translation>The key of this profile is not (or no longer) in this computer's keyring. Use the recovery key ('ibdesk recover').</translation>
    </message>
    <message>
        <source>Er is geen sleutelbeheer (keyring) van het besturingssysteem beschikbaar. Kies een wachtwoordzin (in de app, of via IBDESK_PASSPHRASE op de opdrachtregel).</source>
        <translation>The operating system has no keyring available. Choose a passphrase (in the app, or through IBDESK_PASSPHRASE on the command line).</translation>
    </message>
    <message>
        <source>In {home} staat al een ibdesk-profiel.</source>
        <translation>There is already an ibdesk profile in {home}.</translation>
    </message>
    <message>
        <source>Er is nog geen ibdesk-profiel in {home}. Maak er een met 'ibdesk init'.</source>
        <translation>There is no ibdesk profile in {home} yet. Create one with 'ibdesk init'.</translation>
    </message>
    <message>
        <source>Het aanmaken van het profiel in {home} is niet afgerond (onderbroken). Er stonden nog geen gegevens in. Maak het opnieuw met 'ibdesk init'.</source>
        <translation>Creating the profile in {home} was not finished (interrupted). It held no data yet. Create it again with 'ibdesk init'.</translation>
    </message>
    <message>
        <source>Voer de wachtwoordzin van dit profiel in.</source>
        <translation>Enter the passphrase of this profile.</translation>
    </message>
    <message>
        <source>Het profiel is gesloten: open het opnieuw.</source>
        <translation>The profile is closed: open it again.</translation>
    </message>
    <message>
        <source>In {home} staat al een ibdesk-profiel (keys.json).</source>
        <translation>There is already an ibdesk profile in {home} (keys.json).</translation>
    </message>
    <message>
        <source>herstelsleutel</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <source>wachtwoordzin</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>Nu — {wal}</source>
        <translation>Now — {wal}</translation>
    </message>
    <message>
        <source>Sleutelbeheer (keyring-backend): {backend}</source>
        <translation>Keyring (backend): {backend}</translation>
    </message>
    <message>
        <source>Bij openen — {wal}</source>
        <translation>At opening — {wal}</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>in order</translation>
    </message>
    <message>
        <source>Sleutel ({kind}): {state}</source>
        <translation>Key ({kind}): {state}</translation>
    </message>
    <message>
        <source>Sleutel (sleutelbeheer van deze computer): {state}</source>
        <translation>Key (this computer's keyring): {state}</translation>
    </message>
    <message>
        <source>Vergrendeling: in gebruik door {holder} (deze opdracht)</source>
        <translation>Lock: in use by {holder} (this command)</translation>
    </message>
    <message>
        <source>sleutelbestand: {kind} {problem}</source>
        <translation>key file: {kind} {problem}</translation>
    </message>
    <message>
        <source>Vorige afsluiting: {how}</source>
        <translation>Previous shutdown: {how}</translation>
    </message>
    <message>
        <source>aanwezig</source>
        <translation>present</translation>
    </message>
    <message>
        <source>niet aanwezig (ontgrendelen met wachtwoordzin of herstelsleutel)</source>
        <translation>not present (unlock with the passphrase or recovery key)</translation>
    </message>
    <message>
        <source>NIET netjes (vastgelopen of afgebroken) — volledige controle gedaan</source>
        <translation>NOT clean (crashed or interrupted) — full check done</translation>
    </message>
    <message>
        <source>netjes</source>
        <translation>clean</translation>
    </message>
    <message>
        <source>Een alleen-lezen geopend profiel kan geen nieuwe sleutel krijgen.</source>
        <translation>A profile opened read-only cannot get a new key.</translation>
    </message>
    <message>
        <source>Dit profiel heeft een wachtwoordzin: geef de (nieuwe) wachtwoordzin op, want die wordt opnieuw aan de nieuwe sleutel gekoppeld.</source>
        <translation>This profile has a passphrase: give the (new) passphrase, because it is linked again to the new key.</translation>
    </message>
    <message>
        <source>De nieuwe sleutel kon niet worden ingesteld (de kopie was niet in orde); er is niets veranderd. {problem}</source>
        <translation>The new key could not be set (the copy was not in order); nothing was changed. {problem}</translation>
    </message>
    <message>
        <source>Deellog: regel {id} ontbreekt (verwijderd?).</source>
        <translation>Sharing log: entry {id} is missing (deleted?).</translation>
    </message>
    <message>
        <source>Deellog regel {id}: de keten is verbroken.</source>
        <translation>Sharing log entry {id}: the chain is broken.</translation>
    </message>
    <message>
        <source>Deellog regel {id} is gewijzigd na het vastleggen.</source>
        <translation>Sharing log entry {id} was changed after it was recorded.</translation>
    </message>
    <message>
        <source>Deellog regel {id}: de controlewaarde klopt niet.</source>
        <translation>Sharing log entry {id}: the check value does not match.</translation>
    </message>
    <message>
        <source>Herhalingen zoals 'aaa' of 'abcabc' zijn makkelijk te raden.</source>
        <translation>Repeats like 'aaa' or 'abcabc' are easy to guess.</translation>
    </message>
    <message>
        <source>Reeksen zoals 'abc' of '6543' zijn makkelijk te raden.</source>
        <translation>Sequences like 'abc' or '6543' are easy to guess.</translation>
    </message>
    <message>
        <source>Dit is een veelgebruikt wachtwoord.</source>
        <translation>This is a commonly used password.</translation>
    </message>
    <message>
        <source>Dit staat in de lijst van meest gebruikte wachtwoorden.</source>
        <translation>This is on the list of most used passwords.</translation>
    </message>
    <message>
        <source>Eén los woord is makkelijk te raden.</source>
        <translation>A single word is easy to guess.</translation>
    </message>
    <message>
        <source>Namen en achternamen zijn makkelijk te raden.</source>
        <translation>First names and surnames are easy to guess.</translation>
    </message>
    <message>
        <source>Datums en jaartallen zijn makkelijk te raden.</source>
        <translation>Dates and years are easy to guess.</translation>
    </message>
    <message>
        <source>Rijen toetsen naast elkaar zijn makkelijk te raden.</source>
        <translation>Rows of neighbouring keys are easy to guess.</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin is te makkelijk te raden.</source>
        <translation>This passphrase is too easy to guess.</translation>
    </message>
    <message>
        <source>{reason} Maak er een zin van drie of vier gewone woorden van die niet bij elkaar horen, bijvoorbeeld 'paarse olifant fietst snel'.</source>
        <translation>{reason} Make it a phrase of three or four ordinary words that do not belong together, for example 'purple elephant cycles fast'.</translation>
    </message>
    <message>
        <source>Kies een wachtwoordzin van minstens {minimum} tekens (spaties aan het begin of eind tellen niet; nu {length}).</source>
        <translation>Choose a passphrase of at least {minimum} characters (spaces at the start or end do not count; now {length}).</translation>
    </message>
    <message>
        <source>Dit is een veelgebruikt Nederlands woord.</source>
        <translation>This is a common Dutch word.</translation>
    </message>
    <message>
        <source>zeer zwak</source>
        <translation>very weak</translation>
    </message>
    <message>
        <source>zwak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>matig</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>zeer sterk</source>
        <translation>very strong</translation>
    </message>
    <message>
        <source>{frames} geldige frame(s), {commits} vastgelegde transactie(s)</source>
        <translation>{frames} valid frame(s), {commits} committed transaction(s)</translation>
    </message>
    <message>
        <source>, {count} frame(s) van een afgebroken transactie (worden genegeerd)</source>
        <translation>, {count} frame(s) of an interrupted transaction (ignored)</translation>
    </message>
    <message>
        <source>leeg (alles staat in de database zelf).</source>
        <translation>empty (everything is in the database itself).</translation>
    </message>
    <message>
        <source>BESCHADIGD — {problem}</source>
        <translation>DAMAGED — {problem}</translation>
    </message>
    <message>
        <source>de kop van het WAL-bestand is beschadigd; {count} vastgelegde transactie(s) zouden verloren gaan.</source>
        <translation>the header of the WAL file is damaged; {count} committed transaction(s) would be lost.</translation>
    </message>
    <message>
        <source>frame {frame} is beschadigd; {count} latere vastgelegde transactie(s) zouden stil verloren gaan.</source>
        <translation>frame {frame} is damaged; {count} later committed transaction(s) would be lost silently.</translation>
    </message>
    <message>
        <source>Ongeldige datum; typ de datum als dd-mm-jjjj, bijvoorbeeld 05-03-2025.</source>
        <translation>Invalid date; type the date as dd-mm-yyyy, for example 05-03-2025.</translation>
    </message>
    <message>
        <source>'{text}' is geen datum: schrijf het jaar met vier cijfers (dd-mm-jjjj).</source>
        <translation>'{text}' is not a date: write the year with four digits (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>'{text}' is geen datum. Schrijf de datum als dd-mm-jjjj.</source>
        <translation>'{text}' is not a date. Write the date as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>Vul een datum in (dd-mm-jjjj).</source>
        <translation>Enter a date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>{text} bestaat niet als datum. Controleer dag en maand.</source>
        <translation>{text} is not a real date. Check the day and month.</translation>
    </message>
    <message>
        <source>getekend op het scherm</source>
        <translation>signed on screen</translation>
    </message>
    <message>
        <source>getekend op papier</source>
        <translation>signed on paper</translation>
    </message>
    <message>
        <source>mondeling in een overleg</source>
        <translation>orally in a meeting</translation>
    </message>
    <message>
        <source>{method}, gehoord door {name}</source>
        <translation>{method}, heard by {name}</translation>
    </message>
    <message>
        <source>gegeven</source>
        <translation>given</translation>
    </message>
    <message>
        <source>gehoord</source>
        <translation>heard</translation>
    </message>
    <message>
        <source>en</source>
        <translation>and</translation>
    </message>
</context>
<context>
    <name>dossier_common</name>
    <message>
        <source>Controlecode (vingerafdruk, SHA-256)</source>
        <translation>Check code (fingerprint, SHA-256)</translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Naam van de afzender</source>
        <translation>Sender's name</translation>
    </message>
    <message>
        <source>Fun&amp;ctie</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <source>Functie van de afzender</source>
        <translation>Sender's job title</translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <source>Telefoonnummer van de afzender</source>
        <translation>Sender's phone number</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>E-mailadres van de afzender</source>
        <translation>Sender's email address</translation>
    </message>
    <message>
        <source>uw naam</source>
        <translation>your name</translation>
    </message>
    <message>
        <source>bijvoorbeeld 026 123 45 67</source>
        <translation>for example 026 123 45 67</translation>
    </message>
    <message>
        <source>naam@school.nl</source>
        <translation>name@school.nl</translation>
    </message>
    <message>
        <source>Schoolcertificaat</source>
        <translation>School certificate</translation>
    </message>
</context>
<context>
    <name>dossier_export_content_page</name>
    <message>
        <source>gedeeld</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>niet gedeeld</source>
        <translation>not shared</translation>
    </message>
    <message>
        <source>1 onderdeel niet gedeeld — geen grondslag</source>
        <translation>1 item not shared — no legal basis</translation>
    </message>
    <message>
        <source>{count} onderdelen niet gedeeld — geen grondslag</source>
        <translation>{count} items not shared — no legal basis</translation>
    </message>
    <message>
        <source>Wat wordt gedeeld</source>
        <translation>What is shared</translation>
    </message>
    <message>
        <source>Per soort gegevens: wat in het dossier komt en op welke grondslag, en wat niet — en waarom niet.</source>
        <translation>For each kind of data: what goes into the dossier and on which legal basis, and what does not — and why not.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Het overzicht kan niet worden gemaakt.&lt;/b&gt;&lt;br&gt;{problem}</source>
        <translation>&lt;b&gt;The overview cannot be made.&lt;/b&gt;&lt;br&gt;{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aan:&lt;/b&gt; {recipient} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Doel:&lt;/b&gt; {purpose} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Datum:&lt;/b&gt; {day}</source>
        <translation>&lt;b&gt;To:&lt;/b&gt; {recipient} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Purpose:&lt;/b&gt; {purpose} &amp;nbsp;·&amp;nbsp; &lt;b&gt;Date:&lt;/b&gt; {day}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deze casus is nog niet klaar voor aanmelding bij het Sociaal Team.&lt;/b&gt; U kunt pas verder als dit in orde is. Nog nodig:</source>
        <translation>&lt;b&gt;This case is not yet ready for referral to the Sociaal Team.&lt;/b&gt; You can go on once this is in order. Still needed:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Er mag niets naar deze ontvanger.&lt;/b&gt;&lt;br&gt;{refusal}</source>
        <translation>&lt;b&gt;Nothing may go to this recipient.&lt;/b&gt;&lt;br&gt;{refusal}</translation>
    </message>
    <message>
        <source>Per soort gegevens</source>
        <translation>By kind of data</translation>
    </message>
    <message>
        <source>Gedeeld</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Niet gedeeld — geen grondslag</source>
        <translation>Not shared — no legal basis</translation>
    </message>
    <message>
        <source>Bijlagen die meegaan (als bestand in de PDF)</source>
        <translation>Attachments included (as files inside the PDF)</translation>
    </message>
    <message>
        <source>Toegevoegd op {day} door {who}</source>
        <translation>Added on {day} by {who}</translation>
    </message>
    <message>
        <source>Niet gedeeld — zo staat het in het dossier</source>
        <translation>Not shared — as the dossier states it</translation>
    </message>
    <message>
        <source>Geen: alles uit deze casus mag naar deze ontvanger.</source>
        <translation>None: everything in this case may go to this recipient.</translation>
    </message>
    <message>
        <source>Altijd mee: het overzicht van grondslag en toestemming (zodat de ontvanger kan nagaan waarop het delen rust) en de zienswijze van de ouders, als die er is. Van wat niet gedeeld wordt, noemt het dossier alleen de soort gegevens en hoeveel onderdelen: geen titels en nooit de inhoud.</source>
        <translation>Always included: the overview of legal basis and consent (so the recipient can check what the sharing rests on) and the parents' view, if there is one. Of what is not shared, the dossier names only the kind of data and how many items: no titles and never the content.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Het dossier kan worden gemaakt.&lt;/b&gt; Hieronder staat wat er wel en niet in komt, en waarom.</source>
        <translation>&lt;b&gt;The dossier can be made.&lt;/b&gt; Below is what goes into it and what does not, and why.</translation>
    </message>
    <message>
        <source>1 onderdeel wordt niet gedeeld.</source>
        <translation>1 item is not shared.</translation>
    </message>
    <message>
        <source>{count} onderdelen worden niet gedeeld.</source>
        <translation>{count} items are not shared.</translation>
    </message>
</context>
<context>
    <name>dossier_export_preview</name>
    <message>
        <source>Controleren</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Zo ziet het dossier eruit dat u ondertekent. Blader er rustig doorheen: precies deze pagina's worden ondertekend en opgeslagen.</source>
        <translation>This is the dossier you are about to sign. Take your time to look through it: exactly these pages will be signed and saved.</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Pagina's die worden ondertekend</source>
        <translation>Pages that will be signed</translation>
    </message>
    <message>
        <source>Het dossier wordt opgemaakt…</source>
        <translation>Laying out the dossier…</translation>
    </message>
    <message>
        <source>Het dossier kan niet worden gemaakt. {reason}</source>
        <translation>The dossier cannot be made. {reason}</translation>
    </message>
    <message>
        <source>De {count} pagina's worden klaargezet…</source>
        <translation>Preparing the {count} pages…</translation>
    </message>
    <message>
        <source>De pagina's kunnen niet worden getoond: {reason}</source>
        <translation>The pages cannot be shown: {reason}</translation>
    </message>
    <message>
        <source>Pagina {number} van {count}</source>
        <translation>Page {number} of {count}</translation>
    </message>
    <message>
        <source>{count} pagina's. Klopt alles? Kies dan Volgende om te ondertekenen en op te slaan.</source>
        <translation>{count} pages. Is everything right? Then choose Next to sign and save.</translation>
    </message>
</context>
<context>
    <name>dossier_export_recipient_page</name>
    <message>
        <source>Ontvanger en doel</source>
        <translation>Recipient and purpose</translation>
    </message>
    <message>
        <source>Dossier van {name}. Alleen wat deze ontvanger voor dit doel mag ontvangen, komt erin.</source>
        <translation>Dossier of {name}. Only what this recipient may receive for this purpose goes into it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grensverkeer.&lt;/b&gt; {explanation}</source>
        <translation>&lt;b&gt;Across municipal borders (grensverkeer).&lt;/b&gt; {explanation}</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Sociaal Team van de &amp;woongemeente ({municipality}): {name}</source>
        <translation>Sociaal Team of the municipality of &amp;residence ({municipality}): {name}</translation>
    </message>
    <message>
        <source>Geen Sociaal Team bekend voor de woongemeente ({municipality}); voeg het toe bij Contacten</source>
        <translation>No Sociaal Team known for the municipality of residence ({municipality}); add it under Contacts</translation>
    </message>
    <message>
        <source>Sociaal Team van de woongemeente</source>
        <translation>Sociaal Team of the municipality of residence</translation>
    </message>
    <message>
        <source>Standaard. De woongemeente betaalt individuele jeugdhulp (woonplaatsbeginsel).</source>
        <translation>Default. The municipality of residence pays for individual jeugdhulp (youth care) — the residence principle (woonplaatsbeginsel).</translation>
    </message>
    <message>
        <source>Sociaal Team van de gemeente van de &amp;school ({municipality}): {name}</source>
        <translation>Sociaal Team of the &amp;school's municipality ({municipality}): {name}</translation>
    </message>
    <message>
        <source>Sociaal Team van de gemeente van de school</source>
        <translation>Sociaal Team of the school's municipality</translation>
    </message>
    <message>
        <source>Heeft de regie over jeugdhulp op school.</source>
        <translation>Coordinates jeugdhulp (youth care) at school.</translation>
    </message>
    <message>
        <source>Een andere &amp;organisatie:</source>
        <translation>&amp;Another organisation:</translation>
    </message>
    <message>
        <source>Een andere organisatie</source>
        <translation>Another organisation</translation>
    </message>
    <message>
        <source>Andere ontvanger</source>
        <translation>Other recipient</translation>
    </message>
    <message>
        <source>Een organisatie uit Contacten</source>
        <translation>An organisation from Contacts</translation>
    </message>
    <message>
        <source>&amp;Doel van het delen</source>
        <translation>&amp;Purpose of sharing</translation>
    </message>
    <message>
        <source>Doel van het delen</source>
        <translation>Purpose of sharing</translation>
    </message>
    <message>
        <source>Toestemming geldt per ontvanger, per doel en per soort gegevens.</source>
        <translation>Consent applies per recipient, per purpose and per kind of data.</translation>
    </message>
</context>
<context>
    <name>dossier_export_sign_page</name>
    <message>
        <source>Ondertekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Het dossier wordt digitaal ondertekend: de ontvanger ziet dat het van u komt en dat er niets aan is veranderd.</source>
        <translation>The dossier is signed digitally: the recipient can see that it comes from you and that nothing in it has changed.</translation>
    </message>
    <message>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Deze gegevens staan op het dossier, zodat de ontvanger u kan bereiken. ibdesk onthoudt ze voor een volgende keer.</source>
        <translation>These details appear on the dossier so the recipient can reach you. ibdesk remembers them for next time.</translation>
    </message>
    <message>
        <source>Certificaat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Controlecode — lees deze desgevraagd telefonisch voor, zodat de ontvanger kan controleren dat het document echt van u komt:
Technisch: vingerafdruk (SHA-256) van het certificaat</source>
        <translation>Check code — if asked, read it out over the phone so the recipient can check that the document really comes from you:
Technical: fingerprint (SHA-256) of the certificate</translation>
    </message>
    <message>
        <source>Opnieuw &amp;proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Schoolcertificaat opnieuw openen</source>
        <translation>Open the school certificate again</translation>
    </message>
    <message>
        <source>Certificaat nu ma&amp;ken</source>
        <translation>Ma&amp;ke certificate now</translation>
    </message>
    <message>
        <source>Persoonlijk certificaat nu maken</source>
        <translation>Make a personal certificate now</translation>
    </message>
    <message>
        <source>Certificaat ve&amp;rvangen</source>
        <translation>&amp;Replace certificate</translation>
    </message>
    <message>
        <source>Persoonlijk certificaat vervangen</source>
        <translation>Replace personal certificate</translation>
    </message>
    <message>
        <source>Certificaat van de school: {name}</source>
        <translation>School certificate: {name}</translation>
    </message>
    <message>
        <source>Certificaat van de school</source>
        <translation>School certificate</translation>
    </message>
    <message>
        <source>Ingesteld door de beheerder ({path}). Ontvangers die de certificaatautoriteit van de school vertrouwen, zien het document direct als vertrouwd.</source>
        <translation>Set up by the administrator ({path}). Recipients who trust the school's certificate authority see the document as trusted straight away.</translation>
    </message>
    <message>
        <source>Persoonlijk certificaat op naam van {holder}</source>
        <translation>Personal certificate in the name of {holder}</translation>
    </message>
    <message>
        <source>Er is geen certificaat van de school ingesteld. De ontvanger vertrouwt uw persoonlijke certificaat als u het eerst geeft (Instellingen › Mijn certificaat exporteren…) of de controlecode telefonisch bevestigt.</source>
        <translation>No school certificate is set up. The recipient trusts your personal certificate if you give it to them first (Settings › Export my certificate…) or confirm the check code over the phone.</translation>
    </message>
    <message>
        <source>Dit certificaat staat op naam van {holder}, niet van {name}. Het dossier zou dan zeggen dat iemand anders het ondertekende. Vervang het certificaat; wat u eerder ondertekende, blijft controleerbaar.</source>
        <translation>This certificate is in the name of {holder}, not {name}. The dossier would then say that someone else signed it. Replace the certificate; what you signed earlier can still be checked.</translation>
    </message>
    <message>
        <source>Persoonlijk certificaat (nog niet gemaakt)</source>
        <translation>Personal certificate (not made yet)</translation>
    </message>
    <message>
        <source>Er is geen certificaat van de school ingesteld. ibdesk maakt bij het ondertekenen een persoonlijk certificaat op de naam hierboven. Wilt u de controlecode nu al zien, kies dan ‘Certificaat nu maken’.</source>
        <translation>No school certificate is set up. When signing, ibdesk makes a personal certificate in the name above. To see the check code now, choose ‘Make certificate now’.</translation>
    </message>
    <message>
        <source>Afzender niet opgeslagen</source>
        <translation>Sender not saved</translation>
    </message>
</context>
<context>
    <name>dossier_export_wizard</name>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Dossier opslaan</source>
        <translation>Save dossier</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>U kiest zelf waar het ondertekende dossier komt. ibdesk schrijft nergens anders iets weg.</source>
        <translation>You choose where the signed dossier goes. ibdesk writes nothing anywhere else.</translation>
    </message>
    <message>
        <source>&amp;Beveiligen met wachtwoord</source>
        <translation>Protect with a pass&amp;word</translation>
    </message>
    <message>
        <source>Beveiligen met wachtwoord</source>
        <translation>Protect with a password</translation>
    </message>
    <message>
        <source>Aanbevolen als u het dossier per e-mail verstuurt</source>
        <translation>Recommended if you send the dossier by email</translation>
    </message>
    <message>
        <source>Aanbevolen als u het dossier per e-mail verstuurt. ibdesk maakt een sterk wachtwoord en toont het na het opslaan; u geeft het telefonisch of per sms door.
Technisch: versleuteld met AES-256.</source>
        <translation>Recommended if you send the dossier by email. ibdesk makes a strong password and shows it after saving; you pass it on by phone or text message.
Technical: encrypted with AES-256.</translation>
    </message>
    <message>
        <source>&amp;Opslaan als…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Dossier opslaan als</source>
        <translation>Save dossier as</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wachtwoord van het document&lt;/b&gt; — geef dit telefonisch of per sms door aan de ontvanger, &lt;b&gt;nooit in dezelfde e-mail&lt;/b&gt; als het document. Het wordt niet bewaard en later niet meer getoond.</source>
        <translation>&lt;b&gt;Document password&lt;/b&gt; — give it to the recipient by phone or text message, &lt;b&gt;never in the same email&lt;/b&gt; as the document. It is not stored and will not be shown again.</translation>
    </message>
    <message>
        <source>Wachtwoord van het document</source>
        <translation>Document password</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aan:&lt;/b&gt; {recipient}&lt;br&gt;&lt;b&gt;Doel:&lt;/b&gt; {purpose}&lt;br&gt;&lt;b&gt;Ondertekend door:&lt;/b&gt; {signer}, {role}&lt;br&gt;&lt;b&gt;Voorgestelde bestandsnaam:&lt;/b&gt; {file} (zonder naam van de leerling)</source>
        <translation>&lt;b&gt;To:&lt;/b&gt; {recipient}&lt;br&gt;&lt;b&gt;Purpose:&lt;/b&gt; {purpose}&lt;br&gt;&lt;b&gt;Signed by:&lt;/b&gt; {signer}, {role}&lt;br&gt;&lt;b&gt;Suggested file name:&lt;/b&gt; {file} (without the pupil's name)</translation>
    </message>
    <message>
        <source>Niets opgeslagen: u heeft geen bestand gekozen.</source>
        <translation>Nothing saved: you did not choose a file.</translation>
    </message>
    <message>
        <source>Bezig met ondertekenen en opslaan…</source>
        <translation>Signing and saving…</translation>
    </message>
    <message>
        <source>Niet opgeslagen. {reason}</source>
        <translation>Not saved. {reason}</translation>
    </message>
    <message>
        <source>Dossier niet gemaakt</source>
        <translation>Dossier not made</translation>
    </message>
    <message>
        <source>Dossier exporteren</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <source>&lt; &amp;Terug</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>dossier_signer_settings</name>
    <message>
        <source>Certificaat (*.pem *.cer *.der *.crt);;Alle bestanden (*)</source>
        <translation>Certificate (*.pem *.cer *.der *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Certificaat (*.pem);;Certificaat, binair (*.cer)</source>
        <translation>Certificate (*.pem);;Certificate, binary (*.cer)</translation>
    </message>
    <message>
        <source>Technisch: de vingerafdruk (SHA-256) van het certificaat.</source>
        <translation>Technical: the fingerprint (SHA-256) of the certificate.</translation>
    </message>
    <message>
        <source>Ondertekenen</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Uw gegevens als afzender op dossiers en overdrachten die u ondertekent. De ontvanger gebruikt ze om u te bereiken.</source>
        <translation>Your details as the sender on dossiers and handovers you sign. The recipient uses them to reach you.</translation>
    </message>
    <message>
        <source>Afzendergegevens &amp;opslaan</source>
        <translation>Sa&amp;ve sender details</translation>
    </message>
    <message>
        <source>Afzendergegevens opslaan</source>
        <translation>Save sender details</translation>
    </message>
    <message>
        <source>Certificaat van de school:</source>
        <translation>School certificate:</translation>
    </message>
    <message>
        <source>Wie de school vertrouwt:
Technisch: CA-certificaat van de school</source>
        <translation>Whom the school trusts:
Technical: the school's CA certificate</translation>
    </message>
    <message>
        <source>Uw persoonlijke certificaat:</source>
        <translation>Your personal certificate:</translation>
    </message>
    <message>
        <source>Certificaten van anderen:</source>
        <translation>Certificates of others:</translation>
    </message>
    <message>
        <source>Mijn certificaat e&amp;xporteren…</source>
        <translation>E&amp;xport my certificate…</translation>
    </message>
    <message>
        <source>Mijn certificaat exporteren</source>
        <translation>Export my certificate</translation>
    </message>
    <message>
        <source>Certificaat van een ander &amp;vertrouwen…</source>
        <translation>Trust someone else's &amp;certificate…</translation>
    </message>
    <message>
        <source>Certificaat van een ander vertrouwen</source>
        <translation>Trust someone else's certificate</translation>
    </message>
    <message>
        <source>Certificaat ve&amp;rvangen…</source>
        <translation>Replace certi&amp;ficate…</translation>
    </message>
    <message>
        <source>Mijn persoonlijke certificaat vervangen</source>
        <translation>Replace my personal certificate</translation>
    </message>
    <message>
        <source>Geef uw certificaat vooraf aan het Sociaal Team, zodat zij uw documenten als vertrouwd zien. Lees bij twijfel de controlecode telefonisch voor.</source>
        <translation>Give your certificate to the Sociaal Team beforehand, so they see your documents as trusted. If in doubt, read out the check code over the phone.</translation>
    </message>
    <message>
        <source>ingesteld: {path}. U ondertekent hiermee; het wachtwoord wordt één keer gevraagd.</source>
        <translation>set up: {path}. You sign with this; the password is asked once.</translation>
    </message>
    <message>
        <source>ingesteld, maar niet gevonden: {path}. Vraag de ICT-beheerder het pad te controleren.</source>
        <translation>set up, but not found: {path}. Ask the IT administrator to check the path.</translation>
    </message>
    <message>
        <source>niet ingesteld — u ondertekent met uw persoonlijke certificaat.</source>
        <translation>not set up — you sign with your personal certificate.</translation>
    </message>
    <message>
        <source>niet ingesteld</source>
        <translation>not set up</translation>
    </message>
    <message>
        <source>op naam van {holder} — niet uw naam. Vervang het: een document zou anders '{holder}' als ondertekenaar noemen.</source>
        <translation>in the name of {holder} — not your name. Replace it: otherwise a document would name '{holder}' as the signer.</translation>
    </message>
    <message>
        <source>nog niet gemaakt; dat gebeurt bij de eerste export of als u het exporteert.</source>
        <translation>not made yet; that happens at the first export or when you export it.</translation>
    </message>
    <message>
        <source>geen vertrouwd</source>
        <translation>none trusted</translation>
    </message>
    <message>
        <source>{count} vertrouwd</source>
        <translation>{count} trusted</translation>
    </message>
    <message>
        <source>Afzendergegevens niet opgeslagen</source>
        <translation>Sender details not saved</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Mijn certificaat opslaan</source>
        <translation>Save my certificate</translation>
    </message>
    <message>
        <source>Certificaat niet geëxporteerd</source>
        <translation>Certificate not exported</translation>
    </message>
    <message>
        <source>Certificaat geëxporteerd</source>
        <translation>Certificate exported</translation>
    </message>
    <message>
        <source>Uw certificaat staat in:
{path}

Controlecode:
{fingerprint}
{technical}

Stuur het bestand naar de ontvanger (bijvoorbeeld het Sociaal Team). Het bevat geen geheime sleutel. Lees de controlecode telefonisch voor, zodat de ontvanger kan nagaan dat het echt van u is.</source>
        <translation>Your certificate is in:
{path}

Check code:
{fingerprint}
{technical}

Send the file to the recipient (for example the Sociaal Team). It holds no secret key. Read out the check code over the phone, so the recipient can check that it really is yours.</translation>
    </message>
    <message>
        <source>Certificaat vervangen</source>
        <translation>Replace certificate</translation>
    </message>
    <message>
        <source>Een nieuw persoonlijk certificaat maken op naam van {name}?</source>
        <translation>Make a new personal certificate in the name of {name}?</translation>
    </message>
    <message>
        <source>Het huidige staat op naam van {holder}.</source>
        <translation>The current one is in the name of {holder}.</translation>
    </message>
    <message>
        <source>Documenten die u al ondertekende, blijven controleerbaar. Geef ontvangers daarna het nieuwe certificaat (Mijn certificaat exporteren…).</source>
        <translation>Documents you have already signed can still be checked. Afterwards, give recipients the new certificate (Export my certificate…).</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Certificaat niet vervangen</source>
        <translation>Certificate not replaced</translation>
    </message>
    <message>
        <source>Nieuw certificaat op naam van {name}.
Controlecode:
{fingerprint}
{technical}</source>
        <translation>New certificate in the name of {name}.
Check code:
{fingerprint}
{technical}</translation>
    </message>
    <message>
        <source>Certificaat kiezen om te vertrouwen</source>
        <translation>Choose a certificate to trust</translation>
    </message>
    <message>
        <source>Certificaat niet vertrouwd</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message>
        <source>Wilt u dit certificaat voortaan vertrouwen?

{name}
Controlecode:
{fingerprint}
{technical}

Doe dit alleen als u de controlecode telefonisch met de eigenaar hebt vergeleken.</source>
        <translation>Trust this certificate from now on?

{name}
Check code:
{fingerprint}
{technical}

Only do this if you have compared the check code with its owner over the phone.</translation>
    </message>
    <message>
        <source>Certificaat vertrouwen</source>
        <translation>Trust certificate</translation>
    </message>
    <message>
        <source>Vertrouwen</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Certificaat vertrouwd</source>
        <translation>Certificate trusted</translation>
    </message>
    <message>
        <source>Vertrouwd: {name}
Controlecode:
{fingerprint}
{technical}

Documenten die hiermee ondertekend zijn, ziet u voortaan als vertrouwd.</source>
        <translation>Trusted: {name}
Check code:
{fingerprint}
{technical}

Documents signed with it will show as trusted from now on.</translation>
    </message>
</context>
<context>
    <name>dossier_verify_dialog</name>
    <message>
        <source>PDF-document (*.pdf);;Alle bestanden (*)</source>
        <translation>PDF document (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Controleer dossier</source>
        <translation>Check dossier</translation>
    </message>
    <message>
        <source>Is een ondertekend document (PDF) echt, compleet en niet gewijzigd? En van wie komt het?</source>
        <translation>Is a signed document (PDF) genuine, complete and unchanged? And who is it from?</translation>
    </message>
    <message>
        <source>Bestand om te controleren</source>
        <translation>File to check</translation>
    </message>
    <message>
        <source>kies een PDF-bestand</source>
        <translation>choose a PDF file</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Wachtwoord van het document</source>
        <translation>Document password</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord (alleen bij een versleuteld document)</source>
        <translation>&amp;Password (only for an encrypted document)</translation>
    </message>
    <message>
        <source>U kreeg het van de afzender per telefoon of sms.</source>
        <translation>The sender gave it to you by phone or text message.</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Kies een bestand om te controleren.</source>
        <translation>Choose a file to check.</translation>
    </message>
    <message>
        <source>Uitslag van de controle</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ondertekend door:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Ondertekend op:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <source>Inhoud intact:</source>
        <translation>Content intact:</translation>
    </message>
    <message>
        <source>Hele bestand ondertekend:</source>
        <translation>Whole file signed:</translation>
    </message>
    <message>
        <source>Vertrouwd:</source>
        <translation>Trusted:</translation>
    </message>
    <message>
        <source>Controlecode van de afzender:
Technisch: vingerafdruk (SHA-256)</source>
        <translation>Sender's check code:
Technical: fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Handtekeningen:</source>
        <translation>Signatures:</translation>
    </message>
    <message>
        <source>Document kiezen om te controleren</source>
        <translation>Choose a document to check</translation>
    </message>
    <message>
        <source>Kies eerst een bestand om te controleren.</source>
        <translation>First choose a file to check.</translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Wachtwoord nodig</source>
        <translation>Password needed</translation>
    </message>
    <message>
        <source>Dit document is versleuteld. Vul het wachtwoord in dat u van de afzender kreeg (telefonisch of per sms) en kies Controleren.</source>
        <translation>This document is encrypted. Enter the password the sender gave you (by phone or text message) and choose Check.</translation>
    </message>
    <message>
        <source>Wachtwoord klopt niet</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Controleer het wachtwoord (let op hoofdletters en streepjes) en probeer het opnieuw.</source>
        <translation>Check the password (mind capital letters and hyphens) and try again.</translation>
    </message>
    <message>
        <source>Niet gecontroleerd</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NEE — gewijzigd of beschadigd</source>
        <translation>NO — changed or damaged</translation>
    </message>
    <message>
        <source>NEE — er is iets toegevoegd na de handtekening</source>
        <translation>NO — something was added after the signature</translation>
    </message>
</context>
<context>
    <name>dossier_verify_verdict</name>
    <message>
        <source>Onbekend — deze ondertekenaar staat niet in uw lijst van vertrouwde certificaten. Bel de afzender op een nummer dat u zelf opzoekt (niet uit het document) en vergelijk samen de controlecode hieronder. Klopt die, dan kunt u het certificaat van de afzender vertrouwen via Instellingen › Ondertekenen › Certificaat van een ander vertrouwen…</source>
        <translation>Unknown — this signer is not in your list of trusted certificates. Call the sender on a number you look up yourself (not from the document) and compare the check code below together. If it matches, you can trust the sender's certificate under Settings › Signing › Trust someone else's certificate…</translation>
    </message>
    <message>
        <source>Gebruik dit bestand niet; vraag de afzender het document opnieuw te sturen.</source>
        <translation>Do not use this file; ask the sender to send the document again.</translation>
    </message>
    <message>
        <source>In orde</source>
        <translation>All in order</translation>
    </message>
    <message>
        <source>Het document is niet gewijzigd sinds het werd ondertekend, door een ondertekenaar die u vertrouwt.</source>
        <translation>The document has not changed since it was signed, by a signer you trust.</translation>
    </message>
    <message>
        <source>Niet in orde: onbekende ondertekenaar</source>
        <translation>Not in order: unknown signer</translation>
    </message>
    <message>
        <source>Het document is sinds de handtekening niet gewijzigd, maar de ondertekenaar staat niet in uw lijst van vertrouwde certificaten. Iedereen kan een certificaat maken met dezelfde naam en school. Vertrouw de inhoud pas als de controlecode hieronder klopt met wat de afzender u telefonisch zegt.</source>
        <translation>The document has not changed since it was signed, but the signer is not in your list of trusted certificates. Anyone can make a certificate with the same name and school. Only trust the content once the check code below matches what the sender tells you over the phone.</translation>
    </message>
    <message>
        <source>Niet in orde: bestand beschadigd</source>
        <translation>Not in order: file damaged</translation>
    </message>
    <message>
        <source>Niet in orde: geen handtekening</source>
        <translation>Not in order: no signature</translation>
    </message>
    <message>
        <source>Dit document heeft geen digitale handtekening; niet na te gaan is van wie het komt of wat erin is veranderd.</source>
        <translation>This document has no digital signature; there is no way to tell who it is from or what has been changed in it.</translation>
    </message>
    <message>
        <source>Niet in orde: gewijzigd na ondertekening</source>
        <translation>Not in order: changed after signing</translation>
    </message>
    <message>
        <source>Het document is na ondertekening gewijzigd of beschadigd.</source>
        <translation>The document was changed or damaged after signing.</translation>
    </message>
    <message>
        <source>Niet in orde: iets toegevoegd na de handtekening</source>
        <translation>Not in order: something added after the signature</translation>
    </message>
    <message>
        <source>Het ondertekende deel is ongewijzigd, maar er is daarna iets aan het bestand toegevoegd dat buiten de handtekening valt.</source>
        <translation>The signed part is unchanged, but something was added to the file afterwards that the signature does not cover.</translation>
    </message>
    <message>
        <source>Niet in orde: handtekening klopt niet</source>
        <translation>Not in order: signature does not match</translation>
    </message>
    <message>
        <source>niet te beoordelen — de handtekening past niet bij de inhoud</source>
        <translation>cannot be judged — the signature does not match the content</translation>
    </message>
    <message>
        <source>Ja — {source}</source>
        <translation>Yes — {source}</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{date} om {time}</source>
        <translation>{date} at {time}</translation>
    </message>
</context>
<context>
    <name>forms_choice_widgets</name>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Onbekend ({value})</source>
        <translation>Unknown ({value})</translation>
    </message>
</context>
<context>
    <name>forms_date_input</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Ongeldige datum; typ de datum als dd-mm-jjjj, bijvoorbeeld 05-03-2025.</source>
        <translation>Invalid date; type the date as dd-mm-yyyy, for example 05-03-2025.</translation>
    </message>
    <message>
        <source>Typ de datum als dd-mm-jjjj; Alt+↓ opent de kalender.</source>
        <translation>Type the date as dd-mm-yyyy; Alt+↓ opens the calendar.</translation>
    </message>
    <message>
        <source>Kies een datum in de kalender (Alt+↓)</source>
        <translation>Choose a date in the calendar (Alt+↓)</translation>
    </message>
    <message>
        <source>nl_NL</source>
        <translation>en_GB</translation>
    </message>
</context>
<context>
    <name>forms_editor</name>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Wat het laatst gewijzigde veld eerst bevatte terugzetten (Ctrl+Z)</source>
        <translation>Put back what the last changed field held before (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Formulier: laatste wijziging ongedaan maken</source>
        <translation>Form: undo the last change</translation>
    </message>
    <message>
        <source>Wijzigingen weggooien</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>De niet-opgeslagen wijzigingen weggooien</source>
        <translation>Throw away the unsaved changes</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opslaan als concept</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <source>Onvolledig opslaan en later afmaken; telt nog niet mee als afgerond</source>
        <translation>Save it incomplete and finish it later; it does not count as completed yet</translation>
    </message>
    <message>
        <source>Formulier: opslaan als concept</source>
        <translation>Form: save as draft</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Er is niet-opgeslagen werk van {moment} gevonden. Herstellen?</source>
        <translation>Unsaved work from {moment} was found. Restore it?</translation>
    </message>
    <message>
        <source>Let op: dit werk hoort bij versie {draft} van dit formulier; u werkt nu in versie {current}.</source>
        <translation>Note: this work belongs to version {draft} of this form; you are now working in version {current}.</translation>
    </message>
    <message>
        <source>Niet-opgeslagen werk gevonden</source>
        <translation>Unsaved work found</translation>
    </message>
    <message>
        <source>Het werk is niet hersteld; het blijft bewaard tot u iets wijzigt.</source>
        <translation>The work was not restored; it is kept until you change something.</translation>
    </message>
    <message>
        <source>Werk van {moment} hersteld.</source>
        <translation>Work from {moment} restored.</translation>
    </message>
    <message>
        <source>De niet-opgeslagen wijzigingen worden verwijderd. Doorgaan?</source>
        <translation>The unsaved changes will be deleted. Continue?</translation>
    </message>
</context>
<context>
    <name>forms_editor_status</name>
    <message>
        <source>Als concept opgeslagen om {time}.</source>
        <translation>Saved as a draft at {time}.</translation>
    </message>
    <message>
        <source>Opgeslagen om {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <source>Tussentijds bewaard om {time}.</source>
        <translation>Autosaved at {time}.</translation>
    </message>
    <message>
        <source>Er ging iets mis bij het bewaren ({error}). Wat u heeft getypt staat nog in het formulier.</source>
        <translation>Something went wrong while storing ({error}). What you typed is still in the form.</translation>
    </message>
    <message>
        <source>vandaag om {time}</source>
        <translation>today at {time}</translation>
    </message>
    <message>
        <source>gisteren om {time}</source>
        <translation>yesterday at {time}</translation>
    </message>
    <message>
        <source>{day} om {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>Niet opgeslagen: 1 veld is nog niet (goed) ingevuld. Uw invoer is tussentijds bewaard.</source>
        <translation>Not saved: 1 field is not filled in (correctly) yet. What you entered has been autosaved.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {count} velden zijn nog niet (goed) ingevuld. Uw invoer is tussentijds bewaard.</source>
        <translation>Not saved: {count} fields are not filled in (correctly) yet. What you entered has been autosaved.</translation>
    </message>
    <message>
        <source>Niet als concept opgeslagen: 1 waarde past niet bij het veld. Uw invoer is tussentijds bewaard.</source>
        <translation>Not saved as a draft: 1 value does not fit its field. What you entered has been autosaved.</translation>
    </message>
    <message>
        <source>Niet als concept opgeslagen: {count} waarden passen niet bij het veld. Uw invoer is tussentijds bewaard.</source>
        <translation>Not saved as a draft: {count} values do not fit their fields. What you entered has been autosaved.</translation>
    </message>
</context>
<context>
    <name>forms_field_widgets</name>
    <message>
        <source>Niet ingevuld</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Vul een heel getal in, bijvoorbeeld 3.</source>
        <translation>Enter a whole number, for example 3.</translation>
    </message>
    <message>
        <source>Vul een getal in, bijvoorbeeld 2,5.</source>
        <translation>Enter a number, for example 2.5.</translation>
    </message>
    <message>
        <source>minimaal {low}</source>
        <translation>at least {low}</translation>
    </message>
    <message>
        <source>hoogstens {high}</source>
        <translation>at most {high}</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{name}: ja</source>
        <translation>{name}: yes</translation>
    </message>
    <message>
        <source>{name}: nee</source>
        <translation>{name}: no</translation>
    </message>
</context>
<context>
    <name>forms_form_header</name>
    <message>
        <source>IB'er</source>
        <translation>IB'er</translation>
    </message>
    <message>
        <source>JGZ</source>
        <translation>JGZ</translation>
    </message>
    <message>
        <source>schoolmaatschappelijk werk</source>
        <translation>school social work</translation>
    </message>
    <message>
        <source>consulent SWV</source>
        <translation>SWV consultant</translation>
    </message>
    <message>
        <source>orthopedagoog SWV</source>
        <translation>SWV educational psychologist</translation>
    </message>
    <message>
        <source>zorgcoördinator</source>
        <translation>care coordinator</translation>
    </message>
    <message>
        <source>jeugdconsulent Sociaal Team</source>
        <translation>Sociaal Team youth consultant</translation>
    </message>
    <message>
        <source>leerkracht</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>ouders</source>
        <translation>parents/carers</translation>
    </message>
    <message>
        <source>leerling</source>
        <translation>pupil</translation>
    </message>
    <message>
        <source>directeur</source>
        <translation>head teacher</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>vakdocenten</source>
        <translation>subject teachers</translation>
    </message>
    <message>
        <source>teamleider</source>
        <translation>team leader</translation>
    </message>
    <message>
        <source>leerplicht</source>
        <translation>Leerplicht</translation>
    </message>
    <message>
        <source>{route} · stap {number} van {count}</source>
        <translation>{route} · step {number} of {count}</translation>
    </message>
    <message>
        <source>Betrokken: {who}</source>
        <translation>Involved: {who}</translation>
    </message>
    <message>
        <source>Gebruikelijke duur: {duration}</source>
        <translation>Usual duration: {duration}</translation>
    </message>
    <message>
        <source>{weeks} weken</source>
        <translation>{weeks} weeks</translation>
    </message>
    <message>
        <source>1 dagen</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{days} dagen</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Alleen lezen · versie {version} van dit formulier</source>
        <translation>Read-only · version {version} of this form</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>forms_form_view</name>
    <message>
        <source>1 veld is nog niet (goed) ingevuld; zie de rode meldingen hieronder.</source>
        <translation>1 field is not filled in (correctly) yet; see the red messages below.</translation>
    </message>
    <message>
        <source>{count} velden zijn nog niet (goed) ingevuld; zie de rode meldingen hieronder.</source>
        <translation>{count} fields are not filled in (correctly) yet; see the red messages below.</translation>
    </message>
</context>
<context>
    <name>forms_group_widget</name>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{item} verwijderen</source>
        <translation>Remove {item}</translation>
    </message>
    <message>
        <source>+ {item} toevoegen</source>
        <translation>+ Add {item}</translation>
    </message>
    <message>
        <source>+ Toevoegen</source>
        <translation>+ Add</translation>
    </message>
    <message>
        <source>Niets ingevuld.</source>
        <translation>Nothing filled in.</translation>
    </message>
    <message>
        <source>Toevoegen (Ctrl+Enter)</source>
        <translation>Add (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>{item} toevoegen</source>
        <translation>Add {item}</translation>
    </message>
</context>
<context>
    <name>forms_rows</name>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Overgenomen {origin} — controleer en pas aan waar nodig.</source>
        <translation>Copied {origin} — check it and change it where needed.</translation>
    </message>
    <message>
        <source>Overgenomen {origin}</source>
        <translation>Copied {origin}</translation>
    </message>
    <message>
        <source>Verplicht veld</source>
        <translation>Required field</translation>
    </message>
</context>
<context>
    <name>forms_signature_pad</name>
    <message>
        <source>Teken de handtekening met de muis, een pen of een vinger.</source>
        <translation>Draw the signature with the mouse, a pen or a finger.</translation>
    </message>
    <message>
        <source>Handtekening aanwezig (elders vastgelegd)</source>
        <translation>Signature present (recorded elsewhere)</translation>
    </message>
    <message>
        <source>Geen handtekening</source>
        <translation>No signature</translation>
    </message>
    <message>
        <source>Teken hier</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Tekenvlak voor de handtekening (muis, pen of vinger)</source>
        <translation>Drawing area for the signature (mouse, pen or finger)</translation>
    </message>
    <message>
        <source>{name} wissen</source>
        <translation>Clear {name}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Er ging iets onverwachts mis ({detail}). Wat al was opgeslagen is bewaard; meld dit bij de beheerder.</source>
        <translation>Something unexpected went wrong ({detail}). What was already saved has been kept; please report this to your administrator.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Taal van ibdesk</source>
        <translation>Language of ibdesk</translation>
    </message>
    <message>
        <source>Voor u op deze computer, in elk profiel.</source>
        <translation>For you on this computer, in every profile.</translation>
    </message>
    <message>
        <source>Vastgezet door de ICT-beheerder (beleid van deze computer).</source>
        <translation>Fixed by the IT administrator (this computer's policy).</translation>
    </message>
    <message>
        <source>Taal niet opgeslagen</source>
        <translation>Language not saved</translation>
    </message>
    <message>
        <source>De keuze kon niet worden bewaard in {path}: {reason}</source>
        <translation>The choice could not be saved in {path}: {reason}</translation>
    </message>
    <message>
        <source>Wordt toegepast bij de volgende start.</source>
        <translation>Applies from the next start.</translation>
    </message>
    <message>
        <source>Alleen kiezen als de school in een andere regio valt dan haar gemeente.</source>
        <translation>Only choose this if the school belongs to a different region than its municipality.</translation>
    </message>
    <message>
        <source>ibdesk-back-up (*.ibbak);;Alle bestanden (*)</source>
        <translation>ibdesk backup (*.ibbak);;All files (*)</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Gegevens van de school, het profiel op deze computer en back-ups.</source>
        <translation>The school's details, the profile on this computer and backups.</translation>
    </message>
    <message>
        <source>Ondertekende dossiers</source>
        <translation>Signed dossiers</translation>
    </message>
    <message>
        <source>Contro&amp;leer dossier…</source>
        <translation>Chec&amp;k dossier…</translation>
    </message>
    <message>
        <source>Controleer een ondertekend dossier</source>
        <translation>Check a signed dossier</translation>
    </message>
    <message>
        <source>Controleer wie een PDF-dossier ondertekende, wanneer, en of er sindsdien niets is veranderd.</source>
        <translation>Check who signed a PDF dossier, when, and that nothing has changed since.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Naam van de school</source>
        <translation>Name of the school</translation>
    </message>
    <message>
        <source>BRIN-nummer</source>
        <translation>BRIN number</translation>
    </message>
    <message>
        <source>Gemeente van de school</source>
        <translation>Municipality of the school</translation>
    </message>
    <message>
        <source>Regio of samenwerkingsverband</source>
        <translation>Region or samenwerkingsverband</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;BRIN-nummer</source>
        <translation>&amp;BRIN number</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>Municipalit&amp;y</translation>
    </message>
    <message>
        <source>&amp;Regio / samenwerkingsverband</source>
        <translation>Re&amp;gion / samenwerkingsverband</translation>
    </message>
    <message>
        <source>Soor&amp;t school</source>
        <translation>&amp;Type of school</translation>
    </message>
    <message>
        <source>Automatisch (uit de gemeente van de school)</source>
        <translation>Automatic (from the school's municipality)</translation>
    </message>
    <message>
        <source>Noord</source>
        <translation>North</translation>
    </message>
    <message>
        <source>Midden</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>Zuid</source>
        <translation>South</translation>
    </message>
    <message>
        <source>Va&amp;kantieregio</source>
        <translation>&amp;Holiday region</translation>
    </message>
    <message>
        <source>Vakantieregio</source>
        <translation>Holiday region</translation>
    </message>
    <message>
        <source>Schoolkalender telt met</source>
        <translation>School calendar counts with</translation>
    </message>
    <message>
        <source>&amp;Schoolgegevens opslaan</source>
        <translation>Save school &amp;details</translation>
    </message>
    <message>
        <source>Schoolgegevens opslaan</source>
        <translation>Save school details</translation>
    </message>
    <message>
        <source>Profiel en beveiliging</source>
        <translation>Profile and security</translation>
    </message>
    <message>
        <source>Profielmap</source>
        <translation>Profile folder</translation>
    </message>
    <message>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Laatste back-up in de profielmap</source>
        <translation>Latest backup in the profile folder</translation>
    </message>
    <message>
        <source>Back-&amp;up maken…</source>
        <translation>Make a back&amp;up…</translation>
    </message>
    <message>
        <source>Back-up maken</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <source>U kiest zelf waar het versleutelde back-upbestand komt, bijvoorbeeld op een USB-stick van school.</source>
        <translation>You choose where the encrypted backup file goes, for example on a school USB stick.</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Schoolgegevens opgeslagen.</source>
        <translation>School details saved.</translation>
    </message>
    <message>
        <source>Back-up opslaan als</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <source>Bezig met de back-up…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Back-up niet gemaakt</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <source>Back-up gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>De back-up staat in:
{path}

Hij is versleuteld; u opent hem met de sleutel van dit profiel, de wachtwoordzin of de herstelsleutel.</source>
        <translation>The backup is in:
{path}

It is encrypted; you open it with this profile's key, the passphrase or the recovery key.</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>ibdesk — vergrendeld</source>
        <translation>ibdesk — locked</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Typ uw pincode. U bent nog aangemeld op deze computer; de pincode bewijst dat u het zelf bent.</source>
        <translation>Type your PIN. You are still signed in on this computer; the PIN proves it is you.</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Typ de wachtwoordzin van dit profiel.</source>
        <translation>Type this profile's passphrase.</translation>
    </message>
    <message>
        <source>Herstelsleutel (papier)</source>
        <translation>Recovery key (paper)</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <source>Typ de herstelsleutel van papier: 8 groepjes van 4 tekens.</source>
        <translation>Type the recovery key from paper: 8 groups of 4 characters.</translation>
    </message>
    <message>
        <source>Sneller ontgrendelen? Kies onder Instellingen → Schermvergrendeling een pincode (kan alleen waar de sleutel in het sleutelbeheer van deze computer staat).</source>
        <translation>Unlock faster? Choose a PIN under Settings → Screen lock (possible only where this computer's keyring holds the key).</translation>
    </message>
    <message>
        <source>ibdesk is vergrendeld</source>
        <translation>ibdesk is locked</translation>
    </message>
    <message>
        <source>Er is niets weg: alles staat nog precies zo klaar.</source>
        <translation>Nothing is lost: everything is still exactly as you left it.</translation>
    </message>
    <message>
        <source>Ontgrendelen met</source>
        <translation>Unlock with</translation>
    </message>
    <message>
        <source>Ontgrendelen &amp;met</source>
        <translation>Unlock &amp;with</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Pincode herhalen</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <source>Pincode kie&amp;zen</source>
        <translation>Choo&amp;se a PIN</translation>
    </message>
    <message>
        <source>{low} tot {high} cijfers.</source>
        <translation>{low} to {high} digits.</translation>
    </message>
    <message>
        <source>Pincode &amp;herhalen</source>
        <translation>&amp;Repeat PIN</translation>
    </message>
    <message>
        <source>Pincode &amp;instellen</source>
        <translation>Set P&amp;IN</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>ibdesk — pincode voor de schermvergrendeling</source>
        <translation>ibdesk — PIN for the screen lock</translation>
    </message>
    <message>
        <source>Kies een pincode</source>
        <translation>Choose a PIN</translation>
    </message>
    <message>
        <source>Voor als ibdesk vergrendelt (na een paar minuten zonder gebruik, of met Ctrl+L).</source>
        <translation>For when ibdesk locks (after a few minutes without use, or with Ctrl+L).</translation>
    </message>
    <message>
        <source>U bent aangemeld op deze computer en de sleutel staat in het sleutelbeheer. Met een korte pincode ontgrendelt u ibdesk dan snel weer. Zonder pincode ontgrendelt u met de herstelsleutel van papier.</source>
        <translation>You are signed in on this computer and the key is in the keyring. With a short PIN you unlock ibdesk again quickly. Without a PIN you unlock with the paper recovery key.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Later een pincode kiezen</source>
        <translation>Choose a PIN later</translation>
    </message>
    <message>
        <source>Op deze computer staat de sleutel niet in het sleutelbeheer; u ontgrendelt met de wachtwoordzin. Een pincode kan alleen waar het sleutelbeheer de sleutel bewaart.</source>
        <translation>On this computer the key is not in the keyring; you unlock with the passphrase. A PIN is possible only where the keyring keeps the key.</translation>
    </message>
    <message>
        <source>Schermvergrendeling</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>Na een aantal minuten zonder gebruik, of met {shortcut}, verbergt ibdesk alles tot u ontgrendelt. Wat u nog niet opsloeg blijft staan.</source>
        <translation>After a number of minutes without use, or with {shortcut}, ibdesk hides everything until you unlock. What you had not saved yet stays.</translation>
    </message>
    <message>
        <source> minuten zonder gebruik</source>
        <translation> minutes without use</translation>
    </message>
    <message>
        <source>Vergrendelen n&amp;a</source>
        <translation>Lock &amp;after</translation>
    </message>
    <message>
        <source>Vergrendelen na minuten zonder gebruik</source>
        <translation>Lock after minutes without use</translation>
    </message>
    <message>
        <source>Nu vergren&amp;delen</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Nu vergrendelen</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>&amp;Pincode instellen</source>
        <translation>Set &amp;PIN</translation>
    </message>
    <message>
        <source>Vastgezet door de ICT-beheerder (beleid van deze computer).</source>
        <translation>Fixed by the IT administrator (this computer's policy).</translation>
    </message>
    <message>
        <source>Er is een pincode ingesteld: u ontgrendelt met die pincode (of de wachtwoordzin of herstelsleutel). Hieronder kiest u een nieuwe.</source>
        <translation>A PIN is set: you unlock with that PIN (or the passphrase or recovery key). Choose a new one below.</translation>
    </message>
    <message>
        <source>Nog geen pincode: ibdesk ontgrendelt dan alleen met de wachtwoordzin of de herstelsleutel. Kies hieronder een pincode.</source>
        <translation>No PIN yet: ibdesk then unlocks only with the passphrase or the recovery key. Choose a PIN below.</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Scherm vergrendelen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <source>ibdesk vergrendelen ({shortcut}); gebeurt ook na een paar minuten zonder gebruik</source>
        <translation>Lock ibdesk ({shortcut}); also happens after a few minutes without use</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Versleuteld opgeslagen (AES-256) op deze computer</source>
        <translation>Stored encrypted (AES-256) on this computer</translation>
    </message>
    <message>
        <source>Profiel laden…</source>
        <translation>Loading profile…</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Wat over de bewaartermijn is opruimen, en een inzage-export maken voor ouders die hun dossier willen zien.</source>
        <translation>Clear away what is past its retention period, and make an access request export for parents who want to see their file.</translation>
    </message>
    <message>
        <source>Be&amp;waartermijnen…</source>
        <translation>Retention per&amp;iods…</translation>
    </message>
    <message>
        <source>Bewaartermijnen bekijken</source>
        <translation>View retention periods</translation>
    </message>
    <message>
        <source>&amp;Inzage-export…</source>
        <translation>Access re&amp;quest export…</translation>
    </message>
    <message>
        <source>Inzage-export voor ouders maken</source>
        <translation>Make an access request export for parents</translation>
    </message>
    <message>
        <source>Inzage-export maken…</source>
        <translation>Make an access request export…</translation>
    </message>
    <message>
        <source>Alles wat ibdesk over deze leerling bewaart, voor de ouders</source>
        <translation>Everything ibdesk keeps about this pupil, for the parents</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Access request</translation>
    </message>
    <message>
        <source>Kies eerst een leerling in de lijst.</source>
        <translation>First choose a pupil in the list.</translation>
    </message>
    <message>
        <source>Profielmap: {folder}</source>
        <translation>Profile folder: {folder}</translation>
    </message>
    <message>
        <source>Profiel: {folder}</source>
        <translation>Profile: {folder}</translation>
    </message>
    <message>
        <source>nog geen school ingesteld</source>
        <translation>no school set up yet</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groep / klas</source>
        <translation>Group / class</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Woongemeente</source>
        <translation>Home municipality</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Lead</translation>
    </message>
</context>
<context>
    <name>page_registry</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>MDO</source>
        <translation>MDO</translation>
    </message>
    <message>
        <source>Thuiszitters</source>
        <translation>Out of school</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>absence_forms</name>
    <message>
        <source>— kies een leerling —</source>
        <translation>— choose a pupil —</translation>
    </message>
    <message>
        <source>Leerling voor het verzuim</source>
        <translation>Pupil for the absence</translation>
    </message>
    <message>
        <source> uur</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Ongeoorloofd (zonder geldige reden)</source>
        <translation>Unauthorised (no valid reason)</translation>
    </message>
    <message>
        <source>Geoorloofd (bijvoorbeeld ziek)</source>
        <translation>Authorised (for example ill)</translation>
    </message>
    <message>
        <source>Reden van het verzuim</source>
        <translation>Reason for the absence</translation>
    </message>
    <message>
        <source>bijvoorbeeld: ziek, weigert naar school te gaan</source>
        <translation>for example: ill, refuses to go to school</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Verzuim vanaf</source>
        <translation>Absent from</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Verzuim tot en met</source>
        <translation>Absent up to and including</translation>
    </message>
    <message>
        <source>Leeg: nog afwezig.</source>
        <translation>Empty: still absent.</translation>
    </message>
    <message>
        <source>Gemiste lesuren</source>
        <translation>Lesson hours missed</translation>
    </message>
    <message>
        <source>Gemiste lesuren in deze periode</source>
        <translation>Lesson hours missed in this period</translation>
    </message>
    <message>
        <source>Soort verzuim</source>
        <translation>Type of absence</translation>
    </message>
    <message>
        <source>Geoorloofd of ongeoorloofd verzuim</source>
        <translation>Authorised or unauthorised absence</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Verzuim vastleggen</source>
        <translation>Record absence</translation>
    </message>
    <message>
        <source>Kies de leerling.</source>
        <translation>Choose the pupil.</translation>
    </message>
    <message>
        <source>Verzuim niet vastgelegd</source>
        <translation>Absence not recorded</translation>
    </message>
    <message>
        <source>Verzuim van {name} vastgelegd.</source>
        <translation>Absence of {name} recorded.</translation>
    </message>
    <message>
        <source>Leerling voor de vrijstelling</source>
        <translation>Pupil for the exemption</translation>
    </message>
    <message>
        <source>— kies de vrijstelling —</source>
        <translation>— choose the exemption —</translation>
    </message>
    <message>
        <source>Vrijstelling</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <source>Soort vrijstelling</source>
        <translation>Type of exemption</translation>
    </message>
    <message>
        <source>5 onder a: ongeschikt (verklaring van een arts, psycholoog of orthopedagoog die de gemeente aanwijst, Leerplichtwet art. 7); 5 onder b: bezwaar tegen de richting van de scholen; 5a: trekkend bestaan.</source>
        <translation>5(a): unfit for school (statement by a doctor, psychologist or educational specialist appointed by the municipality, Leerplichtwet art. 7); 5(b): objection to the denomination of the schools; 5a: travelling way of life.</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Vrijstelling vanaf</source>
        <translation>Exemption from</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Vrijstelling tot en met</source>
        <translation>Exemption up to and including</translation>
    </message>
    <message>
        <source>Leeg: geen einddatum.</source>
        <translation>Empty: no end date.</translation>
    </message>
    <message>
        <source>Vrijstelling vastleggen</source>
        <translation>Record exemption</translation>
    </message>
    <message>
        <source>Kies welke vrijstelling de leerling heeft.</source>
        <translation>Choose which exemption the pupil has.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de ingangsdatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Vrijstelling voor {name} vastgelegd; de leerling telt niet mee als thuiszitter.</source>
        <translation>Exemption for {name} recorded; the pupil does not count as a child out of school.</translation>
    </message>
</context>
<context>
    <name>case_attachments</name>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Soort gegevens</source>
        <translation>Type of data</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bestanden worden versleuteld in ibdesk bewaard, niet als los bestand. De soort gegevens bepaalt met wie een bijlage gedeeld mag worden.</source>
        <translation>Files are kept encrypted inside ibdesk, not as separate files. The type of data decides with whom an attachment may be shared.</translation>
    </message>
    <message>
        <source>Nog geen bijlagen. Kies hieronder een bestand.</source>
        <translation>No attachments yet. Choose a file below.</translation>
    </message>
    <message>
        <source>Titel van de bijlage</source>
        <translation>Title of the attachment</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Verslag jeugdarts maart</source>
        <translation>for example: school doctor’s report, March</translation>
    </message>
    <message>
        <source>Soort bijlage</source>
        <translation>Kind of attachment</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Soort:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Gegevens:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Bestand kiezen en toevoegen…</source>
        <translation>Choose file and add…</translation>
    </message>
    <message>
        <source>Bestand kiezen en als bijlage toevoegen</source>
        <translation>Choose a file and add it as an attachment</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Geselecteerde bijlage openen</source>
        <translation>Open the selected attachment</translation>
    </message>
    <message>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Geselecteerde bijlage verwijderen</source>
        <translation>Delete the selected attachment</translation>
    </message>
    <message>
        <source> · casus {number}</source>
        <translation> · case {number}</translation>
    </message>
    <message>
        <source>{when} door {who}</source>
        <translation>{when} by {who}</translation>
    </message>
</context>
<context>
    <name>case_consent</name>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Wanneer en hoe</source>
        <translation>When and how</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>alle soorten gegevens</source>
        <translation>all types of data</translation>
    </message>
    <message>
        <source> en </source>
        <translation> and </translation>
    </message>
    <message>
        <source>alles behalve {categories}</source>
        <translation>everything except {categories}</translation>
    </message>
    <message>
        <source>{status}; nog niet getekend door {names}</source>
        <translation>{status}; not yet signed by {names}</translation>
    </message>
    <message>
        <source>wacht op handtekening van {names}</source>
        <translation>awaiting the signature of {names}</translation>
    </message>
    <message>
        <source>Wie moet nog toestemming geven voor het Sociaal Team?</source>
        <translation>Who still has to give consent for the Sociaal Team?</translation>
    </message>
    <message>
        <source>Vastgelegde grondslagen en toestemming</source>
        <translation>Recorded legal bases and consent</translation>
    </message>
    <message>
        <source>Er is nog niets vastgelegd.</source>
        <translation>Nothing has been recorded yet.</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Toestemming vastleggen met het formulier</source>
        <translation>Record consent with the form</translation>
    </message>
    <message>
        <source>Intrekken…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Geselecteerde toestemming intrekken</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <source>Laten tekenen…</source>
        <translation>Have it signed…</translation>
    </message>
    <message>
        <source>Iedereen die toestemming geeft laten tekenen</source>
        <translation>Have everyone who gives consent sign</translation>
    </message>
    <message>
        <source>Elke ouder met gezag (of de leerling vanaf 16) tekent zelf</source>
        <translation>Each parent with parental responsibility (or the pupil from 16) signs in person</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Vanaf de datum van intrekking deelt ibdesk deze gegevens niet meer met deze ontvanger. Wat al gedeeld is, blijft in het logboek zichtbaar.</source>
        <translation>From the date of withdrawal ibdesk no longer shares this data with this recipient. What has already been shared stays visible in the log.</translation>
    </message>
    <message>
        <source>Datum van intrekking</source>
        <translation>Date of withdrawal</translation>
    </message>
    <message>
        <source>Ingetrokken door</source>
        <translation>Withdrawn by</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Ingetrokken door:</source>
        <translation>Withdrawn by:</translation>
    </message>
    <message>
        <source>Intrekking vastleggen</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Intrekken annuleren</source>
        <translation>Cancel the withdrawal</translation>
    </message>
    <message>
        <source>Toestemming gegeven door: {names}.</source>
        <translation>Consent given by: {names}.</translation>
    </message>
    <message>
        <source>Nog nodig: toestemming van {names}.</source>
        <translation>Still needed: consent from {names}.</translation>
    </message>
    <message>
        <source>Geweigerd of ingetrokken door: {names}.</source>
        <translation>Refused or withdrawn by: {names}.</translation>
    </message>
    <message>
        <source>Mag gedeeld worden: {what}.</source>
        <translation>May be shared: {what}.</translation>
    </message>
    <message>
        <source>Niet gedekt (wordt niet gedeeld): {what}.</source>
        <translation>Not covered (will not be shared): {what}.</translation>
    </message>
    <message>
        <source>wettelijke taak</source>
        <translation>legal task</translation>
    </message>
    <message>
        <source>geldig tot {date}</source>
        <translation>valid until {date}</translation>
    </message>
    <message>
        <source>geldig (geen einddatum)</source>
        <translation>valid (no end date)</translation>
    </message>
    <message>
        <source>organisatie {id}</source>
        <translation>organisation {id}</translation>
    </message>
    <message>
        <source>Moet nog zelf tekenen: {names}.</source>
        <translation>Still has to sign in person: {names}.</translation>
    </message>
    <message>
        <source>Alle gevers samen</source>
        <translation>All givers together</translation>
    </message>
</context>
<context>
    <name>case_editors</name>
    <message>
        <source>Vanaf 16 jaar tekent de leerling zelf.</source>
        <translation>From 16 the pupil signs for themselves.</translation>
    </message>
    <message>
        <source>Onder 16 jaar tekenen de ouders met gezag; bij gezamenlijk gezag beide ouders.</source>
        <translation>Under 16 the parents with parental responsibility sign; with joint parental responsibility, both parents.</translation>
    </message>
    <message>
        <source>Laat de ouder of leerling op het scherm tekenen, of kies 'getekend op papier'.</source>
        <translation>Have the parent or pupil sign on the screen, or choose 'getekend op papier' (signed on paper).</translation>
    </message>
    <message>
        <source>Formulier openen</source>
        <translation>Open form</translation>
    </message>
    <message>
        <source>Concept (nog niet afgerond), opgeslagen op {date} door {author}.</source>
        <translation>Draft (not finished yet), saved on {date} by {author}.</translation>
    </message>
    <message>
        <source>Opgeslagen op {date} door {author}.</source>
        <translation>Saved on {date} by {author}.</translation>
    </message>
</context>
<context>
    <name>case_facts</name>
    <message>
        <source>Leerling:</source>
        <translation>Pupil:</translation>
    </message>
    <message>
        <source>Regie:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <source>Hulpvraag:</source>
        <translation>Help question:</translation>
    </message>
    <message>
        <source>Sociaal Team:</source>
        <translation>Sociaal Team:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Klaar voor aanmelding</source>
        <translation>Ready for referral</translation>
    </message>
    <message>
        <source>Nog niet klaar voor aanmelding</source>
        <translation>Not ready for referral yet</translation>
    </message>
    <message>
        <source>{name}, {group}, woont in {municipality}</source>
        <translation>{name}, {group}, lives in {municipality}</translation>
    </message>
    <message>
        <source>geen Sociaal Team bekend in {municipality}</source>
        <translation>no Sociaal Team known in {municipality}</translation>
    </message>
    <message>
        <source>{residence} (woonplaats): betaalt de jeugdhulp
{school_team} (gemeente van de school): regie over jeugdhulp op school</source>
        <translation>{residence} (place of residence): pays for the youth care
{school_team} (the school's municipality): leads youth care at school</translation>
    </message>
    <message>
        <source>Grensverkeer: {rule} De aanmelding gaat naar het Sociaal Team van de woonplaats.</source>
        <translation>Cross-border case: {rule} The referral goes to the Sociaal Team of the place of residence.</translation>
    </message>
</context>
<context>
    <name>case_handover</name>
    <message>
        <source>Opslaan en als PDF exporteren…</source>
        <translation>Save and export as PDF…</translation>
    </message>
    <message>
        <source>Slaat het formulier op en maakt het ondertekende overdrachtsdocument; kan zodra het formulier compleet is</source>
        <translation>Saves the form and makes the signed handover document; possible once the form is complete</translation>
    </message>
    <message>
        <source>Vul eerst alle verplichte velden in; daarna kunt u het document maken.</source>
        <translation>Fill in all required fields first; then you can make the document.</translation>
    </message>
    <message>
        <source>Formulier opslaan en overdracht als PDF exporteren</source>
        <translation>Save the form and export the handover as PDF</translation>
    </message>
    <message>
        <source>Overdracht niet gemaakt</source>
        <translation>Handover not made</translation>
    </message>
    <message>
        <source>Overdracht opslaan als</source>
        <translation>Save handover as</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Overdracht gemaakt</source>
        <translation>Handover made</translation>
    </message>
    <message>
        <source>Bezig met de overdracht…</source>
        <translation>Making the handover…</translation>
    </message>
</context>
<context>
    <name>case_lifecycle</name>
    <message>
        <source>Op lopend zetten…</source>
        <translation>Set to running…</translation>
    </message>
    <message>
        <source>Aangemeld bij Sociaal Team…</source>
        <translation>Referred to Sociaal Team…</translation>
    </message>
    <message>
        <source>Besluit Sociaal Team vastleggen…</source>
        <translation>Record Sociaal Team decision…</translation>
    </message>
    <message>
        <source>Terug naar lopend…</source>
        <translation>Back to running…</translation>
    </message>
    <message>
        <source>Casus sluiten…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <source>Casus heropenen…</source>
        <translation>Reopen case…</translation>
    </message>
    <message>
        <source>De school gaat met de routekaart aan de slag.</source>
        <translation>The school starts working through the routekaart.</translation>
    </message>
    <message>
        <source>Leg vast wanneer en waarbij de casus is aangemeld. Na het exporteren van het dossier voor het Sociaal Team gebeurt dit vanzelf.</source>
        <translation>Record when and to whom the case was referred. After exporting the dossier for the Sociaal Team this happens by itself.</translation>
    </message>
    <message>
        <source>Wat heeft het Sociaal Team besloten, en wanneer evalueert u samen? ibdesk herinnert u op het Overzicht als de evaluatie nadert.</source>
        <translation>What did the Sociaal Team decide, and when do you review together? ibdesk reminds you on the Overview as the review approaches.</translation>
    </message>
    <message>
        <source>De school pakt de casus weer op, bijvoorbeeld omdat het Sociaal Team de aanmelding terugstuurde.</source>
        <translation>The school takes the case up again, for example because the Sociaal Team sent the referral back.</translation>
    </message>
    <message>
        <source>Vanaf de sluitdatum loopt de bewaartermijn (2 jaar). Een gesloten casus kunt u heropenen.</source>
        <translation>The retention period (2 years) runs from the closing date. You can reopen a closed case.</translation>
    </message>
    <message>
        <source>De casus wordt weer lopend; de bewaartermijn stopt.</source>
        <translation>The case is running again; the retention period stops.</translation>
    </message>
    <message>
        <source>antwoord uiterlijk {date}</source>
        <translation>answer by {date}</translation>
    </message>
    <message>
        <source>volgende evaluatie {date}</source>
        <translation>next review {date}</translation>
    </message>
    <message>
        <source>{date} · {change} door {actor}</source>
        <translation>{date} · {change} by {actor}</translation>
    </message>
    <message>
        <source>Status van de casus</source>
        <translation>Status of the case</translation>
    </message>
    <message>
        <source>Verloop</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nog geen statuswijzigingen vastgelegd (deze casus is van vóór het bijhouden van het verloop).</source>
        <translation>No status changes recorded yet (this case dates from before the history was kept).</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Datum van deze wijziging</source>
        <translation>Date of this change</translation>
    </message>
    <message>
        <source>Voeg eerst het Sociaal Team toe bij Contacten.</source>
        <translation>First add the Sociaal Team under Contacts.</translation>
    </message>
    <message>
        <source>&amp;Aangemeld bij</source>
        <translation>Referred &amp;to</translation>
    </message>
    <message>
        <source>Aangemeld bij organisatie</source>
        <translation>Referred to organisation</translation>
    </message>
    <message>
        <source>Antwoord verwacht &amp;uiterlijk</source>
        <translation>Answer e&amp;xpected by</translation>
    </message>
    <message>
        <source>Antwoord verwacht uiterlijk</source>
        <translation>Answer expected by</translation>
    </message>
    <message>
        <source>Standaard 8 weken (art. 4:13 Awb); vul de termijn in die u met het Sociaal Team afsprak.</source>
        <translation>8 weeks by default (art. 4:13 Awb); enter the term you agreed with the Sociaal Team.</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Besluit van het Sociaal Team</source>
        <translation>De&amp;cision of the Sociaal Team</translation>
    </message>
    <message>
        <source>Besluit van het Sociaal Team</source>
        <translation>Decision of the Sociaal Team</translation>
    </message>
    <message>
        <source>&amp;Volgende evaluatie</source>
        <translation>&amp;Next review</translation>
    </message>
    <message>
        <source>Volgende evaluatie met het Sociaal Team</source>
        <translation>Next review with the Sociaal Team</translation>
    </message>
    <message>
        <source>Mag leeg blijven; ibdesk herinnert u op het Overzicht als de datum nadert.</source>
        <translation>May be left empty; ibdesk reminds you on the Overview as the date approaches.</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Toelichting (mag leeg blijven)</source>
        <translation>C&amp;omments (may be left empty)</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>{change}: opslaan</source>
        <translation>{change}: save</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul de datum in (dd-mm-jjjj).</source>
        <translation>Enter the date (dd-mm-yyyy).</translation>
    </message>
</context>
<context>
    <name>case_notes</name>
    <message>
        <source>Documenten en scans (*.pdf *.jpg *.jpeg *.png *.docx *.odt *.txt);;Alle bestanden (*)</source>
        <translation>Documents and scans (*.pdf *.jpg *.jpeg *.png *.docx *.odt *.txt);;All files (*)</translation>
    </message>
    <message>
        <source> (gewijzigd op {when})</source>
        <translation> (changed on {when})</translation>
    </message>
    <message>
        <source> [casus {number}]</source>
        <translation> [case {number}]</translation>
    </message>
    <message>
        <source> [leerling]</source>
        <translation> [pupil]</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Korte notities met datum en schrijver. Alleen wie een notitie schreef, kan hem wijzigen; de eerdere tekst blijft bewaard.</source>
        <translation>Short notes with date and author. Only the person who wrote a note can change it; the earlier text is kept.</translation>
    </message>
    <message>
        <source>Nog geen notities. Schrijf hieronder de eerste.</source>
        <translation>No notes yet. Write the first one below.</translation>
    </message>
    <message>
        <source>Tekst van de notitie</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <source>Nieuwe notitie (of de wijziging):</source>
        <translation>New note (or the change):</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: moeder belde over …</source>
        <translation>For example: mother phoned about …</translation>
    </message>
    <message>
        <source>Hoort bij de leerling (ook zichtbaar bij andere casussen)</source>
        <translation>Belongs to the pupil (visible in other cases too)</translation>
    </message>
    <message>
        <source>Notitie hoort bij de leerling</source>
        <translation>Note belongs to the pupil</translation>
    </message>
    <message>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Geselecteerde notitie wijzigen</source>
        <translation>Change the selected note</translation>
    </message>
    <message>
        <source>Eerder ({when}): {text}</source>
        <translation>Earlier ({when}): {text}</translation>
    </message>
    <message>
        <source>Wijziging opslaan</source>
        <translation>Save change</translation>
    </message>
    <message>
        <source>Bijlage kiezen</source>
        <translation>Choose attachment</translation>
    </message>
    <message>
        <source>Bijlage openen</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>Bijlage verwijderen</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <source>'{title}' verwijderen? Dit kan niet ongedaan worden.</source>
        <translation>Delete '{title}'? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>case_opp</name>
    <message>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>nog niet aan de orde</source>
        <translation>not due yet</translation>
    </message>
    <message>
        <source>binnenkort</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>nog in afwachting</source>
        <translation>still awaited</translation>
    </message>
    <message>
        <source>gegeven</source>
        <translation>given</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>ouders verdeeld</source>
        <translation>parents disagree</translation>
    </message>
    <message>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <source>oranje</source>
        <translation>amber</translation>
    </message>
    <message>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <source>donkergroen</source>
        <translation>dark green</translation>
    </message>
    <message>
        <source>Ontwikkelingsperspectiefplan (OPP)</source>
        <translation>Development perspective plan (OPP)</translation>
    </message>
    <message>
        <source>Vaststellen binnen 6 weken na de start van de extra ondersteuning (het arrangement), met instemming op het handelingsdeel; minstens één keer per jaar evalueren met ouders. Ouders hebben instemmingsrecht (een leerling van 18+ stemt zelf in); de leerling wordt gehoord (hoorrecht).</source>
        <translation>To be settled within 6 weeks of the start of the extra support (the arrangement), with agreement on the action part; evaluated with the parents at least once a year. Parents have the right to agree (a pupil of 18+ agrees for himself or herself); the pupil is heard (right to be heard).</translation>
    </message>
    <message>
        <source>Start ondersteuning</source>
        <translation>Support started</translation>
    </message>
    <message>
        <source>Vaststellen uiterlijk</source>
        <translation>To be settled by</translation>
    </message>
    <message>
        <source>Jaarlijkse evaluatie met ouders uiterlijk</source>
        <translation>Yearly evaluation with parents by</translation>
    </message>
    <message>
        <source>Instemming (handelingsdeel)</source>
        <translation>Agreement (action part)</translation>
    </message>
    <message>
        <source>Leerling gehoord (hoorrecht)</source>
        <translation>Pupil heard (right to be heard)</translation>
    </message>
    <message>
        <source>Doelen en stoplicht per evaluatie</source>
        <translation>Goals and traffic light per evaluation</translation>
    </message>
    <message>
        <source>OPP openen</source>
        <translation>Open OPP</translation>
    </message>
    <message>
        <source>OPP openen en bewerken</source>
        <translation>Open and edit the OPP</translation>
    </message>
    <message>
        <source>Ouders laten tekenen…</source>
        <translation>Have parents sign…</translation>
    </message>
    <message>
        <source>Instemming met het handelingsdeel laten tekenen</source>
        <translation>Have the agreement with the action part signed</translation>
    </message>
    <message>
        <source>Elke ouder met gezag tekent zelf (de leerling vanaf 18)</source>
        <translation>Each parent with parental responsibility signs in person (the pupil from 18)</translation>
    </message>
    <message>
        <source>Leerling gehoord…</source>
        <translation>Pupil heard…</translation>
    </message>
    <message>
        <source>Vastleggen dat de leerling is gehoord</source>
        <translation>Record that the pupil has been heard</translation>
    </message>
    <message>
        <source>Hoorrecht: de leerling vanaf 12</source>
        <translation>Right to be heard: the pupil from 12</translation>
    </message>
    <message>
        <source> — gaat niet akkoord</source>
        <translation> — does not agree</translation>
    </message>
    <message>
        <source>Getekend: {lines}.</source>
        <translation>Signed: {lines}.</translation>
    </message>
    <message>
        <source>Nog niet akkoord: {names}.</source>
        <translation>Not yet agreed: {names}.</translation>
    </message>
    <message>
        <source>Verder met het concept-OPP</source>
        <translation>Continue the draft OPP</translation>
    </message>
    <message>
        <source>Verder met het OPP</source>
        <translation>Continue the OPP</translation>
    </message>
    <message>
        <source>OPP opstellen</source>
        <translation>Draw up OPP</translation>
    </message>
    <message>
        <source>Er is nog geen OPP voor deze leerling.</source>
        <translation>There is no OPP for this pupil yet.</translation>
    </message>
    <message>
        <source>Een OPP is nodig zodra de leerling extra ondersteuning krijgt (arrangement).</source>
        <translation>An OPP is needed as soon as the pupil receives extra support (arrangement).</translation>
    </message>
    <message>
        <source>Nog geen doelen vastgelegd.</source>
        <translation>No goals recorded yet.</translation>
    </message>
    <message>
        <source>Er is een nieuwer concept van {when}; het telt mee zodra u het afrondt.</source>
        <translation>There is a newer draft of {when}; it counts once you finish it.</translation>
    </message>
    <message>
        <source>OPP vastgesteld op {date} (instemming op het handelingsdeel).</source>
        <translation>OPP settled on {date} (agreement on the action part).</translation>
    </message>
    <message>
        <source>OPP opgesteld op {date}; nog niet vastgesteld (geen instemming).</source>
        <translation>OPP drawn up on {date}; not settled yet (no agreement).</translation>
    </message>
    <message>
        <source>OPP vastgelegd; datum van opstellen nog niet ingevuld.</source>
        <translation>OPP recorded; date drawn up not filled in yet.</translation>
    </message>
    <message>
        <source>Concept-OPP, opgeslagen op {when}: nog niet vastgesteld.</source>
        <translation>Draft OPP, saved on {when}: not settled yet.</translation>
    </message>
    <message>
        <source>Rond het af (Opslaan) zodra alles is ingevuld; de termijn van zes weken loopt.</source>
        <translation>Finish it (Save) once everything is filled in; the six-week period is running.</translation>
    </message>
    <message>
        <source>Het OPP wordt opgesteld (nog niet opgeslagen).</source>
        <translation>The OPP is being drawn up (not saved yet).</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>vastgesteld op {date}</source>
        <translation>settled on {date}</translation>
    </message>
    <message>
        <source>opgesteld op {date}, nog niet vastgesteld (geen instemming)</source>
        <translation>drawn up on {date}, not settled yet (no agreement)</translation>
    </message>
    <message>
        <source>Tot er instemming is, geeft de school de ondersteuning wel.</source>
        <translation>Until there is agreement, the school does provide the support.</translation>
    </message>
    <message>
        <source>gehoord op {date}</source>
        <translation>heard on {date}</translation>
    </message>
    <message>
        <source>datum niet ingevuld</source>
        <translation>date not filled in</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Leg vast waarom niet, en hoor de leerling bij de volgende evaluatie.</source>
        <translation>Record why not, and hear the pupil at the next evaluation.</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Nog niet vastgelegd.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>nog niet te bepalen (datum ontbreekt)</source>
        <translation>cannot be worked out yet (date missing)</translation>
    </message>
    <message>
        <source>Rood: niet op koers · oranje: aandacht nodig · groen: op koers · donkergroen: doel bereikt. Het eerste bolletje is de oudste evaluatie.</source>
        <translation>Red: off track · amber: needs attention · green: on track · dark green: goal reached. The first dot is the oldest evaluation.</translation>
    </message>
    <message>
        <source>Nog geen doelen met een stoplicht vastgelegd.</source>
        <translation>No goals with a traffic light recorded yet.</translation>
    </message>
    <message>
        <source>nu: {light}</source>
        <translation>now: {light}</translation>
    </message>
    <message>
        <source>nog geen evaluatie</source>
        <translation>no evaluation yet</translation>
    </message>
    <message>
        <source>{light} op {date}</source>
        <translation>{light} on {date}</translation>
    </message>
    <message>
        <source>Doel {goal}: {lights}</source>
        <translation>Goal {goal}: {lights}</translation>
    </message>
</context>
<context>
    <name>case_page</name>
    <message>
        <source>PO → VO (onderwijskundig rapport en warme overdracht)</source>
        <translation>Primary → secondary (PO → VO: educational report and warm handover)</translation>
    </message>
    <message>
        <source>Naar een andere school (ook SBO/SO)</source>
        <translation>To another school (also SBO/SO)</translation>
    </message>
    <message>
        <source>Aanmelding bij het Sociaal Team</source>
        <translation>Referral to the Sociaal Team</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Waar de casus staat op de routekaart, wat nog nodig is en wie aan zet is.</source>
        <translation>Where the case stands on the routekaart, what is still needed and whose move it is.</translation>
    </message>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug naar de vorige pagina</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <source>Terug (Alt+←)</source>
        <translation>Back (Alt+←)</translation>
    </message>
    <message>
        <source>&amp;Dossier exporteren…</source>
        <translation>&amp;Export dossier…</translation>
    </message>
    <message>
        <source>Dossier exporteren voor het Sociaal Team</source>
        <translation>Export the dossier for the Sociaal Team</translation>
    </message>
    <message>
        <source>Ondertekend dossier maken (alleen wat de ontvanger mag ontvangen)</source>
        <translation>Make a signed dossier (only what the recipient may receive)</translation>
    </message>
    <message>
        <source>&amp;Warme overdracht…</source>
        <translation>&amp;Warm handover…</translation>
    </message>
    <message>
        <source>Warme overdracht: formulier en PDF</source>
        <translation>Warm handover: form and PDF</translation>
    </message>
    <message>
        <source>Het overdrachtsformulier invullen; daarna het ondertekende document (alleen wat de ontvanger mag zien)</source>
        <translation>Fill in the handover form; then the signed document (only what the recipient may see)</translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Status van de casus wijzigen</source>
        <translation>Change the status of the case</translation>
    </message>
    <message>
        <source>Aanmelden, besluit van het Sociaal Team, sluiten of heropenen</source>
        <translation>Refer, Sociaal Team decision, close or reopen</translation>
    </message>
    <message>
        <source>Onderdelen van de casus</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Wie is aan zet?</source>
        <translation>Whose move is it?</translation>
    </message>
    <message>
        <source>OPP</source>
        <translation>OPP</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Zienswijzen</source>
        <translation>Parents' views</translation>
    </message>
    <message>
        <source>Notities en bijlagen</source>
        <translation>Notes and attachments</translation>
    </message>
    <message>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dossier exporteren</source>
        <translation>Export dossier</translation>
    </message>
    <message>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Casus {number} · {name}</source>
        <translation>Case {number} · {name}</translation>
    </message>
    <message>
        <source>{group} · geopend op {date}</source>
        <translation>{group} · opened on {date}</translation>
    </message>
    <message>
        <source> · gesloten op {date}</source>
        <translation> · closed on {date}</translation>
    </message>
    <message>
        <source>Bewijs: {step}</source>
        <translation>Evidence: {step}</translation>
    </message>
    <message>
        <source>Elke keer opslaan bewaart een nieuwe versie; eerdere versies blijven zichtbaar onder Formulieren.</source>
        <translation>Every save keeps a new version; earlier versions stay visible under Forms.</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>De uitkomst volgens de regels van uw routekaart staat boven de vraag of u het ermee eens bent.</source>
        <translation>The outcome under your routekaart's rules is shown above the question whether you agree with it.</translation>
    </message>
    <message>
        <source>Wat u typt wordt tussentijds bewaard tot u opslaat.</source>
        <translation>What you type is kept as you go until you save.</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
</context>
<context>
    <name>case_readiness</name>
    <message>
        <source>de school</source>
        <translation>the school</translation>
    </message>
    <message>
        <source>het samenwerkingsverband</source>
        <translation>the samenwerkingsverband (SWV)</translation>
    </message>
    <message>
        <source>de gemeente (Sociaal Team)</source>
        <translation>the municipality (Sociaal Team)</translation>
    </message>
    <message>
        <source>school en gemeente samen</source>
        <translation>school and municipality together</translation>
    </message>
    <message>
        <source>Jeugdhulp onder schooltijd: ja, voor rekening van de gemeente.</source>
        <translation>Youth care (jeugdhulp) during school hours: yes, paid for by the municipality.</translation>
    </message>
    <message>
        <source>Jeugdhulp onder schooltijd: nee, jeugdhulp vindt buiten schooltijd plaats.</source>
        <translation>Youth care (jeugdhulp) during school hours: no, it takes place outside school hours.</translation>
    </message>
    <message>
        <source>Klaar voor aanmelding bij het Sociaal Team?</source>
        <translation>Ready for referral to the Sociaal Team?</translation>
    </message>
    <message>
        <source>Het Sociaal Team kan zijn eigen onderzoek naar jeugdhulp het best doen als de stappen van de routekaart zijn doorlopen. Voor een thuiszitter of bij spoed kan de aanmelding al met wat bekend is (doorbraak).</source>
        <translation>The Sociaal Team can best do its own assessment for youth care once the routekaart's steps are done. For a child out of school or in an emergency the referral can go with what is known now (doorbraak).</translation>
    </message>
    <message>
        <source>Reden voor spoed</source>
        <translation>Reason for urgency</translation>
    </message>
    <message>
        <source>Toelichting bij spoed</source>
        <translation>Comments on the urgency</translation>
    </message>
    <message>
        <source>kort: wat is er aan de hand</source>
        <translation>briefly: what is going on</translation>
    </message>
    <message>
        <source>Spoed markeren</source>
        <translation>Mark as urgent</translation>
    </message>
    <message>
        <source>Casus als spoed markeren</source>
        <translation>Mark the case as urgent</translation>
    </message>
    <message>
        <source>Spoed opheffen</source>
        <translation>Lift urgency</translation>
    </message>
    <message>
        <source>Spoedmarkering opheffen</source>
        <translation>Lift the urgent mark</translation>
    </message>
    <message>
        <source>Spoed (veiligheid van het kind, crisis)? Markeer de casus, dan kan de aanmelding via de doorbraakroute.</source>
        <translation>Urgent (the child's safety, a crisis)? Mark the case, and the referral can take the doorbraak route.</translation>
    </message>
    <message>
        <source>Gemarkeerd als {reason} sinds {date}: {note}</source>
        <translation>Marked as {reason} since {date}: {note}</translation>
    </message>
    <message>
        <source>Gemarkeerd als {reason} sinds {date}.</source>
        <translation>Marked as {reason} since {date}.</translation>
    </message>
    <message>
        <source>Ja, aanmelden kan via de doorbraakroute ({reason}).</source>
        <translation>Yes, the referral can take the doorbraak route ({reason}).</translation>
    </message>
    <message>
        <source>Er is een geldige grondslag om gegevens te delen; het dossier gaat mee met wat nu bekend is.</source>
        <translation>There is a valid legal basis for sharing data; the dossier goes with what is known now.</translation>
    </message>
    <message>
        <source>Ja, klaar voor aanmelding.</source>
        <translation>Yes, ready for referral.</translation>
    </message>
    <message>
        <source>Alle verplichte stappen zijn afgerond en het bewijs is compleet.</source>
        <translation>All required steps are finished and the evidence is complete.</translation>
    </message>
    <message>
        <source>'Wie is aan zet?' is beantwoord en de ouders zijn gehoord.</source>
        <translation>'Whose move is it?' is answered and the parents have been heard.</translation>
    </message>
    <message>
        <source>Er is een geldige grondslag om gegevens te delen.</source>
        <translation>There is a valid legal basis for sharing data.</translation>
    </message>
    <message>
        <source>Doorbraakroute ({reason}): de stappen van de school houden de aanmelding niet tegen; alleen dit ontbreekt nog.</source>
        <translation>Doorbraak route ({reason}): the school's steps do not hold the referral up; only this is still missing.</translation>
    </message>
    <message>
        <source>Nog niet klaar: {count} punt ontbreekt.</source>
        <translation>Not ready yet: {count} item missing.</translation>
    </message>
    <message>
        <source>Nog niet klaar: {count} punten ontbreken.</source>
        <translation>Not ready yet: {count} items missing.</translation>
    </message>
    <message>
        <source>Aanmelden bij: {team} (woongemeente {municipality}).</source>
        <translation>Refer to: {team} (municipality of residence {municipality}).</translation>
    </message>
    <message>
        <source>Geen Sociaal Team bekend voor {municipality}; vul dit aan bij Contacten.</source>
        <translation>No Sociaal Team known for {municipality}; add it under Contacts.</translation>
    </message>
    <message>
        <source>Wie is aan zet?</source>
        <translation>Whose move is it?</translation>
    </message>
    <message>
        <source>ibdesk beslist niet. Het past de regels die uw routekaart kiest toe op de antwoorden en laat zien naar welke partij ze wijzen, met de bron van elke regel. U kunt het daar gemotiveerd mee oneens zijn.</source>
        <translation>ibdesk does not decide. It applies the rules your routekaart chooses to the answers and shows which party they point to, with the source of each rule. You may disagree, giving your reasons.</translation>
    </message>
    <message>
        <source>Zo komen de regels tot deze uitkomst:</source>
        <translation>How the rules reach this outcome:</translation>
    </message>
    <message>
        <source>Wie is aan zet? invullen</source>
        <translation>Fill in Whose move is it?</translation>
    </message>
    <message>
        <source>Formulier Wie is aan zet invullen</source>
        <translation>Fill in the form Whose move is it</translation>
    </message>
    <message>
        <source>Concept afmaken</source>
        <translation>Finish the draft</translation>
    </message>
    <message>
        <source>Wie is aan zet? bewerken</source>
        <translation>Edit Whose move is it?</translation>
    </message>
    <message>
        <source>Concept van {date}: nog niet afgerond; telt nog niet mee.</source>
        <translation>Draft of {date}: not finished yet; does not count yet.</translation>
    </message>
    <message>
        <source>Nog niet ingevuld.</source>
        <translation>Not filled in yet.</translation>
    </message>
    <message>
        <source>Nog niet afgerond.</source>
        <translation>Not finished yet.</translation>
    </message>
    <message>
        <source>Beantwoord de vragen van 'Wie is aan zet?' voordat u aanmeldt bij het Sociaal Team.</source>
        <translation>Answer the questions of 'Whose move is it?' before you refer to the Sociaal Team.</translation>
    </message>
    <message>
        <source>De regels wijzen naar: {party}</source>
        <translation>The rules point to: {party}</translation>
    </message>
    <message>
        <source>ibdesk wijst geen partij aan.</source>
        <translation>ibdesk points to no party.</translation>
    </message>
    <message>
        <source>Afweging van {date}.</source>
        <translation>Assessment of {date}.</translation>
    </message>
    <message>
        <source>Nog niet te bepalen: niet alle vragen zijn beantwoord.</source>
        <translation>Cannot be determined yet: not every question is answered.</translation>
    </message>
    <message>
        <source>Nog te beantwoorden: {question}</source>
        <translation>Still to answer: {question}</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>U bent het hier niet mee eens. Volgens u is aan zet: {party}.</source>
        <translation>You disagree with this. In your view the move is with: {party}.</translation>
    </message>
    <message>
        <source>Uw onderbouwing: {reasons}</source>
        <translation>Your reasons: {reasons}</translation>
    </message>
    <message>
        <source>U bent het eens met deze uitkomst.</source>
        <translation>You agree with this outcome.</translation>
    </message>
    <message>
        <source>Uitkomst: nog niet te bepalen. Beantwoord eerst:</source>
        <translation>Outcome: cannot be determined yet. First answer:</translation>
    </message>
    <message>
        <source>Uitkomst: de regels wijzen naar {party}.</source>
        <translation>Outcome: the rules point to {party}.</translation>
    </message>
    <message>
        <source>Uitkomst: geen partij aangewezen.</source>
        <translation>Outcome: no party pointed to.</translation>
    </message>
</context>
<context>
    <name>case_records</name>
    <message>
        <source>Opgeslagen formulieren van deze casus</source>
        <translation>Saved forms of this case</translation>
    </message>
    <message>
        <source>Elke keer opslaan bewaart een nieuwe versie. Eerdere versies openen alleen lezen, met de formulierdefinitie waarmee ze zijn ingevuld. Een concept is nog niet af: het telt niet mee als bewijs en gaat niet mee in een export.</source>
        <translation>Every save keeps a new version. Earlier versions open read-only, with the form definition they were filled in with. A draft is not finished: it does not count as evidence and is not included in an export.</translation>
    </message>
    <message>
        <source>Opgeslagen formulieren</source>
        <translation>Saved forms</translation>
    </message>
    <message>
        <source>Formulier</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Openen (alleen lezen)</source>
        <translation>Open (read-only)</translation>
    </message>
    <message>
        <source>Geselecteerd formulier openen, alleen lezen</source>
        <translation>Open the selected form, read-only</translation>
    </message>
    <message>
        <source>Concept · nieuwste</source>
        <translation>Draft · latest</translation>
    </message>
    <message>
        <source>Concept · eerdere versie</source>
        <translation>Draft · earlier version</translation>
    </message>
    <message>
        <source>Definitief · nieuwste</source>
        <translation>Final · latest</translation>
    </message>
    <message>
        <source>Definitief · eerdere versie</source>
        <translation>Final · earlier version</translation>
    </message>
    <message>
        <source>formulier v{version}</source>
        <translation>form v{version}</translation>
    </message>
    <message>
        <source>Wie deed wat met deze casus</source>
        <translation>Who did what with this case</translation>
    </message>
    <message>
        <source>Uit het beveiligde logboek (audit trail): alleen wie, wat, wanneer en het nummer van het gegeven — nooit de inhoud.</source>
        <translation>From the secured audit log: only who, what, when and the number of the record — never its content.</translation>
    </message>
    <message>
        <source>Logboek van deze casus</source>
        <translation>Audit log of this case</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>case_signing</name>
    <message>
        <source>Toestemming als PDF om af te drukken</source>
        <translation>Consent as a PDF to print</translation>
    </message>
    <message>
        <source>Instemming met het OPP als PDF om af te drukken</source>
        <translation>Agreement with the OPP as a PDF to print</translation>
    </message>
    <message>
        <source>Verklaring 'leerling gehoord' als PDF om af te drukken</source>
        <translation>Statement 'pupil heard' as a PDF to print</translation>
    </message>
    <message>
        <source>Zienswijze van de leerling als PDF om af te drukken</source>
        <translation>The pupil's view as a PDF to print</translation>
    </message>
    <message>
        <source>Laten tekenen: ieder voor zich</source>
        <translation>Have it signed: each person in turn</translation>
    </message>
    <message>
        <source>Wie tekent</source>
        <translation>Who signs</translation>
    </message>
    <message>
        <source>Hoe wordt getekend</source>
        <translation>How it is signed</translation>
    </message>
    <message>
        <source>Datum van tekenen</source>
        <translation>Date of signing</translation>
    </message>
    <message>
        <source>Beslissing</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Gaat akkoord</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <source>Gaat niet akkoord</source>
        <translation>Does not agree</translation>
    </message>
    <message>
        <source>Beslissing:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Wie tekent:</source>
        <translation>Who signs:</translation>
    </message>
    <message>
        <source>Hoe:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Wat de persoon leest voordat hij of zij tekent:</source>
        <translation>What the person reads before signing:</translation>
    </message>
    <message>
        <source>Verklaring in gewone woorden</source>
        <translation>Statement in plain words</translation>
    </message>
    <message>
        <source>Handtekening</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Afdrukken om op papier te tekenen…</source>
        <translation>Print to sign on paper…</translation>
    </message>
    <message>
        <source>Scan kiezen…</source>
        <translation>Choose scan…</translation>
    </message>
    <message>
        <source>Scan of foto van het getekende papier kiezen</source>
        <translation>Choose a scan or photo of the signed paper</translation>
    </message>
    <message>
        <source>Nog geen scan gekozen.</source>
        <translation>No scan chosen yet.</translation>
    </message>
    <message>
        <source>Gehoord door</source>
        <translation>Heard by</translation>
    </message>
    <message>
        <source>wie van de school heeft het gehoord</source>
        <translation>who at the school heard it</translation>
    </message>
    <message>
        <source>Handtekening vastleggen</source>
        <translation>Record signature</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tekenen annuleren</source>
        <translation>Cancel signing</translation>
    </message>
    <message>
        <source>Om af te drukken</source>
        <translation>To print</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Scan of foto (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)</source>
        <translation>Scan or photo (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Scan van het getekende papier</source>
        <translation>Scan of the signed paper</translation>
    </message>
    <message>
        <source>Gekozen: {name} (wordt versleuteld bewaard)</source>
        <translation>Chosen: {name} (kept encrypted)</translation>
    </message>
    <message>
        <source>Vul een geldige datum in (dd-mm-jjjj).</source>
        <translation>Enter a valid date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>{name} is gehoord ({how}).</source>
        <translation>{name} has been heard ({how}).</translation>
    </message>
    <message>
        <source>{name} gaat niet akkoord ({how}).</source>
        <translation>{name} does not agree ({how}).</translation>
    </message>
    <message>
        <source>{name} heeft getekend ({how}).</source>
        <translation>{name} has signed ({how}).</translation>
    </message>
</context>
<context>
    <name>case_timeline</name>
    <message>
        <source>leerkracht</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>IB'er</source>
        <translation>IB'er</translation>
    </message>
    <message>
        <source>ouders</source>
        <translation>parents/carers</translation>
    </message>
    <message>
        <source>leerling</source>
        <translation>pupil</translation>
    </message>
    <message>
        <source>JGZ</source>
        <translation>JGZ (youth health care)</translation>
    </message>
    <message>
        <source>schoolmaatschappelijk werk</source>
        <translation>school social work</translation>
    </message>
    <message>
        <source>consulent SWV</source>
        <translation>SWV consultant</translation>
    </message>
    <message>
        <source>orthopedagoog SWV</source>
        <translation>SWV educational psychologist</translation>
    </message>
    <message>
        <source>zorgcoördinator</source>
        <translation>care coordinator</translation>
    </message>
    <message>
        <source>jeugdconsulent Sociaal Team</source>
        <translation>Sociaal Team youth consultant</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>directeur</source>
        <translation>head teacher</translation>
    </message>
    <message>
        <source>leerplicht</source>
        <translation>Leerplicht</translation>
    </message>
    <message>
        <source>leerplichtambtenaar</source>
        <translation>Leerplicht officer</translation>
    </message>
    <message>
        <source>samenwerkingsverband</source>
        <translation>samenwerkingsverband (SWV)</translation>
    </message>
    <message>
        <source>Sociaal Team</source>
        <translation>Sociaal Team</translation>
    </message>
    <message>
        <source>jeugdhulp</source>
        <translation>jeugdhulp (youth care)</translation>
    </message>
    <message>
        <source>jeugdarts</source>
        <translation>youth doctor</translation>
    </message>
    <message>
        <source>{weeks} weken</source>
        <translation>{weeks} weeks</translation>
    </message>
    <message>
        <source>{days} dagen</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>(tel. {phone})</source>
        <translation>(tel. {phone})</translation>
    </message>
    <message>
        <source>— mandaat: {mandate}</source>
        <translation>— mandate: {mandate}</translation>
    </message>
    <message>
        <source>Opschalen naar: {person}, {role} bij {organisation}</source>
        <translation>Escalate to: {person}, {role} at {organisation}</translation>
    </message>
    <message>
        <source>Stap {number}: {title}, {state}</source>
        <translation>Step {number}: {title}, {state}</translation>
    </message>
    <message>
        <source>Nu aan de beurt</source>
        <translation>Up now</translation>
    </message>
    <message>
        <source>Hierna</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Loopt vast</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Concept-bewijs opgeslagen op {date}: nog niet compleet, telt nog niet mee. Open het om het af te maken.</source>
        <translation>Draft evidence saved on {date}: not complete, does not count yet. Open it to finish it.</translation>
    </message>
    <message>
        <source>Nog nodig om af te ronden: {evidence}.</source>
        <translation>Still needed to finish: {evidence}.</translation>
    </message>
    <message>
        <source>Let op: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>Loopt 1 dag over de normale duur (streefdatum {date}).</source>
        <translation>1 day over the usual duration (target date {date}).</translation>
    </message>
    <message>
        <source>Loopt {days} dagen over de normale duur (streefdatum {date}).</source>
        <translation>{days} days over the usual duration (target date {date}).</translation>
    </message>
    <message>
        <source>Opschalen naar: geen contactpersoon voor opschaling bekend; vul dit aan bij Contacten.</source>
        <translation>Escalate to: no contact for escalation known; add one under Contacts.</translation>
    </message>
    <message>
        <source>Verplichte stap</source>
        <translation>Required step</translation>
    </message>
    <message>
        <source>Stap als het nodig is</source>
        <translation>Step when needed</translation>
    </message>
    <message>
        <source>afgerond, {when}</source>
        <translation>finished, {when}</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>streefdatum {date}</source>
        <translation>target date {date}</translation>
    </message>
    <message>
        <source>gebruikelijke duur {duration}</source>
        <translation>usual duration {duration}</translation>
    </message>
    <message>
        <source>rollen volgens de routekaart: {roles}</source>
        <translation>roles under the routekaart: {roles}</translation>
    </message>
    <message>
        <source>Concept afmaken</source>
        <translation>Finish the draft</translation>
    </message>
    <message>
        <source>Bewijs bekijken of aanvullen</source>
        <translation>View or add evidence</translation>
    </message>
    <message>
        <source>Bewijs invullen</source>
        <translation>Fill in evidence</translation>
    </message>
    <message>
        <source>{action} voor stap {number}: {title}</source>
        <translation>{action} for step {number}: {title}</translation>
    </message>
    <message>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Niet van toepassing…</source>
        <translation>Not applicable…</translation>
    </message>
    <message>
        <source>Stap {number} op '{state}' zetten</source>
        <translation>Set step {number} to '{state}'</translation>
    </message>
    <message>
        <source>Waarom niet van toepassing?</source>
        <translation>Why not applicable?</translation>
    </message>
    <message>
        <source>Reden waarom stap {number} niet van toepassing is</source>
        <translation>Reason why step {number} does not apply</translation>
    </message>
    <message>
        <source>bijvoorbeeld: besproken in het MDO, niet nodig omdat…</source>
        <translation>for example: discussed in the MDO, not needed because…</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Niet van toepassing vastleggen voor stap {number}</source>
        <translation>Record not applicable for step {number}</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet van toepassing annuleren voor stap {number}</source>
        <translation>Cancel not applicable for step {number}</translation>
    </message>
    <message>
        <source>Voor deze casus is geen routekaart beschikbaar. Kies bij Instellingen de routekaart van uw regio.</source>
        <translation>No routekaart is available for this case. Choose your region's routekaart in Settings.</translation>
    </message>
    <message>
        <source>{route} · {done} van {total} stappen afgerond, {skipped} niet van toepassing.</source>
        <translation>{route} · {done} of {total} steps finished, {skipped} not applicable.</translation>
    </message>
    <message>
        <source>{route} · {done} van {total} stappen afgerond.</source>
        <translation>{route} · {done} of {total} steps finished.</translation>
    </message>
    <message>
        <source>Nu: {step}.</source>
        <translation>Now: {step}.</translation>
    </message>
    <message>
        <source>Daarna: {step}.</source>
        <translation>Then: {step}.</translation>
    </message>
</context>
<context>
    <name>case_viewpoints</name>
    <message>
        <source>Zienswijze van ouders (en leerling)</source>
        <translation>Parents' view (and the pupil's)</translation>
    </message>
    <message>
        <source>Ouders mogen hun eigen kijk toevoegen aan wat de school deelt. De zienswijze gaat mee met het dossier; de school verandert er niets aan.</source>
        <translation>Parents may add their own view to what the school shares. The parents' view goes with the dossier; the school changes nothing in it.</translation>
    </message>
    <message>
        <source>Nog geen zienswijze toegevoegd.</source>
        <translation>No parents' view added yet.</translation>
    </message>
    <message>
        <source>Zienswijze toevoegen</source>
        <translation>Add parents' view</translation>
    </message>
    <message>
        <source>Van wie is de zienswijze</source>
        <translation>Whose view it is</translation>
    </message>
    <message>
        <source>bijvoorbeeld: moeder en vader</source>
        <translation>for example: mother and father</translation>
    </message>
    <message>
        <source>Tekst van de zienswijze</source>
        <translation>Text of the view</translation>
    </message>
    <message>
        <source>In de woorden van de ouders…</source>
        <translation>In the parents' own words…</translation>
    </message>
    <message>
        <source>Van wie:</source>
        <translation>From whom:</translation>
    </message>
    <message>
        <source>Zienswijze:</source>
        <translation>View:</translation>
    </message>
</context>
<context>
    <name>case_zienswijze</name>
    <message>
        <source>Zienswijze van de leerling</source>
        <translation>The pupil's view</translation>
    </message>
    <message>
        <source>Een leerling van 12 jaar of ouder zegt zelf wat hij of zij van de aanmelding vindt. Die woorden gaan mee naar het Sociaal Team, en de leerling tekent ervoor: op het scherm, op papier of mondeling.</source>
        <translation>A pupil aged 12 or over says in his or her own words what he or she thinks of the referral. Those words go to the Sociaal Team, and the pupil signs for them: on screen, on paper or orally.</translation>
    </message>
    <message>
        <source>Leerling laten tekenen…</source>
        <translation>Have the pupil sign…</translation>
    </message>
    <message>
        <source>Zienswijze van de leerling laten tekenen</source>
        <translation>Have the pupil sign his or her view</translation>
    </message>
    <message>
        <source>De leerling vanaf 12 jaar tekent voor zijn of haar eigen woorden</source>
        <translation>From 12 the pupil signs for his or her own words</translation>
    </message>
    <message>
        <source>Eerst de aanmelding bij het Sociaal Team invullen en opslaan; daarna tekent de leerling voor zijn of haar eigen woorden.</source>
        <translation>First fill in and save the referral to the Sociaal Team; then the pupil signs for his or her own words.</translation>
    </message>
    <message>
        <source>Getekend: {lines}.</source>
        <translation>Signed: {lines}.</translation>
    </message>
    <message>
        <source>Nog niet getekend door {names}.</source>
        <translation>Not yet signed by {names}.</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Alle ondersteuningstrajecten, met wie de regie heeft. Dubbelklik of Enter opent de casus.</source>
        <translation>All support cases, with who holds the lead. Double-click or Enter opens the case.</translation>
    </message>
    <message>
        <source>Geen casus past bij de zoekterm of de filters. ‘Wissen’ (Alt+W) toont weer alle casussen.</source>
        <translation>No case matches the search or the filters. ‘Clear’ (Alt+C) shows all cases again.</translation>
    </message>
    <message>
        <source>Nog geen casussen. Begin een casus bij het eerste signaal met ‘Nieuwe casus…’ (Alt+N). Staat de leerling nog niet in ibdesk, voeg die dan eerst toe onder Leerlingen (Ctrl+2).</source>
        <translation>No cases yet. Start a case at the first sign of concern with ‘New case…’ (Alt+N). If the pupil is not in ibdesk yet, first add them under Pupils (Ctrl+2).</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Casussen zoeken</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>naam, groep, casusnummer, regie…</source>
        <translation>name, group, case number, lead…</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Geselecteerde casus openen</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>&amp;Nieuwe casus…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Nieuwe casus</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Filter op groep of klas</source>
        <translation>Filter by group or class</translation>
    </message>
    <message>
        <source>Alle groepen</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Filter op regiehouder</source>
        <translation>Filter by lead</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Groep:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>R&amp;egie:</source>
        <translation>L&amp;ead:</translation>
    </message>
    <message>
        <source>&amp;Wissen</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Zoeken en filters wissen</source>
        <translation>Clear the search and filters</translation>
    </message>
    <message>
        <source>Begin een casus bij het eerste signaal. De routekaart van de school bepaalt de stappen.</source>
        <translation>Start a case at the first sign of concern. The school's routekaart sets the steps.</translation>
    </message>
    <message>
        <source>Hulpvraag</source>
        <translation>Help question</translation>
    </message>
    <message>
        <source>Wat is de vraag? Bijvoorbeeld: hoe kan … weer tot leren komen?</source>
        <translation>What is the question? For example: how can … get back to learning?</translation>
    </message>
    <message>
        <source>Wie heeft de regie</source>
        <translation>Who holds the lead</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Functie van de regiehouder</source>
        <translation>Role of the lead</translation>
    </message>
    <message>
        <source>Routekaart van de casus</source>
        <translation>Routekaart of the case</translation>
    </message>
    <message>
        <source>Standaard de routekaart van uw school (Instellingen); kies zo nodig een andere versie of variant.</source>
        <translation>Your school's routekaart by default (Settings); choose another version or variant if needed.</translation>
    </message>
    <message>
        <source>&amp;Leerling</source>
        <translation>&amp;Pupil</translation>
    </message>
    <message>
        <source>&amp;Hulpvraag</source>
        <translation>&amp;Help question</translation>
    </message>
    <message>
        <source>&amp;Regie bij</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Functie</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Route&amp;kaart</source>
        <translation>Route&amp;kaart</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Casus aanmaken en openen</source>
        <translation>Create and open the case</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nieuwe casus annuleren</source>
        <translation>Cancel the new case</translation>
    </message>
    <message>
        <source>{n} casus</source>
        <translation>{n} case</translation>
    </message>
    <message>
        <source>{n} casussen</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>{shown} van {counted}</source>
        <translation>{shown} of {counted}</translation>
    </message>
    <message>
        <source>Kies eerst een casus in de lijst.</source>
        <translation>First choose a case in the list.</translation>
    </message>
    <message>
        <source> — standaard voor uw school</source>
        <translation> — your school's default</translation>
    </message>
    <message>
        <source>{title} (versie {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>Zoek en kies de leerling in de lijst.</source>
        <translation>Search for the pupil and choose them in the list.</translation>
    </message>
    <message>
        <source>Casus niet aangemaakt</source>
        <translation>Case not created</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <source>Organisatiebestanden (*.yaml *.yml *.csv)</source>
        <translation>Organisation files (*.yaml *.yml *.csv)</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <source>gemeente {municipality}</source>
        <translation>municipality {municipality}</translation>
    </message>
    <message>
        <source>BRIN {brin}</source>
        <translation>BRIN {brin}</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Per soort organisatie: wie u belt, en bij wie u terechtkunt als het vastloopt.</source>
        <translation>By type of organisation: who to call, and who to turn to when things get stuck.</translation>
    </message>
    <message>
        <source>Contacten per soort organisatie</source>
        <translation>Contacts by type of organisation</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Organisaties zoeken</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <source>naam, gemeente, contactpersoon…</source>
        <translation>name, municipality, contact person…</translation>
    </message>
    <message>
        <source>Ook niet-actieve tonen</source>
        <translation>Also show inactive ones</translation>
    </message>
    <message>
        <source>Ook organisaties tonen die niet meer actief zijn</source>
        <translation>Also show organisations that are no longer active</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Organisatiebestand importeren</source>
        <translation>Import an organisations file</translation>
    </message>
    <message>
        <source>Het organisatiebestand (YAML of CSV) van uw regio of schoolbestuur</source>
        <translation>The organisations file (YAML or CSV) from your region or school board</translation>
    </message>
    <message>
        <source>Organisatie &amp;toevoegen</source>
        <translation>&amp;Add organisation</translation>
    </message>
    <message>
        <source>Organisatie toevoegen</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>{count} organisatie(s) niet meer actief; vink 'Ook niet-actieve tonen' aan om ze te zien.</source>
        <translation>{count} organisation(s) no longer active; tick 'Also show inactive ones' to see them.</translation>
    </message>
    <message>
        <source>Geen organisatie gevonden met deze zoekterm.</source>
        <translation>No organisation found for this search.</translation>
    </message>
    <message>
        <source>Er zijn nog geen organisaties vastgelegd. Voeg ze toe met 'Organisatie toevoegen', of importeer het organisatiebestand van uw regio of schoolbestuur met 'Importeren…'.</source>
        <translation>No organisations recorded yet. Add them with 'Add organisation', or import the organisations file from your region or school board with 'Import…'.</translation>
    </message>
    <message>
        <source>niet actief</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>{name} bewerken</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Op non-actief zetten</source>
        <translation>Make inactive</translation>
    </message>
    <message>
        <source>{name} op non-actief zetten</source>
        <translation>Make {name} inactive</translation>
    </message>
    <message>
        <source>Weer actief maken</source>
        <translation>Make active again</translation>
    </message>
    <message>
        <source>{name} weer actief maken</source>
        <translation>Make {name} active again</translation>
    </message>
    <message>
        <source>Vaste contactpersoon:</source>
        <translation>Main contact:</translation>
    </message>
    <message>
        <source>Opschalen naar:</source>
        <translation>Escalate to:</translation>
    </message>
    <message>
        <source>Mandaat:</source>
        <translation>Mandate:</translation>
    </message>
    <message>
        <source>niet beschreven</source>
        <translation>not described</translation>
    </message>
    <message>
        <source>Organisatie {id} bestaat niet (meer).</source>
        <translation>Organisation {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Organisatie openen</source>
        <translation>Open organisation</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisatie opgeslagen.</source>
        <translation>Organisation saved.</translation>
    </message>
    <message>
        <source>Organisatie weer actief.</source>
        <translation>Organisation active again.</translation>
    </message>
    <message>
        <source>Organisatie op non-actief gezet.</source>
        <translation>Organisation made inactive.</translation>
    </message>
    <message>
        <source>Organisatiebestand kiezen</source>
        <translation>Choose an organisations file</translation>
    </message>
    <message>
        <source>Organisaties niet geïmporteerd</source>
        <translation>Organisations not imported</translation>
    </message>
    <message>
        <source>Organisaties geïmporteerd</source>
        <translation>Organisations imported</translation>
    </message>
    <message>
        <source>Klaar: {summary}.</source>
        <translation>Done: {summary}.</translation>
    </message>
</context>
<context>
    <name>guardians</name>
    <message>
        <source>moeder</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>vader</source>
        <translation>father</translation>
    </message>
    <message>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>verzorger</source>
        <translation>carer</translation>
    </message>
    <message>
        <source>pleegouder</source>
        <translation>foster parent</translation>
    </message>
    <message>
        <source>voogd</source>
        <translation>guardian</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>voor- en achternaam</source>
        <translation>first name and surname</translation>
    </message>
    <message>
        <source>Ja, heeft gezag</source>
        <translation>Yes, has parental responsibility</translation>
    </message>
    <message>
        <source>bijvoorbeeld 06 1234 5678</source>
        <translation>for example 06 1234 5678</translation>
    </message>
    <message>
        <source>naam@voorbeeld.nl</source>
        <translation>name@example.nl</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation>Parental responsibility</translation>
    </message>
    <message>
        <source>Ouder/verzorger {number}</source>
        <translation>Parent/carer {number}</translation>
    </message>
    <message>
        <source>Naam ouder/verzorger {number}</source>
        <translation>Name of parent/carer {number}</translation>
    </message>
    <message>
        <source>Relatie ouder/verzorger {number}</source>
        <translation>Relationship of parent/carer {number}</translation>
    </message>
    <message>
        <source>Telefoon ouder/verzorger {number}</source>
        <translation>Phone of parent/carer {number}</translation>
    </message>
    <message>
        <source>E-mail ouder/verzorger {number}</source>
        <translation>Email of parent/carer {number}</translation>
    </message>
    <message>
        <source>ouder/verzorger {number} heeft gezag</source>
        <translation>parent/carer {number} has parental responsibility</translation>
    </message>
    <message>
        <source>Ouder/verzorger {number} verwijderen</source>
        <translation>Remove parent/carer {number}</translation>
    </message>
    <message>
        <source>Nog geen ouders of verzorgers ingevoerd.</source>
        <translation>No parents or carers entered yet.</translation>
    </message>
    <message>
        <source>Ouder/verzorger &amp;toevoegen</source>
        <translation>&amp;Add parent/carer</translation>
    </message>
    <message>
        <source>Ouder of verzorger toevoegen</source>
        <translation>Add parent or carer</translation>
    </message>
</context>
<context>
    <name>mdo_basis_warning</name>
    <message>
        <source>Toestemming vastleggen…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Toestemming voor het MDO vastleggen voor {pupil}</source>
        <translation>Record consent for the MDO for {pupil}</translation>
    </message>
    <message>
        <source>Geen grondslag: over {pupil} mag niets worden gedeeld in dit MDO</source>
        <translation>No legal basis: nothing about {pupil} may be shared in this MDO</translation>
    </message>
    <message>
        <source>Er is geen toestemming (of andere grondslag) voor het doel 'MDO' om gegevens te delen met {names}.</source>
        <translation>There is no consent (or other legal basis) for the purpose 'MDO' to share information with {names}.</translation>
    </message>
    <message>
        <source>Op de agenda staat dan 'geen grondslag' en het voorbereidingsblad blijft leeg. Leg de toestemming vast vóór het overleg; wie toestemming geeft (elke ouder met gezag, of de leerling vanaf 16) tekent zelf.</source>
        <translation>The agenda (in Dutch) will then say 'geen grondslag' (no legal basis) and the preparation sheet stays empty. Record the consent before the meeting; whoever gives consent (each parent with parental responsibility, or the pupil from 16) signs it themselves.</translation>
    </message>
</context>
<context>
    <name>mdo_page</name>
    <message>
        <source>1 casus op de agenda</source>
        <translation>1 case on the agenda</translation>
    </message>
    <message>
        <source>{count} casussen op de agenda</source>
        <translation>{count} cases on the agenda</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>{pupil} (casus {case_id})</source>
        <translation>{pupil} (case {case_id})</translation>
    </message>
    <message>
        <source>Uitkomst vastgelegd</source>
        <translation>Outcome recorded</translation>
    </message>
    <message>
        <source>Vraag: {question}</source>
        <translation>Question: {question}</translation>
    </message>
    <message>
        <source>Voorbereiding</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Voorbereiding bekijken voor {pupil}</source>
        <translation>View the preparation for {pupil}</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <source>Nieuwe uitkomst vastleggen</source>
        <translation>Record a new outcome</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen voor {pupil}</source>
        <translation>Record the outcome for {pupil}</translation>
    </message>
    <message>
        <source>De uitkomst legt u vast na het overleg.</source>
        <translation>You record the outcome after the meeting.</translation>
    </message>
    <message>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Casus van {pupil} openen</source>
        <translation>Open the case of {pupil}</translation>
    </message>
    <message>
        <source>MDO</source>
        <translation>MDO</translation>
    </message>
    <message>
        <source>Multidisciplinair overleg: plannen, voorbereiden, de uitkomst vastleggen en de afspraken volgen.</source>
        <translation>Multidisciplinary meeting: plan it, prepare it, record the outcome and follow up the agreed actions.</translation>
    </message>
    <message>
        <source>Nieuw overleg plannen…</source>
        <translation>Plan a new meeting…</translation>
    </message>
    <message>
        <source>Nieuw overleg plannen</source>
        <translation>Plan a new meeting</translation>
    </message>
    <message>
        <source>Agenda en voorbereiding als PDF…</source>
        <translation>Agenda and preparation as PDF…</translation>
    </message>
    <message>
        <source>Agenda en voorbereidingsbladen als PDF</source>
        <translation>Agenda and preparation sheets as PDF</translation>
    </message>
    <message>
        <source>Ondertekende PDF met per casus alleen wat de deelnemers mogen zien</source>
        <translation>Signed PDF with, per case, only what the participants may see</translation>
    </message>
    <message>
        <source>Overleggen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Gepland en geweest</source>
        <translation>Planned and held</translation>
    </message>
    <message>
        <source>Nog geen overleg. Plan er een met ‘Nieuw overleg plannen…’ en zet de casussen op de agenda.</source>
        <translation>No meetings yet. Plan one with ‘Plan a new meeting…’ and put the cases on the agenda.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Gepland ({count})</source>
        <translation>Planned ({count})</translation>
    </message>
    <message>
        <source>Geweest ({count})</source>
        <translation>Held ({count})</translation>
    </message>
    <message>
        <source>Nog geen overleg gepland</source>
        <translation>No meeting planned yet</translation>
    </message>
    <message>
        <source>Plan een overleg en zet de casussen op de agenda.</source>
        <translation>Plan a meeting and put the cases on the agenda.</translation>
    </message>
    <message>
        <source>{date} (gepland)</source>
        <translation>{date} (planned)</translation>
    </message>
    <message>
        <source>{date} (geweest)</source>
        <translation>{date} (held)</translation>
    </message>
    <message>
        <source>Deelnemers: {people}</source>
        <translation>Participants: {people}</translation>
    </message>
    <message>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <source>Agenda als PDF</source>
        <translation>Agenda as PDF</translation>
    </message>
    <message>
        <source>Kies eerst een overleg.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Agenda opslaan als</source>
        <translation>Save agenda as</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda gemaakt</source>
        <translation>Agenda made</translation>
    </message>
    <message>
        <source>Agenda niet gemaakt</source>
        <translation>Agenda not made</translation>
    </message>
    <message>
        <source>Bezig met de agenda…</source>
        <translation>Making the agenda…</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Uitkomst {meeting} — {pupil}</source>
        <translation>Outcome {meeting} — {pupil}</translation>
    </message>
    <message>
        <source>Elke afspraak (wat, wie, uiterlijk) wordt een actiepunt in de casus.</source>
        <translation>Each agreed action (what, who, by when) becomes an action point in the case.</translation>
    </message>
    <message>
        <source>Actiepunt</source>
        <translation>Action point</translation>
    </message>
</context>
<context>
    <name>mdo_plan</name>
    <message>
        <source>Eén deelnemer per regel: naam — rol. Bijvoorbeeld: Anouk Smeets — orthopedagoog SWV</source>
        <translation>One participant per line: name — role. For example: Anouk Smeets — SWV educational psychologist</translation>
    </message>
    <message>
        <source>{pupil} ({group}, casus {case_id})</source>
        <translation>{pupil} ({group}, case {case_id})</translation>
    </message>
    <message>
        <source>Van de agenda</source>
        <translation>Remove from agenda</translation>
    </message>
    <message>
        <source>Casus {case_id} van {pupil} van de agenda halen</source>
        <translation>Take case {case_id} of {pupil} off the agenda</translation>
    </message>
    <message>
        <source>Vraag voor het overleg over {pupil}</source>
        <translation>Question for the meeting about {pupil}</translation>
    </message>
    <message>
        <source>Welke vraag moet het overleg beantwoorden?</source>
        <translation>Which question should the meeting answer?</translation>
    </message>
    <message>
        <source>Nieuw overleg plannen</source>
        <translation>Plan a new meeting</translation>
    </message>
    <message>
        <source>Een MDO vindt plaats mét ouders en, waar het kan, mét de leerling. Zet de casussen op de agenda met de vraag die het overleg moet beantwoorden.</source>
        <translation>An MDO takes place with the parents/carers and, where possible, with the pupil. Put the cases on the agenda with the question the meeting should answer.</translation>
    </message>
    <message>
        <source>Naam van het overleg</source>
        <translation>Name of the meeting</translation>
    </message>
    <message>
        <source>bijvoorbeeld: MDO bovenbouw</source>
        <translation>for example: MDO upper years</translation>
    </message>
    <message>
        <source>Plaats van het overleg</source>
        <translation>Place of the meeting</translation>
    </message>
    <message>
        <source>bijvoorbeeld: kamer IB of online</source>
        <translation>for example: IB room or online</translation>
    </message>
    <message>
        <source>Marieke de Wit — intern begeleider
Anouk Smeets — orthopedagoog SWV</source>
        <translation>Marieke Smit — pupil-support coordinator
Anouk Smeets — SWV educational psychologist</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Datum van het overleg</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Deelnemers, één per regel</source>
        <translation>Participants, one per line</translation>
    </message>
    <message>
        <source>Overleg plannen</source>
        <translation>Plan meeting</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Plannen annuleren</source>
        <translation>Cancel planning</translation>
    </message>
    <message>
        <source>Casus zoeken</source>
        <translation>Find a case</translation>
    </message>
    <message>
        <source>Op de agenda zetten ↓</source>
        <translation>Put on the agenda ↓</translation>
    </message>
    <message>
        <source>Gekozen casus op de agenda zetten</source>
        <translation>Put the chosen case on the agenda</translation>
    </message>
    <message>
        <source>Casussen op de agenda</source>
        <translation>Cases on the agenda</translation>
    </message>
    <message>
        <source>Nog geen casussen. Zoek hierboven een casus en zet die op de agenda.</source>
        <translation>No cases yet. Find a case above and put it on the agenda.</translation>
    </message>
    <message>
        <source>Vul de vraag voor het overleg in.</source>
        <translation>Fill in the question for the meeting.</translation>
    </message>
    <message>
        <source>Zet minstens één casus op de agenda.</source>
        <translation>Put at least one case on the agenda.</translation>
    </message>
    <message>
        <source>Vul de datum van het overleg in (dd-mm-jjjj).</source>
        <translation>Fill in the date of the meeting (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>Geef het overleg een naam.</source>
        <translation>Give the meeting a name.</translation>
    </message>
    <message>
        <source>Overleg niet gepland</source>
        <translation>Meeting not planned</translation>
    </message>
</context>
<context>
    <name>mdo_prep</name>
    <message>
        <source>Waar de route staat</source>
        <translation>Where the route stands</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Wie is aan zet</source>
        <translation>Who acts next</translation>
    </message>
    <message>
        <source>Sociaal Team</source>
        <translation>Sociaal Team</translation>
    </message>
    <message>
        <source>Visie van ouders</source>
        <translation>Parents' view</translation>
    </message>
    <message>
        <source>Visie van de leerling</source>
        <translation>Pupil's view</translation>
    </message>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug naar de overleggen</source>
        <translation>Back to the meetings</translation>
    </message>
    <message>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Uitkomst vastleggen</source>
        <translation>Record outcome</translation>
    </message>
    <message>
        <source>Uitkomst van het overleg vastleggen</source>
        <translation>Record the outcome of the meeting</translation>
    </message>
    <message>
        <source>Wat de school al heeft gedaan</source>
        <translation>What the school has already done</translation>
    </message>
    <message>
        <source>Nog geen stappen afgerond.</source>
        <translation>No steps completed yet.</translation>
    </message>
    <message>
        <source>Voorbereiding: {pupil} ({group}) — {meeting}, {date}</source>
        <translation>Preparation: {pupil} ({group}) — {meeting}, {date}</translation>
    </message>
    <message>
        <source>Vraag voor het overleg: {question}</source>
        <translation>Question for the meeting: {question}</translation>
    </message>
    <message>
        <source>Hulpvraag van de casus: {question}</source>
        <translation>The case's support question: {question}</translation>
    </message>
    <message>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <source>klaar voor aanmelding</source>
        <translation>ready for referral</translation>
    </message>
    <message>
        <source>nog niet klaar ({count} punten ontbreken)</source>
        <translation>not ready yet ({count} points missing)</translation>
    </message>
    <message>
        <source>nog niet vastgelegd — vraag ouders om hun visie</source>
        <translation>not recorded yet — ask the parents/carers for their view</translation>
    </message>
    <message>
        <source>nog niet vastgelegd — vraag de leerling zelf</source>
        <translation>not recorded yet — ask the pupil</translation>
    </message>
    <message>
        <source>{done} van {total} stappen afgerond, {skipped} niet van toepassing.</source>
        <translation>{done} of {total} steps completed, {skipped} not applicable.</translation>
    </message>
    <message>
        <source>{done} van {total} stappen afgerond.</source>
        <translation>{done} of {total} steps completed.</translation>
    </message>
    <message>
        <source>Nu: {step} ({state}).</source>
        <translation>Now: {step} ({state}).</translation>
    </message>
    <message>
        <source>Loopt 1 dag over de normale duur.</source>
        <translation>1 day past the usual duration.</translation>
    </message>
    <message>
        <source>Loopt {days} dagen over de normale duur.</source>
        <translation>{days} days past the usual duration.</translation>
    </message>
    <message>
        <source>{date} (te laat)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Actiepunt</source>
        <translation>Action point</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Open actiepunten</source>
        <translation>Open action points</translation>
    </message>
    <message>
        <source>Geen open actiepunten.</source>
        <translation>No open action points.</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Geselecteerd actiepunt afronden</source>
        <translation>Mark the selected action point as done</translation>
    </message>
    <message>
        <source>Casus van het actiepunt openen</source>
        <translation>Open the case of the action point</translation>
    </message>
</context>
<context>
    <name>org_people</name>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>voor- en achternaam</source>
        <translation>first name and surname</translation>
    </message>
    <message>
        <source>bijvoorbeeld jeugdconsulent</source>
        <translation>for example youth worker</translation>
    </message>
    <message>
        <source>026 123 4567, 06 …, 14 026</source>
        <translation>026 123 4567, 06 …, 14 026</translation>
    </message>
    <message>
        <source>naam@organisatie.nl</source>
        <translation>name@organisation.nl</translation>
    </message>
    <message>
        <source>Vaste contactpersoon</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <source>Opschalen naar deze persoon</source>
        <translation>Escalate to this person</translation>
    </message>
    <message>
        <source>wat mag deze persoon beslissen als het vastloopt?</source>
        <translation>what may this person decide when things get stuck?</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Mandaat bij opschaling</source>
        <translation>Mandate when escalated</translation>
    </message>
    <message>
        <source>Contactpersoon {number}</source>
        <translation>Contact person {number}</translation>
    </message>
    <message>
        <source>Naam contactpersoon {number}</source>
        <translation>Name of contact person {number}</translation>
    </message>
    <message>
        <source>Functie contactpersoon {number}</source>
        <translation>Job title of contact person {number}</translation>
    </message>
    <message>
        <source>Telefoon contactpersoon {number}</source>
        <translation>Phone of contact person {number}</translation>
    </message>
    <message>
        <source>E-mail contactpersoon {number}</source>
        <translation>Email of contact person {number}</translation>
    </message>
    <message>
        <source>Mandaat contactpersoon {number}</source>
        <translation>Mandate of contact person {number}</translation>
    </message>
    <message>
        <source>Contactpersoon {number} is de vaste contactpersoon</source>
        <translation>Contact person {number} is the main contact</translation>
    </message>
    <message>
        <source>Opschalen naar contactpersoon {number}</source>
        <translation>Escalate to contact person {number}</translation>
    </message>
    <message>
        <source>Contactpersoon {number} verwijderen</source>
        <translation>Remove contact person {number}</translation>
    </message>
    <message>
        <source>Nog geen contactpersonen. Voeg de vaste contactpersoon toe, en de persoon naar wie u opschaalt als het vastloopt (met diens mandaat).</source>
        <translation>No contact people yet. Add the main contact, and the person you escalate to when things get stuck (with their mandate).</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon toevoegen</source>
        <translation>Add &amp;contact person</translation>
    </message>
    <message>
        <source>Contactpersoon toevoegen</source>
        <translation>Add contact person</translation>
    </message>
</context>
<context>
    <name>organisation_editor</name>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Naam van de organisatie</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <source>bijvoorbeeld Sociaal Team Renkum</source>
        <translation>for example Sociaal Team Renkum</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Verplicht bij een Sociaal Team: ibdesk kiest het team van de woongemeente van de leerling.</source>
        <translation>Required for a Sociaal Team: ibdesk chooses the team of the municipality the pupil lives in.</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Bezoekadres</source>
        <translation>Visiting address</translation>
    </message>
    <message>
        <source>straat en huisnummer</source>
        <translation>street and house number</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>Plaa&amp;ts</source>
        <translation>To&amp;wn</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>026 123 4567, 14 026, 0800 …, +32 …</source>
        <translation>026 123 4567, 14 026, 0800 …, +32 …</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>naam@organisatie.nl</source>
        <translation>name@organisation.nl</translation>
    </message>
    <message>
        <source>&amp;BRIN</source>
        <translation>&amp;BRIN</translation>
    </message>
    <message>
        <source>BRIN-nummer</source>
        <translation>BRIN number</translation>
    </message>
    <message>
        <source>bijvoorbeeld 12AB</source>
        <translation>for example 12AB</translation>
    </message>
    <message>
        <source>Alleen voor scholen; niet verplicht.</source>
        <translation>Only for schools; optional.</translation>
    </message>
    <message>
        <source>Organisatie bewerken</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Wie u belt, waar ze zitten, en naar wie u opschaalt als het vastloopt.</source>
        <translation>Who you call, where they are, and who you escalate to when things get stuck.</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Actief: aanbieden in keuzelijsten van formulieren en bij het delen</source>
        <translation>Active: offer in the drop-down lists of forms and when sharing</translation>
    </message>
    <message>
        <source>Organisatie is actief</source>
        <translation>Organisation is active</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Organisatie verwijderen</source>
        <translation>Delete organisation</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annu&amp;leren</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Organisatie opslaan</source>
        <translation>Save organisation</translation>
    </message>
    <message>
        <source>Annuleren, niets opslaan</source>
        <translation>Cancel, save nothing</translation>
    </message>
    <message>
        <source>Sleutel uit het organisatiebestand: {key}. Een nieuwe import werkt deze organisatie bij.</source>
        <translation>Key from the organisations file: {key}. A new import updates this organisation.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Verwijderen kan niet: deze organisatie wordt gebruikt ({uses}). Zet haar op non-actief; wat al is vastgelegd blijft leesbaar.</source>
        <translation>Cannot delete: this organisation is in use ({uses}). Make it inactive instead; what is already recorded stays readable.</translation>
    </message>
    <message>
        <source>Organisatie niet opgeslagen</source>
        <translation>Organisation not saved</translation>
    </message>
    <message>
        <source>{name} verwijderen? Dit kan niet ongedaan worden.</source>
        <translation>Delete {name}? This cannot be undone.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Niet verwijderen</source>
        <translation>Do not delete</translation>
    </message>
    <message>
        <source>Organisatie niet verwijderd</source>
        <translation>Organisation not deleted</translation>
    </message>
</context>
<context>
    <name>organisation_import</name>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>bijgewerkt</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>ongewijzigd</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>{added} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd</source>
        <translation>{added} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>Organisaties importeren</source>
        <translation>Import organisations</translation>
    </message>
    <message>
        <source>Uit {file}. Organisaties die al in ibdesk staan worden bijgewerkt, nooit dubbel toegevoegd; wat niet in het bestand staat blijft zoals het is.</source>
        <translation>From {file}. Organisations already in ibdesk are updated, never added twice; anything not in the file stays as it is.</translation>
    </message>
    <message>
        <source>Dit verandert: {summary}.</source>
        <translation>What changes: {summary}.</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Annu&amp;leren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Annuleren, niets importeren</source>
        <translation>Cancel, import nothing</translation>
    </message>
    <message>
        <source>Alles in dit bestand staat al zo in ibdesk; er is niets te importeren.</source>
        <translation>Everything in this file is already in ibdesk as it stands; there is nothing to import.</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Wat verandert</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Wat de import verandert</source>
        <translation>What the import changes</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <source>Aangemeld</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>te laat, vandaag of direct op te pakken</source>
        <translation>overdue, today or to pick up at once</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>binnen 7 dagen</source>
        <translation>within 7 days</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>termijnen die naderen</source>
        <translation>deadlines drawing near</translation>
    </message>
    <message>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <source>{when} (te laat)</source>
        <translation>{when} (overdue)</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Niets dat nu aandacht vraagt.</source>
        <translation>Nothing needs attention now.</translation>
    </message>
    <message>
        <source>Nog niets te doen: er staan nog geen leerlingen in ibdesk. Begin bij Leerlingen (Ctrl+2) met ‘Nieuwe leerling’, en open bij het eerste signaal een casus onder Casussen (Ctrl+3). Organisaties zoals het Sociaal Team legt u vast onder Contacten (Ctrl+6).</source>
        <translation>Nothing to do yet: there are no pupils in ibdesk. Start under Pupils (Ctrl+2) with ‘New pupil’, and at the first sign of concern open a case under Cases (Ctrl+3). Record organisations such as the Sociaal Team under Contacts (Ctrl+6).</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Wat vandaag en deze week aandacht vraagt. Dubbelklik of druk op Enter om het te openen.</source>
        <translation>What needs attention today and this week. Double-click or press Enter to open it.</translation>
    </message>
    <message>
        <source>Aandacht nodig</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Aandachtspunten</source>
        <translation>Points for attention</translation>
    </message>
    <message>
        <source>Nu, deze week en binnenkort; Enter opent het onderwerp</source>
        <translation>Now, this week and coming up; Enter opens the item</translation>
    </message>
    <message>
        <source>Mijn casussen per status</source>
        <translation>My cases by status</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Open casussen</source>
        <translation>Open cases</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <source>oranje</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <source>donkergroen (doel bereikt)</source>
        <translation>dark green (goal reached)</translation>
    </message>
    <message>
        <source>{light} op {date}</source>
        <translation>{light} on {date}</translation>
    </message>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug zonder opslaan</source>
        <translation>Back without saving</translation>
    </message>
    <message>
        <source>Terug (Esc); wat u typte blijft bewaard</source>
        <translation>Back (Esc); what you typed is kept</translation>
    </message>
    <message>
        <source>Formulier: {action}</source>
        <translation>Form: {action}</translation>
    </message>
    <message>
        <source>← Sluiten</source>
        <translation>← Close</translation>
    </message>
</context>
<context>
    <name>pupil_editor</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Voornaam</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>&amp;Achternaam</source>
        <translation>S&amp;urname</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>met tussenvoegsel, bijvoorbeeld de Vries</source>
        <translation>including any prefix (tussenvoegsel)</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Groep / &amp;klas</source>
        <translation>&amp;Group / class</translation>
    </message>
    <message>
        <source>Groep of klas</source>
        <translation>Group or class</translation>
    </message>
    <message>
        <source>bijvoorbeeld groep 5 of 2 havo</source>
        <translation>for example group 5 or 2 havo</translation>
    </message>
    <message>
        <source>&amp;Woongemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>Woongemeente</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>BS&amp;N</translation>
    </message>
    <message>
        <source>BSN (burgerservicenummer)</source>
        <translation>BSN (citizen service number)</translation>
    </message>
    <message>
        <source>9 cijfers</source>
        <translation>9 digits</translation>
    </message>
    <message>
        <source>Niet verplicht. Wordt gecontroleerd met de elfproef.</source>
        <translation>Optional. Checked with the eleven test (elfproef).</translation>
    </message>
    <message>
        <source>&amp;Ingeschreven op</source>
        <translation>&amp;Enrolled on</translation>
    </message>
    <message>
        <source>Ingeschreven op</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Niet verplicht.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>&amp;Uitgeschreven op</source>
        <translation>Left sch&amp;ool on</translation>
    </message>
    <message>
        <source>Uitgeschreven op</source>
        <translation>Left school on</translation>
    </message>
    <message>
        <source>Alleen als de leerling de school verlaat.</source>
        <translation>Only when the pupil leaves the school.</translation>
    </message>
    <message>
        <source>Leerling bewerken</source>
        <translation>Edit pupil</translation>
    </message>
    <message>
        <source>Nieuwe leerling</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <source>Gegevens van de leerling en van de ouders of verzorgers. Schrijf datums als dd-mm-jjjj.</source>
        <translation>The pupil's details and those of the parents or carers. Write dates as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Ouders / verzorgers</source>
        <translation>Parents / carers</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annu&amp;leren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Leerling opslaan</source>
        <translation>Save pupil</translation>
    </message>
    <message>
        <source>Annuleren, niets opslaan</source>
        <translation>Cancel, save nothing</translation>
    </message>
    <message>
        <source>Leerling niet opgeslagen</source>
        <translation>Pupil not saved</translation>
    </message>
</context>
<context>
    <name>pupil_import</name>
    <message>
        <source>Export uit de leerlingadministratie (*.xml *.csv *.txt);;EDEX (*.xml);;CSV (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>Export from the pupil administration (*.xml *.csv *.txt);;EDEX (*.xml);;CSV (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Leerlingen importeren</source>
        <translation>Import pupils</translation>
    </message>
    <message>
        <source>Uit {file} ({source}). U ziet eerst wat er verandert; er wordt niets opgeslagen voordat u op Importeren klikt. Wat u zelf in ibdesk invulde, overschrijft een import nooit.</source>
        <translation>From {file} ({source}). You first see what changes; nothing is saved until you click Import. An import never overwrites what you filled in yourself in ibdesk.</translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>← &amp;Terug</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Volgende</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Annu&amp;leren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Terug naar de kolomindeling</source>
        <translation>Back to the column layout</translation>
    </message>
    <message>
        <source>Volgende: laat zien wat er verandert</source>
        <translation>Next: show what changes</translation>
    </message>
    <message>
        <source>Annuleren, niets importeren</source>
        <translation>Cancel, import nothing</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Niet geïmporteerd; er is niets veranderd.</source>
        <translation>Not imported; nothing has changed.</translation>
    </message>
    <message>
        <source>Niet ingelezen; er is niets veranderd.</source>
        <translation>Not read; nothing has changed.</translation>
    </message>
    <message>
        <source>Bestand lezen en vergelijken…</source>
        <translation>Reading and comparing the file…</translation>
    </message>
    <message>
        <source>Bestand lezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Vergelijken met de leerlingen in ibdesk…</source>
        <translation>Comparing with the pupils in ibdesk…</translation>
    </message>
    <message>
        <source>Importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Klaar: {added} leerling(en) toegevoegd, {updated} bijgewerkt, {left} als vertrokken gemarkeerd.</source>
        <translation>Done: {added} pupil(s) added, {updated} updated, {left} marked as left.</translation>
    </message>
    <message>
        <source>De leerlingen staan onder Leerlingen. Wat u daar zelf aanpast, overschrijft een volgende import niet.</source>
        <translation>The pupils are under Pupils. What you change there yourself is not overwritten by a later import.</translation>
    </message>
    <message>
        <source>Lees een nieuwe export gewoon opnieuw in: ibdesk werkt groepen en namen bij en voegt niemand dubbel toe.</source>
        <translation>Simply read in a new export again: ibdesk updates groups and names and never adds anyone twice.</translation>
    </message>
    <message>
        <source>Export uit de leerlingadministratie kiezen</source>
        <translation>Choose an export from the pupil administration</translation>
    </message>
</context>
<context>
    <name>pupil_import_parts</name>
    <message>
        <source>Leerlingnummer</source>
        <translation>Pupil number</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>First name (as called)</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Groep of klas</source>
        <translation>Group or class</translation>
    </message>
    <message>
        <source>Woongemeente</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <source>Ingeschreven op</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Uitgeschreven op</source>
        <translation>Left school on</translation>
    </message>
    <message>
        <source>puntkomma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>verticale streep</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>Welke kolom is wat?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <source>Kolom voor {field}</source>
        <translation>Column for {field}</translation>
    </message>
    <message>
        <source>* nodig. Zonder leerlingnummer koppelt ibdesk alleen op naam en geboortedatum, en herkent het niet wie van school is gegaan.</source>
        <translation>* required. Without a pupil number ibdesk matches on name and date of birth only, and cannot tell who has left the school.</translation>
    </message>
    <message>
        <source>Dit is de kolomindeling die u eerder voor uw school koos.</source>
        <translation>This is the column layout you chose earlier for your school.</translation>
    </message>
    <message>
        <source>ibdesk herkende deze kolommen aan hun namen.</source>
        <translation>ibdesk recognised these columns by their names.</translation>
    </message>
    <message>
        <source>Het bestand heeft {columns} kolommen (gescheiden door een {delimiter}) en {rows} rijen. Controleer de keuzes; ibdesk onthoudt ze voor de volgende keer.</source>
        <translation>The file has {columns} columns (separated by a {delimiter}) and {rows} rows. Check the choices; ibdesk remembers them for next time.</translation>
    </message>
    <message>
        <source>bijvoorbeeld: {value}</source>
        <translation>for example: {value}</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Nu in ibdesk</source>
        <translation>Now in ibdesk</translation>
    </message>
    <message>
        <source>In de export</source>
        <translation>In the export</translation>
    </message>
    <message>
        <source>Gevolg</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Vertrokken per</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Probleem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{n} probleem</source>
        <translation>{n} problem</translation>
    </message>
    <message>
        <source>{n} problemen</source>
        <translation>{n} problems</translation>
    </message>
    <message>
        <source>Dit verandert: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {leaving} niet meer in de export, {problems}.</source>
        <translation>What changes: {new} new, {updated} updated, {unchanged} unchanged, {leaving} no longer in the export, {problems}.</translation>
    </message>
    <message>
        <source>wordt bijgewerkt</source>
        <translation>will be updated</translation>
    </message>
    <message>
        <source>administratiesleutel</source>
        <translation>administration key</translation>
    </message>
    <message>
        <source>wordt gekoppeld</source>
        <translation>will be linked</translation>
    </message>
    <message>
        <source>niet overgenomen: in ibdesk ingevuld</source>
        <translation>not taken over: filled in within ibdesk</translation>
    </message>
    <message>
        <source>Wat de import verandert</source>
        <translation>What the import changes</translation>
    </message>
    <message>
        <source>Nieuwe leerlingen</source>
        <translation>New pupils</translation>
    </message>
    <message>
        <source>Gewijzigde leerlingen</source>
        <translation>Changed pupils</translation>
    </message>
    <message>
        <source>Problemen per rij</source>
        <translation>Problems per row</translation>
    </message>
    <message>
        <source>Aangevinkte leerlingen krijgen de datum van vertrek; dat start hun bewaartermijn. Een import verwijdert nooit een leerling.</source>
        <translation>Ticked pupils get the date they left; that starts their retention period. An import never deletes a pupil.</translation>
    </message>
    <message>
        <source>Leerlingen niet meer in de export</source>
        <translation>Pupils no longer in the export</translation>
    </message>
    <message>
        <source>Alles aanvinken</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Alle leerlingen als vertrokken aanvinken</source>
        <translation>Tick all pupils as left</translation>
    </message>
    <message>
        <source>Niets aanvinken</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <source>Geen leerling als vertrokken aanvinken</source>
        <translation>Tick no pupil as left</translation>
    </message>
    <message>
        <source>Niet meer in de export</source>
        <translation>No longer in the export</translation>
    </message>
    <message>
        <source>De export geeft geen woongemeente: nieuwe leerlingen krijgen de gemeente van de school ({municipality}). Pas die aan bij leerlingen die elders wonen.</source>
        <translation>The export gives no municipality of residence: new pupils get the school's municipality ({municipality}). Change it for pupils who live elsewhere.</translation>
    </message>
    <message>
        <source>{count} leerling(en) staan alleen in ibdesk (nooit geïmporteerd); die blijven zoals ze zijn.</source>
        <translation>{count} pupil(s) are only in ibdesk (never imported); they stay as they are.</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>Nieuw ({count})</source>
        <translation>New ({count})</translation>
    </message>
    <message>
        <source>Gewijzigd ({count})</source>
        <translation>Changed ({count})</translation>
    </message>
    <message>
        <source>Niet meer in de export ({count})</source>
        <translation>No longer in the export ({count})</translation>
    </message>
    <message>
        <source>Problemen ({count})</source>
        <translation>Problems ({count})</translation>
    </message>
</context>
<context>
    <name>pupil_notes</name>
    <message>
        <source>Notities en bijlagen</source>
        <translation>Notes and attachments</translation>
    </message>
    <message>
        <source>Van de leerling zelf en van elke casus van de leerling (met het casusnummer). Wat u hier toevoegt, hoort bij de leerling en staat ook bij elke casus.</source>
        <translation>The pupil's own and those of each of the pupil's cases (with the case number). What you add here belongs to the pupil and appears in each case too.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pupils</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groep / klas</source>
        <translation>Group / class</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Woongemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Zoek op naam, groep, geboortedatum of woongemeente. Dubbelklik om te bewerken.</source>
        <translation>Search by name, group, date of birth or municipality. Double-click to edit.</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Leerlingen zoeken</source>
        <translation>Search pupils</translation>
    </message>
    <message>
        <source>naam, groep, gemeente…</source>
        <translation>name, group, municipality…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe leerling</source>
        <translation>&amp;New pupil</translation>
    </message>
    <message>
        <source>Nieuwe leerling</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <source>&amp;Bewerken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Geselecteerde leerling bewerken</source>
        <translation>Edit the selected pupil</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Leerlingen importeren uit de leerlingadministratie</source>
        <translation>Import pupils from the pupil administration</translation>
    </message>
    <message>
        <source>Een EDEX-export (ParnasSys, ESIS) of CSV-export (Magister, Somtoday)</source>
        <translation>An EDEX export (ParnasSys, ESIS) or CSV export (Magister, Somtoday)</translation>
    </message>
    <message>
        <source>No&amp;tities en bijlagen…</source>
        <translation>No&amp;tes and attachments…</translation>
    </message>
    <message>
        <source>Notities en bijlagen van de geselecteerde leerling</source>
        <translation>Notes and attachments of the selected pupil</translation>
    </message>
    <message>
        <source>{n} leerling</source>
        <translation>{n} pupil</translation>
    </message>
    <message>
        <source>{n} leerlingen</source>
        <translation>{n} pupils</translation>
    </message>
    <message>
        <source>{shown} van {counted}</source>
        <translation>{shown} of {counted}</translation>
    </message>
    <message>
        <source>Leerling {id} bestaat niet (meer).</source>
        <translation>Pupil {id} does not exist (any more).</translation>
    </message>
    <message>
        <source>Geen leerling gevonden voor ‘{text}’. Wis de zoekterm of zoek op iets anders.</source>
        <translation>No pupil found for ‘{text}’. Clear the search or search for something else.</translation>
    </message>
    <message>
        <source>Nog geen leerlingen. Voeg de eerste toe met ‘Nieuwe leerling’ (Alt+N): naam, geboortedatum, groep en ouders. Daarna opent u bij het eerste signaal een casus onder Casussen (Ctrl+3).</source>
        <translation>No pupils yet. Add the first with ‘New pupil’ (Alt+N): name, date of birth, group and parents. Then, at the first concern, open a case under Cases (Ctrl+3).</translation>
    </message>
    <message>
        <source>Kies eerst een leerling in de lijst.</source>
        <translation>First choose a pupil in the list.</translation>
    </message>
    <message>
        <source>Leerling openen</source>
        <translation>Open pupil</translation>
    </message>
    <message>
        <source>Notities en bijlagen</source>
        <translation>Notes and attachments</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Gegevens van de leerling opgeslagen.</source>
        <translation>Pupil's details saved.</translation>
    </message>
</context>
<context>
    <name>thuiszitters_page</name>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Driemaandennorm</source>
        <translation>Three-month limit</translation>
    </message>
    <message>
        <source>Melding leerplicht</source>
        <translation>Report to Leerplicht</translation>
    </message>
    <message>
        <source>Schoolkalender onbekend</source>
        <translation>School calendar unknown</translation>
    </message>
    <message>
        <source>ibdesk telt hier niets: de schoolkalender dekt deze periode niet</source>
        <translation>ibdesk counts nothing here: the school calendar does not cover this period</translation>
    </message>
    <message>
        <source>Thuiszitters</source>
        <translation>Children out of school</translation>
    </message>
    <message>
        <source>langer dan 4 schoolweken ongeoorloofd afwezig (2a: tot 3 maanden, 2b: langer), of niet ingeschreven</source>
        <translation>absent without authorisation for more than 4 school weeks (2a: up to 3 months, 2b: longer), or not enrolled</translation>
    </message>
    <message>
        <source>Potentiële thuiszitters</source>
        <translation>Potential children out of school</translation>
    </message>
    <message>
        <source>nog ingeschreven, maar het onderwijs is in gevaar (langer dan een week ziek)</source>
        <translation>still enrolled, but their education is at risk (ill for more than a week)</translation>
    </message>
    <message>
        <source>Melding bij leerplicht</source>
        <translation>Report to Leerplicht</translation>
    </message>
    <message>
        <source>16 uur ongeoorloofd verzuim binnen 4 schoolweken</source>
        <translation>16 hours of unauthorised absence within 4 school weeks</translation>
    </message>
    <message>
        <source>thuiszitter 2a</source>
        <translation>child out of school 2a</translation>
    </message>
    <message>
        <source>thuiszitter 2b</source>
        <translation>child out of school 2b</translation>
    </message>
    <message>
        <source>potentiële thuiszitter</source>
        <translation>potential child out of school</translation>
    </message>
    <message>
        <source>ongeoorloofd verzuim</source>
        <translation>unauthorised absence</translation>
    </message>
    <message>
        <source>niet leerplichtig</source>
        <translation>not of compulsory school age</translation>
    </message>
    <message>
        <source>vrijgesteld</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>niet ingeschreven (absoluut verzuim)</source>
        <translation>not enrolled (absolute absence)</translation>
    </message>
    <message>
        <source>schoolkalender onbekend</source>
        <translation>school calendar unknown</translation>
    </message>
    <message>
        <source>onbekend: schoolkalender tot {date}</source>
        <translation>unknown: school calendar only up to {date}</translation>
    </message>
    <message>
        <source>{days} schooldagen overschreden ({date})</source>
        <translation>{days} school days over ({date})</translation>
    </message>
    <message>
        <source>nog {days} schooldagen ({date})</source>
        <translation>{days} school days left ({date})</translation>
    </message>
    <message>
        <source>{date} (melden!)</source>
        <translation>{date} (report now!)</translation>
    </message>
    <message>
        <source>, sinds {date} ({days} schooldagen)</source>
        <translation>, since {date} ({days} school days)</translation>
    </message>
    <message>
        <source>: de kalender dekt {start} t/m {end} niet</source>
        <translation>: the calendar does not cover {start} to {end}</translation>
    </message>
    <message>
        <source>Thuiszitterspact: geen kind langer dan drie maanden thuis zonder passend aanbod.</source>
        <translation>Thuiszitterspact: no child at home for more than three months without a suitable place.</translation>
    </message>
    <message>
        <source>Geen kind langer dan drie maanden thuis zonder passend aanbod. ibdesk telt de schooldagen (vakanties tellen niet mee) en waarschuwt vanaf 8 schoolweken.</source>
        <translation>No child at home for more than three months without a suitable place. ibdesk counts the school days (holidays do not count) and warns from 8 school weeks.</translation>
    </message>
    <message>
        <source>Verzuim en thuiszitters</source>
        <translation>Absence and children out of school</translation>
    </message>
    <message>
        <source>Leerlingen met verzuim of thuiszitterstatus</source>
        <translation>Pupils with absence or out-of-school status</translation>
    </message>
    <message>
        <source>Geen leerlingen met verzuim dat aandacht vraagt.</source>
        <translation>No pupils with absence that needs attention.</translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Verzuim registreren</source>
        <translation>Register absence</translation>
    </message>
    <message>
        <source>Vrijstelling registreren</source>
        <translation>Register exemption</translation>
    </message>
    <message>
        <source>Vrijgesteld</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Leerlingen met een vrijstelling tellen niet mee als thuiszitter.</source>
        <translation>Pupils with an exemption do not count as children out of school.</translation>
    </message>
    <message>
        <source>Geen leerlingen met een vrijstelling.</source>
        <translation>No pupils with an exemption.</translation>
    </message>
    <message>
        <source>regio {region} ({how})</source>
        <translation>region {region} ({how})</translation>
    </message>
    <message>
        <source>geen vakantieregio</source>
        <translation>no holiday region</translation>
    </message>
    <message>
        <source>Schoolkalender: {region}</source>
        <translation>School calendar: {region}</translation>
    </message>
    <message>
        <source>Vrijgesteld: {count}</source>
        <translation>Exempt: {count}</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <source>{name}: zoeken</source>
        <translation>{name}: search</translation>
    </message>
    <message>
        <source>Gekozen: {choice}</source>
        <translation>Chosen: {choice}</translation>
    </message>
    <message>
        <source>Geen {many}.</source>
        <translation>No {many}.</translation>
    </message>
    <message>
        <source>Geen {one} gevonden. Zoek op een deel van de naam of de groep.</source>
        <translation>No {one} found. Search for part of the name or the group.</translation>
    </message>
    <message>
        <source>{shown} van {total} {many}. Typ om te zoeken; kies met ↓ en Enter of klik.</source>
        <translation>{shown} of {total} {many}. Type to search; choose with ↓ and Enter, or click.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groep / klas</source>
        <translation>Group / class</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>casus {number}</source>
        <translation>case {number}</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>typ een deel van de naam of de groep…</source>
        <translation>type part of the name or the group…</translation>
    </message>
    <message>
        <source>leerling</source>
        <translation>pupil</translation>
    </message>
    <message>
        <source>leerlingen</source>
        <translation>pupils</translation>
    </message>
    <message>
        <source>typ een naam, groep of casusnummer…</source>
        <translation>type a name, group or case number…</translation>
    </message>
    <message>
        <source>casus</source>
        <translation>case</translation>
    </message>
    <message>
        <source>casussen</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>{pupil} ({group}, casus {number})</source>
        <translation>{pupil} ({group}, case {number})</translation>
    </message>
</context>
<context>
    <name>privacy_inzage_page</name>
    <message>
        <source>persoonsgegevens van de leerling en de ouders/verzorgers;</source>
        <translation>personal details of the pupil and the parents/carers;</translation>
    </message>
    <message>
        <source>casussen, stappen van de routekaart en alle opgeslagen formulieren (met de versie van het formulier);</source>
        <translation>cases, routekaart steps and every saved form (with the form's version);</translation>
    </message>
    <message>
        <source>verzuim en vrijstellingen;</source>
        <translation>absence and exemptions;</translation>
    </message>
    <message>
        <source>grondslagen en toestemming, zienswijzen van ouders;</source>
        <translation>legal bases and consent, parents' views;</translation>
    </message>
    <message>
        <source>overleggen en actiepunten, het logboek van wat er gedeeld is, en wie wat heeft bekeken of gewijzigd.</source>
        <translation>meetings and action points, the log of what was shared, and who viewed or changed what.</translation>
    </message>
    <message>
        <source>Map kiezen voor de inzage-export</source>
        <translation>Choose a folder for the access request export</translation>
    </message>
    <message>
        <source>Inzage-export gemaakt</source>
        <translation>Access request export made</translation>
    </message>
    <message>
        <source>De export staat in:
{files}

Geef de bestanden veilig aan de ouders (niet per gewone e-mail).</source>
        <translation>The export is in:
{files}

Hand the files to the parents/carers securely (not by ordinary e-mail).</translation>
    </message>
    <message>
        <source>Inzage-export niet gemaakt</source>
        <translation>Access request export not made</translation>
    </message>
    <message>
        <source>Bezig met de inzage-export…</source>
        <translation>Making the access request export…</translation>
    </message>
    <message>
        <source>{name} ({group}, vertrokken)</source>
        <translation>{name} ({group}, left)</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Access request</translation>
    </message>
    <message>
        <source>Ouders (en leerlingen van 16+) mogen alles inzien wat de school over hen vastlegt.</source>
        <translation>Parents/carers (and pupils aged 16+) may see everything the school records about them.</translation>
    </message>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug naar Instellingen</source>
        <translation>Back to Settings</translation>
    </message>
    <message>
        <source>Inzage-export maken</source>
        <translation>Make an access request export</translation>
    </message>
    <message>
        <source>Beantwoord een verzoek om inzage binnen ongeveer vier weken. De export bevat:</source>
        <translation>Answer an access request within about four weeks. The export contains:</translation>
    </message>
    <message>
        <source>Leerling voor de inzage-export</source>
        <translation>Pupil for the access request export</translation>
    </message>
    <message>
        <source>Leerling:</source>
        <translation>Pupil:</translation>
    </message>
    <message>
        <source>Inzage-export maken…</source>
        <translation>Make access request export…</translation>
    </message>
    <message>
        <source>Tip: bij Leerlingen maakt u de export ook met de rechtermuisknop op een leerling.</source>
        <translation>Tip: under Pupils you can also make the export by right-clicking a pupil.</translation>
    </message>
    <message>
        <source>U krijgt een leesbare PDF, en dezelfde gegevens in een bestand dat een computer kan lezen (om ze bijvoorbeeld naar een andere school mee te nemen).
Technisch: een JSON-bestand.</source>
        <translation>You get a readable PDF, and the same information in a file a computer can read (to take it to another school, for example).
Technically: a JSON file.</translation>
    </message>
    <message>
        <source>Kies eerst een leerling.</source>
        <translation>Choose a pupil first.</translation>
    </message>
    <message>
        <source>Gemaakt: {files}</source>
        <translation>Made: {files}</translation>
    </message>
</context>
<context>
    <name>privacy_retention_page</name>
    <message>
        <source>Leerling</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Verlopen sinds</source>
        <translation>Expired since</translation>
    </message>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Gegevens die langer zijn bewaard dan mag. Verwijderen is definitief.</source>
        <translation>Information kept longer than allowed. Deleting is permanent.</translation>
    </message>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug naar Instellingen</source>
        <translation>Back to Settings</translation>
    </message>
    <message>
        <source>De termijnen</source>
        <translation>The periods</translation>
    </message>
    <message>
        <source>Over de termijn</source>
        <translation>Past the retention period</translation>
    </message>
    <message>
        <source>Gegevens over de bewaartermijn</source>
        <translation>Information past the retention period</translation>
    </message>
    <message>
        <source>Er is niets dat over de bewaartermijn is.</source>
        <translation>Nothing is past its retention period.</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Alle regels selecteren</source>
        <translation>Select all rows</translation>
    </message>
    <message>
        <source>Geselecteerde verwijderen…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>Geselecteerde gegevens definitief verwijderen</source>
        <translation>Permanently delete the selected information</translation>
    </message>
    <message>
        <source>Automatisch beleid</source>
        <translation>Automatic policy</translation>
    </message>
    <message>
        <source>Automatisch verwijderen na de bewaartermijn</source>
        <translation>Delete automatically after the retention period</translation>
    </message>
    <message>
        <source>Aan: ibdesk verwijdert gegevens zodra hun bewaartermijn voorbij is, bij het openen. Uit: ibdesk toont wat over de termijn is en u beslist. Het logboek bewaart alleen dát er iets is verwijderd, nooit de inhoud.</source>
        <translation>On: ibdesk deletes information as soon as its retention period has passed, when the profile opens. Off: ibdesk shows what is past the period and you decide. The log only keeps that something was deleted, never the content.</translation>
    </message>
    <message>
        <source>Vink eerst aan wat u wilt verwijderen.</source>
        <translation>First tick what you want to delete.</translation>
    </message>
    <message>
        <source>Definitief verwijderen?</source>
        <translation>Delete permanently?</translation>
    </message>
    <message>
        <source>Deze gegevens worden definitief verwijderd, ook uit de automatische back-ups:

{items}

Dit kan niet ongedaan worden gemaakt. Doorgaan?</source>
        <translation>This information will be deleted permanently, from the automatic backups too:

{items}

This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met verwijderen…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>{items} verwijderd.</source>
        <translation>{items} deleted.</translation>
    </message>
    <message>
        <source>onderdeel</source>
        <translation>item</translation>
    </message>
    <message>
        <source>onderdelen</source>
        <translation>items</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>read_only</name>
    <message>
        <source>Alleen-lezen: dit profiel is geopend door {holder}. U kunt alles bekijken, maar niets opslaan. Sluit ibdesk daar en open het hier opnieuw om te bewerken.</source>
        <translation>Read-only: this profile has been opened by {holder}. You can look at everything but save nothing. Close ibdesk there and open it here again to make changes.</translation>
    </message>
    <message>
        <source>ibdesk — profiel in gebruik</source>
        <translation>ibdesk — profile in use</translation>
    </message>
    <message>
        <source>Dit profiel is al geopend</source>
        <translation>This profile is already open</translation>
    </message>
    <message>
        <source>Er mag maar één ibdesk tegelijk in een profiel schrijven, anders gaat werk verloren.</source>
        <translation>Only one ibdesk at a time may write to a profile, or work gets lost.</translation>
    </message>
    <message>
        <source>Geopend door {holder}.</source>
        <translation>Opened by {holder}.</translation>
    </message>
    <message>
        <source>Wie het profiel geopend heeft</source>
        <translation>Who has the profile open</translation>
    </message>
    <message>
        <source>U kunt het hier alleen bekijken (niets opslaan), of ibdesk sluiten en het eerst daar afsluiten. Is die computer of dat programma vastgelopen? Dan komt het profiel vanzelf vrij zodra het programma niet meer draait.</source>
        <translation>You can only look at it here (nothing is saved), or close ibdesk and first close it there. Has that computer or program frozen? Then the profile is freed by itself as soon as the program no longer runs.</translation>
    </message>
    <message>
        <source>Alleen &amp;bekijken</source>
        <translation>&amp;View only</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Profiel alleen bekijken</source>
        <translation>View the profile only</translation>
    </message>
    <message>
        <source>ibdesk sluiten</source>
        <translation>Close ibdesk</translation>
    </message>
    <message>
        <source>Alleen-lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source> (alleen-lezen)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Alleen-lezen: het profiel is elders geopend.</source>
        <translation>Read-only: the profile is open elsewhere.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Schrijf deze herstelsleutel nu met de hand op papier en bewaar dat papier op een veilige plek, bijvoorbeeld in de kluis of een afgesloten kast van de school. Bewaar hem niet in een bestand op deze computer. U heeft hem nodig als deze computer stukgaat of als u de wachtwoordzin kwijt bent. De sleutel wordt maar één keer getoond.</source>
        <translation>Write this recovery key down by hand on paper now and keep that paper in a safe place, for example in the school's safe or a locked cupboard. Do not keep it in a file on this computer. You need it if this computer breaks down or if you lose the passphrase. The key is shown only once.</translation>
    </message>
    <message>
        <source>Typ de herstelsleutel over vanaf uw papier, zodat u zeker weet dat hij goed is opgeschreven. Streepjes en spaties mogen, hoofdletters of kleine letters maakt niet uit. Plakken werkt hier niet.</source>
        <translation>Type the recovery key in from your paper, so you know for sure it was written down correctly. Dashes and spaces are allowed; capital or small letters do not matter. Pasting does not work here.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Kopiëren</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>Herstelsleutel kopiëren</source>
        <translation>Copy recovery key</translation>
    </message>
    <message>
        <source>Gekopieerd. Schrijf hem toch ook op papier.</source>
        <translation>Copied. Do write it on paper as well.</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel van uw papier:</source>
        <translation>&amp;Recovery key from your paper:</translation>
    </message>
    <message>
        <source>Herstelsleutel overtypen</source>
        <translation>Type in the recovery key</translation>
    </message>
    <message>
        <source>Klopt: de herstelsleutel is goed overgetypt.</source>
        <translation>Correct: the recovery key was typed in correctly.</translation>
    </message>
    <message>
        <source>Dit is niet dezelfde sleutel. Controleer uw papier en wat u typte.</source>
        <translation>This is not the same key. Check your paper and what you typed.</translation>
    </message>
    <message>
        <source>{typed} van de {full} tekens getypt.</source>
        <translation>{typed} of {full} characters typed.</translation>
    </message>
    <message>
        <source>ibdesk — herstelsleutel bevestigen</source>
        <translation>ibdesk — confirm recovery key</translation>
    </message>
    <message>
        <source>Nieuwe herstelsleutel</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>Het instellen van dit profiel is eerder niet afgerond. Hier is een nieuwe herstelsleutel; een eerder getoonde sleutel werkt niet meer.</source>
        <translation>Setting up this profile was not finished earlier. Here is a new recovery key; a key shown before no longer works.</translation>
    </message>
    <message>
        <source>&amp;Bevestigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Herstelsleutel bevestigen</source>
        <translation>Confirm recovery key</translation>
    </message>
    <message>
        <source>Later bevestigen</source>
        <translation>Confirm later</translation>
    </message>
</context>
<context>
    <name>school_route</name>
    <message>
        <source>Vastgelegd door de ICT-beheerder (beleid van deze computer).</source>
        <translation>Set by the IT administrator (this computer's policy).</translation>
    </message>
    <message>
        <source>Soort school</source>
        <translation>Type of school</translation>
    </message>
    <message>
        <source>Routekaart voor nieuwe casussen</source>
        <translation>Routekaart for new cases</translation>
    </message>
    <message>
        <source>Nieuwe casussen volgen: {title} (versie {version}).</source>
        <translation>New cases follow: {title} (version {version}).</translation>
    </message>
    <message>
        <source>Er is geen routekaart voor deze soort school; vraag de ICT-beheerder om de routekaart van uw regio.</source>
        <translation>There is no routekaart for this type of school; ask the IT administrator for your region's routekaart.</translation>
    </message>
    <message>
        <source>De regio mag leeg blijven. Regio's met een eigen routekaart: {regions}.</source>
        <translation>The region may stay empty. Regions with a routekaart of their own: {regions}.</translation>
    </message>
    <message>
        <source>De regio mag leeg blijven.</source>
        <translation>The region may stay empty.</translation>
    </message>
</context>
<context>
    <name>search_box</name>
    <message>
        <source>Zoek leerling, casus, formulier, organisatie…  (Ctrl+F)</source>
        <translation>Search pupil, case, form, organisation…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoeken in alles</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Leerlingen, casussen, formulieren en organisaties; Ctrl+F</source>
        <translation>Pupils, cases, forms and organisations; Ctrl+F</translation>
    </message>
    <message>
        <source>Zoeken in leerlingen, casussen, formulieren en organisaties (Ctrl+F)</source>
        <translation>Search pupils, cases, forms and organisations (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>search_popup</name>
    <message>
        <source>Leerlingen</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Formulieren</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>↑ ↓ kiezen · Enter openen · Esc sluiten</source>
        <translation>↑ ↓ choose · Enter open · Esc close</translation>
    </message>
    <message>
        <source>Typ minstens twee letters.</source>
        <translation>Type at least two letters.</translation>
    </message>
    <message>
        <source>Zoeken kan nu niet: dit profiel is alleen-lezen geopend en nog niet bijgewerkt.</source>
        <translation>Search is not possible now: this profile is open read-only and has not been updated yet.</translation>
    </message>
    <message>
        <source>Niets gevonden voor ‘{text}’.</source>
        <translation>Nothing found for ‘{text}’.</translation>
    </message>
    <message>
        <source>Meer gevonden: typ verder om te verfijnen.</source>
        <translation>More found: keep typing to narrow it down.</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>{text} ({done} van {total})</source>
        <translation>{text} ({done} of {total})</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Laatste wijziging ongedaan maken</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt: de vorige gegevens staan er weer.</source>
        <translation>Undone: the previous details are back.</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>Voer de wachtwoordzin van dit profiel in.</source>
        <translation>Enter this profile's passphrase.</translation>
    </message>
    <message>
        <source>Typ de herstelsleutel over die u bij het aanmaken van het profiel op papier heeft gezet: 8 groepjes van 4 tekens.</source>
        <translation>Type the recovery key you wrote on paper when the profile was made: 8 groups of 4 characters.</translation>
    </message>
    <message>
        <source>Zonder deze vraag openen (snelkoppeling, script): zet de wachtwoordzin in de omgevingsvariabele IBDESK_PASSPHRASE.</source>
        <translation>To open without this question (shortcut, script): put the passphrase in the environment variable IBDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Voor dit profiel is geen wachtwoordzin ingesteld en de sleutel staat niet (meer) in het sleutelbeheer van deze computer. Open het met de herstelsleutel.</source>
        <translation>This profile has no passphrase and its key is not (or no longer) in this computer's keyring. Open it with the recovery key.</translation>
    </message>
    <message>
        <source>ibdesk — ontgrendelen</source>
        <translation>ibdesk — unlock</translation>
    </message>
    <message>
        <source>ibdesk ontgrendelen</source>
        <translation>Unlock ibdesk</translation>
    </message>
    <message>
        <source>Uw gegevens zijn versleuteld opgeslagen.</source>
        <translation>Your data is stored encrypted.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Herstelsleutel &amp;gebruiken</source>
        <translation>Use the recovery &amp;key</translation>
    </message>
    <message>
        <source>Herstelsleutel gebruiken in plaats van de wachtwoordzin</source>
        <translation>Use the recovery key instead of the passphrase</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Profiel openen</source>
        <translation>Open the profile</translation>
    </message>
    <message>
        <source>Profielmap: {folder}</source>
        <translation>Profile folder: {folder}</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Vul de herstelsleutel in.</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <source>Vul de wachtwoordzin in.</source>
        <translation>Enter the passphrase.</translation>
    </message>
    <message>
        <source>Database beschadigd</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Profielmap niet bruikbaar</source>
        <translation>Profile folder not usable</translation>
    </message>
    <message>
        <source>Openen mislukt</source>
        <translation>Opening failed</translation>
    </message>
    <message>
        <source>{problem} Probeer het opnieuw.</source>
        <translation>{problem} Please try again.</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>ibdesk — nieuw profiel</source>
        <translation>ibdesk — new profile</translation>
    </message>
    <message>
        <source>&lt; &amp;Terug</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Profiel aanmaken</source>
        <translation>Create &amp;profile</translation>
    </message>
    <message>
        <source>&amp;Voltooien</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Profiel niet aangemaakt</source>
        <translation>Profile not created</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Deze computer heeft geen sleutelbeheer (keyring) dat ibdesk kan gebruiken. Daarom opent u ibdesk met een wachtwoordzin.</source>
        <translation>This computer has no key management (keyring) that ibdesk can use. So you open ibdesk with a passphrase.</translation>
    </message>
    <message>
        <source>Wachtwoordzin herhalen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Minstens {count} tekens. Een zin van een paar woorden is sterk én goed te onthouden.</source>
        <translation>At least {count} characters. A sentence of a few words is strong and easy to remember.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin</source>
        <translation>P&amp;assphrase</translation>
    </message>
    <message>
        <source>Sterkte van de wachtwoordzin</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin &amp;herhalen</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <source>Uw herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Het profiel is aangemaakt. Met deze sleutel komt u altijd weer bij uw gegevens.</source>
        <translation>The profile has been created. With this key you can always get back to your data.</translation>
    </message>
    <message>
        <source>Herstelsleutel controleren</source>
        <translation>Check the recovery key</translation>
    </message>
    <message>
        <source>U kunt pas verder als de overgetypte sleutel klopt.</source>
        <translation>You can only continue once the key you typed in is correct.</translation>
    </message>
    <message>
        <source>ibdesk helpt u als intern begeleider of zorgcoördinator bij leerlingbesprekingen, casussen, het MDO en de aanmelding bij het Sociaal Team.</source>
        <translation>ibdesk helps you as intern begeleider or zorgcoördinator with pupil meetings, cases, the MDO and the referral to the Sociaal Team.</translation>
    </message>
    <message>
        <source>Alles wat u invoert blijft op deze computer en wordt versleuteld opgeslagen.</source>
        <translation>Everything you enter stays on this computer and is stored encrypted.</translation>
    </message>
    <message>
        <source>Er is geen internet nodig, ook niet tijdens een gesprek met ouders.</source>
        <translation>No internet is needed, not even during a conversation with parents.</translation>
    </message>
    <message>
        <source>U legt zo meteen de gegevens van uw school en uw eigen naam en functie vast.</source>
        <translation>In a moment you record your school's details and your own name and role.</translation>
    </message>
    <message>
        <source>Daarna krijgt u één keer een herstelsleutel. Houd pen en papier bij de hand.</source>
        <translation>After that you get a recovery key, once. Keep pen and paper at hand.</translation>
    </message>
    <message>
        <source>Welkom bij ibdesk</source>
        <translation>Welcome to ibdesk</translation>
    </message>
    <message>
        <source>We richten samen uw versleutelde profiel in. Dat duurt een paar minuten.</source>
        <translation>Together we set up your encrypted profile. It takes a few minutes.</translation>
    </message>
    <message>
        <source>Het profiel komt in deze map:
{folder}</source>
        <translation>The profile goes in this folder:
{folder}</translation>
    </message>
    <message>
        <source>Uw school</source>
        <translation>Your school</translation>
    </message>
    <message>
        <source>Deze gegevens staan straks op verslagen en op het dossier voor het Sociaal Team.</source>
        <translation>These details will appear on reports and on the dossier for the Sociaal Team.</translation>
    </message>
    <message>
        <source>Naam van de school</source>
        <translation>Name of the school</translation>
    </message>
    <message>
        <source>bijvoorbeeld OBS De Regenboog</source>
        <translation>for example OBS De Regenboog</translation>
    </message>
    <message>
        <source>BRIN-nummer</source>
        <translation>BRIN number</translation>
    </message>
    <message>
        <source>bijvoorbeeld 12AB</source>
        <translation>for example 12AB</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>bijvoorbeeld Renkum</source>
        <translation>for example Renkum</translation>
    </message>
    <message>
        <source>Regio of samenwerkingsverband</source>
        <translation>Region or samenwerkingsverband</translation>
    </message>
    <message>
        <source>bijvoorbeeld SWV Rijn en Heuvel</source>
        <translation>for example SWV Rijn en Heuvel</translation>
    </message>
    <message>
        <source>&amp;Naam van de school</source>
        <translation>&amp;School name</translation>
    </message>
    <message>
        <source>&amp;BRIN-nummer</source>
        <translation>BR&amp;IN number</translation>
    </message>
    <message>
        <source>Twee cijfers en twee letters; mag leeg blijven.</source>
        <translation>Two digits and two letters; may stay empty.</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <source>&amp;Regio / samenwerkingsverband</source>
        <translation>&amp;Region / samenwerkingsverband</translation>
    </message>
    <message>
        <source>&amp;Soort school</source>
        <translation>&amp;Type of school</translation>
    </message>
    <message>
        <source>Over uzelf</source>
        <translation>About yourself</translation>
    </message>
    <message>
        <source>Uw naam en functie staan als afzender op verslagen, overdrachten en het dossier voor het Sociaal Team, en in het logboek.</source>
        <translation>Your name and role appear as the sender on reports, handovers and the dossier for the Sociaal Team, and in the logbook.</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>bijvoorbeeld Marieke de Wit</source>
        <translation>for example Marieke de Wit</translation>
    </message>
    <message>
        <source>kies of typ uw functie</source>
        <translation>choose or type your role</translation>
    </message>
    <message>
        <source>Uw &amp;naam</source>
        <translation>Your na&amp;me</translation>
    </message>
    <message>
        <source>Zoals die onder een verslag moet staan.</source>
        <translation>As it should appear under a report.</translation>
    </message>
    <message>
        <source>Uw &amp;functie</source>
        <translation>Your &amp;role</translation>
    </message>
    <message>
        <source>Uw functie</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>Kies uit de lijst of typ uw eigen functie.</source>
        <translation>Choose from the list or type your own role.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Beleid van deze computer</source>
        <translation>This computer's policy</translation>
    </message>
    <message>
        <source>Database beschadigd</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Profielmap niet bruikbaar</source>
        <translation>Profile folder not usable</translation>
    </message>
    <message>
        <source>een ander ibdesk-programma</source>
        <translation>another ibdesk program</translation>
    </message>
    <message>
        <source>Wachtwoordzin is zwak</source>
        <translation>The passphrase is weak</translation>
    </message>
    <message>
        <source>Organisatiebestand niet ingelezen</source>
        <translation>Organisations file not read</translation>
    </message>
    <message>
        <source>{count} formulier(en) niet beschikbaar — zie melding.</source>
        <translation>{count} form(s) not available — see the message.</translation>
    </message>
    <message>
        <source>Formulieren niet beschikbaar</source>
        <translation>Forms not available</translation>
    </message>
    <message>
        <source>De rest van ibdesk werkt gewoon. Vraag de beheerder de definitie te herstellen ('ibdesk forms check' noemt regel en kolom).</source>
        <translation>The rest of ibdesk works as usual. Ask the administrator to repair the definition ('ibdesk forms check' names the line and column).</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
</context>
</TS>
