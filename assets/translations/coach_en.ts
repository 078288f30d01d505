<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>CaregiverPage</name>
        <message numerus="yes">
            <source>the PIN needs at least %n character(s)</source>
            <translation>
                <numerusform>the PIN needs at least %n character</numerusform>
                <numerusform>the PIN needs at least %n characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message numerus="yes">
            <source>Startles logged for this night: %n.</source>
            <translation>
                <numerusform>Startles logged for this night: %n.</numerusform>
                <numerusform>Startles logged for this night: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message numerus="yes">
            <source>The report is in {pdf} (%n page(s)); the nights as a table in {table}, and what its columns mean in {codebook}. Nothing was sent anywhere.</source>
            <translation>
                <numerusform>The report is in {pdf} (%n page); the nights as a table in {table}, and what its columns mean in {codebook}. Nothing was sent anywhere.</numerusform>
                <numerusform>The report is in {pdf} (%n pages); the nights as a table in {table}, and what its columns mean in {codebook}. Nothing was sent anywhere.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>about %n minute</numerusform>
                <numerusform>about %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min left</source>
            <translation>
                <numerusform>%n min left</numerusform>
                <numerusform>%n min left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileProblem</name>
        <message numerus="yes">
            <source>has %n item(s); at most {most}</source>
            <translation>
                <numerusform>has %n item; at most {most}</numerusform>
                <numerusform>has %n items; at most {most}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>is %n character(s) long; at most {most} are allowed</source>
            <translation>
                <numerusform>is %n character long; at most {most} are allowed</numerusform>
                <numerusform>is %n characters long; at most {most} are allowed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %n step(s); at most {most} are allowed</source>
            <translation>
                <numerusform>has %n step; at most {most} are allowed</numerusform>
                <numerusform>has %n steps; at most {most} are allowed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %n prompt(s); at most {most}</source>
            <translation>
                <numerusform>has %n prompt; at most {most}</numerusform>
                <numerusform>has %n prompts; at most {most}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more unknown setting(s) ignored</source>
            <translation>
                <numerusform>%n more unknown setting ignored</numerusform>
                <numerusform>%n more unknown settings ignored</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message numerus="yes">
            <source>{done} of %n night(s) have a check-in. On average: sleep efficiency {se}, total sleep {tst}, in bed {tib}, {sol} minutes to fall asleep, {waso} minutes awake in the night.</source>
            <translation>
                <numerusform>{done} of %n night have a check-in. On average: sleep efficiency {se}, total sleep {tst}, in bed {tib}, {sol} minutes to fall asleep, {waso} minutes awake in the night.</numerusform>
                <numerusform>{done} of %n nights have a check-in. On average: sleep efficiency {se}, total sleep {tst}, in bed {tib}, {sol} minutes to fall asleep, {waso} minutes awake in the night.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of these %n night(s) has a check-in yet. “How did you sleep?” on the home page asks about last night.</source>
            <translation>
                <numerusform>None of these %n night has a check-in yet. “How did you sleep?” on the home page asks about last night.</numerusform>
                <numerusform>None of these %n nights has a check-in yet. “How did you sleep?” on the home page asks about last night.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n startle(s)</source>
            <translation>
                <numerusform>%n startle</numerusform>
                <numerusform>%n startles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on %n night(s). By body part: {parts}. When: {when}. {woke} woke you; before {legs} the legs felt uncomfortable.</source>
            <translation>
                <numerusform>on %n night. By body part: {parts}. When: {when}. {woke} woke you; before {legs} the legs felt uncomfortable.</numerusform>
                <numerusform>on %n nights. By body part: {parts}. When: {when}. {woke} woke you; before {legs} the legs felt uncomfortable.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message numerus="yes">
            <source>Too many wrong tries; please wait %n second(s).</source>
            <extracomment>Why the door stays shut (None when it opens).</extracomment>
            <translation>
                <numerusform>Too many wrong tries; please wait %n second.</numerusform>
                <numerusform>Too many wrong tries; please wait %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is not the PIN. Please wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>That is not the PIN. Please wait %n second before trying again.</numerusform>
                <numerusform>That is not the PIN. Please wait %n seconds before trying again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>{item} in %n minute(s).</source>
            <translation>
                <numerusform>{item} in %n minute.</numerusform>
                <numerusform>{item} in %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message numerus="yes">
            <source>{recorded} of %n prompt(s) recorded</source>
            <translation>
                <numerusform>{recorded} of %n prompt recorded</numerusform>
                <numerusform>{recorded} of %n prompts recorded</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message numerus="yes">
            <source>%n prompt(s) could not be spoken and will only be shown on screen.</source>
            <translation>
                <numerusform>%n prompt could not be spoken and will only be shown on screen.</numerusform>
                <numerusform>%n prompts could not be spoken and will only be shown on screen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message numerus="yes">
            <source>{done} of %n prompt(s)</source>
            <translation>
                <numerusform>{done} of %n prompt</numerusform>
                <numerusform>{done} of %n prompts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupChanges</name>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n night</numerusform>
                <numerusform>%n nights</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n startle(s)</source>
            <translation>
                <numerusform>%n startle</numerusform>
                <numerusform>%n startles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) after</source>
            <translation>
                <numerusform>%n minute after</numerusform>
                <numerusform>%n minutes after</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TonightPage</name>
        <message numerus="yes">
            <source>Start a %n-minute timer</source>
            <translation>
                <numerusform>Start a %n-minute timer</numerusform>
                <numerusform>Start a %n-minute timer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel the bath timer (%n minute(s) left)</source>
            <translation>
                <numerusform>Cancel the bath timer (%n minute left)</numerusform>
                <numerusform>Cancel the bath timer (%n minutes left)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoicePage</name>
        <message numerus="yes">
            <source>Speed: %n word(s) a minute</source>
            <translation>
                <numerusform>Speed: %n word a minute</numerusform>
                <numerusform>Speed: %n words a minute</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message numerus="yes">
            <source>{item} (%n min before bed)</source>
            <translation>
                <numerusform>{item} (%n min before bed)</numerusform>
                <numerusform>{item} (%n min before bed)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Voice speed: %n word(s) a minute</source>
            <translation>
                <numerusform>Voice speed: %n word a minute</numerusform>
                <numerusform>Voice speed: %n words a minute</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message numerus="yes">
            <source>{file}: ok — “{name}”, %n step(s), {minutes} minutes</source>
            <translation>
                <numerusform>{file}: ok — “{name}”, %n step, {minutes} minutes</numerusform>
                <numerusform>{file}: ok — “{name}”, %n steps, {minutes} minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n file(s) ({names})</source>
            <translation>
                <numerusform>{file}: %n file ({names})</numerusform>
                <numerusform>{file}: %n files ({names})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{output}: the report, %n page(s)</source>
            <translation>
                <numerusform>{output}: the report, %n page</numerusform>
                <numerusform>{output}: the report, %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{table}: %n night(s), one per row</source>
            <translation>
                <numerusform>{table}: %n night, one per row</numerusform>
                <numerusform>{table}: %n nights, one per row</numerusform>
            </translation>
        </message>
    </context>
</TS>
