<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
