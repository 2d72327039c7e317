<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>PostContentReader</name>
    <message numerus="yes">
        <source>%n block(s) cannot be edited in Quorum and are kept exactly as they are on the site: %1.</source>
        <translation>
            <numerusform>%n blokk kan ikke redigeres i Quorum og beholdes nøyaktig slik den er på nettstedet: %1.</numerusform>
            <numerusform>%n blokker kan ikke redigeres i Quorum og beholdes nøyaktig slik de er på nettstedet: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TL;DR holds blocks besides its bullets; they are published as they are, but the TL;DR editor does not show them.</source>
        <translation>TL;DR-en har blokker i tillegg til punktene; de publiseres som de er, men TL;DR-redigereren viser dem ikke.</translation>
    </message>
    <message>
        <source>The post&apos;s block markup is damaged (%1), so it was read as HTML: publishing it writes it anew as blocks.</source>
        <translation>Blokkoppmerkingen i innlegget er skadet (%1), så det ble lest som HTML: publiseres det, skrives det på nytt som blokker.</translation>
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
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>In Review</source>
        <translation>Til gjennomgang</translation>
    </message>
    <message>
        <source>Changes Requested</source>
        <translation>Endringer ønsket</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
</context>
<context>
    <name>quorum::ArticleChecks</name>
    <message>
        <source>“%1” has no voices.</source>
        <translation>«%1» har ingen stemmer.</translation>
    </message>
    <message>
        <source>“%1” has no text.</source>
        <translation>«%1» har ingen tekst.</translation>
    </message>
    <message>
        <source>The article has no title.</source>
        <translation>Artikkelen har ingen tittel.</translation>
    </message>
    <message>
        <source>The title has %1 characters; search results show about %2.</source>
        <translation>Tittelen har %1 tegn; søkeresultater viser omtrent %2.</translation>
    </message>
    <message>
        <source>The excerpt has %1 characters; a meta description reads best with %2 to %3.</source>
        <translation>Utdraget har %1 tegn; en metabeskrivelse fungerer best med %2 til %3.</translation>
    </message>
    <message>
        <source>The featured image has no alternative text.</source>
        <translation>Det fremhevede bildet har ingen alternativ tekst.</translation>
    </message>
    <message>
        <source>The article has no focus keyword.</source>
        <translation>Artikkelen har ikke noe fokusnøkkelord.</translation>
    </message>
    <message>
        <source>The title does not contain the focus keyword “%1”.</source>
        <translation>Tittelen inneholder ikke fokusnøkkelordet «%1».</translation>
    </message>
    <message>
        <source>The slug does not contain the focus keyword “%1”.</source>
        <translation>Kortnavnet (slug) inneholder ikke fokusnøkkelordet «%1».</translation>
    </message>
    <message>
        <source>The excerpt does not contain the focus keyword “%1”.</source>
        <translation>Utdraget inneholder ikke fokusnøkkelordet «%1».</translation>
    </message>
    <message>
        <source>The first paragraph does not contain the focus keyword “%1”.</source>
        <translation>Første avsnitt inneholder ikke fokusnøkkelordet «%1».</translation>
    </message>
    <message>
        <source>Two sections are headed “%1”.</source>
        <translation>To seksjoner har overskriften «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The TL;DR has %n bullet(s); use two to five.</source>
        <translation>
            <numerusform>Oppsummeringen har %n punkt; bruk to til fem.</numerusform>
            <numerusform>Oppsummeringen har %n punkter; bruk to til fem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The verdict has no stances.</source>
        <translation>Dommen har ingen standpunkter.</translation>
    </message>
    <message>
        <source>The verdict&apos;s percentages add up to %1, not 100.</source>
        <translation>Prosentene i dommen blir til sammen %1, ikke 100.</translation>
    </message>
    <message numerus="yes">
        <source>The verdict says %2, but the %n voice(s) with a stance give %3 (more than %1 points apart).</source>
        <translation>
            <numerusform>Dommen sier %2, men den %n stemmen med standpunkt gir %3 (mer enn %1 prosentpoeng fra hverandre).</numerusform>
            <numerusform>Dommen sier %2, men de %n stemmene med standpunkt gir %3 (mer enn %1 prosentpoeng fra hverandre).</numerusform>
        </translation>
    </message>
    <message>
        <source>Voice %1 has no quote.</source>
        <translation>Stemme %1 har ikke noe sitat.</translation>
    </message>
    <message>
        <source>Voice %1 quotes the same text as an earlier voice.</source>
        <translation>Stemme %1 siterer den samme teksten som en tidligere stemme.</translation>
    </message>
    <message>
        <source>Voice %1 does not say who said it.</source>
        <translation>Stemme %1 sier ikke hvem som sa det.</translation>
    </message>
    <message>
        <source>Voice %1 does not say where it was said.</source>
        <translation>Stemme %1 sier ikke hvor det ble sagt.</translation>
    </message>
    <message>
        <source>Voice %1 has no link to its source.</source>
        <translation>Stemme %1 har ingen lenke til kilden.</translation>
    </message>
    <message>
        <source>Voice %1 links to “%2”, which is not an http or https address.</source>
        <translation>Stemme %1 lenker til «%2», som ikke er en http- eller https-adresse.</translation>
    </message>
    <message>
        <source>An image has no alternative text.</source>
        <translation>Et bilde har ingen alternativ tekst.</translation>
    </message>
    <message>
        <source>A link has no address.</source>
        <translation>En lenke har ingen adresse.</translation>
    </message>
    <message>
        <source>A link goes to “%1”, which is not an http or https address.</source>
        <translation>En lenke går til «%1», som ikke er en http- eller https-adresse.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>merknad</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <source>The article has a title</source>
        <translation>Artikkelen har en tittel</translation>
    </message>
    <message>
        <source>The verdict has stances</source>
        <translation>Dommen har standpunkter</translation>
    </message>
    <message>
        <source>The verdict&apos;s percentages add up to 100</source>
        <translation>Prosentene i dommen blir til sammen 100</translation>
    </message>
    <message>
        <source>The verdict agrees with the voices&apos; stances</source>
        <translation>Dommen stemmer med standpunktene til stemmene</translation>
    </message>
    <message>
        <source>Every voice has a quote</source>
        <translation>Hver stemme har et sitat</translation>
    </message>
    <message>
        <source>Every voice names its author</source>
        <translation>Hver stemme oppgir hvem som sa det</translation>
    </message>
    <message>
        <source>Every voice names its forum</source>
        <translation>Hver stemme oppgir forumet</translation>
    </message>
    <message>
        <source>Every voice links to its source (http or https)</source>
        <translation>Hver stemme lenker til kilden (http eller https)</translation>
    </message>
    <message>
        <source>No two voices quote the same text</source>
        <translation>Ingen to stemmer siterer den samme teksten</translation>
    </message>
    <message>
        <source>The TL;DR has two to five bullets</source>
        <translation>Oppsummeringen har to til fem punkter</translation>
    </message>
    <message>
        <source>No section is empty</source>
        <translation>Ingen seksjon er tom</translation>
    </message>
    <message>
        <source>Section headings are unique</source>
        <translation>Seksjonsoverskriftene er ulike</translation>
    </message>
    <message>
        <source>A focus keyword is set</source>
        <translation>Et fokusnøkkelord er angitt</translation>
    </message>
    <message>
        <source>The focus keyword is in the title</source>
        <translation>Fokusnøkkelordet står i tittelen</translation>
    </message>
    <message>
        <source>The focus keyword is in the slug</source>
        <translation>Fokusnøkkelordet står i kortnavnet (slug)</translation>
    </message>
    <message>
        <source>The focus keyword is in the excerpt</source>
        <translation>Fokusnøkkelordet står i utdraget</translation>
    </message>
    <message>
        <source>The focus keyword is in the first paragraph</source>
        <translation>Fokusnøkkelordet står i første avsnitt</translation>
    </message>
    <message>
        <source>The title is at most 60 characters</source>
        <translation>Tittelen er på høyst 60 tegn</translation>
    </message>
    <message>
        <source>The excerpt is 120 to 160 characters</source>
        <translation>Utdraget er på 120 til 160 tegn</translation>
    </message>
    <message>
        <source>Images have alternative text</source>
        <translation>Bilder har alternativ tekst</translation>
    </message>
    <message>
        <source>Links are http or https</source>
        <translation>Lenker er http eller https</translation>
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
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorier:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>St&amp;ikkord:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publication &amp;date:</source>
        <translation>Publiserings&amp;dato:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln tegn</numerusform>
            <numerusform>%Ln tegn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, shorter than the %2 to %3 that search results show</source>
        <translation>%1, kortere enn de %2 til %3 som søkeresultater viser</translation>
    </message>
    <message>
        <source>%1, search results cut after about %2</source>
        <translation>%1, søkeresultater kutter etter omtrent %2</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Innlegg</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>&amp;Utdrag:</translation>
    </message>
    <message>
        <source>Focus &amp;keyword:</source>
        <translation>F&amp;okusnøkkelord:</translation>
    </message>
    <message>
        <source>Categories and tags</source>
        <translation>Kategorier og stikkord</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Fremhevet bilde</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Bilde:</translation>
    </message>
    <message>
        <source>&amp;Alt text:</source>
        <translation>&amp;Alternativ tekst:</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publisering</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>Forfatt&amp;er:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <source>Excerpt length</source>
        <translation>Lengden på utdraget</translation>
    </message>
    <message>
        <source>Focus keyword</source>
        <translation>Fokusnøkkelord</translation>
    </message>
    <message>
        <source>The phrase readers search for</source>
        <translation>Uttrykket leserne søker etter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Legg til en kategori</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Legg til et stikkord</translation>
    </message>
    <message>
        <source>Featured image alt text</source>
        <translation>Alternativ tekst for det fremhevede bildet</translation>
    </message>
    <message>
        <source>What the image shows, for readers who cannot see it</source>
        <translation>Hva bildet viser, for lesere som ikke kan se det</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Norsk bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>A BCP 47 language tag: pick one or type another, such as de or nn-NO</source>
        <translation>En BCP 47-språkkode: velg en, eller skriv inn en annen, for eksempel de eller nn-NO</translation>
    </message>
    <message>
        <source>Set a publication date</source>
        <translation>Angi en publiseringsdato</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Publiseringsdato</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <source>In your time zone; WordPress shows it in the site&apos;s</source>
        <translation>I din tidssone; WordPress viser den i nettstedets tidssone</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Artikkeldetaljer</translation>
    </message>
</context>
<context>
    <name>quorum::ArticleDocument</name>
    <message>
        <source>Edit Article Details</source>
        <translation>Rediger artikkeldetaljer</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Rediger «%1»</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Legg til «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slett «%1»</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Flytt «%1»</translation>
    </message>
    <message>
        <source>Update Publishing Record</source>
        <translation>Oppdater publiseringsopplysninger</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Legg til kommentar</translation>
    </message>
    <message>
        <source>Reply to Comment</source>
        <translation>Svar på kommentar</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>Merk kommentar som løst</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>Gjenåpne kommentar</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Slett kommentar</translation>
    </message>
    <message>
        <source>Set Review Status to %1</source>
        <translation>Sett gjennomgangsstatus til %1</translation>
    </message>
    <message>
        <source>Record Publication</source>
        <translation>Registrer publisering</translation>
    </message>
    <message>
        <source>Save Revision “%1”</source>
        <translation>Lagre revisjon «%1»</translation>
    </message>
    <message>
        <source>Delete Revision “%1”</source>
        <translation>Slett revisjon «%1»</translation>
    </message>
    <message>
        <source>Published Version</source>
        <translation>Publisert versjon</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Gjenopprett «%1»</translation>
    </message>
    <message>
        <source>Turn On Check %1</source>
        <translation>Slå på kontroll %1</translation>
    </message>
    <message>
        <source>Turn Off Check %1</source>
        <translation>Slå av kontroll %1</translation>
    </message>
    <message>
        <source>Set Stance Tolerance</source>
        <translation>Angi toleranse for standpunkter</translation>
    </message>
    <message>
        <source>Rename Stance “%1” to “%2”</source>
        <translation>Gi standpunktet «%1» navnet «%2»</translation>
    </message>
    <message>
        <source>Update Comments</source>
        <translation>Oppdater kommentarer</translation>
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
        <source>this is a device or a pipe, not a Quorum article</source>
        <translation>dette er en enhet eller et rør, ikke en Quorum-artikkel</translation>
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
    <name>quorum::ArticleSearch</name>
    <message>
        <source>Replace All</source>
        <translation>Erstatt alle</translation>
    </message>
</context>
<context>
    <name>quorum::ArticleStatusWidget</name>
    <message>
        <source>Article statistics</source>
        <translation>Artikkelstatistikk</translation>
    </message>
    <message>
        <source>Words a reader reads (headings, bullets, text and quotes), reading time at %1 words a minute, and how often the focus keyword occurs in the title, excerpt and text</source>
        <translation>Ord en leser leser (overskrifter, punkter, tekst og sitater), lesetid ved %1 ord i minuttet, og hvor ofte fokusnøkkelordet forekommer i tittelen, utdraget og teksten</translation>
    </message>
    <message numerus="yes">
        <source>%1 words</source>
        <translation>
            <numerusform>%1 ord</numerusform>
            <numerusform>%1 ord</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min read</source>
        <translation>%1 min lesetid</translation>
    </message>
    <message>
        <source>“%1” ×%2</source>
        <translation>«%1» ×%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
</context>
<context>
    <name>quorum::AtomicWrite</name>
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
    <name>quorum::Autosave</name>
    <message>
        <source>Cannot create the folder %1 for recovery copies.</source>
        <translation>Kan ikke opprette mappen %1 for gjenopprettingskopier.</translation>
    </message>
</context>
<context>
    <name>quorum::ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Switch checks off or on for this article</source>
        <translation>Slå kontroller av eller på for denne artikkelen</translation>
    </message>
    <message>
        <source> points</source>
        <translation> prosentpoeng</translation>
    </message>
    <message>
        <source>Stance tolerance</source>
        <translation>Toleranse for standpunkter</translation>
    </message>
    <message>
        <source>How far the verdict&apos;s split may be from the voices&apos; own tally</source>
        <translation>Hvor langt fordelingen i dommen kan ligge fra stemmenes egen opptelling</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Toleranse:</translation>
    </message>
    <message>
        <source>Check findings</source>
        <translation>Funn fra kontrollene</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n merknad</numerusform>
            <numerusform>%n merknader</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Fant ingen problemer</translation>
    </message>
    <message>
        <source>&amp;Go There</source>
        <translation>&amp;Gå dit</translation>
    </message>
    <message>
        <source>Turn &amp;Off This Check for This Article</source>
        <translation>Slå &amp;av denne kontrollen for denne artikkelen</translation>
    </message>
</context>
<context>
    <name>quorum::CommentAnchoring</name>
    <message>
        <source>Add Co&amp;mment…</source>
        <translation>Legg til &amp;kommentar…</translation>
    </message>
</context>
<context>
    <name>quorum::CommentsPanel</name>
    <message>
        <source>&amp;New Comment</source>
        <translation>&amp;Ny kommentar</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Sv&amp;ar</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Merk som &amp;løst</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Sl&amp;ett</translation>
    </message>
    <message>
        <source>Show comments</source>
        <translation>Vis kommentarer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løste</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Comment on the section being edited</source>
        <translation>Kommenter seksjonen som redigeres</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Skriv en kommentar</translation>
    </message>
    <message>
        <source>&amp;Add Comment</source>
        <translation>Legg til &amp;kommentar</translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Return)</source>
        <translation>Legg til kommentaren (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reply to the selected comment</source>
        <translation>Svar på den valgte kommentaren</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Gjelder %1</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>«%1» i %2</translation>
    </message>
    <message>
        <source>a deleted voice in %1</source>
        <translation>en slettet stemme i %1</translation>
    </message>
    <message>
        <source> (the text was deleted)</source>
        <translation> (teksten er slettet)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Gjen&amp;åpne</translation>
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
    <name>quorum::DiffView</name>
    <message>
        <source>Differences</source>
        <translation>Forskjeller</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Ingen forskjeller.</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Artikkeldetaljer</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (uendret)</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>flyttet</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>+%1 −%2 words</source>
        <translation>+%1 −%2 ord</translation>
    </message>
    <message>
        <source>, moved</source>
        <translation>, flyttet</translation>
    </message>
</context>
<context>
    <name>quorum::FeaturedImageField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ve&amp;lg…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>Featured image preview</source>
        <translation>Forhåndsvisning av det fremhevede bildet</translation>
    </message>
    <message>
        <source>Featured image file</source>
        <translation>Filen til det fremhevede bildet</translation>
    </message>
    <message>
        <source>Choose featured image</source>
        <translation>Velg fremhevet bilde</translation>
    </message>
    <message>
        <source>Remove featured image</source>
        <translation>Fjern det fremhevede bildet</translation>
    </message>
    <message>
        <source>Choose Featured Image</source>
        <translation>Velg fremhevet bilde</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.avif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.avif)</translation>
    </message>
    <message>
        <source>No featured image</source>
        <translation>Ikke noe fremhevet bilde</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>På nettstedet</translation>
    </message>
    <message>
        <source>Cannot show this image</source>
        <translation>Kan ikke vise dette bildet</translation>
    </message>
</context>
<context>
    <name>quorum::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Skill mellom store og små &amp;bokstaver</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Hele ord</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Finn i artikkelen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Erstatt med</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
    <message>
        <source>9999 of 9999</source>
        <translation>9999 av 9999</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Forrige treff (Shift+Enter)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Forrige treff</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Neste treff (Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Neste treff</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Lukk (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Erstatt &amp;alle</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n erstattet</numerusform>
            <numerusform>%n erstattet</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>quorum::KeptBlockCard</name>
    <message>
        <source>Classic</source>
        <translation>Klassisk</translation>
    </message>
    <message>
        <source>Custom HTML</source>
        <translation>Egendefinert HTML</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>Innbygging</translation>
    </message>
    <message>
        <source>Verse</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <source>Pullquote</source>
        <translation>Uthevet sitat</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bilde</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galleri</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Omslag</translation>
    </message>
    <message>
        <source>Media &amp; Text</source>
        <translation>Media og tekst</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Knapper</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Shortcode</source>
        <translation>Kortkode</translation>
    </message>
    <message>
        <source>Preformatted</source>
        <translation>Preformatert</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>Avstand</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A block that another plugin than WordPress itself provides: %1 the block&apos;s name, %2 the plugin&apos;s (&quot;Pricing table (acme)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 block, kept exactly as on the site: Quorum cannot edit it, and publishes it as it is. Alt+Up and Alt+Down move it; Delete removes it.</source>
        <extracomment>%1 is the name of a kind of block, such as &quot;Columns&quot; or &quot;Custom HTML&quot;.</extracomment>
        <translation>%1-blokk, beholdt nøyaktig slik den er på nettstedet: Quorum kan ikke redigere den, og publiserer den som den er. Alt+Opp og Alt+Ned flytter den; Delete-tasten fjerner den.</translation>
    </message>
    <message>
        <source>The %1 block is kept exactly as on the site: its text cannot be edited here. Press Enter to write below it, or Delete to remove it.</source>
        <extracomment>%1 is the name of a kind of block, such as &quot;Columns&quot; or &quot;Custom HTML&quot;.</extracomment>
        <translation>%1-blokken er beholdt nøyaktig slik den er på nettstedet: teksten kan ikke redigeres her. Trykk Enter for å skrive under den, eller Delete for å fjerne den.</translation>
    </message>
    <message>
        <source>kept from the site</source>
        <translation>beholdt fra nettstedet</translation>
    </message>
</context>
<context>
    <name>quorum::KeptLineGuard</name>
    <message>
        <source>Delete Kept Block</source>
        <translation>Slett beholdt blokk</translation>
    </message>
    <message>
        <source>Move Kept Block Up</source>
        <translation>Flytt beholdt blokk opp</translation>
    </message>
    <message>
        <source>Move Kept Block Down</source>
        <translation>Flytt beholdt blokk ned</translation>
    </message>
    <message>
        <source>A kept block&apos;s line can only stand on a line of its own.</source>
        <translation>Linjen til en beholdt blokk kan bare stå på en linje for seg selv.</translation>
    </message>
</context>
<context>
    <name>quorum::LocationLabel</name>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Focus keyword</source>
        <translation>Fokusnøkkelord</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <source>Featured image text</source>
        <translation>Tekst til fremhevet bilde</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Standpunkt</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lenke</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Artikkeldetaljer</translation>
    </message>
    <message>
        <source>(deleted section)</source>
        <translation>(slettet seksjon)</translation>
    </message>
    <message>
        <source>bullet %1</source>
        <translation>punkt %1</translation>
    </message>
    <message>
        <source>stance %1</source>
        <translation>standpunkt %1</translation>
    </message>
    <message>
        <source>voice %1</source>
        <translation>stemme %1</translation>
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
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>Gjenopprettingskopien kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>&amp;Gå tilbake til lagret versjon</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Lu&amp;kk vinduet</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Erstatt…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Finn &amp;neste</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Finn f&amp;orrige</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fet</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lenke</translation>
    </message>
    <message>
        <source>“%1” is already open here.</source>
        <translation>«%1» er allerede åpen her.</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Gå tilbake til lagret versjon</translation>
    </message>
    <message>
        <source>Throw away the changes made since “%1” was last saved?</source>
        <translation>Vil du forkaste endringene som er gjort siden «%1» sist ble lagret?</translation>
    </message>
    <message>
        <source>Cannot Revert</source>
        <translation>Kan ikke gå tilbake</translation>
    </message>
    <message>
        <source>Quorum cannot read “%1” again:
%2

Your changes are still here.</source>
        <translation>Quorum kan ikke lese «%1» på nytt:
%2

Endringene dine er fortsatt her.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Kan ikke gjenopprette</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read:
%1</source>
        <translation>Gjenopprettingskopien kan ikke leses:
%1</translation>
    </message>
    <message>
        <source>The restored article cannot be kept safe:
%1

The recovery copy stays where it is.</source>
        <translation>Den gjenopprettede artikkelen kan ikke sikres:
%1

Gjenopprettingskopien blir liggende der den er.</translation>
    </message>
    <message>
        <source>Restored the unsaved changes.</source>
        <translation>Gjenopprettet de ulagrede endringene.</translation>
    </message>
    <message>
        <source>an untitled article</source>
        <translation>en artikkel uten navn</translation>
    </message>
    <message>
        <source>Quorum ended before the changes to “%1” were saved. They were kept safe until %2.</source>
        <translation>Quorum ble avsluttet før endringene i «%1» ble lagret. De ble tatt vare på frem til %2.</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Gjenopprett ulagrede endringer</translation>
    </message>
    <message>
        <source>Restore opens them as unsaved changes. Discard throws them away for good; Later asks again at the next start.</source>
        <translation>Gjenopprett åpner dem som ulagrede endringer. Forkast kaster dem for godt; Senere spør igjen ved neste oppstart.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>quorum::MarkdownEdit</name>
    <message>
        <source>Section text</source>
        <translation>Seksjonstekst</translation>
    </message>
    <message>
        <source>Markdown text. Ctrl+B bold, Ctrl+I italic, Ctrl+K link; the context menu offers spelling corrections.</source>
        <translation>Markdown-tekst. Ctrl+B fet, Ctrl+I kursiv, Ctrl+K lenke; hurtigmenyen foreslår stavekontrollrettelser.</translation>
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
        <source>No Suggestions</source>
        <translation>Ingen forslag</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Legg til i ordlisten</translation>
    </message>
</context>
<context>
    <name>quorum::MergeConflictDialog</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Behold &amp;min versjon</translation>
    </message>
    <message>
        <source>Take the &amp;Site&apos;s</source>
        <translation>Ta &amp;nettstedets versjon</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Update from Site: Conflicts</source>
        <translation>Oppdater fra nettsted: konflikter</translation>
    </message>
    <message>
        <source>What the site&apos;s version changed against yours</source>
        <translation>Hva nettstedets versjon har endret i forhold til din</translation>
    </message>
    <message>
        <source>You and someone on the site changed the same things. Settle each one; nothing changes until you apply.</source>
        <translation>Du og noen på nettstedet har endret de samme tingene. Løs hver enkelt konflikt; ingenting endres før du utfører sammenslåingen.</translation>
    </message>
    <message>
        <source>&amp;Apply the Merge</source>
        <translation>&amp;Utfør sammenslåingen</translation>
    </message>
    <message>
        <source>Yours: %1
The site&apos;s: %2
As last synced: %3</source>
        <translation>Din: %1
Nettstedets: %2
Ved siste synkronisering: %3</translation>
    </message>
    <message>
        <source>You changed this section; on the site it was deleted. Keeping yours keeps it, taking the site&apos;s deletes it.</source>
        <translation>Du endret denne seksjonen; på nettstedet ble den slettet. Beholder du din versjon, beholdes seksjonen; tar du nettstedets, slettes den.</translation>
    </message>
    <message>
        <source>You deleted this section; on the site it was changed. Keeping yours deletes it, taking the site&apos;s keeps it.</source>
        <translation>Du slettet denne seksjonen; på nettstedet ble den endret. Beholder du din versjon, slettes seksjonen; tar du nettstedets, beholdes den.</translation>
    </message>
    <message>
        <source>Below: what the site&apos;s version changed against yours, inserted and deleted words marked.</source>
        <translation>Nedenfor: hva nettstedets versjon har endret i forhold til din, med innsatte og slettede ord markert.</translation>
    </message>
    <message>
        <source>Write the section&apos;s text yourself, starting from yours</source>
        <translation>Skriv teksten i seksjonen selv, med din versjon som utgangspunkt</translation>
    </message>
    <message>
        <source>Keep one side, then change the section in its editor</source>
        <translation>Behold én av sidene, og endre deretter seksjonen i redigereren</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Rediger «%1»</translation>
    </message>
    <message>
        <source>The site&apos;s version of this text:
%1</source>
        <translation>Nettstedets versjon av denne teksten:
%1</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <source> — edited</source>
        <translation> — redigert</translation>
    </message>
    <message>
        <source> — yours</source>
        <translation> — din versjon</translation>
    </message>
    <message>
        <source> — the site&apos;s</source>
        <translation> — nettstedets versjon</translation>
    </message>
</context>
<context>
    <name>quorum::NotesSync</name>
    <message>
        <source>The site&apos;s answer to a new note does not say which note it is.</source>
        <translation>Svaret fra nettstedet på et nytt notat sier ikke hvilket notat det er.</translation>
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
    <name>quorum::PersonalWordList</name>
    <message>
        <source>The personal word list %1 could not be saved: %2.</source>
        <translation>Den personlige ordlisten %1 kunne ikke lagres: %2.</translation>
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
    <name>quorum::PreferencesDialog</name>
    <message>
        <source>Ask before publishing an article that is not approved</source>
        <translation>Spør før en artikkel som ikke er godkjent, publiseres</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Navnet ditt:</translation>
    </message>
    <message>
        <source>Load &amp;remote images in the preview and in exports</source>
        <translation>Last inn &amp;eksterne bilder i forhåndsvisningen og i eksporter</translation>
    </message>
    <message>
        <source>Paper size of exported PDFs</source>
        <translation>Papirstørrelse for eksporterte PDF-er</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;PDF paper size:</source>
        <translation>&amp;Papirstørrelse for PDF:</translation>
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
    <message>
        <source>The connection to the site dropped before it answered, so Quorum cannot tell whether the site did what it asked.</source>
        <translation>Tilkoblingen til nettstedet ble brutt før det svarte, så Quorum kan ikke vite om nettstedet gjorde det Quorum ba om.</translation>
    </message>
    <message>
        <source>Check the internet connection and publish again: Quorum first looks for a post it may already have created, so the article is not published twice.</source>
        <translation>Sjekk internettforbindelsen og publiser på nytt: Quorum ser først etter et innlegg det kan ha opprettet allerede, så artikkelen blir ikke publisert to ganger.</translation>
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
        <source>Update from Site to merge the site&apos;s changes into this article and publish the result, overwrite the changes on the site, or cancel.</source>
        <translation>Oppdater fra nettsted for å slå endringene på nettstedet sammen med denne artikkelen og publisere resultatet, overskriv endringene på nettstedet, eller avbryt.</translation>
    </message>
    <message>
        <source>&amp;Update from Site</source>
        <translation>Oppdater &amp;fra nettsted</translation>
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
        <source>The site&apos;s answer to uploading the image %1 does not say which media item it became.</source>
        <translation>Nettstedets svar på opplastingen av bildet %1 sier ikke hvilket medieelement det ble.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, a plugin or proxy on the site may be changing its answers.</source>
        <translation>Prøv igjen; hvis det fortsetter, kan en utvidelse eller mellomtjener på nettstedet endre svarene.</translation>
    </message>
    <message>
        <source>an upload answer without a numeric id: %1</source>
        <translation>et opplastingssvar uten numerisk id: %1</translation>
    </message>
    <message>
        <source>The site&apos;s answer to saving the post does not say which post it is.</source>
        <translation>Nettstedets svar på lagringen av innlegget sier ikke hvilket innlegg det er.</translation>
    </message>
    <message>
        <source>Publish again: if the site saved the post, Quorum finds it. If it keeps happening, a plugin or proxy on the site may be changing its answers.</source>
        <translation>Publiser på nytt: hvis nettstedet lagret innlegget, finner Quorum det. Hvis det fortsetter, kan en utvidelse eller mellomtjener på nettstedet endre svarene.</translation>
    </message>
    <message>
        <source>a save answer without a numeric id: %1</source>
        <translation>et lagringssvar uten numerisk id: %1</translation>
    </message>
    <message>
        <source>The site did not store the focus keyword “%1”: it does not accept the %2 field. Install the Quorum plugin on the site (Quorum comes with it, in %3), or set the keyword in WordPress.</source>
        <translation>Nettstedet lagret ikke fokusnøkkelordet «%1»: det godtar ikke feltet %2. Installer utvidelsen Quorum på nettstedet (den følger med Quorum, i %3), eller angi nøkkelordet i WordPress.</translation>
    </message>
    <message numerus="yes">
        <source>The site keeps no footnotes, so the post shows the numbers of its %n footnote(s) but not their text. Footnotes need WordPress 6.3 or later.</source>
        <translation>
            <numerusform>Nettstedet tar ikke vare på fotnoter, så innlegget viser nummeret til fotnoten sin, men ikke teksten. Fotnoter krever WordPress 6.3 eller nyere.</numerusform>
            <numerusform>Nettstedet tar ikke vare på fotnoter, så innlegget viser numrene til de %n fotnotene sine, men ikke teksten deres. Fotnoter krever WordPress 6.3 eller nyere.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Quorum plugin for WordPress would keep the whole article with the post (comments, review, voices and codings come back exactly when the post is opened from the site, and changes made meanwhile merge), and it would refuse a publish that would overwrite a colleague&apos;s at the same moment. `quorum plugin --zip quorum.zip` writes the plugin for the site&apos;s administrator to upload.</source>
        <translation>Utvidelsen Quorum for WordPress ville lagret hele artikkelen sammen med innlegget (kommentarer, gjennomgang, stemmer og kodinger kommer tilbake nøyaktig som de var når innlegget åpnes fra nettstedet, og endringer som er gjort i mellomtiden, slås sammen), og den ville avvist en publisering som samtidig ville overskrevet en kollegas. `quorum plugin --zip quorum.zip` skriver utvidelsen til en fil som administratoren av nettstedet kan laste opp.</translation>
    </message>
    <message>
        <source>Update from Site to merge the site&apos;s changes with yours, overwrite the changes on the site, or cancel.</source>
        <translation>Oppdater fra nettsted for å slå endringene på nettstedet sammen med dine, overskriv endringene på nettstedet, eller avbryt.</translation>
    </message>
    <message>
        <source>Sending the review comments as Notes</source>
        <translation>Sender gjennomgangskommentarene som notater</translation>
    </message>
    <message>
        <source>Not every review comment could be made a Note on the post (%1). Publishing again sends the rest.</source>
        <translation>Ikke alle gjennomgangskommentarene kunne gjøres til notater på innlegget (%1). Publiser på nytt for å sende resten.</translation>
    </message>
    <message>
        <source>The review comments are Notes on the post, but its sections do not show them yet (%1). Publishing again places them.</source>
        <translation>Gjennomgangskommentarene er notater på innlegget, men seksjonene viser dem ikke ennå (%1). Publiser på nytt for å plassere dem.</translation>
    </message>
</context>
<context>
    <name>quorum::PublishedAddress</name>
    <message>
        <source>Change the slug of the published post to “%1”?</source>
        <translation>Vil du endre kortnavnet til det publiserte innlegget til «%1»?</translation>
    </message>
    <message>
        <source>Change the slug of the published post from “%1” to “%2”?</source>
        <translation>Vil du endre kortnavnet til det publiserte innlegget fra «%1» til «%2»?</translation>
    </message>
    <message>
        <source>Change the Slug</source>
        <translation>Endre kortnavnet</translation>
    </message>
    <message>
        <source>Links, shares and search results point at %1. WordPress sends visitors on from the old address only as long as no other post takes it.</source>
        <translation>Lenker, delinger og søkeresultater peker til %1. WordPress sender besøkende videre fra den gamle adressen bare så lenge ikke noe annet innlegg tar den.</translation>
    </message>
    <message>
        <source>the post&apos;s address</source>
        <translation>adressen til innlegget</translation>
    </message>
    <message>
        <source>&amp;Change Slug</source>
        <translation>&amp;Endre kortnavn</translation>
    </message>
    <message>
        <source>&amp;Keep the Site&apos;s Slug</source>
        <translation>&amp;Behold nettstedets kortnavn</translation>
    </message>
    <message>
        <source>&amp;Keep “%1”</source>
        <translation>&amp;Behold «%1»</translation>
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
    <message>
        <source>This article is “%1”, not “%2”. Publish it anyway?</source>
        <translation>Denne artikkelen har statusen «%1», ikke «%2». Vil du publisere den likevel?</translation>
    </message>
    <message>
        <source>An editor has not approved this version yet.</source>
        <translation>En redaktør har ikke godkjent denne versjonen ennå.</translation>
    </message>
    <message>
        <source>&amp;Publish Anyway</source>
        <translation>&amp;Publiser likevel</translation>
    </message>
    <message>
        <source>&amp;Do not ask again</source>
        <translation>&amp;Ikke spør igjen</translation>
    </message>
    <message>
        <source>&amp;Update from Site</source>
        <translation>&amp;Oppdater fra nettsted</translation>
    </message>
    <message>
        <source>Merge what colleagues changed on the site into this article</source>
        <translation>Slå endringene kollegaer har gjort på nettstedet, sammen med denne artikkelen</translation>
    </message>
    <message>
        <source>Update from Site</source>
        <translation>Oppdater fra nettsted</translation>
    </message>
    <message>
        <source>No site profile has the address this article is published on (%1). Add it under Publish ▸ Manage Sites.</source>
        <translation>Ingen nettstedsprofil har adressen denne artikkelen er publisert på (%1). Legg til nettstedet under Publiser ▸ Administrer nettsteder.</translation>
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
    <message>
        <source>The post&apos;s list of footnotes cannot be read, so the blocks that refer to footnotes are kept as they are.</source>
        <translation>Innleggets liste over fotnoter kan ikke leses, så blokkene som viser til fotnoter, beholdes slik de er.</translation>
    </message>
    <message>
        <source>The article Quorum keeps with the post cannot be read (%1), so it was rebuilt from the post&apos;s content.</source>
        <translation>Artikkelen som Quorum lagrer sammen med innlegget, kan ikke leses (%1), så den ble bygget opp på nytt fra innholdet i innlegget.</translation>
    </message>
    <message>
        <source>The post&apos;s Notes could not be read (%1), so the review comments are as they were last published.</source>
        <translation>Notatene på innlegget kunne ikke leses (%1), så gjennomgangskommentarene er som de var sist de ble publisert.</translation>
    </message>
</context>
<context>
    <name>quorum::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne nylig &amp;brukte</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Denne filen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>Ingen nylig brukte artikler</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
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
</context>
<context>
    <name>quorum::ReviewDocks</name>
    <message>
        <source>Checks</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisjoner</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Gjennomgang</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Kontroller (%1)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Legg til &amp;kommentar…</translation>
    </message>
    <message>
        <source>Save &amp;Revision…</source>
        <translation>Lagre &amp;revisjon…</translation>
    </message>
    <message>
        <source>Compare with &amp;Saved</source>
        <translation>Sammenlign med &amp;lagret versjon</translation>
    </message>
    <message>
        <source>Compare with &amp;Published</source>
        <translation>Sammenlign med &amp;publisert versjon</translation>
    </message>
    <message>
        <source>Choose a section to comment on.</source>
        <translation>Velg en seksjon å kommentere.</translation>
    </message>
</context>
<context>
    <name>quorum::ReviewStatusMenu</name>
    <message>
        <source>Review &amp;Status</source>
        <translation>Gjennomgangs&amp;status</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>Set by publishing</source>
        <translation>Settes ved publisering</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>quorum::RevisionsPanel</name>
    <message>
        <source>&amp;Save Revision</source>
        <translation>&amp;Lagre revisjon</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>&amp;Restore Version</source>
        <translation>Gjenopprett &amp;hele versjonen</translation>
    </message>
    <message>
        <source>Restore &amp;Section</source>
        <translation>Gjenopprett &amp;bare seksjonen</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisjoner</translation>
    </message>
    <message>
        <source>Revision name</source>
        <translation>Navn på revisjonen</translation>
    </message>
    <message>
        <source>Name of a new revision</source>
        <translation>Navn på en ny revisjon</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Replace the text with the version compared from</source>
        <translation>Erstatt teksten med versjonen det sammenlignes fra</translation>
    </message>
    <message>
        <source>Replace the section the cursor is in with that section of the version compared from</source>
        <translation>Erstatt seksjonen markøren står i med den samme seksjonen fra versjonen det sammenlignes fra</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Last saved version</source>
        <translation>Sist lagrede versjon</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Last published version</source>
        <translation>Sist publiserte versjon</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Nåværende tekst</translation>
    </message>
</context>
<context>
    <name>quorum::SectionEditor</name>
    <message>
        <source>Section heading</source>
        <translation>Seksjonsoverskrift</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Overskrift:</translation>
    </message>
</context>
<context>
    <name>quorum::SectionKinds</name>
    <message>
        <source>Executive TL;DR</source>
        <translation>Kort oppsummert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Dom</translation>
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
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
</context>
<context>
    <name>quorum::SectionOutline</name>
    <message>
        <source>Outline</source>
        <translation>Disposisjon</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Seksjonsoverskrift</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>&amp;Legg til seksjon</translation>
    </message>
    <message>
        <source>Add a section of a kind you choose after the selected one</source>
        <translation>Legg til en seksjon av en type du velger, etter den valgte</translation>
    </message>
    <message>
        <source>&amp;Rename Section</source>
        <translation>&amp;Endre navn på seksjon</translation>
    </message>
    <message>
        <source>D&amp;uplicate Section</source>
        <translation>&amp;Dupliser seksjon</translation>
    </message>
    <message>
        <source>&amp;Delete Section</source>
        <translation>&amp;Slett seksjon</translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>Flytt seksjon &amp;opp</translation>
    </message>
    <message>
        <source>Move Section Do&amp;wn</source>
        <translation>Flytt seksjon &amp;ned</translation>
    </message>
</context>
<context>
    <name>quorum::SectionOutlineModel</name>
    <message>
        <source>Article details</source>
        <translation>Artikkeldetaljer</translation>
    </message>
    <message>
        <source>Title, slug, excerpt, keyword, categories, tags, image, language, author and date</source>
        <translation>Tittel, kortnavn, utdrag, nøkkelord, kategorier, stikkord, bilde, språk, forfatter og dato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n comments)</source>
        <translation>
            <numerusform>%1 (%n kommentar)</numerusform>
            <numerusform>%1 (%n kommentarer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::SiteArticle</name>
    <message>
        <source>“%1” was changed in the block editor; it is read from the post.</source>
        <translation>«%1» ble endret i blokkredigereren; den leses fra innlegget.</translation>
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
        <source>The site does not store the focus keyword; install the Quorum plugin on the site to send it.</source>
        <translation>Nettstedet lagrer ikke fokusnøkkelordet; installer utvidelsen Quorum på nettstedet for å sende det.</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tidsgrense i sekunder</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long Quorum waits for the site, with nothing arriving, before it gives up. A slow site may need longer.</source>
        <translation>Hvor lenge Quorum venter på nettstedet uten at noe kommer fram, før det gir opp. Et tregt nettsted kan trenge lenger tid.</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>T&amp;idsgrense:</translation>
    </message>
</context>
<context>
    <name>quorum::SiteUpdate</name>
    <message>
        <source>the title</source>
        <translation>tittelen</translation>
    </message>
    <message>
        <source>the slug</source>
        <translation>kortnavnet</translation>
    </message>
    <message>
        <source>the author</source>
        <translation>forfatteren</translation>
    </message>
    <message>
        <source>the publication date</source>
        <translation>publiseringsdatoen</translation>
    </message>
    <message>
        <source>the focus keyword</source>
        <translation>fokusnøkkelordet</translation>
    </message>
    <message>
        <source>the excerpt</source>
        <translation>utdraget</translation>
    </message>
    <message>
        <source>the featured image</source>
        <translation>det fremhevede bildet</translation>
    </message>
    <message>
        <source>the featured image&apos;s text alternative</source>
        <translation>den alternative teksten til det fremhevede bildet</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>språket</translation>
    </message>
    <message>
        <source>the review status</source>
        <translation>gjennomgangsstatusen</translation>
    </message>
    <message>
        <source>settings this Quorum does not know (%1)</source>
        <translation>innstillinger som denne versjonen av Quorum ikke kjenner (%1)</translation>
    </message>
    <message>
        <source>(a section without a heading)</source>
        <translation>(en seksjon uten overskrift)</translation>
    </message>
    <message>
        <source>“%1”: changed here and on the site</source>
        <translation>«%1»: endret her og på nettstedet</translation>
    </message>
    <message>
        <source>“%1”: changed here, deleted on the site</source>
        <translation>«%1»: endret her, slettet på nettstedet</translation>
    </message>
    <message>
        <source>“%1”: deleted here, changed on the site</source>
        <translation>«%1»: slettet her, endret på nettstedet</translation>
    </message>
    <message>
        <source>%1: changed here and on the site</source>
        <translation>%1: endret her og på nettstedet</translation>
    </message>
</context>
<context>
    <name>quorum::SiteUpdateFlow</name>
    <message>
        <source>The site keeps only the post&apos;s text, not the whole article: it does not run the Quorum plugin, or the post was last published without it. Without comments, review and codings from the site, a merge would lose them.</source>
        <translation>Nettstedet lagrer bare teksten i innlegget, ikke hele artikkelen: det bruker ikke utvidelsen Quorum, eller innlegget ble sist publisert uten den. Siden kommentarer, gjennomgang og kodinger ikke finnes på nettstedet, ville de gått tapt ved en sammenslåing.</translation>
    </message>
    <message>
        <source>Update from Site</source>
        <translation>Oppdater fra nettsted</translation>
    </message>
    <message>
        <source>Fetching the post from %1</source>
        <translation>Henter innlegget fra %1</translation>
    </message>
    <message>
        <source>Open the site&apos;s version as an article of its own (Open from Site), or publish with Overwrite.</source>
        <translation>Åpne nettstedets versjon som en egen artikkel (Åpne fra nettsted), eller publiser med Overskriv.</translation>
    </message>
    <message>
        <source>The site has nothing this article lacks.</source>
        <translation>Nettstedet har ingenting som mangler i denne artikkelen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) came from %1.</source>
        <translation>
            <numerusform>%n endring kom fra %1.</numerusform>
            <numerusform>%n endringer kom fra %1.</numerusform>
        </translation>
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
    <name>quorum::SlugField</name>
    <message>
        <source>Slug</source>
        <translation>Kortnavn (slug)</translation>
    </message>
    <message>
        <source>Follo&amp;w Title</source>
        <translation>F&amp;ølg tittelen</translation>
    </message>
    <message>
        <source>Make the slug follow the title</source>
        <translation>La kortnavnet følge tittelen</translation>
    </message>
    <message>
        <source>The post is published at this address: the slug no longer follows the title, and changing it asks first.</source>
        <translation>Innlegget er publisert på denne adressen: kortnavnet følger ikke lenger tittelen, og Quorum spør før det endres.</translation>
    </message>
    <message>
        <source>Make the slug from the title again</source>
        <translation>Lag kortnavnet av tittelen igjen</translation>
    </message>
    <message>
        <source>Make the slug from the title again, and keep it so</source>
        <translation>Lag kortnavnet av tittelen igjen, og fortsett å gjøre det</translation>
    </message>
    <message>
        <source>The one the site gave the post</source>
        <translation>Det nettstedet ga innlegget</translation>
    </message>
    <message>
        <source>Made from the title</source>
        <translation>Lages av tittelen</translation>
    </message>
</context>
<context>
    <name>quorum::SpellChecker</name>
    <message>
        <source>The spelling dictionary %1 cannot be read: %2.</source>
        <translation>Ordboken %1 for stavekontroll kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 uses the encoding %2, which Quorum cannot read.</source>
        <translation>Ordboken %1 for stavekontroll bruker tegnkodingen %2, som Quorum ikke kan lese.</translation>
    </message>
    <message>
        <source>The article has no language, so its spelling is not checked.</source>
        <translation>Artikkelen har ikke noe språk, så stavingen kontrolleres ikke.</translation>
    </message>
    <message>
        <source>No spelling dictionary for the article&apos;s language (%1) is installed, so its spelling is not checked.</source>
        <translation>Det er ikke installert noen ordbok for stavekontroll for artikkelens språk (%1), så stavingen kontrolleres ikke.</translation>
    </message>
</context>
<context>
    <name>quorum::StanceBar</name>
    <message>
        <source>Verdict split</source>
        <translation>Fordelingen i dommen</translation>
    </message>
    <message>
        <source>No stances</source>
        <translation>Ingen standpunkter</translation>
    </message>
    <message>
        <source>No shares yet</source>
        <translation>Ingen andeler ennå</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>quorum::TextDiff</name>
    <message>
        <source>(percentages from the voices&apos; stances)</source>
        <translation>(prosenter fra standpunktene til stemmene)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kortnavn</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <source>Focus keyword</source>
        <translation>Fokusnøkkelord</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <source>Featured image</source>
        <translation>Fremhevet bilde</translation>
    </message>
    <message>
        <source>Featured image text</source>
        <translation>Tekst til fremhevet bilde</translation>
    </message>
</context>
<context>
    <name>quorum::TlDrEditor</name>
    <message>
        <source>Add bullet</source>
        <translation>Legg til punkt</translation>
    </message>
    <message>
        <source>Enter starts the next bullet; Backspace on an empty bullet removes it; Alt+Up and Alt+Down move a bullet.</source>
        <translation>Enter begynner på neste punkt; Tilbaketasten på et tomt punkt fjerner det; Alt+Opp og Alt+Ned flytter et punkt.</translation>
    </message>
    <message>
        <source>Drag to move the bullet (or Alt+Up and Alt+Down)</source>
        <translation>Dra for å flytte punktet (eller Alt+Opp og Alt+Ned)</translation>
    </message>
    <message>
        <source>Move bullet %1</source>
        <translation>Flytt punkt %1</translation>
    </message>
    <message>
        <source>Bullet %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>One sentence</source>
        <translation>Én setning</translation>
    </message>
    <message>
        <source>Remove the bullet</source>
        <translation>Fjern punktet</translation>
    </message>
    <message>
        <source>Remove bullet %1</source>
        <translation>Fjern punkt %1</translation>
    </message>
</context>
<context>
    <name>quorum::TokenEdit</name>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Fjern «%1»</translation>
    </message>
</context>
<context>
    <name>quorum::VerdictEditor</name>
    <message>
        <source>Compute from forum voices</source>
        <translation>Regn ut fra forumstemmene</translation>
    </message>
    <message>
        <source>Add stance</source>
        <translation>Legg til standpunkt</translation>
    </message>
    <message>
        <source>Tally the stances of every forum voice in the article</source>
        <translation>Tell opp standpunktene til alle forumstemmene i artikkelen</translation>
    </message>
    <message>
        <source>Shares warning</source>
        <translation>Advarsel om andelene</translation>
    </message>
    <message>
        <source>Text below the split</source>
        <translation>Tekst under fordelingen</translation>
    </message>
    <message>
        <source>Text below the split:</source>
        <translation>Tekst under fordelingen:</translation>
    </message>
    <message>
        <source>Computed from the forum voices</source>
        <translation>Regnet ut fra forumstemmene</translation>
    </message>
    <message>
        <source>No forum voice has a stance yet: give the voices a stance and the shares follow.</source>
        <translation>Ingen forumstemme har et standpunkt ennå: gi stemmene et standpunkt, så følger andelene.</translation>
    </message>
    <message numerus="yes">
        <source>Tallied from %n forum voice(s) with a stance.</source>
        <translation>
            <numerusform>Telt opp fra %n forumstemme med standpunkt.</numerusform>
            <numerusform>Telt opp fra %n forumstemmer med standpunkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Voices also take stances not listed here: %1.</source>
        <translation>Stemmene har også standpunkter som ikke står her: %1.</translation>
    </message>
    <message>
        <source>The shares add up to %1%, not 100%.</source>
        <translation>Andelene blir til sammen %1&#xa0;%, ikke 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Label of stance %1</source>
        <translation>Navn på standpunkt %1</translation>
    </message>
    <message>
        <source>Stance, such as Skeptical</source>
        <translation>Standpunkt, for eksempel Skeptiske</translation>
    </message>
    <message>
        <source>%</source>
        <comment>the unit of a stance&apos;s share</comment>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Share of stance %1</source>
        <translation>Andelen til standpunkt %1</translation>
    </message>
    <message>
        <source>Remove the stance</source>
        <translation>Fjern standpunktet</translation>
    </message>
    <message>
        <source>Remove stance %1</source>
        <translation>Fjern standpunkt %1</translation>
    </message>
    <message>
        <source>Stance label note</source>
        <translation>Merknad om navnet på standpunktet</translation>
    </message>
    <message>
        <source>A stance needs a label.</source>
        <translation>Et standpunkt trenger et navn.</translation>
    </message>
    <message>
        <source>A stance needs a label: this one keeps “%1”.</source>
        <translation>Et standpunkt trenger et navn: dette beholder «%1».</translation>
    </message>
    <message>
        <source>Another stance is already called “%1”: give this one a label of its own.</source>
        <translation>Et annet standpunkt heter allerede «%1»: gi dette et eget navn.</translation>
    </message>
    <message>
        <source>Another stance is already called “%1”: this one keeps “%2”, so that the voices of the two stay apart.</source>
        <translation>Et annet standpunkt heter allerede «%1»: dette beholder «%2», slik at stemmene til de to holdes atskilt.</translation>
    </message>
</context>
<context>
    <name>quorum::VoiceCard</name>
    <message>
        <source>Not an http or https link</source>
        <translation>Ikke en http- eller https-lenke</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Move the voice up (Alt+Up)</source>
        <translation>Flytt stemmen opp (Alt+Opp)</translation>
    </message>
    <message>
        <source>Move the voice down (Alt+Down)</source>
        <translation>Flytt stemmen ned (Alt+Ned)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>What the person wrote, in their words</source>
        <translation>Det personen skrev, med egne ord</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Where it was written</source>
        <translation>Hvor det ble skrevet</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Sitat:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Forfatter:</translation>
    </message>
    <message>
        <source>Forum:</source>
        <translation>Forum:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lenke:</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>Standpunkt:</translation>
    </message>
    <message>
        <source>Voice %1 of %2</source>
        <translation>Stemme %1 av %2</translation>
    </message>
    <message>
        <source>Quote of voice %1</source>
        <translation>Sitatet i stemme %1</translation>
    </message>
    <message>
        <source>Author of voice %1</source>
        <translation>Forfatteren av stemme %1</translation>
    </message>
    <message>
        <source>Forum of voice %1</source>
        <translation>Forumet til stemme %1</translation>
    </message>
    <message>
        <source>Link of voice %1</source>
        <translation>Lenken til stemme %1</translation>
    </message>
    <message>
        <source>Voice %1 has a date</source>
        <translation>Stemme %1 har en dato</translation>
    </message>
    <message>
        <source>Date of voice %1</source>
        <translation>Datoen til stemme %1</translation>
    </message>
    <message>
        <source>Stance of voice %1</source>
        <translation>Standpunktet til stemme %1</translation>
    </message>
    <message>
        <source>Move voice %1 up</source>
        <translation>Flytt stemme %1 opp</translation>
    </message>
    <message>
        <source>Move voice %1 down</source>
        <translation>Flytt stemme %1 ned</translation>
    </message>
    <message>
        <source>Duplicate voice %1</source>
        <translation>Dupliser stemme %1</translation>
    </message>
    <message>
        <source>Delete voice %1</source>
        <translation>Slett stemme %1</translation>
    </message>
    <message>
        <source>No stance</source>
        <translation>Ikke noe standpunkt</translation>
    </message>
    <message>
        <source>%1 (not in the verdict)</source>
        <translation>%1 (ikke i dommen)</translation>
    </message>
</context>
<context>
    <name>quorum::VoicesEditor</name>
    <message>
        <source>Add voice</source>
        <translation>Legg til stemme</translation>
    </message>
    <message>
        <source>Lead text</source>
        <translation>Innledende tekst</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Innledning:</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>No voices yet. Add one with “Add voice” or Ctrl+Shift+Return.</source>
        <translation>Ingen stemmer ennå. Legg til en med «Legg til stemme» eller Ctrl+Shift+Enter.</translation>
    </message>
    <message>
        <source>Add a voice (Ctrl+Shift+Return adds one after the voice being edited)</source>
        <translation>Legg til en stemme (Ctrl+Shift+Enter legger til en etter stemmen som redigeres)</translation>
    </message>
    <message numerus="yes">
        <source>%n voice(s)</source>
        <translation>
            <numerusform>%n stemme</numerusform>
            <numerusform>%n stemmer</numerusform>
        </translation>
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
    <message>
        <source>print the findings as JSON</source>
        <translation>skriv ut funnene som JSON</translation>
    </message>
    <message>
        <source>load no images from other hosts</source>
        <translation>ikke last inn bilder fra andre verter</translation>
    </message>
    <message>
        <source>%1 only applies to %2</source>
        <translation>%1 gjelder bare for %2</translation>
    </message>
    <message>
        <source>seconds a request may wait for the site before it fails (default %1)</source>
        <translation>sekunder en forespørsel kan vente på nettstedet før den mislykkes (standard %1)</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds from %1 to %2</source>
        <translation>--timeout er et antall sekunder fra %1 til %2</translation>
    </message>
    <message>
        <source>The site does not store the focus keyword; install the Quorum plugin on it to send it (Quorum comes with it, in %1; “%2” writes the file to upload).</source>
        <translation>Nettstedet lagrer ikke fokusnøkkelordet; installer utvidelsen Quorum på det for å sende det (den følger med Quorum, i %1; «%2» skriver filen som skal lastes opp).</translation>
    </message>
    <message>
        <source>warning: %1 could not be saved with the images already uploaded: %2</source>
        <translation>advarsel: %1 kunne ikke lagres med bildene som allerede er lastet opp: %2</translation>
    </message>
    <message>
        <source>this program cannot print PDFs</source>
        <translation>dette programmet kan ikke skrive ut PDF-er</translation>
    </message>
    <message>
        <source>cannot load the window module: %1</source>
        <translation>kan ikke laste vindusmodulen: %1</translation>
    </message>
    <message>
        <source>cannot load the publishing module: %1</source>
        <translation>kan ikke laste publiseringsmodulen: %1</translation>
    </message>
    <message>
        <source>write the plugin&apos;s zip to OUT</source>
        <translation>skriv utvidelsens zip-fil til UT</translation>
    </message>
    <message>
        <source>replace OUT if it exists</source>
        <translation>erstatt UT hvis den finnes</translation>
    </message>
    <message>
        <source>plugin takes no file; name the zip with --zip OUT.zip</source>
        <translation>plugin tar ingen fil; oppgi zip-filen med --zip UT.zip</translation>
    </message>
    <message>
        <source>plugin needs --zip OUT.zip</source>
        <translation>plugin trenger --zip UT.zip</translation>
    </message>
    <message>
        <source>the file exists; add --force to replace it</source>
        <translation>filen finnes; legg til --force for å erstatte den</translation>
    </message>
    <message>
        <source>cannot make the plugin&apos;s zip: %1</source>
        <translation>kan ikke lage utvidelsens zip-fil: %1</translation>
    </message>
    <message>
        <source>Usage:
  quorum [FILE]                          open Quorum, on FILE if given
  quorum render FILE [--format blocks|html|page] [--no-remote-images] [-o OUT]
                                         the post content as published (blocks),
                                         plain HTML, or a standalone page
  quorum check FILE [--json]             check the article; exit 1 on errors
  quorum export FILE --pdf OUT.pdf [--page-size A4|Letter] [--no-remote-images]
  quorum export FILE --markdown OUT.md   the article as a PDF or as Markdown
  quorum sites add NAME --url URL --user USER   (password on standard input)
  quorum sites list | sites remove NAME | sites test NAME
  quorum publish FILE --site NAME [--status draft|pending|publish|future]
                 [--date ISO] [--dry-run] [--overwrite] [--as-new]
  quorum pull --site NAME --post ID -o FILE.quorum
  quorum update FILE --site NAME [--take mine|site]
                                         merge the site&apos;s changes into FILE
  quorum plugin --zip OUT.zip [--force]  the Quorum plugin for WordPress, as
                                         the zip to upload to the site; --force
                                         replaces an existing OUT.zip
  quorum --version                       print the version

With --no-remote-images, a page or PDF loads no images from other hosts; the
images beside the article still show.

Quorum speaks the system&apos;s language; --lang LANGUAGE (such as --lang nb) before or
after the command chooses another.

Exit codes: 0 fine; 1 the check found errors, or publishing or updating stopped at
a conflict with a change made on the site; 2 bad usage, unreadable input or a
failure.
</source>
        <translation>Bruk:
  quorum [FIL]                           åpne Quorum, med FIL hvis den er oppgitt
  quorum render FIL [--format blocks|html|page] [--no-remote-images] [-o UT]
                                         innleggets innhold slik det publiseres
                                         (blocks), ren HTML eller en frittstående side
  quorum check FIL [--json]              kontroller artikkelen; avslutt med 1 ved feil
  quorum export FIL --pdf UT.pdf [--page-size A4|Letter] [--no-remote-images]
  quorum export FIL --markdown UT.md     artikkelen som PDF eller som Markdown
  quorum sites add NAVN --url URL --user BRUKER   (passordet på standard inn)
  quorum sites list | sites remove NAVN | sites test NAVN
  quorum publish FIL --site NAVN [--status draft|pending|publish|future]
                 [--date ISO] [--dry-run] [--overwrite] [--as-new]
  quorum pull --site NAVN --post ID -o FIL.quorum
  quorum update FIL --site NAVN [--take mine|site]
                                         slå endringene på nettstedet sammen med FIL
  quorum plugin --zip UT.zip [--force]   utvidelsen Quorum for WordPress, som zip-filen
                                         som lastes opp til nettstedet; --force
                                         erstatter en eksisterende UT.zip
  quorum --version                       skriv ut versjonen

Med --no-remote-images henter en side eller PDF ingen bilder fra andre verter;
bildene ved siden av artikkelen vises fortsatt.

Quorum bruker systemets språk; --lang SPRÅK (for eksempel --lang en) før eller
etter kommandoen velger et annet.

Avslutningskoder: 0 i orden; 1 kontrollen fant feil, eller publiseringen eller
oppdateringen stanset ved en konflikt med en endring på nettstedet; 2 feil bruk,
uleselige inndata eller en feil.
</translation>
    </message>
    <message>
        <source>To replace the site&apos;s version: quorum publish %1 --site %2 --overwrite
To merge the site&apos;s changes into the file: quorum update %1 --site %2
To get the site&apos;s version: quorum pull --site %2 --post %3 -o FILE.quorum
</source>
        <translation>Slik erstatter du nettstedets versjon: quorum publish %1 --site %2 --overwrite
Slik slår du endringene på nettstedet sammen med filen: quorum update %1 --site %2
Slik henter du nettstedets versjon: quorum pull --site %2 --post %3 -o FILE.quorum
</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>merknad: %1</translation>
    </message>
    <message>
        <source>the site the article is published on</source>
        <translation>nettstedet artikkelen er publisert på</translation>
    </message>
    <message>
        <source>settle every conflict with this side: mine or site</source>
        <translation>løs alle konflikter til fordel for denne siden: mine eller site</translation>
    </message>
    <message>
        <source>update needs --site NAME</source>
        <translation>update trenger --site NAVN</translation>
    </message>
    <message>
        <source>--take needs mine or site</source>
        <translation>--take trenger mine eller site</translation>
    </message>
    <message>
        <source>quorum: %1 has not been published, so the site has no version of it.</source>
        <translation>quorum: %1 er ikke publisert, så nettstedet har ingen versjon av den.</translation>
    </message>
    <message>
        <source>quorum: the site keeps only the post&apos;s text, not the whole article: it does not run the Quorum plugin (quorum plugin --zip), or the post was last published without it. A merge would lose comments, review and codings, so nothing was changed. Get the site&apos;s version with quorum pull, or replace it with quorum publish --overwrite.
</source>
        <translation>quorum: nettstedet lagrer bare teksten i innlegget, ikke hele artikkelen: det bruker ikke utvidelsen Quorum (quorum plugin --zip), eller innlegget ble sist publisert uten den. Ved en sammenslåing ville kommentarer, gjennomgang og kodinger gått tapt, så ingenting ble endret. Hent nettstedets versjon med quorum pull, eller erstatt den med quorum publish --overwrite.
</translation>
    </message>
    <message>
        <source>quorum: %1 and the site&apos;s version changed the same things:</source>
        <translation>quorum: %1 og nettstedets versjon har endret de samme tingene:</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 from post %2: %n change(s) from the site</source>
        <translation>
            <numerusform>Oppdaterte %1 fra innlegg %2: %n endring fra nettstedet</numerusform>
            <numerusform>Oppdaterte %1 fra innlegg %2: %n endringer fra nettstedet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) settled with %1</source>
        <translation>
            <numerusform>, %n konflikt løst med %1</numerusform>
            <numerusform>, %n konflikter løst med %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the site&apos;s version</source>
        <translation>nettstedets versjon</translation>
    </message>
    <message>
        <source>this version</source>
        <translation>denne versjonen</translation>
    </message>
    <message>
        <source>Nothing was changed. Settle them in Quorum&apos;s window (Publish ▸ Update from Site), or keep one side for all: quorum update %1 --site %2 --take mine|site
</source>
        <translation>Ingenting ble endret. Løs dem i Quorum-vinduet (Publiser ▸ Oppdater fra nettsted), eller behold én side for alle: quorum update %1 --site %2 --take mine|site
</translation>
    </message>
</context>
</TS>
