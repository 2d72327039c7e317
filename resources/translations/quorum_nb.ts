<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>quorum</name>
    <message>
        <source>The verdict has no stances.</source>
        <translation>Dommen har ingen standpunkter.</translation>
    </message>
    <message>
        <source>The verdict&apos;s percentages add up to %1, not 100.</source>
        <translation>Prosentene i dommen blir til sammen %1, ikke 100.</translation>
    </message>
    <message>
        <source>Voice %1 links to “%2”, which is not an http or https address.</source>
        <translation>Stemme %1 lenker til «%2», som ikke er en http- eller https-adresse.</translation>
    </message>
    <message>
        <source>Voice %1 has no quote.</source>
        <translation>Stemme %1 har ikke noe sitat.</translation>
    </message>
    <message>
        <source>The article has no title.</source>
        <translation>Artikkelen har ingen tittel.</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>kan ikke skrive til %1: %2</translation>
    </message>
    <message>
        <source>writing %1 failed (%2); the file on disk was left as it was. Is the disk full?</source>
        <translation>skrivingen til %1 mislyktes (%2); filen på disken ble ikke endret. Er disken full?</translation>
    </message>
    <message>
        <source>saving %1 failed (%2); the file on disk was left as it was</source>
        <translation>lagringen av %1 mislyktes (%2); filen på disken ble ikke endret</translation>
    </message>
</context>
<context>
    <name>quorum::Article</name>
    <message>
        <source>Executive TL;DR</source>
        <translation>Kort oppsummert</translation>
    </message>
    <message>
        <source>The Internet&apos;s Verdict</source>
        <translation>Nettets dom</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <source>Forum Voices</source>
        <translation>Stemmer fra forumene</translation>
    </message>
    <message>
        <source>New Section</source>
        <translation>Ny seksjon</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
</context>
<context>
    <name>quorum::ArticleDetailsForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>Kort&amp;navn (slug):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Forfatter:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>&amp;Utdrag:</translation>
    </message>
    <message>
        <source>&amp;Focus keyword:</source>
        <translation>F&amp;okusnøkkelord:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorier:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Stikkord:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Skilt med komma</translation>
    </message>
    <message>
        <source>A language tag such as en or nb</source>
        <translation>En språkkode som en eller nb</translation>
    </message>
</context>
<context>
    <name>quorum::ArticleFile</name>
    <message>
        <source>line %1, column %2 (byte %3): %4</source>
        <translation>linje %1, kolonne %2 (byte %3): %4</translation>
    </message>
    <message>
        <source>the file ends too early; it may have been cut off while being copied or saved</source>
        <translation>filen slutter for tidlig; den kan ha blitt kuttet av under kopiering eller lagring</translation>
    </message>
    <message>
        <source>the text is not valid JSON (%1)</source>
        <translation>teksten er ikke gyldig JSON (%1)</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8</translation>
    </message>
    <message>
        <source>the data is nested too deeply to be an article</source>
        <translation>dataene er nøstet for dypt til å være en artikkel</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file holds binary data, so it is not a Quorum article</source>
        <translation>filen inneholder binærdata, så den er ikke en Quorum-artikkel</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; Quorum articles are saved as UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8; Quorum-artikler lagres som UTF-8</translation>
    </message>
    <message>
        <source>a Quorum article is a JSON object, and this is not one</source>
        <translation>en Quorum-artikkel er et JSON-objekt, og dette er ikke det</translation>
    </message>
    <message>
        <source>there is no &apos;format&apos; member, so this is not a Quorum article</source>
        <translation>det finnes ikke noe &apos;format&apos;-felt, så dette er ikke en Quorum-artikkel</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be a whole number from 1 up</source>
        <translation>&apos;format&apos; må være et heltall fra 1 og oppover</translation>
    </message>
    <message>
        <source>the article was saved by a newer Quorum (format %1), and this one reads format %2 at most; update Quorum to open it</source>
        <translation>artikkelen ble lagret av en nyere Quorum (format %1), og denne leser høyst format %2; oppdater Quorum for å åpne den</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>this is a folder, not a Quorum article</source>
        <translation>dette er en mappe, ikke en Quorum-artikkel</translation>
    </message>
    <message>
        <source>the file is %1, far larger than any article (at most %2); it is not a Quorum article</source>
        <translation>filen er på %1, langt større enn noen artikkel (høyst %2); den er ikke en Quorum-artikkel</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>filen kan ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>quorum::CredentialStore</name>
    <message>
        <source>The keychain has no application password for the site “%1”. Enter it again in the site&apos;s settings (quorum sites add).</source>
        <translation>Nøkkelringen har ikke noe applikasjonspassord for nettstedet «%1». Skriv det inn på nytt i innstillingene for nettstedet (quorum sites add).</translation>
    </message>
    <message>
        <source>No system keychain is available, and Quorum keeps application passwords nowhere else. Start a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Systemet har ingen nøkkelring tilgjengelig, og Quorum lagrer ikke applikasjonspassord noe annet sted. Start en Secret Service-tjeneste som GNOME Keyring eller KWallet.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>Systemets nøkkelring nektet tilgang. Lås den opp og prøv igjen.</translation>
    </message>
    <message>
        <source>The system keychain failed.</source>
        <translation>Systemets nøkkelring sviktet.</translation>
    </message>
</context>
<context>
    <name>quorum::InsertSectionCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>Legg til «%1»</translation>
    </message>
</context>
<context>
    <name>quorum::MainWindow</name>
    <message>
        <source>Quorum articles (*.quorum)</source>
        <translation>Quorum-artikler (*.quorum)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Åpne artikkel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>As &amp;Web Page…</source>
        <translation>Som &amp;nettside…</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>Som &amp;PDF…</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Som &amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Load &amp;Remote Images</source>
        <translation>Last inn &amp;eksterne bilder</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikkel</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Seksjon</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>&amp;Legg til seksjon</translation>
    </message>
    <message>
        <source>&amp;Delete Section</source>
        <translation>&amp;Slett seksjon</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <source>Cannot Open Article</source>
        <translation>Kan ikke åpne artikkelen</translation>
    </message>
    <message>
        <source>Quorum cannot open “%1”:
%2</source>
        <translation>Quorum kan ikke åpne «%1»:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <source>Save Article</source>
        <translation>Lagre artikkel</translation>
    </message>
    <message>
        <source>Cannot Save Article</source>
        <translation>Kan ikke lagre artikkelen</translation>
    </message>
    <message>
        <source>The article was not saved:
%1

Your changes are still here; try saving to another place with Save As.</source>
        <translation>Artikkelen ble ikke lagret:
%1

Endringene dine er fortsatt her; prøv å lagre et annet sted med Lagre som.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Eksporter som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Eksporter som Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export as Web Page</source>
        <translation>Eksporter som nettside</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Nettsider (*.html)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Eksporterte %1</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>The article was not exported:
%1</source>
        <translation>Artikkelen ble ikke eksportert:
%1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Eksporterer %1…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The article has changes that are not saved. Save them before going on?</source>
        <translation>Artikkelen har endringer som ikke er lagret. Vil du lagre dem før du går videre?</translation>
    </message>
</context>
<context>
    <name>quorum::MoveSectionCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>Flytt «%1»</translation>
    </message>
</context>
<context>
    <name>quorum::OpenFromSiteDialog</name>
    <message>
        <source>Open from Site</source>
        <translation>Åpne fra nettsted</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Post ID or address</source>
        <translation>Innleggs-ID eller adresse</translation>
    </message>
    <message>
        <source>42, or the post&apos;s edit link</source>
        <translation>42, eller redigeringslenken til innlegget</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Nettsted:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Innlegg:</translation>
    </message>
    <message>
        <source>There is no site yet: add one with Publish &gt; Manage Sites.</source>
        <translation>Det finnes ingen nettsteder ennå: legg til et med Publiser &gt; Administrer nettsteder.</translation>
    </message>
    <message>
        <source>Enter the number of the post, or its edit link from WordPress.</source>
        <translation>Skriv inn nummeret på innlegget, eller redigeringslenken fra WordPress.</translation>
    </message>
    <message>
        <source>Fetching post %1 from %2…</source>
        <translation>Henter innlegg %1 fra %2…</translation>
    </message>
</context>
<context>
    <name>quorum::PdfExporter</name>
    <message>
        <source>the page for the PDF could not be laid out</source>
        <translation>siden for PDF-en kunne ikke settes opp</translation>
    </message>
    <message>
        <source>printing to PDF failed</source>
        <translation>utskriften til PDF mislyktes</translation>
    </message>
</context>
<context>
    <name>quorum::PlainSectionEditor</name>
    <message>
        <source>Section heading</source>
        <translation>Seksjonsoverskrift</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Seksjonstekst</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Overskrift:</translation>
    </message>
    <message>
        <source>One bullet per line.</source>
        <translation>Ett punkt per linje.</translation>
    </message>
    <message>
        <source>The split is computed from the forum voices&apos; stances.</source>
        <translation>Fordelingen regnes ut fra standpunktene til forumstemmene.</translation>
    </message>
    <message>
        <source>One stance per line, such as “Skeptical: 60”.</source>
        <translation>Ett standpunkt per linje, for eksempel «Skeptiske: 60».</translation>
    </message>
    <message>
        <source>The lead sentence, in Markdown. The voices follow it.</source>
        <translation>Innledningssetningen, i Markdown. Stemmene følger etter den.</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, [links](https://example.org), lists and tables.</source>
        <translation>Markdown: **fet**, *kursiv*, [lenker](https://example.org), lister og tabeller.</translation>
    </message>
</context>
<context>
    <name>quorum::PostStatus</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Venter på gjennomgang</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planlagt</translation>
    </message>
</context>
<context>
    <name>quorum::PreviewPane</name>
    <message>
        <source>Preview controls</source>
        <translation>Kontroller for forhåndsvisningen</translation>
    </message>
    <message>
        <source>&amp;Mobile Width</source>
        <translation>Mo&amp;bilbredde</translation>
    </message>
    <message>
        <source>Show the post at a phone&apos;s width (%1 px)</source>
        <translation>Vis innlegget i bredden til en mobiltelefon (%1 px)</translation>
    </message>
    <message>
        <source>&amp;System Theme</source>
        <translation>&amp;Systemtema</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>&amp;Lyst tema</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Mørkt tema</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Faktisk størrelse</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;inn</translation>
    </message>
</context>
<context>
    <name>quorum::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>quorum::PublishDialog</name>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Publiseringsdato</translation>
    </message>
    <message>
        <source>&amp;Manage Sites…</source>
        <translation>&amp;Administrer nettsteder…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiser</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Nettsted:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
</context>
<context>
    <name>quorum::PublishError</name>
    <message>
        <source>The site did not answer as a WordPress REST API: it is disabled or blocked.</source>
        <translation>Nettstedet svarte ikke som et WordPress REST API: det er slått av eller blokkert.</translation>
    </message>
    <message>
        <source>Check that the site address is right, and ask the site&apos;s administrator to allow the REST API (/wp-json/) for logged-in users; security plugins and firewalls often block it.</source>
        <translation>Kontroller at adressen til nettstedet er riktig, og be administratoren av nettstedet om å tillate REST API-et (/wp-json/) for innloggede brukere; sikkerhetsutvidelser og brannmurer blokkerer det ofte.</translation>
    </message>
    <message>
        <source>The site had an internal error and could not do what Quorum asked.</source>
        <translation>Nettstedet fikk en intern feil og kunne ikke gjøre det Quorum ba om.</translation>
    </message>
    <message>
        <source>Try again later; if it keeps happening, the site&apos;s error log says why.</source>
        <translation>Prøv igjen senere; hvis det fortsetter å skje, står årsaken i feilloggen til nettstedet.</translation>
    </message>
    <message>
        <source>HTTP %1, a web page instead of JSON</source>
        <translation>HTTP %1, en nettside i stedet for JSON</translation>
    </message>
    <message>
        <source>The site&apos;s answer is damaged: it is not valid JSON.</source>
        <translation>Svaret fra nettstedet er skadet: det er ikke gyldig JSON.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, a plugin on the site may be printing text into its answers.</source>
        <translation>Prøv igjen; hvis det fortsetter å skje, kan det være en utvidelse på nettstedet som skriver tekst inn i svarene.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 ved byte %2</translation>
    </message>
    <message>
        <source>The site refused the request.</source>
        <translation>Nettstedet avviste forespørselen.</translation>
    </message>
    <message>
        <source>WordPress did not accept the user name or the application password.</source>
        <translation>WordPress godtok ikke brukernavnet eller applikasjonspassordet.</translation>
    </message>
    <message>
        <source>Check the user name, and create a new application password in WordPress under Users &gt; Profile &gt; Application Passwords (it is not the password you log in with).</source>
        <translation>Kontroller brukernavnet, og lag et nytt applikasjonspassord i WordPress under Brukere &gt; Profil &gt; Applikasjonspassord (det er ikke passordet du logger inn med).</translation>
    </message>
    <message>
        <source>This WordPress user may not publish posts, only submit them for review.</source>
        <translation>Denne WordPress-brukeren kan ikke publisere innlegg, bare sende dem til gjennomgang.</translation>
    </message>
    <message>
        <source>Publish with the status Pending, so that an editor can publish it, or use an account with the right to publish.</source>
        <translation>Publiser med statusen «Venter på gjennomgang», slik at en redaktør kan publisere innlegget, eller bruk en konto som har rett til å publisere.</translation>
    </message>
    <message>
        <source>This WordPress user is not allowed to do this.</source>
        <translation>Denne WordPress-brukeren har ikke lov til å gjøre dette.</translation>
    </message>
    <message>
        <source>Ask the site&apos;s administrator for a role with more rights.</source>
        <translation>Be administratoren av nettstedet om en rolle med flere rettigheter.</translation>
    </message>
    <message>
        <source>The site does not have what Quorum asked for.</source>
        <translation>Nettstedet har ikke det Quorum ba om.</translation>
    </message>
    <message>
        <source>WordPress refused the request.</source>
        <translation>WordPress avviste forespørselen.</translation>
    </message>
    <message numerus="yes">
        <source>The site did not answer within %n second(s).</source>
        <translation>
            <numerusform>Nettstedet svarte ikke innen %n sekund.</numerusform>
            <numerusform>Nettstedet svarte ikke innen %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the internet connection and try again; a slow site may need a longer timeout in the site&apos;s settings.</source>
        <translation>Kontroller internettforbindelsen og prøv igjen; et tregt nettsted kan trenge en lengre tidsgrense i innstillingene for nettstedet.</translation>
    </message>
    <message>
        <source>Quorum could not reach the site.</source>
        <translation>Quorum fikk ikke kontakt med nettstedet.</translation>
    </message>
    <message>
        <source>Check the site address and the internet connection.</source>
        <translation>Kontroller adressen til nettstedet og internettforbindelsen.</translation>
    </message>
    <message>
        <source>The site&apos;s security certificate cannot be trusted, so Quorum did not send anything to it: %1</source>
        <translation>Sikkerhetssertifikatet til nettstedet kan ikke stoles på, så Quorum sendte ingenting dit: %1</translation>
    </message>
    <message>
        <source>Check that the site address is right. If it is, the site&apos;s certificate needs to be fixed (renewed, or issued by a known authority) by whoever runs the site.</source>
        <translation>Kontroller at adressen til nettstedet er riktig. Hvis den er det, må den som driver nettstedet rette sertifikatet (fornye det, eller få det utstedt av en kjent utsteder).</translation>
    </message>
    <message>
        <source>Publishing was canceled.</source>
        <translation>Publiseringen ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>quorum::PublishFlow</name>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <source>There is no site named “%1” any more.</source>
        <translation>Det finnes ikke lenger noe nettsted som heter «%1».</translation>
    </message>
    <message>
        <source>Publishing to %1</source>
        <translation>Publiserer på %1</translation>
    </message>
    <message>
        <source>The post is on the site (id %1), but the article could not be saved: %2
Save it before publishing again, so that the next publish updates the same post.</source>
        <translation>Innlegget er på nettstedet (ID %1), men artikkelen kunne ikke lagres: %2
Lagre den før du publiserer igjen, slik at neste publisering oppdaterer det samme innlegget.</translation>
    </message>
    <message>
        <source>The post was changed on the site since you last published it.</source>
        <translation>Innlegget er endret på nettstedet siden du sist publiserte det.</translation>
    </message>
    <message>
        <source>Overwrite the changes on the site with this article, open the site&apos;s version as a new article, or cancel.</source>
        <translation>Overskriv endringene på nettstedet med denne artikkelen, åpne nettstedets versjon som en ny artikkel, eller avbryt.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overskriv</translation>
    </message>
    <message>
        <source>Open the &amp;Site&apos;s Version</source>
        <translation>Åpne &amp;nettstedets versjon</translation>
    </message>
    <message>
        <source>Publish as a &amp;New Post</source>
        <translation>Publiser som nytt &amp;innlegg</translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Send til &amp;gjennomgang</translation>
    </message>
    <message>
        <source>The article is saved as a draft on %1.</source>
        <translation>Artikkelen er lagret som utkast på %1.</translation>
    </message>
    <message>
        <source>The article is submitted for review on %1.</source>
        <translation>Artikkelen er sendt til gjennomgang på %1.</translation>
    </message>
    <message>
        <source>The article is scheduled on %1 for %2.</source>
        <translation>Artikkelen er planlagt publisert på %1 %2.</translation>
    </message>
    <message>
        <source>The article is published on %1.</source>
        <translation>Artikkelen er publisert på %1.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Åpne i &amp;nettleseren</translation>
    </message>
    <message>
        <source>&amp;Edit in WordPress</source>
        <translation>&amp;Rediger i WordPress</translation>
    </message>
    <message>
        <source>Opening the site&apos;s version</source>
        <translation>Åpner nettstedets versjon</translation>
    </message>
    <message>
        <source>Fetching the post from %1</source>
        <translation>Henter innlegget fra %1</translation>
    </message>
</context>
<context>
    <name>quorum::PublishJob</name>
    <message>
        <source>Connecting to the site</source>
        <translation>Kobler til nettstedet</translation>
    </message>
    <message>
        <source>Checking the post on the site</source>
        <translation>Kontrollerer innlegget på nettstedet</translation>
    </message>
    <message>
        <source>Preparing categories and tags</source>
        <translation>Forbereder kategorier og stikkord</translation>
    </message>
    <message>
        <source>Uploading images</source>
        <translation>Laster opp bilder</translation>
    </message>
    <message>
        <source>Saving the post</source>
        <translation>Lagrer innlegget</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a post status WordPress knows.</source>
        <translation>«%1» er ikke en innleggsstatus som WordPress kjenner.</translation>
    </message>
    <message>
        <source>A scheduled post needs a publication date.</source>
        <translation>Et planlagt innlegg trenger en publiseringsdato.</translation>
    </message>
    <message>
        <source>Set the date in the article&apos;s details.</source>
        <translation>Angi datoen i artikkeldetaljene.</translation>
    </message>
    <message>
        <source>The post was deleted on the site.</source>
        <translation>Innlegget er slettet på nettstedet.</translation>
    </message>
    <message>
        <source>Publish the article as a new post, or cancel.</source>
        <translation>Publiser artikkelen som et nytt innlegg, eller avbryt.</translation>
    </message>
    <message>
        <source>The post is in the site&apos;s trash.</source>
        <translation>Innlegget ligger i papirkurven på nettstedet.</translation>
    </message>
    <message>
        <source>Restore it in WordPress, publish the article as a new post, or cancel.</source>
        <translation>Gjenopprett det i WordPress, publiser artikkelen som et nytt innlegg, eller avbryt.</translation>
    </message>
    <message>
        <source>The post was changed on the site since Quorum last published it.</source>
        <translation>Innlegget er endret på nettstedet siden Quorum sist publiserte det.</translation>
    </message>
    <message>
        <source>Overwrite the changes on the site, open the site&apos;s version as a new article, or cancel.</source>
        <translation>Overskriv endringene på nettstedet, åpne nettstedets versjon som en ny artikkel, eller avbryt.</translation>
    </message>
    <message>
        <source>modified_gmt on the site %1, at the last sync %2</source>
        <translation>modified_gmt på nettstedet %1, ved siste synkronisering %2</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; does not exist on the site, and this user may not create it.</source>
        <translation>Kategorien «%1» finnes ikke på nettstedet, og denne brukeren har ikke lov til å opprette den.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; does not exist on the site, and this user may not create it.</source>
        <translation>Stikkordet «%1» finnes ikke på nettstedet, og denne brukeren har ikke lov til å opprette det.</translation>
    </message>
    <message>
        <source>Ask an editor to create it, or remove it from the article.</source>
        <translation>Be en redaktør om å opprette det som mangler, eller fjern det fra artikkelen.</translation>
    </message>
    <message>
        <source>The featured image %1 cannot be read.</source>
        <translation>Det fremhevede bildet %1 kan ikke leses.</translation>
    </message>
    <message>
        <source>The image %1 in the text cannot be read.</source>
        <translation>Bildet %1 i teksten kan ikke leses.</translation>
    </message>
    <message>
        <source>Check that the file exists next to the article, or choose another image.</source>
        <translation>Kontroller at filen ligger ved siden av artikkelen, eller velg et annet bilde.</translation>
    </message>
    <message>
        <source>The site did not store the focus keyword “%1”: it does not accept the %2 field. Install the Quorum Focus Keyword plugin (packaging/wordpress/) on the site, or set the keyword in WordPress.</source>
        <translation>Nettstedet lagret ikke fokusnøkkelordet «%1»: det godtar ikke feltet %2. Installer utvidelsen Quorum Focus Keyword (packaging/wordpress/) på nettstedet, eller angi nøkkelordet i WordPress.</translation>
    </message>
</context>
<context>
    <name>quorum::PublishingMenu</name>
    <message>
        <source>Quorum articles (*.quorum)</source>
        <translation>Quorum-artikler (*.quorum)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiser</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publiser…</translation>
    </message>
    <message>
        <source>Publish the article to its site</source>
        <translation>Publiser artikkelen på nettstedet sitt</translation>
    </message>
    <message>
        <source>Publish &amp;To…</source>
        <translation>Publiser &amp;til…</translation>
    </message>
    <message>
        <source>Choose the site and status, then publish</source>
        <translation>Velg nettsted og status, og publiser</translation>
    </message>
    <message>
        <source>&amp;Open from Site…</source>
        <translation>&amp;Åpne fra nettsted…</translation>
    </message>
    <message>
        <source>&amp;Manage Sites…</source>
        <translation>&amp;Administrer nettsteder…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <source>The article has to be saved before it is published. Save it now?</source>
        <translation>Artikkelen må lagres før den publiseres. Vil du lagre den nå?</translation>
    </message>
    <message>
        <source>Save Article</source>
        <translation>Lagre artikkel</translation>
    </message>
    <message>
        <source>The article was not saved, so it was not published:
%1</source>
        <translation>Artikkelen ble ikke lagret, og derfor ikke publisert:
%1</translation>
    </message>
    <message>
        <source>Open from Site</source>
        <translation>Åpne fra nettsted</translation>
    </message>
    <message>
        <source>post</source>
        <translation>innlegg</translation>
    </message>
    <message>
        <source>Save the Post as an Article</source>
        <translation>Lagre innlegget som en artikkel</translation>
    </message>
    <message>
        <source>The article was not saved:
%1</source>
        <translation>Artikkelen ble ikke lagret:
%1</translation>
    </message>
</context>
<context>
    <name>quorum::PullJob</name>
    <message>
        <source>%1 is not a post id.</source>
        <translation>%1 er ikke en innleggs-ID.</translation>
    </message>
    <message>
        <source>Give the number WordPress shows for the post.</source>
        <translation>Oppgi nummeret WordPress viser for innlegget.</translation>
    </message>
    <message>
        <source>The site has no post %1.</source>
        <translation>Nettstedet har ikke noe innlegg %1.</translation>
    </message>
    <message>
        <source>Check the post id: WordPress shows it in the address when you edit the post (post=ID).</source>
        <translation>Kontroller innleggs-ID-en: WordPress viser den i adressen når du redigerer innlegget (post=ID).</translation>
    </message>
    <message>
        <source>The post&apos;s featured image stays on the site; choose an image file in the article&apos;s details before publishing it again, or the post loses its featured image.</source>
        <translation>Det fremhevede bildet til innlegget blir liggende på nettstedet; velg en bildefil i artikkeldetaljene før du publiserer igjen, ellers mister innlegget det fremhevede bildet.</translation>
    </message>
</context>
<context>
    <name>quorum::RemoveSectionCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Slett «%1»</translation>
    </message>
</context>
<context>
    <name>quorum::RestJob</name>
    <message>
        <source>The site address is not valid.</source>
        <translation>Adressen til nettstedet er ikke gyldig.</translation>
    </message>
    <message>
        <source>Enter the address of the WordPress site, such as https://example.org/.</source>
        <translation>Skriv inn adressen til WordPress-nettstedet, for eksempel https://example.org/.</translation>
    </message>
    <message>
        <source>Quorum does not send your application password over an unencrypted connection (%1).</source>
        <translation>Quorum sender ikke applikasjonspassordet ditt over en ukryptert forbindelse (%1).</translation>
    </message>
    <message>
        <source>Use the site&apos;s https:// address, or, if you trust the network, allow plain http in the site&apos;s settings.</source>
        <translation>Bruk https://-adressen til nettstedet, eller, hvis du stoler på nettverket, tillat vanlig http i innstillingene for nettstedet.</translation>
    </message>
</context>
<context>
    <name>quorum::SectionOutline</name>
    <message>
        <source>Outline</source>
        <translation>Disposisjon</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Artikkeldetaljer</translation>
    </message>
</context>
<context>
    <name>quorum::SetMetaCommand</name>
    <message>
        <source>Edit Article Details</source>
        <translation>Rediger artikkeldetaljer</translation>
    </message>
</context>
<context>
    <name>quorum::SetRemoteCommand</name>
    <message>
        <source>Update Publishing Record</source>
        <translation>Oppdater publiseringsopplysninger</translation>
    </message>
</context>
<context>
    <name>quorum::SetSectionCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Rediger «%1»</translation>
    </message>
</context>
<context>
    <name>quorum::SiteEditDialog</name>
    <message>
        <source>Allow plain &amp;http to this site</source>
        <translation>Tillat vanlig &amp;http til dette nettstedet</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Edit Site</source>
        <translation>Rediger nettsted</translation>
    </message>
    <message>
        <source>Add Site</source>
        <translation>Legg til nettsted</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Navn på nettstedet</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adressen til nettstedet</translation>
    </message>
    <message>
        <source>https://example.org/</source>
        <translation>https://example.org/</translation>
    </message>
    <message>
        <source>WordPress user name</source>
        <translation>WordPress-brukernavn</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Applikasjonspassord</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>xxxx xxxx xxxx xxxx xxxx xxxx</source>
        <translation>xxxx xxxx xxxx xxxx xxxx xxxx</translation>
    </message>
    <message>
        <source>An application password from WordPress (Users &gt; Profile &gt; Application Passwords), not the password you log in with. It is kept only in the system keychain.</source>
        <translation>Et applikasjonspassord fra WordPress (Brukere &gt; Profil &gt; Applikasjonspassord), ikke passordet du logger inn med. Det lagres bare i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Default status</source>
        <translation>Standardstatus</translation>
    </message>
    <message>
        <source>Sends the application password unencrypted. Only for a site on a network you trust.</source>
        <translation>Sender applikasjonspassordet ukryptert. Bare for et nettsted på et nettverk du stoler på.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultatet av tilkoblingstesten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>Applikasjons&amp;passord:</translation>
    </message>
    <message>
        <source>Default &amp;status:</source>
        <translation>Standard&amp;status:</translation>
    </message>
    <message>
        <source>Give the site a name (without slashes).</source>
        <translation>Gi nettstedet et navn (uten skråstreker).</translation>
    </message>
    <message>
        <source>There is a site named “%1” already.</source>
        <translation>Det finnes allerede et nettsted som heter «%1».</translation>
    </message>
    <message>
        <source>Enter the address of the WordPress site, such as https://example.org/.</source>
        <translation>Skriv inn adressen til WordPress-nettstedet, for eksempel https://example.org/.</translation>
    </message>
    <message>
        <source>Enter the WordPress user name.</source>
        <translation>Skriv inn WordPress-brukernavnet.</translation>
    </message>
    <message>
        <source>Enter an application password from WordPress.</source>
        <translation>Skriv inn et applikasjonspassord fra WordPress.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Tilkoblet som %1.</translation>
    </message>
    <message>
        <source>This user can publish.</source>
        <translation>Denne brukeren kan publisere.</translation>
    </message>
    <message>
        <source>This user can only submit posts for review (Pending).</source>
        <translation>Denne brukeren kan bare sende innlegg til gjennomgang (Venter på gjennomgang).</translation>
    </message>
    <message>
        <source>This user cannot upload images.</source>
        <translation>Denne brukeren kan ikke laste opp bilder.</translation>
    </message>
    <message>
        <source>This user cannot create categories; only existing ones can be used.</source>
        <translation>Denne brukeren kan ikke opprette kategorier; bare eksisterende kategorier kan brukes.</translation>
    </message>
    <message>
        <source>The site stores the focus keyword.</source>
        <translation>Nettstedet lagrer fokusnøkkelordet.</translation>
    </message>
    <message>
        <source>The site does not store the focus keyword; install the Quorum Focus Keyword plugin on the site to send it.</source>
        <translation>Nettstedet lagrer ikke fokusnøkkelordet; installer utvidelsen Quorum Focus Keyword på nettstedet for å sende det.</translation>
    </message>
</context>
<context>
    <name>quorum::SitesDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Manage Sites</source>
        <translation>Administrer nettsteder</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Nettsteder</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Legg til…</translation>
    </message>
    <message>
        <source>%1 — %2 as %3</source>
        <translation>%1 — %2 som %3</translation>
    </message>
    <message>
        <source>Remove Site</source>
        <translation>Fjern nettsted</translation>
    </message>
    <message>
        <source>Remove the site “%1” and its application password from this computer? The site itself and its posts stay as they are.</source>
        <translation>Vil du fjerne nettstedet «%1» og applikasjonspassordet fra denne datamaskinen? Selve nettstedet og innleggene blir som de er.</translation>
    </message>
</context>
<context>
    <name>quorum::WordPressClient</name>
    <message>
        <source>No site address is set.</source>
        <translation>Ingen adresse til nettstedet er angitt.</translation>
    </message>
    <message>
        <source>Enter the address of the WordPress site, such as https://example.org/.</source>
        <translation>Skriv inn adressen til WordPress-nettstedet, for eksempel https://example.org/.</translation>
    </message>
    <message>
        <source>no wp/v2 at %1</source>
        <translation>ingen wp/v2 på %1</translation>
    </message>
    <message>
        <source>The site address is not valid.</source>
        <translation>Adressen til nettstedet er ikke gyldig.</translation>
    </message>
    <message>
        <source>Quorum does not send your application password over an unencrypted connection (%1).</source>
        <translation>Quorum sender ikke applikasjonspassordet ditt over en ukryptert forbindelse (%1).</translation>
    </message>
    <message>
        <source>Use the site&apos;s https:// address, or, if you trust the network, allow plain http in the site&apos;s settings.</source>
        <translation>Bruk https://-adressen til nettstedet, eller, hvis du stoler på nettverket, tillat vanlig http i innstillingene for nettstedet.</translation>
    </message>
</context>
<context>
    <name>quorum::WordPressReply</name>
    <message>
        <source>The site sent Quorum to another address, %1, which it does not trust with your credentials.</source>
        <translation>Nettstedet sendte Quorum videre til en annen adresse, %1, og dit sender ikke Quorum påloggingsopplysningene dine.</translation>
    </message>
    <message>
        <source>If that is the site&apos;s real address, use it as the site address.</source>
        <translation>Hvis det er den egentlige adressen til nettstedet, bruk den som adresse for nettstedet.</translation>
    </message>
</context>
<context>
    <name>quorum::cli</name>
    <message>
        <source>Usage:
  quorum [FILE]                          open Quorum, on FILE if given
  quorum render FILE [--format blocks|html|page] [-o OUT]
                                         the post content as published (blocks),
                                         plain HTML, or a standalone page
  quorum check FILE                      check the article; exit 1 on errors
  quorum export FILE --pdf OUT.pdf [--page-size A4|Letter]
  quorum export FILE --markdown OUT.md   the article as a PDF or as Markdown
  quorum sites add NAME --url URL --user USER   (password on standard input)
  quorum sites list | sites remove NAME | sites test NAME
  quorum publish FILE --site NAME [--status draft|pending|publish|future]
                 [--date ISO] [--dry-run] [--overwrite] [--as-new]
  quorum pull --site NAME --post ID -o FILE.quorum
  quorum --version                       print the version

Quorum speaks the system&apos;s language; --lang LANGUAGE (such as --lang nb) before or
after the command chooses another.

Exit codes: 0 fine; 1 the check found errors, or publishing stopped at a conflict
with a change made on the site; 2 bad usage, unreadable input or a failure.
</source>
        <translation>Bruk:
  quorum [FIL]                           åpne Quorum, med FIL hvis den er oppgitt
  quorum render FIL [--format blocks|html|page] [-o UT]
                                         innleggets innhold slik det publiseres
                                         (blocks), ren HTML eller en frittstående side
  quorum check FIL                       kontroller artikkelen; avslutt med 1 ved feil
  quorum export FIL --pdf UT.pdf [--page-size A4|Letter]
  quorum export FIL --markdown UT.md     artikkelen som PDF eller som Markdown
  quorum sites add NAVN --url URL --user BRUKER   (passordet på standard inn)
  quorum sites list | sites remove NAVN | sites test NAVN
  quorum publish FIL --site NAVN [--status draft|pending|publish|future]
                 [--date ISO] [--dry-run] [--overwrite] [--as-new]
  quorum pull --site NAVN --post ID -o FIL.quorum
  quorum --version                       skriv ut versjonen

Quorum bruker systemets språk; --lang SPRÅK (for eksempel --lang en) før eller
etter kommandoen velger et annet.

Avslutningskoder: 0 i orden; 1 kontrollen fant feil, eller publiseringen stanset ved
en konflikt med en endring på nettstedet; 2 feil bruk, uleselige inndata eller en feil.
</translation>
    </message>
    <message>
        <source>unknown option or command “%1”</source>
        <translation>ukjent valg eller kommando «%1»</translation>
    </message>
    <message>
        <source>blocks (default), html or page</source>
        <translation>blocks (standard), html eller page</translation>
    </message>
    <message>
        <source>write to OUT</source>
        <translation>skriv til OUT</translation>
    </message>
    <message>
        <source>unknown format “%1”; use blocks, html or page</source>
        <translation>ukjent format «%1»; bruk blocks, html eller page</translation>
    </message>
    <message>
        <source> in “%1”</source>
        <translation> i «%1»</translation>
    </message>
    <message>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>%1: no problems found
</source>
        <translation>%1: fant ingen problemer
</translation>
    </message>
    <message>
        <source>write a PDF to OUT</source>
        <translation>skriv en PDF til OUT</translation>
    </message>
    <message>
        <source>write Markdown to OUT</source>
        <translation>skriv Markdown til OUT</translation>
    </message>
    <message>
        <source>A4 (default) or Letter</source>
        <translation>A4 (standard) eller Letter</translation>
    </message>
    <message>
        <source>export needs one of --pdf OUT or --markdown OUT</source>
        <translation>export trenger enten --pdf OUT eller --markdown OUT</translation>
    </message>
    <message>
        <source>unknown page size “%1”; use A4 or Letter</source>
        <translation>ukjent sidestørrelse «%1»; bruk A4 eller Letter</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>wrong number of arguments for “%1”</source>
        <translation>feil antall argumenter for «%1»</translation>
    </message>
    <message>
        <source>quorum: there is no site named “%1”; add it with “quorum sites add”.</source>
        <translation>quorum: det finnes ikke noe nettsted som heter «%1»; legg det til med «quorum sites add».</translation>
    </message>
    <message>
        <source>the site address</source>
        <translation>adressen til nettstedet</translation>
    </message>
    <message>
        <source>the WordPress user name</source>
        <translation>WordPress-brukernavnet</translation>
    </message>
    <message>
        <source>default status: draft, pending or publish</source>
        <translation>standardstatus: draft, pending eller publish</translation>
    </message>
    <message>
        <source>send the password over plain http to a host that is not loopback</source>
        <translation>send passordet over vanlig http til en vert som ikke er loopback</translation>
    </message>
    <message>
        <source>“%1” cannot name a site</source>
        <translation>«%1» kan ikke være navnet på et nettsted</translation>
    </message>
    <message>
        <source>--url needs the address of the WordPress site</source>
        <translation>--url trenger adressen til WordPress-nettstedet</translation>
    </message>
    <message>
        <source>--user needs the WordPress user name</source>
        <translation>--user trenger WordPress-brukernavnet</translation>
    </message>
    <message>
        <source>--status is draft, pending or publish</source>
        <translation>--status er draft, pending eller publish</translation>
    </message>
    <message>
        <source>give the application password on standard input, such as “quorum sites add NAME --url URL --user USER &lt; password-file”</source>
        <translation>gi applikasjonspassordet på standard inn, for eksempel «quorum sites add NAVN --url URL --user BRUKER &lt; passordfil»</translation>
    </message>
    <message>
        <source>Added the site “%1”. Check it with “quorum sites test %1”.</source>
        <translation>La til nettstedet «%1». Kontroller det med «quorum sites test %1».</translation>
    </message>
    <message>
        <source>there is no site named “%1”</source>
        <translation>det finnes ikke noe nettsted som heter «%1»</translation>
    </message>
    <message>
        <source>Removed the site “%1” and its password.</source>
        <translation>Fjernet nettstedet «%1» og passordet.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3).</source>
        <translation>Koblet til %1 som %2 (%3).</translation>
    </message>
    <message>
        <source>This user may publish.</source>
        <translation>Denne brukeren kan publisere.</translation>
    </message>
    <message>
        <source>This user may only submit posts for review (Pending).</source>
        <translation>Denne brukeren kan bare sende innlegg til gjennomgang (pending).</translation>
    </message>
    <message>
        <source>This user may not upload images.</source>
        <translation>Denne brukeren kan ikke laste opp bilder.</translation>
    </message>
    <message>
        <source>This user may not create categories; only existing ones can be used.</source>
        <translation>Denne brukeren kan ikke opprette kategorier; bare eksisterende kategorier kan brukes.</translation>
    </message>
    <message>
        <source>The site stores the focus keyword.</source>
        <translation>Nettstedet lagrer fokusnøkkelordet.</translation>
    </message>
    <message>
        <source>The site does not store the focus keyword; install the Quorum Focus Keyword plugin (packaging/wordpress/) to send it.</source>
        <translation>Nettstedet lagrer ikke fokusnøkkelordet; installer utvidelsen Quorum Focus Keyword (packaging/wordpress/) for å sende det.</translation>
    </message>
    <message>
        <source>sites needs add, list, remove or test</source>
        <translation>sites trenger add, list, remove eller test</translation>
    </message>
    <message>
        <source>unknown sites command “%1”</source>
        <translation>ukjent sites-kommando «%1»</translation>
    </message>
    <message>
        <source>the site to publish to</source>
        <translation>nettstedet det skal publiseres på</translation>
    </message>
    <message>
        <source>draft, pending, publish or future</source>
        <translation>draft, pending, publish eller future</translation>
    </message>
    <message>
        <source>the publication date (ISO 8601)</source>
        <translation>publiseringsdatoen (ISO 8601)</translation>
    </message>
    <message>
        <source>print what would happen; change nothing</source>
        <translation>skriv ut hva som ville skjedd; endre ingenting</translation>
    </message>
    <message>
        <source>replace the post even if it changed on the site</source>
        <translation>erstatt innlegget selv om det er endret på nettstedet</translation>
    </message>
    <message>
        <source>publish as a new post</source>
        <translation>publiser som et nytt innlegg</translation>
    </message>
    <message>
        <source>publish needs --site NAME</source>
        <translation>publish trenger --site NAVN</translation>
    </message>
    <message>
        <source>--date needs an ISO 8601 date, such as 2026-10-14T08:00:00Z</source>
        <translation>--date trenger en ISO 8601-dato, for eksempel 2026-10-14T08:00:00Z</translation>
    </message>
    <message>
        <source>To replace the site&apos;s version: quorum publish %1 --site %2 --overwrite
To get the site&apos;s version: quorum pull --site %2 --post %3 -o FILE.quorum
</source>
        <translation>Slik erstatter du nettstedets versjon: quorum publish %1 --site %2 --overwrite
Slik henter du nettstedets versjon: quorum pull --site %2 --post %3 -o FIL.quorum
</translation>
    </message>
    <message>
        <source>To publish it as a new post: quorum publish %1 --site %2 --as-new
</source>
        <translation>Slik publiserer du den som et nytt innlegg: quorum publish %1 --site %2 --as-new
</translation>
    </message>
    <message>
        <source>Would update post %1</source>
        <translation>Ville oppdatert innlegg %1</translation>
    </message>
    <message>
        <source>Would create a new post</source>
        <translation>Ville opprettet et nytt innlegg</translation>
    </message>
    <message>
        <source> as %1 on %2.</source>
        <translation> som %1 på %2.</translation>
    </message>
    <message>
        <source>Categories to create:</source>
        <translation>Kategorier som skal opprettes:</translation>
    </message>
    <message>
        <source>Tags to create:</source>
        <translation>Stikkord som skal opprettes:</translation>
    </message>
    <message>
        <source>Images to upload:</source>
        <translation>Bilder som skal lastes opp:</translation>
    </message>
    <message>
        <source>Images the site has:</source>
        <translation>Bilder nettstedet allerede har:</translation>
    </message>
    <message>
        <source>quorum: the post is on the site (id %1), but %2 could not be saved: %3</source>
        <translation>quorum: innlegget er på nettstedet (ID %1), men %2 kunne ikke lagres: %3</translation>
    </message>
    <message>
        <source>Post %1 (%2): %3
</source>
        <translation>Innlegg %1 (%2): %3
</translation>
    </message>
    <message>
        <source>the site to pull from</source>
        <translation>nettstedet det skal hentes fra</translation>
    </message>
    <message>
        <source>the post id</source>
        <translation>innleggs-ID-en</translation>
    </message>
    <message>
        <source>the .quorum file to write</source>
        <translation>.quorum-filen som skal skrives</translation>
    </message>
    <message>
        <source>pull needs --site NAME --post ID -o FILE.quorum</source>
        <translation>pull trenger --site NAVN --post ID -o FIL.quorum</translation>
    </message>
    <message>
        <source>--post needs the number of a post</source>
        <translation>--post trenger nummeret på et innlegg</translation>
    </message>
    <message>
        <source>Wrote post %1 to %2.
</source>
        <translation>Skrev innlegg %1 til %2.
</translation>
    </message>
    <message>
        <source>Run “quorum --help” for the commands and options.</source>
        <translation>Kjør «quorum --help» for å se kommandoene og valgene.</translation>
    </message>
    <message>
        <source>%1 needs the article file to read</source>
        <translation>%1 trenger artikkelfilen som skal leses</translation>
    </message>
    <message>
        <source>%1 takes one file, not %2</source>
        <translation>%1 tar én fil, ikke %2</translation>
    </message>
</context>
</TS>
