<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Wind-Down Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoken relaxation and an evening plan for better sleep. Habit support, not medicine: if night-time twitches go on all night, get worse, happen while awake or leave you never rested, please see a doctor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy diagnostics for a support request</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>not started yet</source>
            <extracomment>The settings in force; they change only through :meth:`save_settings`. The questions asked of the person (Qt's dialogs; tests script the answers). The voices the speech engine offers (None until it has listed them). Starts the speech helper a moment after the window is up. Quits a set time after a session (settings: quit_after_minutes). How the app quits (QApplication.quit; tests give their own). The main window's place and size between runs. Opens the bedtime and checklist editor (given by the evening's wiring). Preferences while they are open. The morning check-in (full, or simple mode's quick one) while it is open. "I startled" while it is open. The sleep history page while it is open. The window's language (Preferences → Language, else the system's); the routine list offers the built-in routines in it. The language the system asks for (where there is a catalogue for it).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new language is used from the next start of Wind-Down Coach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the relaxation session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the bath timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Wind-Down Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitting now stops {join}. Quit anyway?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BodyAreas</name>
        <message>
            <source>Right thumb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right index finger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right middle finger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right ring finger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right little finger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right forearm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right upper arm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right shoulder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right toes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right foot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right calf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right thigh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right hand and forearm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right arm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left thumb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left index finger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left middle finger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left ring finger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left little finger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left forearm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left upper arm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left shoulder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left toes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left foot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left calf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left thigh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left hand and forearm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left arm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forehead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eyes and nose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cheeks and jaw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Face</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neck and throat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Face and neck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chest, shoulders and upper back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abdomen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chest, shoulders, back and abdomen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both arms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole body</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Body map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows which part of the body is relaxing now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreathingGuide</name>
        <message>
            <source>Breathing guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in as the circle grows and out as it shrinks.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaregiverPage</name>
        <message>
            <source>The person's name, used in the greeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simple mode: one big button and tonight's list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN or passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export setup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the whole setup to one file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import setup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a setup file from another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PIN protects the routines, the checklist, reminders, the voice and leaving simple mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> A lock is set.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>the PIN needs at least %n character(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>the two PINs are not the same</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Caregiving</name>
        <message>
            <source>Wind-Down Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These settings are locked. Enter the PIN:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include the PIN lock? The other computer will then ask for the same PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include the sleep diary and startle log? They are health information: include them only when the file goes somewhere you trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The setup could not be written: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PIN lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sleep diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The setup was saved{also} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not imported: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This setup will:

</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>How did you sleep? — the night of {night}</source>
            <extracomment>"Add a startle…": one for this night (the wiring asks where and keeps it).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Into bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tried to sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final awakening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last caffeinated drink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last alcoholic drink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes to fall asleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times woken in the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes awake in the night, in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality of sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How rested you felt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes napping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caffeinated drinks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in by (when someone helps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What needs a look before saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a startle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a startle to this night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startles of this night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times woken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes awake in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in by</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Startles logged for this night: %n.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No startles logged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Finish a light meal</source>
            <extracomment>For timed items such as the bath: how long it lasts (minutes). The checklist a new user starts with: on, the three habits the app is known for; off, the other suggestions about a calm evening.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eat lightly, and not in the last two to three hours before bed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screens off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TV, computer, games and phone off an hour before bed; a paper book instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm bath</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About 20 minutes, warm rather than hot; sit for a minute afterwards before lying down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No more caffeine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tea, coffee and cola keep the body alert.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An easy evening walk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a gentle pace, dressed warmly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Air the bedroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cool room, around 18–21 °C, helps sleep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something quiet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading, drawing or a board game rather than anything exciting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dim the lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft light, or a small night light if you need one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm socks and a light blanket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warm feet help the body settle; keep the covers light.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message>
            <source>The check-in was not saved: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The startle was not kept: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The startle could not be kept ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startle kept for the night of {night}: {area}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sleep diary could not be read ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a report for the doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be written to {where}: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The report is in {pdf} (%n page(s)); the nights as a table in {table}, and what its columns mean in {codebook}. Nothing was sent anywhere.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The check-in could not be saved ({exc}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: the night of {night}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiaryText</name>
        <message>
            <source>Into bed</source>
            <extracomment>How each field is called where it is typed.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tried to sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes to fall asleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times woken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes awake in the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Final awakening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality of sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How rested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes napping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caffeinated drinks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last caffeinated drink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last alcoholic drink</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Situation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About how long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>while falling asleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>during the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>while awake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the daytime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: please fill this in.</source>
            <extracomment>Each problem's sentence; ``{label}`` is the field's name, the rest the problem's values.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: “{text}” is not a time; write it as HH:MM, e.g. 22:45.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: “{text}” is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {value} is outside {low}–{high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {value} is outside {low}–{high} (1 = {worst} … 5 = {best}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {length} characters; at most {most}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: contains a control character; please retype it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} ({tried}) is before you got into bed ({in_bed}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} ({out_of_bed}) is before the final awakening ({final_wake}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} ({final_wake}) is not after the time you tried to sleep ({tried}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {latency} minutes would be after the final awakening; there are {available} minutes from {tried} to {final_wake}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {awake} minutes is more than the {available} minutes between falling asleep and the final awakening.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {awake} minutes awake, but no time woken is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: minutes are given, but no nap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: “{text}” is not a body part the app knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: “{text}” is not one of: {known}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very poor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>very good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your log shows something worth mentioning to a doctor. Startles as you fall asleep are common and usually harmless; a doctor can tell whether these need a closer look, and the report below gives them the details.</source>
            <extracomment>What the history page says when the log shows one of the source's warning signs: calm, never a diagnosis, no medication.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startles on most nights over the last two weeks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startles while awake or in the daytime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More startles each week, three weeks running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uncomfortable legs before startles.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DimOverlay</name>
        <message>
            <source>Screen dimmed</source>
            <extracomment>A click on the dark screen: the window lifts it (and leaves full screen).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min left</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>EveningController</name>
        <message>
            <source>Not kept</source>
            <extracomment>The bath timer started, ended or was cancelled.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight's ticks could not be saved ({exc}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EveningPage</name>
        <message>
            <source>Closing the window keeps the evening's reminders going</source>
            <extracomment>The person asks to change the bedtime and the checklist.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the app after a session ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime and checklist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the bedtime and the evening checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a session, close the app after</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>{hours} h {minutes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep history</source>
            <extracomment>Show the nights from the first date to the second. Fill in (or change) the check-in of this night.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the night of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To the night of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A word about seeing a doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Averages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart: sleep efficiency and total sleep per night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same figures are in the table of nights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart: startles per night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep efficiency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time in bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To fall asleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awake in the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relaxation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evening plan done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evening plan beside the nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done that evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startles in these nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night by night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in for this night…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in or change the check-in of the chosen night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I startled…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a PDF report of these nights for a doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{done} of %n night(s) have a check-in. On average: sleep efficiency {se}, total sleep {tst}, in bed {tib}, {sol} minutes to fall asleep, {waso} minutes awake in the night.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>None of these %n night(s) has a check-in yet. “How did you sleep?” on the home page asks about last night.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>short check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relaxation finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No startles logged in these nights.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n startle(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>on %n night(s). By body part: {parts}. When: {when}. {woke} woke you; before {legs} the legs felt uncomfortable.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sleep efficiency (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total sleep (hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep efficiency and total sleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Startles per night</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Choose tonight’s relaxation</source>
            <extracomment>The morning check-in about last night.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a relaxation routine, then press Start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The voice, the screen and sounds, the evening's reminders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as audio…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the routine (a built-in one is copied first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo the delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a routine file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the routine as a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the session as an audio file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did you sleep?…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Morning check-in: how last night went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep history: the last nights, and a report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight’s plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight's plan and checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For someone else…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up for someone else: simple mode and lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Wind-Down Coach and diagnostics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} — cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate to edit…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>The window's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system: {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The window, the messages and the built-in routines change to the new language the next time Wind-Down Coach starts. A routine is always spoken in the language it is written in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Wind-Down Coach</source>
            <extracomment>A dialog that changes its size this soon after opening is centred again (ms). The notice area grows to this many lines of text at most; more scroll. Preferences (voice, screen and sound, evening and reminders). Emitted once, after the window has been painted for the first time. The session keys and buttons: pause or resume, the step before, the next, stop. A body region clicked while paused: go to the step that relaxes it. Where the session stands (position, length) for the time shown; None while nothing plays. Given by the composition root. Whether the session shown is the editor's preview (which stays in the editor).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OwnVoice</name>
        <message>
            <source>Recording… say the words, then press Stop.</source>
            <extracomment>The texts that have a recording now (a set of str). The microphone's level while recording, 0–1.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was heard; check the microphone and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sound output was found, so the recording cannot be played.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recording cannot be played: {exc}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes before bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime and checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wake-up time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. friday 23:30, saturday 23:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other bedtimes on some evenings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An adult (7 hours of sleep)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A child (10 hours of sleep)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who sleeps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Wind-Down Coach when I log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not supported on this system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checklist items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the item up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move it down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other evenings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get up at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleeper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something for the evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other evenings: “{entries}” — write a weekday and a time, e.g. friday 23:30</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesWindow</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferences pages</source>
            <extracomment>"export" or "import" when the person asked for that (the window closes first, unsaved, so an import is never overwritten by what the window still shows).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the defaults of this page</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QtDialogs</name>
        <message>
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuickCheckInDialog</name>
        <message>
            <source>How did you sleep? — the night of {night}</source>
            <extracomment>A chosen answer must show: the style sheet set on a button replaces the app's.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did you sleep?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How you slept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any startles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Woke in the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in by (when someone helps)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your name, when you fill this in for someone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any startles?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Woke in the night?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filled in by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordingDialog</name>
        <message>
            <source>Record your voice — {routine}</source>
            <extracomment>The person asks to record *text* from the microphone *device* (a QAudioDevice).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microphone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Microphone level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompts; a tick means recorded in your voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record this prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the recording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No microphone was found. Connect one to record prompts; the synthetic voice is used meanwhile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>{item} in %n minute(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{item} now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier this evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These were due while the app was away: {items}. Tick them off in Tonight if you did them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Rename routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not renamed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo delete of “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be imported:

{exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} cannot be written: {exc}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>Edit routine — {name}</source>
            <extracomment>A field's place in the routine document; ("step", key) is a key of the step shown. Lines of problems and warnings shown at once (more scroll). The preview's own Stop (a preview plays here, not in the main window).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As in Screen and sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As in Voice settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> words a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As in Voice settings (or a voice id from coach voices)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit to this length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do each group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>times; pause between groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none (release only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per line: seconds into the rest, a colon, the words
15: Notice how heavy your hand feels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tension (from the words)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extra words while resting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play from this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export audio…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the session as an audio file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record my voice…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the prompts in your own voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine name</source>
            <extracomment>Every field of the routine, declared once (name, place, how it is shown/stored).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times each group is done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause between groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chime before each step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaking rate for this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice volume for this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice for this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words for the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds of tension</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Words when letting go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seconds of rest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target length in minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the step up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the step down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play the routine from this step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag to reorder, or Alt+Up and Alt+Down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine cannot be made {target} long: the tension holds stay as they are and rests have their limits, so it now lasts {reached}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tense and release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>release only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total {length}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {number} › extra words: line {lines} is not “seconds: words”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record my voice… ({recorded} of {total})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{recorded} of %n prompt(s) recorded</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This routine cannot be saved yet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine could not be saved ({reason}). Your changes are still here; check that the data folder can be written to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your changes to this routine?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreenSoundPage</name>
        <message>
            <source>Show the words on screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark screen: only faint words on black</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> px</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the body map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a breathing guide while relaxing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> breaths a minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing guide speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A soft chime before each step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chime volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the closing words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether the background sound plays on through the night, fading out at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background plays on until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guide speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the session</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>The session's sound could not be made ({made}); the words are shown.</source>
            <extracomment>The session's new :class:`~coach.core.session.State`. How the body map shows the moment: {region: Role}, after each cue and jump. A paused session went to the step a body region belongs to (a Jump). Seconds the background plays on after the closing words (0: no more). From the assembling thread: job, render result, recordings, SessionAudio or error. Seconds the background plays on after a session of so many seconds from now (set by the app: it knows the clock, the setting and the get-up time). Why there is no output when it is something other than "no device". Whether the session running is an editor's preview. Recorded prompts for a routine: text → WAV file (set by the app). The background plays on after the finished session.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {extra} sound could not be played and is left out.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n prompt(s) could not be spoken and will only be shown on screen.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>Space pause · ← → previous / next step · S I startled · Esc stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused — press Space to go on, or click the figure to go to a part of the body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Caption colour on the black "screen dark" page: just readable in a dark room. The display options changed (the window then knows whether the time is seen).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoken words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the previous step (Left arrow).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume the session (Space).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip to the next step (Right arrow).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End the session with a gentle fade (Escape).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I startled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note a startle for the diary; the session goes on (S).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the background</source>
            <extracomment>The background playing on after the session, in words ("" when it is not).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the voice…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{done} of %n prompt(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep well.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Voice</source>
            <extracomment>The settings this page shows and changes.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen and sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evening and reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For someone else</source>
            <extracomment>The PIN's shortest length (a name lupdate can read as a plural's number).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsService</name>
        <message>
            <source>Your settings could not be saved to {path}: {exc}</source>
            <extracomment>The new Settings, after every change (saved or not).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SimplePage</name>
        <message>
            <source>Good evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start relaxing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts the spoken relaxation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight's list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D or Space marks the selected item done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did you sleep?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did you sleep? A few buttons about last night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave simple mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave simple mode (the caregiver's PIN may be needed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartleDialog</name>
        <message>
            <source>I startled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Body map: tap where the startle was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where in the body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When it happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About how many seconds (0: not sure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It woke me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My legs felt uncomfortable before it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About how long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tap the body map, or choose from the list. Enter keeps it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen: {area}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineStrip</name>
        <message>
            <source>Routine timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each step as a block; tension warm, rest cool; ticks where words are said. Click a step to select it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TonightPage</name>
        <message>
            <source>That is {hours} hours between bedtime and getting up — please check the two times (is one of them AM instead of PM?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That leaves only {hours} hours between bedtime and getting up — please check the two times.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} hours of sleep before you get up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hours} hours of sleep before you get up — less than the {needed} hours recommended. An earlier bedtime would help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep tonight</source>
            <extracomment>What is due now is marked apart from the selected row (which is theme.SELECTED): a warm outline-coloured band and bold words, never the selection's colour.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight's checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D or Space marks the selected item done, S skips it, Backspace undoes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the bath timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime and checklist…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start relaxation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done (D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip (S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime and checklist settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight: bed at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  — now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Start a %n-minute timer</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel the bath timer (%n minute(s) left)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>VoicePage</name>
        <message>
            <source>Voice</source>
            <extracomment>(voice id, words a minute, volume) to hear a sample with, without saving.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{voice} — the default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list of voices is still being read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speaking rate in words per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice volume in percent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview: hear a sample with these settings</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Speed: %n word(s) a minute</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Volume: {percent} %</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoicePreview</name>
        <message>
            <source>Preparing the sample…</source>
            <extracomment>Plain words for the dialog: "Preparing the sample…", "Playing…", or what went wrong.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sample could not be spoken ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sound output was found, so the sample cannot be heard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sample cannot be played: {exc}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Playing the sample…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message>
            <source>Welcome to Wind-Down Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who will use Wind-Down Coach?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I will use it myself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone I'm setting it up for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I am setting it up for someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can change everything later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their name, used in the greeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which relaxation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice speed in words a minute (slower is calmer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Relaxation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wake-up time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a child (10 hours of sleep)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gets up at</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{item} (%n min before bed)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Remind them through the evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it simple and safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Simple mode: one big button and tonight's list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A PIN to lock the settings (optional, 4 or more characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Voice speed: %n word(s) a minute</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Some settings could not be used and were set back to their defaults:
</source>
            <extracomment>Background work (the speech helper) waits this long after start-up (ms).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The background sound plays on until {time}, then fades away. Escape stops it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I startled…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did you sleep?…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine not found</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>caregiver_wiring</name>
        <message>
            <source>Wind-Down Coach setup (*.coach *.zip);;All files (*)</source>
            <extracomment>What the setup file dialogs show: the app's own files (`coach export` writes any name; the README uses setup.coach), older .zip exports, and anything.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No voice engine is available:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice engines: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The natural voice is not available: {natural_missing}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default voice: {name} ({id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no voice engine is available, so there is nothing to render: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: “{text}” could not be spoken: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, then {hours} hours of background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{output}: {minutes} minutes, {prompts} prompts{night}; voice {voice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--night is {hours}; it must be from 0 to {most} hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--night needs a background sound to play on: add --background brown (or pink), or choose one in Preferences → Screen and sound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write {output}: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--bedtime {bedtime!r} is not a time; write HH:MM, e.g. 22:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight ({night}): bed at {bedtime}, {hours} hours until you get up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (less than the {needed} recommended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read the PIN from {pin_file}: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This setup is locked. PIN to {doing}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this setup is locked: give the PIN with --pin-file FILE to {doing}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>export it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write {file}: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{file}: %n file(s) ({names})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>nothing set up yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was not imported: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} to {last} is more than a year; a report covers at most 367 nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>-o {output}: the report is a PDF; give a name ending in .pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write {where}: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{output}: the report, %n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{table}: %n night(s), one per row</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{codebook}: what each column means</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flag} {text!r} is not a date; write YYYY-MM-DD, e.g. 2026-11-30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the night of {night} was not saved: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the startle was not saved: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{night}: startle saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in the diary from {first} to {last}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wind-Down Coach: spoken relaxation for bedtime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print every cue of a routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a routine name, id or .toml file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON (at, text, kind, area)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list the installed voices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>validate routine files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>render a whole session to a WAV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FILE.wav, .flac, .ogg or .opus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the background sound (else the settings')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the whole setup to one file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>include the settings lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>include the sleep diary and startle log (health information)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on a locked setup: the PIN's file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>install a setup file (checked first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only show what would change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the night diary and the startle log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save a night's check-in (every value is checked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the evening the night began</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>log a startle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a body area, e.g. right_leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>falling_asleep, night, awake or daytime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about how long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it woke you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the legs felt uncomfortable before it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the nights in the diary, with their figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the sleep diary as a PDF for the doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first night (14 back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last night (by default last night)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>also one row per night, and a codebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print tonight's evening plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plan for this bedtime instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(details in the log in {folder})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>diagnostics</name>
        <message>
            <source>not installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voice engine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audio output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log folder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>diary_wiring</name>
        <message>
            <source>How did you sleep? “How did you sleep?…” on the home page asks about last night.</source>
            <extracomment>The check-in is offered when the app opens between these hours (the morning after).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did you sleep? The check-in takes a minute.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evening_controller</name>
        <message>
            <source>Bath time is over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get out slowly, and sit for a minute before you lie down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your bath time is over. Get out slowly, and sit down for a minute before lying down.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evening_wiring</name>
        <message>
            <source>There is no system tray here, so reminders appear in this window; keep it open in the evening.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wind-Down Coach is still running in the tray so it can remind you this evening. Choose Quit from its menu to close it completely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The nights' record could not be opened ({exc}); tonight's ticks will not be kept.</source>
            <extracomment>Opens the bedtime and checklist editor. Tells the person something gently (the tray, else the window; held in a session).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record of past nights was damaged, so a new one was started; the old file is kept as {moved_aside}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wind-Down Coach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evening plan file could not be used, so the default plan is shown (the file is kept):
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start relaxation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bath timer: {minutes} minutes. I will tell you when it is time to get out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While you were relaxing</source>
            <extracomment>The bath cue is spoken at this share of the voice volume: a nudge, not an alarm.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evening plan could not be saved ({exc}); check that the settings folder can be written to.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gui_arguments</name>
        <message>
            <source>Wind-Down Coach: spoken relaxation for bedtime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the routine to select</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start the session at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>close the app when the session has ended</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>history_window</name>
        <message>
            <source>Last 14 nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 90 nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen dates</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>plan_dialog</name>
        <message>
            <source>the name</source>
            <extracomment>The checklist file's field names, as a person reads them in the dialog.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes before bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>how long it lasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on or off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Item {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>preferences</name>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft brown noise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soft pink noise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The background ends with it</source>
            <extracomment>The background after the closing words: the setting's kinds (a time is NIGHT_AT).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It plays on until the get-up time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It plays on until</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>session_controller</name>
        <message>
            <source>The sound is back; the voice goes on from here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The computer was asleep, so the session paused where it was. Press Space to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sound output was found, so the session shows its words on screen instead. Connect speakers or headphones, or check that the sound system (PulseAudio or PipeWire) is running; on Debian or Ubuntu Qt also needs the libpulse0 package.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The natural voice is not available ({why}), so the eSpeak voice speaks instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sound device stopped working ({why}). The session goes on with its words on screen.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>voice_preview</name>
        <message>
            <source>Let your shoulders soften... and let your breathing slow down.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
