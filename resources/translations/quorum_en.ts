<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PostContentReader</name>
    <message numerus="yes">
        <source>%n block(s) cannot be edited in Quorum and are kept exactly as they are on the site: %1.</source>
        <translation>
            <numerusform>%n block cannot be edited in Quorum and is kept exactly as it is on the site: %1.</numerusform>
            <numerusform>%n blocks cannot be edited in Quorum and are kept exactly as they are on the site: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::ArticleChecks</name>
    <message numerus="yes">
        <source>The TL;DR has %n bullet(s); use two to five.</source>
        <translation>
            <numerusform>The TL;DR has %n bullet; use two to five.</numerusform>
            <numerusform>The TL;DR has %n bullets; use two to five.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The verdict says %2, but the %n voice(s) with a stance give %3 (more than %1 points apart).</source>
        <translation>
            <numerusform>The verdict says %2, but the %n voice with a stance gives %3 (more than %1 points apart).</numerusform>
            <numerusform>The verdict says %2, but the %n voices with a stance give %3 (more than %1 points apart).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::ArticleDetailsForm</name>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::ArticleStatusWidget</name>
    <message numerus="yes">
        <source>%1 words</source>
        <translation>
            <numerusform>%1 word</numerusform>
            <numerusform>%1 words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::ChecksPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::PublishError</name>
    <message numerus="yes">
        <source>The site did not answer within %n second(s).</source>
        <translation>
            <numerusform>The site did not answer within %n second.</numerusform>
            <numerusform>The site did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::PublishJob</name>
    <message numerus="yes">
        <source>The site keeps no footnotes, so the post shows the numbers of its %n footnote(s) but not their text. Footnotes need WordPress 6.3 or later.</source>
        <translation>
            <numerusform>The site keeps no footnotes, so the post shows the number of its footnote but not its text. Footnotes need WordPress 6.3 or later.</numerusform>
            <numerusform>The site keeps no footnotes, so the post shows the numbers of its %n footnotes but not their text. Footnotes need WordPress 6.3 or later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::SectionOutlineModel</name>
    <message numerus="yes">
        <source>%1 (%n comments)</source>
        <translation>
            <numerusform>%1 (%n comment)</numerusform>
            <numerusform>%1 (%n comments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::SiteUpdateFlow</name>
    <message numerus="yes">
        <source>%n change(s) came from %1.</source>
        <translation>
            <numerusform>%n change came from %1.</numerusform>
            <numerusform>%n changes came from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::VerdictEditor</name>
    <message numerus="yes">
        <source>Tallied from %n forum voice(s) with a stance.</source>
        <translation>
            <numerusform>Tallied from %n forum voice with a stance.</numerusform>
            <numerusform>Tallied from %n forum voices with a stance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::VoicesEditor</name>
    <message numerus="yes">
        <source>%n voice(s)</source>
        <translation>
            <numerusform>%n voice</numerusform>
            <numerusform>%n voices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quorum::cli</name>
    <message numerus="yes">
        <source>Updated %1 from post %2: %n change(s) from the site</source>
        <translation>
            <numerusform>Updated %1 from post %2: %n change from the site</numerusform>
            <numerusform>Updated %1 from post %2: %n changes from the site</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) settled with %1</source>
        <translation>
            <numerusform>, %n conflict settled with %1</numerusform>
            <numerusform>, %n conflicts settled with %1</numerusform>
        </translation>
    </message>
</context>
</TS>
