<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Wind-Down Coach</source>
            <translation>О программе Wind-Down Coach</translation>
        </message>
        <message>
            <source>Spoken relaxation and an evening plan for better sleep. Habit support, not medicine: if night-time twitches go on all night, get worse, happen while awake or leave you never rested, please see a doctor.</source>
            <translation>Расслабление под голос и вечерний план для спокойного сна. Это помощь в привычках, а не лечение: если ночные вздрагивания продолжаются всю ночь, усиливаются, бывают наяву или вы совсем не высыпаетесь, пожалуйста, обратитесь к врачу.</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Скопировать сведения</translation>
        </message>
        <message>
            <source>Copy diagnostics for a support request</source>
            <translation>Скопировать сведения о системе для обращения в поддержку</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>not started yet</source>
            <extracomment>The settings in force; they change only through :meth:`save_settings`. The questions asked of the person (Qt's dialogs; tests script the answers). The voices the speech engine offers (None until it has listed them). Starts the speech helper a moment after the window is up. Quits a set time after a session (settings: quit_after_minutes). How the app quits (QApplication.quit; tests give their own). The main window's place and size between runs. Opens the bedtime and checklist editor (given by the evening's wiring). Preferences while they are open. The morning check-in (full, or simple mode's quick one) while it is open. "I startled" while it is open. The sleep history page while it is open. The window's language (Preferences → Language, else the system's); the routine list offers the built-in routines in it. The language the system asks for (where there is a catalogue for it).</extracomment>
            <translation>ещё не запущен</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>не найдено</translation>
        </message>
        <message>
            <source>The new language is used from the next start of Wind-Down Coach.</source>
            <translation>Новый язык появится при следующем запуске программы.</translation>
        </message>
        <message>
            <source>the relaxation session</source>
            <translation>сеанс расслабления</translation>
        </message>
        <message>
            <source>the bath timer</source>
            <translation>таймер ванны</translation>
        </message>
        <message>
            <source>Quit Wind-Down Coach</source>
            <translation>Выйти из программы</translation>
        </message>
        <message>
            <source>Quitting now stops {join}. Quit anyway?</source>
            <translation>Если выйти сейчас, остановится {join}. Всё равно выйти?</translation>
        </message>
        <message>
            <source> and </source>
            <translation> и </translation>
        </message>
    </context>
    <context>
        <name>BodyAreas</name>
        <message>
            <source>Right thumb</source>
            <translation>Большой палец правой руки</translation>
        </message>
        <message>
            <source>Right index finger</source>
            <translation>Указательный палец правой руки</translation>
        </message>
        <message>
            <source>Right middle finger</source>
            <translation>Средний палец правой руки</translation>
        </message>
        <message>
            <source>Right ring finger</source>
            <translation>Безымянный палец правой руки</translation>
        </message>
        <message>
            <source>Right little finger</source>
            <translation>Мизинец правой руки</translation>
        </message>
        <message>
            <source>Right hand</source>
            <translation>Правая кисть</translation>
        </message>
        <message>
            <source>Right forearm</source>
            <translation>Правое предплечье</translation>
        </message>
        <message>
            <source>Right upper arm</source>
            <translation>Правое плечо (выше локтя)</translation>
        </message>
        <message>
            <source>Right shoulder</source>
            <translation>Правое плечо</translation>
        </message>
        <message>
            <source>Right toes</source>
            <translation>Пальцы правой ноги</translation>
        </message>
        <message>
            <source>Right foot</source>
            <translation>Правая стопа</translation>
        </message>
        <message>
            <source>Right calf</source>
            <translation>Правая голень</translation>
        </message>
        <message>
            <source>Right thigh</source>
            <translation>Правое бедро</translation>
        </message>
        <message>
            <source>Right hand and forearm</source>
            <translation>Правая кисть и предплечье</translation>
        </message>
        <message>
            <source>Right arm</source>
            <translation>Правая рука</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Правая нога</translation>
        </message>
        <message>
            <source>Left thumb</source>
            <translation>Большой палец левой руки</translation>
        </message>
        <message>
            <source>Left index finger</source>
            <translation>Указательный палец левой руки</translation>
        </message>
        <message>
            <source>Left middle finger</source>
            <translation>Средний палец левой руки</translation>
        </message>
        <message>
            <source>Left ring finger</source>
            <translation>Безымянный палец левой руки</translation>
        </message>
        <message>
            <source>Left little finger</source>
            <translation>Мизинец левой руки</translation>
        </message>
        <message>
            <source>Left hand</source>
            <translation>Левая кисть</translation>
        </message>
        <message>
            <source>Left forearm</source>
            <translation>Левое предплечье</translation>
        </message>
        <message>
            <source>Left upper arm</source>
            <translation>Левое плечо (выше локтя)</translation>
        </message>
        <message>
            <source>Left shoulder</source>
            <translation>Левое плечо</translation>
        </message>
        <message>
            <source>Left toes</source>
            <translation>Пальцы левой ноги</translation>
        </message>
        <message>
            <source>Left foot</source>
            <translation>Левая стопа</translation>
        </message>
        <message>
            <source>Left calf</source>
            <translation>Левая голень</translation>
        </message>
        <message>
            <source>Left thigh</source>
            <translation>Левое бедро</translation>
        </message>
        <message>
            <source>Left hand and forearm</source>
            <translation>Левая кисть и предплечье</translation>
        </message>
        <message>
            <source>Left arm</source>
            <translation>Левая рука</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Левая нога</translation>
        </message>
        <message>
            <source>Forehead</source>
            <translation>Лоб</translation>
        </message>
        <message>
            <source>Eyes and nose</source>
            <translation>Глаза и нос</translation>
        </message>
        <message>
            <source>Cheeks and jaw</source>
            <translation>Щёки и челюсть</translation>
        </message>
        <message>
            <source>Face</source>
            <translation>Лицо</translation>
        </message>
        <message>
            <source>Neck and throat</source>
            <translation>Шея и горло</translation>
        </message>
        <message>
            <source>Face and neck</source>
            <translation>Лицо и шея</translation>
        </message>
        <message>
            <source>Chest, shoulders and upper back</source>
            <translation>Грудь, плечи и верх спины</translation>
        </message>
        <message>
            <source>Abdomen</source>
            <translation>Живот</translation>
        </message>
        <message>
            <source>Chest, shoulders, back and abdomen</source>
            <translation>Грудь, плечи, спина и живот</translation>
        </message>
        <message>
            <source>Both arms</source>
            <translation>Обе руки</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Обе ноги</translation>
        </message>
        <message>
            <source>Whole body</source>
            <translation>Всё тело</translation>
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Body map</source>
            <translation>Схема тела</translation>
        </message>
        <message>
            <source>Shows which part of the body is relaxing now.</source>
            <translation>Показывает, какая часть тела сейчас расслабляется.</translation>
        </message>
    </context>
    <context>
        <name>BreathingGuide</name>
        <message>
            <source>Breathing guide</source>
            <translation>Подсказка дыхания</translation>
        </message>
        <message>
            <source>Breathe in as the circle grows and out as it shrinks.</source>
            <translation>Вдох — пока круг растёт, выдох — пока он сжимается.</translation>
        </message>
    </context>
    <context>
        <name>CaregiverPage</name>
        <message>
            <source>The person's name, used in the greeting</source>
            <translation>Имя человека — для приветствия</translation>
        </message>
        <message>
            <source>Simple mode: one big button and tonight's list</source>
            <translation>Простой режим: одна большая кнопка и список на вечер</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Высокая контрастность</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Крупный текст</translation>
        </message>
        <message>
            <source>New PIN or passphrase</source>
            <translation>Новый PIN-код или пароль</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>Тот же PIN-код ещё раз</translation>
        </message>
        <message>
            <source>Remove the lock</source>
            <translation>Снять блокировку</translation>
        </message>
        <message>
            <source>Export setup…</source>
            <translation>Сохранить настройку…</translation>
        </message>
        <message>
            <source>Export the whole setup to one file</source>
            <translation>Сохранить всю настройку в один файл</translation>
        </message>
        <message>
            <source>Import setup…</source>
            <translation>Загрузить настройку…</translation>
        </message>
        <message>
            <source>Import a setup file from another computer</source>
            <translation>Загрузить файл настройки с другого компьютера</translation>
        </message>
        <message>
            <source>A PIN protects the routines, the checklist, reminders, the voice and leaving simple mode.</source>
            <translation>PIN-код защищает программы расслабления, список дел, напоминания, голос и выход из простого режима.</translation>
        </message>
        <message>
            <source> A lock is set.</source>
            <translation> Блокировка установлена.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Новый PIN-код</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Ещё раз</translation>
        </message>
        <message numerus="yes">
            <source>the PIN needs at least %n character(s)</source>
            <translation>
                <numerusform>в PIN-коде должен быть хотя бы %n символ</numerusform>
                <numerusform>в PIN-коде должно быть хотя бы %n символа</numerusform>
                <numerusform>в PIN-коде должно быть хотя бы %n символов</numerusform>
            </translation>
        </message>
        <message>
            <source>the two PINs are not the same</source>
            <translation>два PIN-кода не совпадают</translation>
        </message>
    </context>
    <context>
        <name>Caregiving</name>
        <message>
            <source>Wind-Down Coach</source>
            <translation>Wind-Down Coach</translation>
        </message>
        <message>
            <source>These settings are locked. Enter the PIN:</source>
            <translation>Эти настройки заблокированы. Введите PIN-код:</translation>
        </message>
        <message>
            <source>For someone else</source>
            <translation>Для близкого человека</translation>
        </message>
        <message>
            <source>Export setup</source>
            <translation>Сохранить настройку</translation>
        </message>
        <message>
            <source>Include the PIN lock? The other computer will then ask for the same PIN.</source>
            <translation>Добавить блокировку PIN-кодом? Тогда другой компьютер будет спрашивать тот же PIN-код.</translation>
        </message>
        <message>
            <source>Include the sleep diary and startle log? They are health information: include them only when the file goes somewhere you trust.</source>
            <translation>Добавить дневник сна и журнал вздрагиваний? Это сведения о здоровье: добавляйте их, только если файл попадёт в надёжные руки.</translation>
        </message>
        <message>
            <source>The setup could not be written: {exc}</source>
            <translation>Не удалось записать настройку: {exc}</translation>
        </message>
        <message>
            <source>the PIN lock</source>
            <translation>блокировка PIN-кодом</translation>
        </message>
        <message>
            <source>the sleep diary</source>
            <translation>дневник сна</translation>
        </message>
        <message>
            <source> with {parts}</source>
            <translation> ({parts} тоже)</translation>
        </message>
        <message>
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <source>The setup was saved{also} to {path}.</source>
            <translation>Настройка сохранена{also} в {path}.</translation>
        </message>
        <message>
            <source>Import setup</source>
            <translation>Загрузить настройку</translation>
        </message>
        <message>
            <source>{name} was not imported: {exc}</source>
            <translation>{name} не загружен: {exc}</translation>
        </message>
        <message>
            <source>This setup will:

</source>
            <translation>Эта настройка:

</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>How did you sleep? — the night of {night}</source>
            <extracomment>"Add a startle…": one for this night (the wiring asks where and keeps it).</extracomment>
            <translation>Как вам спалось? — ночь с {night}</translation>
        </message>
        <message>
            <source>Into bed</source>
            <translation>Легли в постель</translation>
        </message>
        <message>
            <source>Tried to sleep</source>
            <translation>Стали засыпать</translation>
        </message>
        <message>
            <source>Final awakening</source>
            <translation>Окончательно проснулись</translation>
        </message>
        <message>
            <source>Out of bed</source>
            <translation>Встали с постели</translation>
        </message>
        <message>
            <source>Last caffeinated drink</source>
            <translation>Последний напиток с кофеином</translation>
        </message>
        <message>
            <source>Last alcoholic drink</source>
            <translation>Последний алкогольный напиток</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Minutes to fall asleep</source>
            <translation>Минут до засыпания</translation>
        </message>
        <message>
            <source>Times woken in the night</source>
            <translation>Сколько раз просыпались ночью</translation>
        </message>
        <message>
            <source>Minutes awake in the night, in all</source>
            <translation>Минут без сна ночью, всего</translation>
        </message>
        <message>
            <source>Quality of sleep</source>
            <translation>Качество сна</translation>
        </message>
        <message>
            <source>How rested you felt</source>
            <translation>Насколько вы отдохнули</translation>
        </message>
        <message>
            <source>Naps</source>
            <translation>Дневной сон</translation>
        </message>
        <message>
            <source>Minutes napping</source>
            <translation>Минут дневного сна</translation>
        </message>
        <message>
            <source>Caffeinated drinks</source>
            <translation>Напитки с кофеином</translation>
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Алкогольные напитки</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Filled in by (when someone helps)</source>
            <translation>Кто заполнил (если кто-то помогает)</translation>
        </message>
        <message>
            <source>What needs a look before saving</source>
            <translation>Что нужно поправить перед сохранением</translation>
        </message>
        <message>
            <source>Add a startle…</source>
            <translation>Добавить вздрагивание…</translation>
        </message>
        <message>
            <source>Add a startle to this night</source>
            <translation>Добавить вздрагивание к этой ночи</translation>
        </message>
        <message>
            <source>Startles of this night</source>
            <translation>Вздрагивания этой ночью</translation>
        </message>
        <message>
            <source>The night</source>
            <translation>Ночь</translation>
        </message>
        <message>
            <source>Times woken</source>
            <translation>Сколько раз просыпались</translation>
        </message>
        <message>
            <source>Minutes awake in all</source>
            <translation>Минут без сна, всего</translation>
        </message>
        <message>
            <source>How it was</source>
            <translation>Как прошла ночь</translation>
        </message>
        <message>
            <source>The day before</source>
            <translation>Накануне днём</translation>
        </message>
        <message>
            <source>The last at</source>
            <translation>Последний в</translation>
        </message>
        <message>
            <source>Anything else</source>
            <translation>Что-нибудь ещё</translation>
        </message>
        <message>
            <source>Filled in by</source>
            <translation>Кто заполнил</translation>
        </message>
        <message numerus="yes">
            <source>Startles logged for this night: %n.</source>
            <translation>
                <numerusform>За эту ночь записано %n вздрагивание.</numerusform>
                <numerusform>За эту ночь записано %n вздрагивания.</numerusform>
                <numerusform>За эту ночь записано %n вздрагиваний.</numerusform>
            </translation>
        </message>
        <message>
            <source>No startles logged.</source>
            <translation>Вздрагиваний не записано.</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Finish a light meal</source>
            <extracomment>For timed items such as the bath: how long it lasts (minutes). The checklist a new user starts with: on, the three habits the app is known for; off, the other suggestions about a calm evening.</extracomment>
            <translation>Лёгкий ужин — и больше не есть</translation>
        </message>
        <message>
            <source>Eat lightly, and not in the last two to three hours before bed.</source>
            <translation>Поешьте легко и не позже чем за два–три часа до сна.</translation>
        </message>
        <message>
            <source>Screens off</source>
            <translation>Выключить экраны</translation>
        </message>
        <message>
            <source>TV, computer, games and phone off an hour before bed; a paper book instead.</source>
            <translation>Телевизор, компьютер, игры и телефон — выключить за час до сна; вместо них бумажная книга.</translation>
        </message>
        <message>
            <source>Warm bath</source>
            <translation>Тёплая ванна</translation>
        </message>
        <message>
            <source>About 20 minutes, warm rather than hot; sit for a minute afterwards before lying down.</source>
            <translation>Минут двадцать, тёплая, а не горячая; после неё посидите минутку и только потом ложитесь.</translation>
        </message>
        <message>
            <source>No more caffeine</source>
            <translation>Больше без кофеина</translation>
        </message>
        <message>
            <source>Tea, coffee and cola keep the body alert.</source>
            <translation>Чай, кофе и кола бодрят тело.</translation>
        </message>
        <message>
            <source>An easy evening walk</source>
            <translation>Неспешная вечерняя прогулка</translation>
        </message>
        <message>
            <source>At a gentle pace, dressed warmly.</source>
            <translation>Спокойным шагом, тепло одевшись.</translation>
        </message>
        <message>
            <source>Air the bedroom</source>
            <translation>Проветрить спальню</translation>
        </message>
        <message>
            <source>A cool room, around 18–21 °C, helps sleep.</source>
            <translation>В прохладной комнате, около 18–21 °C, спится лучше.</translation>
        </message>
        <message>
            <source>Something quiet</source>
            <translation>Что-нибудь спокойное</translation>
        </message>
        <message>
            <source>Reading, drawing or a board game rather than anything exciting.</source>
            <translation>Чтение, рисование или настольная игра — ничего будоражащего.</translation>
        </message>
        <message>
            <source>Dim the lights</source>
            <translation>Приглушить свет</translation>
        </message>
        <message>
            <source>Soft light, or a small night light if you need one.</source>
            <translation>Мягкий свет или маленький ночник, если он нужен.</translation>
        </message>
        <message>
            <source>Warm socks and a light blanket</source>
            <translation>Тёплые носки и лёгкое одеяло</translation>
        </message>
        <message>
            <source>Warm feet help the body settle; keep the covers light.</source>
            <translation>Тёплые ноги помогают телу успокоиться; одеяло пусть будет лёгким.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>dddd d MMMM</source>
            <extracomment>How a night is named: the weekday, the day and the month (Qt's date format; each language orders them its own way in the catalogue).</extracomment>
            <translation>d MMMM (dddd)</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd, d MMM</translation>
        </message>
        <message>
            <source>d MMMM yyyy</source>
            <extracomment>A date with its year, as a report says it.</extracomment>
            <translation>d MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message>
            <source>The check-in was not saved: </source>
            <translation>Отметка о ночи не сохранена: </translation>
        </message>
        <message>
            <source>The startle was not kept: </source>
            <translation>Вздрагивание не записано: </translation>
        </message>
        <message>
            <source>The startle could not be kept ({exc}).</source>
            <translation>Не удалось записать вздрагивание ({exc}).</translation>
        </message>
        <message>
            <source>Startle kept for the night of {night}: {area}.</source>
            <translation>Вздрагивание записано, ночь с {night}: {area}.</translation>
        </message>
        <message>
            <source>The sleep diary could not be read ({exc}).</source>
            <translation>Не удалось прочитать дневник сна ({exc}).</translation>
        </message>
        <message>
            <source>Create a report for the doctor</source>
            <translation>Отчёт для врача</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <source>The report could not be written to {where}: {exc}</source>
            <translation>Не удалось записать отчёт в {where}: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>The report is in {pdf} (%n page(s)); the nights as a table in {table}, and what its columns mean in {codebook}. Nothing was sent anywhere.</source>
            <translation>
                <numerusform>Отчёт — в {pdf} (%n страница); ночи таблицей — в {table}, а что значат её столбцы — в {codebook}. Никуда ничего не отправлено.</numerusform>
                <numerusform>Отчёт — в {pdf} (%n страницы); ночи таблицей — в {table}, а что значат её столбцы — в {codebook}. Никуда ничего не отправлено.</numerusform>
                <numerusform>Отчёт — в {pdf} (%n страниц); ночи таблицей — в {table}, а что значат её столбцы — в {codebook}. Никуда ничего не отправлено.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check-in could not be saved ({exc}).</source>
            <translation>Не удалось сохранить отметку о ночи ({exc}).</translation>
        </message>
        <message>
            <source>Saved: the night of {night}.</source>
            <translation>Сохранено: ночь с {night}.</translation>
        </message>
    </context>
    <context>
        <name>DiaryFile</name>
        <message>
            <source>the night of {night}: {problem}</source>
            <extracomment>Numbered upgrade steps: MIGRATIONS[n] brings a database from version n to n + 1. Set when a damaged file had to be moved aside: where it is kept. A night of a diary file that breaks a rule, with the first rule it breaks.</extracomment>
            <translation>ночь {night}: {problem}</translation>
        </message>
        <message>
            <source>it is not a Wind-Down Coach diary</source>
            <translation>это не дневник Wind-Down Coach</translation>
        </message>
        <message>
            <source>its version {version} is not {known}</source>
            <translation>его версия {version}, а нужна {known}</translation>
        </message>
        <message>
            <source>it has no list of nights and startles</source>
            <translation>в нём нет списка ночей и вздрагиваний</translation>
        </message>
        <message>
            <source>it has more nights or startles than a diary can hold</source>
            <translation>в нём больше ночей или вздрагиваний, чем помещается в дневник</translation>
        </message>
        <message>
            <source>a night is not a table of values</source>
            <translation>одна из ночей — не таблица значений</translation>
        </message>
        <message>
            <source>the night {night} is not a date</source>
            <translation>ночь {night} — это не дата</translation>
        </message>
        <message>
            <source>the night of {night} is there twice</source>
            <translation>ночь {night} записана дважды</translation>
        </message>
        <message>
            <source>the night of {night}: its short check-in is damaged</source>
            <translation>ночь {night}: короткая отметка повреждена</translation>
        </message>
        <message>
            <source>a startle is not a table of values</source>
            <translation>одно из вздрагиваний — не таблица значений</translation>
        </message>
        <message>
            <source>a startle's night {night} is not a date</source>
            <translation>ночь вздрагивания {night} — это не дата</translation>
        </message>
        <message>
            <source>a startle on {night}: its seconds are not a number</source>
            <translation>вздрагивание в ночь {night}: его секунды — не число</translation>
        </message>
        <message>
            <source>a startle on {night}: {problem}</source>
            <translation>вздрагивание в ночь {night}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>DiaryReport</name>
        <message>
            <source>Sleep efficiency</source>
            <extracomment>The top of the scale (the highest value when None).</extracomment>
            <translation>Эффектив­ность сна</translation>
        </message>
        <message>
            <source>Total sleep time</source>
            <translation>Общее время сна</translation>
        </message>
        <message>
            <source>h</source>
            <translation>ч</translation>
        </message>
        <message>
            <source>Startles</source>
            <translation>Вздра­гива­ния</translation>
        </message>
        <message>
            <source>Sleep diary of {who}</source>
            <translation>Дневник сна: {who}</translation>
        </message>
        <message>
            <source>Sleep diary</source>
            <translation>Дневник сна</translation>
        </message>
        <message>
            <source>Nights of {first} to {last}: {nights} in all, {full} with a full check-in. Made with Wind-Down Coach on {made}, on this computer; nothing was sent anywhere. A diary kept by the person, not a medical measurement.</source>
            <translation>Ночи с {first} по {last}: всего {nights}, с полной отметкой — {full}. Составлено в Wind-Down Coach {made} на этом компьютере; никуда ничего не отправлялось. Это дневник, который вёл сам человек, а не медицинское измерение.</translation>
        </message>
        <message>
            <source>Worth mentioning:</source>
            <translation>Стоит обсудить с врачом:</translation>
        </message>
        <message>
            <source>Averages</source>
            <translation>Средние значения</translation>
        </message>
        <message>
            <source>Time in bed</source>
            <translation>Время в постели</translation>
        </message>
        <message>
            <source>Total sleep</source>
            <translation>Общее время сна</translation>
        </message>
        <message>
            <source>Minutes to fall asleep</source>
            <translation>Минут до засыпания</translation>
        </message>
        <message>
            <source>Awakenings</source>
            <translation>Пробуждения</translation>
        </message>
        <message>
            <source>Minutes awake after sleep</source>
            <translation>Минут без сна после засыпания</translation>
        </message>
        <message>
            <source>Quality (1–5)</source>
            <translation>Качество (1–5)</translation>
        </message>
        <message>
            <source>Night by night</source>
            <translation>Ночь за ночью</translation>
        </message>
        <message>
            <source>SOL: minutes to fall asleep. WASO: minutes awake after first falling asleep. TIB: time in bed. TST: total sleep time = (final awakening − tried to sleep) − SOL − WASO. SE: sleep efficiency = TST / TIB × 100. Quality: {scale}.</source>
            <translation>SOL — минут до засыпания. WASO — минут без сна после первого засыпания. TIB — время в постели. TST — общее время сна = (окончательное пробуждение − попытка уснуть) − SOL − WASO. SE — эффективность сна = TST / TIB × 100. Качество: {scale}.</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} ч {minutes}</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>до конца</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>прерван</translation>
        </message>
        <message>
            <source>short check-in</source>
            <translation>короткая отметка</translation>
        </message>
        <message>
            <source>woke</source>
            <translation>просыпался</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>No nights were recorded in this period.</source>
            <translation>За этот период ночей не записано.</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Ночь</translation>
        </message>
        <message>
            <source>In bed</source>
            <translation>Лёг</translation>
        </message>
        <message>
            <source>Tried</source>
            <translation>Засы­пал</translation>
        </message>
        <message>
            <source>Woke</source>
            <translation>Про­сып.</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Оконч.</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Встал</translation>
        </message>
        <message>
            <source>Qual.</source>
            <translation>Кач.</translation>
        </message>
        <message>
            <source>Evening plan done</source>
            <translation>Сделано из плана</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Рассла­бление</translation>
        </message>
        <message>
            <source>No startles were logged in this period.</source>
            <translation>За этот период вздрагиваний не записано.</translation>
        </message>
        <message>
            <source>Startles: {count}, on {nights} of the nights. The person woke from {woke} of them; before {legs} of them the legs felt uncomfortable.</source>
            <translation>Всего вздрагиваний: {count}; ночей с ними: {nights}. Человек просыпался от них: {woke}; перед ними были неприятные ощущения в ногах: {legs}.</translation>
        </message>
        <message>
            <source>Body part</source>
            <translation>Часть тела</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>The evening plan beside the nights</source>
            <translation>Вечерний план рядом с ночами</translation>
        </message>
        <message>
            <source>Relaxation finished</source>
            <translation>Расслабление до конца</translation>
        </message>
        <message>
            <source>Nothing from the evening plan was ticked off in this period.</source>
            <translation>За этот период ничего из вечернего плана не отмечено.</translation>
        </message>
        <message>
            <source>Mean sleep efficiency</source>
            <translation>Средняя эффективность сна</translation>
        </message>
        <message>
            <source>Done that evening</source>
            <translation>Сделано в тот вечер</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Ночей</translation>
        </message>
        <message>
            <source>Other nights</source>
            <translation>Других ночей</translation>
        </message>
    </context>
    <context>
        <name>DiaryText</name>
        <message>
            <source>Into bed</source>
            <extracomment>How each field is called where it is typed.</extracomment>
            <translation>Легли в постель</translation>
        </message>
        <message>
            <source>Tried to sleep</source>
            <translation>Стали засыпать</translation>
        </message>
        <message>
            <source>Minutes to fall asleep</source>
            <translation>Минут до засыпания</translation>
        </message>
        <message>
            <source>Times woken</source>
            <translation>Сколько раз просыпались</translation>
        </message>
        <message>
            <source>Minutes awake in the night</source>
            <translation>Минут без сна ночью</translation>
        </message>
        <message>
            <source>Final awakening</source>
            <translation>Окончательно проснулись</translation>
        </message>
        <message>
            <source>Out of bed</source>
            <translation>Встали с постели</translation>
        </message>
        <message>
            <source>Quality of sleep</source>
            <translation>Качество сна</translation>
        </message>
        <message>
            <source>How rested</source>
            <translation>Насколько отдохнули</translation>
        </message>
        <message>
            <source>Naps</source>
            <translation>Дневной сон</translation>
        </message>
        <message>
            <source>Minutes napping</source>
            <translation>Минут дневного сна</translation>
        </message>
        <message>
            <source>Caffeinated drinks</source>
            <translation>Напитки с кофеином</translation>
        </message>
        <message>
            <source>Last caffeinated drink</source>
            <translation>Последний напиток с кофеином</translation>
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Алкогольные напитки</translation>
        </message>
        <message>
            <source>Last alcoholic drink</source>
            <translation>Последний алкогольный напиток</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Body part</source>
            <translation>Часть тела</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>About how long</source>
            <translation>Примерно сколько длилось</translation>
        </message>
        <message>
            <source>while falling asleep</source>
            <translation>при засыпании</translation>
        </message>
        <message>
            <source>during the night</source>
            <translation>ночью</translation>
        </message>
        <message>
            <source>while awake</source>
            <translation>наяву</translation>
        </message>
        <message>
            <source>in the daytime</source>
            <translation>днём</translation>
        </message>
        <message>
            <source>{label}: please fill this in.</source>
            <extracomment>Each problem's sentence; ``{label}`` is the field's name, the rest the problem's values.</extracomment>
            <translation>{label}: пожалуйста, заполните.</translation>
        </message>
        <message>
            <source>{label}: “{text}” is not a time; write it as HH:MM, e.g. 22:45.</source>
            <translation>{label}: «{text}» — это не время; напишите в виде ЧЧ:ММ, например 22:45.</translation>
        </message>
        <message>
            <source>{label}: “{text}” is not a whole number.</source>
            <translation>{label}: «{text}» — это не целое число.</translation>
        </message>
        <message>
            <source>{label}: {value} is outside {low}–{high}.</source>
            <translation>{label}: {value} — вне пределов {low}–{high}.</translation>
        </message>
        <message>
            <source>{label}: {value} is outside {low}–{high} (1 = {worst} … 5 = {best}).</source>
            <translation>{label}: {value} — вне пределов {low}–{high} (1 — {worst} … 5 — {best}).</translation>
        </message>
        <message>
            <source>{label}: {length} characters; at most {most}.</source>
            <translation>{label}: символов — {length}, а можно не больше {most}.</translation>
        </message>
        <message>
            <source>{label}: contains a control character; please retype it.</source>
            <translation>{label}: попал управляющий символ; пожалуйста, наберите заново.</translation>
        </message>
        <message>
            <source>{label} ({tried}) is before you got into bed ({in_bed}).</source>
            <translation>{label} ({tried}) — раньше, чем вы легли в постель ({in_bed}).</translation>
        </message>
        <message>
            <source>{label} ({out_of_bed}) is before the final awakening ({final_wake}).</source>
            <translation>{label} ({out_of_bed}) — раньше окончательного пробуждения ({final_wake}).</translation>
        </message>
        <message>
            <source>{label} ({final_wake}) is not after the time you tried to sleep ({tried}).</source>
            <translation>{label} ({final_wake}) — не позже того, как вы стали засыпать ({tried}).</translation>
        </message>
        <message>
            <source>{label}: {latency} minutes would be after the final awakening; there are {available} minutes from {tried} to {final_wake}.</source>
            <translation>{label}: {latency} мин — это уже после окончательного пробуждения; с {tried} до {final_wake} всего {available} мин.</translation>
        </message>
        <message>
            <source>{label}: {awake} minutes is more than the {available} minutes between falling asleep and the final awakening.</source>
            <translation>{label}: {awake} мин — больше, чем {available} мин между засыпанием и окончательным пробуждением.</translation>
        </message>
        <message>
            <source>{label}: {awake} minutes awake, but no time woken is given.</source>
            <translation>{label}: {awake} мин без сна, но не указано, сколько раз вы просыпались.</translation>
        </message>
        <message>
            <source>{label}: minutes are given, but no nap.</source>
            <translation>{label}: минуты указаны, а дневного сна нет.</translation>
        </message>
        <message>
            <source>{label}: “{text}” is not a body part the app knows.</source>
            <translation>{label}: «{text}» — такой части тела программа не знает.</translation>
        </message>
        <message>
            <source>{label}: “{text}” is not one of: {known}.</source>
            <translation>{label}: «{text}» — нужно одно из: {known}.</translation>
        </message>
        <message>
            <source>very poor</source>
            <extracomment>The rating scale's words, 1 … 5 (English, marked: the window says them in its language).</extracomment>
            <translation>очень плохо</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>плохо</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>так себе</translation>
        </message>
        <message>
            <source>good</source>
            <translation>хорошо</translation>
        </message>
        <message>
            <source>very good</source>
            <translation>очень хорошо</translation>
        </message>
        <message>
            <source>Your log shows something worth mentioning to a doctor. Startles as you fall asleep are common and usually harmless; a doctor can tell whether these need a closer look, and the report below gives them the details.</source>
            <extracomment>What the history page says when the log shows one of the source's warning signs: calm, never a diagnosis, no medication.</extracomment>
            <translation>В ваших записях есть то, о чём стоит рассказать врачу. Вздрагивания при засыпании бывают у многих и обычно безобидны; врач подскажет, нужно ли к ним присмотреться, а отчёт ниже даст ему подробности.</translation>
        </message>
        <message>
            <source>Startles on most nights over the last two weeks.</source>
            <translation>Вздрагивания в большинство ночей за последние две недели.</translation>
        </message>
        <message>
            <source>Startles while awake or in the daytime.</source>
            <translation>Вздрагивания наяву или днём.</translation>
        </message>
        <message>
            <source>More startles each week, three weeks running.</source>
            <translation>Вздрагиваний больше с каждой неделей, три недели подряд.</translation>
        </message>
        <message>
            <source>Uncomfortable legs before startles.</source>
            <translation>Неприятные ощущения в ногах перед вздрагиваниями.</translation>
        </message>
    </context>
    <context>
        <name>DimOverlay</name>
        <message>
            <source>Screen dimmed</source>
            <extracomment>A click on the dark screen: the window lifts it (and leaves full screen).</extracomment>
            <translation>Экран приглушён</translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>около %n минуты</numerusform>
                <numerusform>около %n минут</numerusform>
                <numerusform>около %n минут</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min left</source>
            <translation>
                <numerusform>осталась %n мин</numerusform>
                <numerusform>осталось %n мин</numerusform>
                <numerusform>осталось %n мин</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EveningController</name>
        <message>
            <source>Not kept</source>
            <extracomment>The bath timer started, ended or was cancelled.</extracomment>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Tonight's ticks could not be saved ({exc}).</source>
            <translation>Не удалось сохранить сегодняшние отметки ({exc}).</translation>
        </message>
    </context>
    <context>
        <name>EveningPage</name>
        <message>
            <source>Closing the window keeps the evening's reminders going</source>
            <extracomment>The person asks to change the bedtime and the checklist.</extracomment>
            <translation>Закрытое окно не мешает вечерним напоминаниям</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Close the app after a session ends</source>
            <translation>Закрывать программу после сеанса</translation>
        </message>
        <message>
            <source>Bedtime and checklist…</source>
            <translation>Время сна и список дел…</translation>
        </message>
        <message>
            <source>Change the bedtime and the evening checklist</source>
            <translation>Изменить время сна и вечерний список дел</translation>
        </message>
        <message>
            <source>After a session, close the app after</source>
            <translation>После сеанса закрыть программу через</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>name</source>
            <translation>название</translation>
        </message>
        <message>
            <source>description</source>
            <translation>описание</translation>
        </message>
        <message>
            <source>opening</source>
            <translation>вступление</translation>
        </message>
        <message>
            <source>closing</source>
            <translation>завершение</translation>
        </message>
        <message>
            <source>words</source>
            <translation>слова</translation>
        </message>
        <message>
            <source>length</source>
            <translation>длительность</translation>
        </message>
        <message>
            <source>body area</source>
            <translation>часть тела</translation>
        </message>
        <message>
            <source>tension</source>
            <translation>напряжение</translation>
        </message>
        <message>
            <source>release words</source>
            <translation>слова расслабления</translation>
        </message>
        <message>
            <source>rest</source>
            <translation>отдых</translation>
        </message>
        <message>
            <source>extra words</source>
            <translation>дополнительные слова</translation>
        </message>
        <message>
            <source>time</source>
            <translation>время</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>times each group is done</source>
            <translation>сколько раз выполнять каждую группу</translation>
        </message>
        <message>
            <source>pause between groups</source>
            <translation>пауза между группами</translation>
        </message>
        <message>
            <source>chime</source>
            <translation>колокольчик</translation>
        </message>
        <message>
            <source>voice</source>
            <translation>голос</translation>
        </message>
        <message>
            <source>id</source>
            <translation>идентификатор</translation>
        </message>
        <message>
            <source>speed</source>
            <translation>скорость</translation>
        </message>
        <message>
            <source>volume</source>
            <translation>громкость</translation>
        </message>
        <message>
            <source>format version</source>
            <translation>версия формата</translation>
        </message>
        <message>
            <source>language</source>
            <translation>язык</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>шаги</translation>
        </message>
        <message>
            <source>checklist items</source>
            <translation>пункты списка</translation>
        </message>
        <message>
            <source>title</source>
            <translation>название</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>пояснение</translation>
        </message>
        <message>
            <source>minutes before bedtime</source>
            <translation>минут до сна</translation>
        </message>
        <message>
            <source>on</source>
            <translation>включено</translation>
        </message>
        <message>
            <source>length in minutes</source>
            <translation>длительность в минутах</translation>
        </message>
        <message>
            <source>bedtime</source>
            <translation>время сна</translation>
        </message>
        <message>
            <source>get-up time</source>
            <translation>время подъёма</translation>
        </message>
        <message>
            <source>who sleeps</source>
            <translation>кто спит</translation>
        </message>
        <message>
            <source>bedtimes by weekday</source>
            <translation>время сна по дням недели</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>программа</translation>
        </message>
        <message>
            <source>captions</source>
            <translation>подписи</translation>
        </message>
        <message>
            <source>dark screen</source>
            <translation>тёмный экран</translation>
        </message>
        <message>
            <source>caption size</source>
            <translation>размер подписей</translation>
        </message>
        <message>
            <source>body map</source>
            <translation>схема тела</translation>
        </message>
        <message>
            <source>breathing guide</source>
            <translation>подсказка дыхания</translation>
        </message>
        <message>
            <source>breathing guide speed</source>
            <translation>скорость подсказки дыхания</translation>
        </message>
        <message>
            <source>chime volume</source>
            <translation>громкость колокольчика</translation>
        </message>
        <message>
            <source>background sound</source>
            <translation>фоновый звук</translation>
        </message>
        <message>
            <source>background volume</source>
            <translation>громкость фона</translation>
        </message>
        <message>
            <source>background plays on until</source>
            <translation>фон звучит до</translation>
        </message>
        <message>
            <source>name in the greeting</source>
            <translation>имя в приветствии</translation>
        </message>
        <message>
            <source>simple mode</source>
            <translation>простой режим</translation>
        </message>
        <message>
            <source>high contrast</source>
            <translation>высокий контраст</translation>
        </message>
        <message>
            <source>large text</source>
            <translation>крупный текст</translation>
        </message>
        <message>
            <source>closing keeps reminders in the tray</source>
            <translation>после закрытия напоминания остаются в трее</translation>
        </message>
        <message>
            <source>tray hint shown</source>
            <translation>подсказка о трее показана</translation>
        </message>
        <message>
            <source>close the app after a session</source>
            <translation>закрывать приложение после сеанса</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Шаг {number}</translation>
        </message>
        <message>
            <source>extra words {number}</source>
            <translation>дополнительные слова {number}</translation>
        </message>
        <message>
            <source>checklist item {number}</source>
            <translation>пункт списка {number}</translation>
        </message>
    </context>
    <context>
        <name>FileProblem</name>
        <message>
            <source>the default plan is used; your old file is kept as {kept}</source>
            <translation>используется план по умолчанию; ваш прежний файл сохранён как {kept}</translation>
        </message>
        <message>
            <source>cannot be read ({reason}); the default plan is used</source>
            <translation>не читается ({reason}); используется план по умолчанию</translation>
        </message>
        <message>
            <source>is not UTF-8 text ({reason})</source>
            <translation>это не текст в UTF-8 ({reason})</translation>
        </message>
        <message>
            <source>the default plan is used until the file is mended</source>
            <translation>пока файл не исправлен, используется план по умолчанию</translation>
        </message>
        <message>
            <source>cannot be written: {reason}</source>
            <extracomment>The person's language: the built-in routines offered are in it.</extracomment>
            <translation>не удаётся записать: {reason}</translation>
        </message>
        <message>
            <source>cannot be read ({reason}); using the default settings</source>
            <translation>не читается ({reason}); используются настройки по умолчанию</translation>
        </message>
        <message>
            <source>is not UTF-8 text; using the default settings</source>
            <translation>это не текст в UTF-8; используются настройки по умолчанию</translation>
        </message>
        <message>
            <source>was written by an older version ({version}) and could not be updated ({reason}); it is read as it is</source>
            <translation>записан прежней версией ({version}) и не обновился ({reason}); он прочитан как есть</translation>
        </message>
        <message>
            <source>{why}; it could not be moved aside ({reason})</source>
            <translation>{why}; отложить его в сторону не удалось ({reason})</translation>
        </message>
        <message>
            <source>{why}; your old file is kept as {kept}</source>
            <translation>{why}; ваш прежний файл сохранён как {kept}</translation>
        </message>
        <message>
            <source>“{value}” is not a time; write it as HH:MM, such as 22:30</source>
            <translation>«{value}» — это не время; напишите его как ЧЧ:ММ, например 22:30</translation>
        </message>
        <message>
            <source>nested too deeply to be a plan file</source>
            <translation>слишком глубокая вложенность для файла плана</translation>
        </message>
        <message>
            <source>must be a whole number ({version})</source>
            <extracomment>Unknown settings named one by one; beyond this many they are counted (a file with 50 000 of them once took 39 s to start, listing each).</extracomment>
            <translation>должно быть целым числом ({version})</translation>
        </message>
        <message>
            <source>written by a newer Wind-Down Coach (format {version}); this version reads {known}</source>
            <translation>записан более новой версией Wind-Down Coach (формат {version}); эта версия читает формат {known}</translation>
        </message>
        <message>
            <source>is “{value}”; write “adult” (7 hours) or “child” (10)</source>
            <translation>указано «{value}»; напишите «adult» (взрослый, 7 часов) или «child» (ребёнок, 10)</translation>
        </message>
        <message>
            <source>must be a list of [[items]] tables</source>
            <translation>должно быть списком таблиц [[items]]</translation>
        </message>
        <message numerus="yes">
            <source>has %n item(s); at most {most}</source>
            <translation>
                <numerusform>в нём %n пункт; можно не больше {most}</numerusform>
                <numerusform>в нём %n пункта; можно не больше {most}</numerusform>
                <numerusform>в нём %n пунктов; можно не больше {most}</numerusform>
            </translation>
        </message>
        <message>
            <source>must be whole minutes before bedtime, 0 to 720</source>
            <translation>должно быть целым числом минут до сна, от 0 до 720</translation>
        </message>
        <message>
            <source>must be whole minutes, 0 to 180</source>
            <translation>должно быть целым числом минут, от 0 до 180</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <extracomment>Each setting's rules, by name, in the file's order. How a file of each earlier version becomes the next one (Picard's config_upgrade: one step per version, applied in order; each changes the parsed document in place).</extracomment>
            <translation>должно быть true или false</translation>
        </message>
        <message>
            <source>“{id}” is used twice; each item needs its own id</source>
            <translation>«{id}» встречается дважды; у каждого пункта должен быть свой идентификатор</translation>
        </message>
        <message>
            <source>must be a language code of two or three lower-case letters, such as “en” or “ru”</source>
            <extracomment>A language code: two or three lower-case letters (ISO 639), as in a locale name. Each spoken language's voice and default words, as data (``languages.toml`` beside this module: a new language is a table there, not code). The eSpeak NG voice (its pyttsx3 id) for a routine in each language but English. What is said when a tense phase ends, if a step does not say otherwise.</extracomment>
            <translation>должно быть кодом языка из двух-трёх строчных латинских букв, например «en» или «ru»</translation>
        </message>
        <message>
            <source>is “{value}”; it must be empty, “{get_up}” or a time such as “06:30”</source>
            <extracomment>A chosen time further away than this has passed for tonight. How long the background fades out at the end of the night (seconds).</extracomment>
            <translation>указано «{value}»; должно быть пусто, «{get_up}» или время, например «06:30»</translation>
        </message>
        <message>
            <source>unknown key; did you mean “{near}”?</source>
            <translation>незнакомый ключ; может быть, имелось в виду «{near}»?</translation>
        </message>
        <message>
            <source>unknown key; known keys: {keys}</source>
            <translation>незнакомый ключ; известные ключи: {keys}</translation>
        </message>
        <message>
            <source>missing; write the words to say</source>
            <translation>не указано; напишите слова, которые нужно произнести</translation>
        </message>
        <message>
            <source>missing; write it in quotes</source>
            <translation>не указано; напишите его в кавычках</translation>
        </message>
        <message>
            <source>must be text in quotes, not {kind}</source>
            <translation>должно быть текстом в кавычках, а здесь {kind}</translation>
        </message>
        <message>
            <source>is empty; it needs at least one word</source>
            <translation>пусто; нужно хотя бы одно слово</translation>
        </message>
        <message numerus="yes">
            <source>is %n character(s) long; at most {most} are allowed</source>
            <translation>
                <numerusform>длина — %n символ; можно не больше {most}</numerusform>
                <numerusform>длина — %n символа; можно не больше {most}</numerusform>
                <numerusform>длина — %n символов; можно не больше {most}</numerusform>
            </translation>
        </message>
        <message>
            <source>missing; give a number of seconds from {low} to {high}</source>
            <translation>не указано; укажите число секунд от {low} до {high}</translation>
        </message>
        <message>
            <source>must be a number of seconds, not {kind}</source>
            <translation>должно быть числом секунд, а здесь {kind}</translation>
        </message>
        <message>
            <source>must be a finite number of seconds ({low} to {high})</source>
            <translation>должно быть конечным числом секунд (от {low} до {high})</translation>
        </message>
        <message>
            <source>is {value}; it must be from {low} up to {high} seconds</source>
            <translation>указано {value}; допустимо от {low} до {high} секунд</translation>
        </message>
        <message>
            <source>is {value}; it must be more than {low} up to {high} seconds</source>
            <translation>указано {value}; допустимо больше {low} и до {high} секунд</translation>
        </message>
        <message>
            <source>must be a table like [{key}], not {kind}</source>
            <translation>должно быть таблицей вида [{key}], а здесь {kind}</translation>
        </message>
        <message>
            <source>the file is empty; a routine needs a name and steps</source>
            <translation>файл пуст; у программы должны быть название и шаги</translation>
        </message>
        <message>
            <source>nested too deeply to be a routine file</source>
            <translation>слишком глубокая вложенность для файла программы</translation>
        </message>
        <message>
            <source>not valid TOML: {reason} — a key or table is written twice; keep one of them</source>
            <translation>это не корректный TOML: {reason} — ключ или таблица записаны дважды; оставьте что-то одно</translation>
        </message>
        <message>
            <source>not valid TOML: {reason}</source>
            <translation>это не корректный TOML: {reason}</translation>
        </message>
        <message>
            <source>missing; the first line should be version = {version}</source>
            <translation>не указано; первой строкой должно быть version = {version}</translation>
        </message>
        <message>
            <source>must be a whole number ({version}), not {kind}</source>
            <translation>должно быть целым числом ({version}), а здесь {kind}</translation>
        </message>
        <message>
            <source>this routine was written by a newer Wind-Down Coach (format {version}); this version reads format {known} — update the app to open it</source>
            <translation>эта программа записана более новой версией Wind-Down Coach (формат {version}); эта версия читает формат {known} — обновите приложение, чтобы её открыть</translation>
        </message>
        <message>
            <source>is {version}; the only known format is {known}</source>
            <translation>указано {version}; известен только формат {known}</translation>
        </message>
        <message>
            <source>the routine lasts {hours} hours; at most {most} are allowed</source>
            <translation>программа длится {hours} ч; можно не больше {most} ч</translation>
        </message>
        <message>
            <source>must be a whole number from 1 to {most} (how many times each group is done)</source>
            <translation>должно быть целым числом от 1 до {most} (сколько раз выполнять каждую группу)</translation>
        </message>
        <message>
            <source>must be a whole number of words a minute, 60 to 260</source>
            <translation>должно быть целым числом слов в минуту, от 60 до 260</translation>
        </message>
        <message>
            <source>must be a number from 0 to 1</source>
            <translation>должно быть числом от 0 до 1</translation>
        </message>
        <message>
            <source>missing; a routine needs at least one [[steps]] entry</source>
            <translation>не указано; в программе должен быть хотя бы один шаг [[steps]]</translation>
        </message>
        <message>
            <source>must be a list of [[steps]] tables</source>
            <translation>должно быть списком таблиц [[steps]]</translation>
        </message>
        <message>
            <source>is empty; a routine needs at least one step</source>
            <translation>пусто; в программе должен быть хотя бы один шаг</translation>
        </message>
        <message numerus="yes">
            <source>has %n step(s); at most {most} are allowed</source>
            <translation>
                <numerusform>в ней %n шаг; можно не больше {most}</numerusform>
                <numerusform>в ней %n шага; можно не больше {most}</numerusform>
                <numerusform>в ней %n шагов; можно не больше {most}</numerusform>
            </translation>
        </message>
        <message>
            <source>missing; name a body area such as “right_hand”</source>
            <translation>не указано; назовите часть тела, например «right_hand»</translation>
        </message>
        <message>
            <source>must be a body area name in quotes, not {kind}</source>
            <translation>должно быть названием части тела в кавычках, а здесь {kind}</translation>
        </message>
        <message>
            <source>“{area}” is not a known body area; did you mean {near}?</source>
            <translation>«{area}» — незнакомая часть тела; может быть, имелось в виду {near}?</translation>
        </message>
        <message>
            <source>“{area}” is not a known body area; see docs/routine-format.md for the list</source>
            <translation>«{area}» — незнакомая часть тела; список есть в docs/routine-format.md</translation>
        </message>
        <message>
            <source>is empty; leave it out to use the default words</source>
            <translation>пусто; уберите эту строку, чтобы звучали обычные слова</translation>
        </message>
        <message>
            <source>must be a list of [[steps.prompts]] tables with at and say</source>
            <translation>должно быть списком таблиц [[steps.prompts]] с at и say</translation>
        </message>
        <message numerus="yes">
            <source>has %n prompt(s); at most {most}</source>
            <translation>
                <numerusform>в нём %n фраза; можно не больше {most}</numerusform>
                <numerusform>в нём %n фразы; можно не больше {most}</numerusform>
                <numerusform>в нём %n фраз; можно не больше {most}</numerusform>
            </translation>
        </message>
        <message>
            <source>is {at}; it must come before the relax phase ends ({relax} seconds)</source>
            <translation>указано {at}; должно быть раньше конца отдыха ({relax} с)</translation>
        </message>
        <message>
            <source>two prompts share the same time; give each its own “at”</source>
            <translation>у двух фраз одно и то же время; дайте каждой своё «at»</translation>
        </message>
        <message>
            <source>the file is {size} KiB; a routine file is at most {most} kB</source>
            <translation>размер файла — {size} КиБ; файл программы может быть не больше {most} кБ</translation>
        </message>
        <message>
            <source>this is a binary file, not a routine (TOML text)</source>
            <translation>это двоичный файл, а не программа (текст TOML)</translation>
        </message>
        <message>
            <source>not UTF-8 text; save it as UTF-8</source>
            <translation>это не текст в UTF-8; сохраните его в UTF-8</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>не читается: {reason}</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>должно быть текстом в кавычках</translation>
        </message>
        <message>
            <source>is “{value}”; it must be one of {choices}</source>
            <translation>указано «{value}»; допустимо одно из: {choices}</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>должно быть числом</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>должно быть целым числом</translation>
        </message>
        <message>
            <source>must be a finite number</source>
            <translation>должно быть конечным числом</translation>
        </message>
        <message>
            <source>is {value}; it must be from {low} to {high} ({help})</source>
            <translation>указано {value}; допустимо от {low} до {high} ({help})</translation>
        </message>
        <message>
            <source>not valid TOML ({reason}); using the default settings</source>
            <extracomment>A file that cannot be read as settings at all (the defaults are used instead).</extracomment>
            <translation>это не корректный TOML ({reason}); используются настройки по умолчанию</translation>
        </message>
        <message>
            <source>written by a newer Wind-Down Coach (version {version}); this one reads {known}, so defaults are used</source>
            <translation>записан более новой версией Wind-Down Coach (версия {version}); эта читает версию {known}, поэтому используются настройки по умолчанию</translation>
        </message>
        <message>
            <source>unknown setting; did you mean “{near}”?</source>
            <translation>незнакомая настройка; может быть, имелось в виду «{near}»?</translation>
        </message>
        <message>
            <source>unknown setting; known settings: {known}</source>
            <translation>незнакомая настройка; известные настройки: {known}</translation>
        </message>
        <message numerus="yes">
            <source>%n more unknown setting(s) ignored</source>
            <translation>
                <numerusform>пропущена ещё %n незнакомая настройка</numerusform>
                <numerusform>пропущены ещё %n незнакомые настройки</numerusform>
                <numerusform>пропущено ещё %n незнакомых настроек</numerusform>
            </translation>
        </message>
        <message>
            <source>{reason}; using {default} instead</source>
            <translation>{reason}; вместо этого используется {default}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>пустое значение</translation>
        </message>
        <message>
            <source>“{value}”</source>
            <translation>«{value}»</translation>
        </message>
        <message>
            <source>has a control character ({code}) after “{before}”; write plain text</source>
            <translation>есть управляющий символ ({code}) после «{before}»; напишите обычный текст</translation>
        </message>
        <message>
            <source>has a control character ({code}) at the start; write plain text</source>
            <translation>в начале есть управляющий символ ({code}); напишите обычный текст</translation>
        </message>
    </context>
    <context>
        <name>Greetings</name>
        <message>
            <source>Good morning</source>
            <extracomment>Weekday name → bedtime, overriding ``bedtime`` on that evening.</extracomment>
            <translation>Доброе утро</translation>
        </message>
        <message>
            <source>Good afternoon</source>
            <translation>Добрый день</translation>
        </message>
        <message>
            <source>Good evening</source>
            <translation>Добрый вечер</translation>
        </message>
        <message>
            <source>Good night</source>
            <translation>Доброй ночи</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} ч {minutes}</translation>
        </message>
        <message>
            <source>Sleep history</source>
            <extracomment>Show the nights from the first date to the second. Fill in (or change) the check-in of this night.</extracomment>
            <translation>История сна</translation>
        </message>
        <message>
            <source>Which nights</source>
            <translation>Какие ночи</translation>
        </message>
        <message>
            <source>From the night of</source>
            <translation>С ночи</translation>
        </message>
        <message>
            <source>To the night of</source>
            <translation>По ночь</translation>
        </message>
        <message>
            <source>Nights:</source>
            <translation>Ночи:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>A word about seeing a doctor</source>
            <translation>О визите к врачу</translation>
        </message>
        <message>
            <source>Averages</source>
            <translation>В среднем</translation>
        </message>
        <message>
            <source>Chart: sleep efficiency and total sleep per night</source>
            <translation>График: эффективность сна и общее время сна за ночь</translation>
        </message>
        <message>
            <source>The same figures are in the table of nights.</source>
            <translation>Те же цифры есть в таблице ночей.</translation>
        </message>
        <message>
            <source>Chart: startles per night</source>
            <translation>График: вздрагивания за ночь</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Ночи</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Ночь</translation>
        </message>
        <message>
            <source>Sleep efficiency</source>
            <translation>Эффективность сна</translation>
        </message>
        <message>
            <source>Total sleep</source>
            <translation>Всего сна</translation>
        </message>
        <message>
            <source>Time in bed</source>
            <translation>В постели</translation>
        </message>
        <message>
            <source>To fall asleep</source>
            <translation>До засыпания</translation>
        </message>
        <message>
            <source>Awake in the night</source>
            <translation>Без сна ночью</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Качество</translation>
        </message>
        <message>
            <source>Startles</source>
            <translation>Вздрагивания</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Расслабление</translation>
        </message>
        <message>
            <source>Evening plan done</source>
            <translation>Вечерний план выполнен</translation>
        </message>
        <message>
            <source>The evening plan beside the nights</source>
            <translation>Вечерний план рядом с ночами</translation>
        </message>
        <message>
            <source>Done that evening</source>
            <translation>Сделано в тот вечер</translation>
        </message>
        <message>
            <source>Other nights</source>
            <translation>Другие ночи</translation>
        </message>
        <message>
            <source>Startles in these nights</source>
            <translation>Вздрагивания в эти ночи</translation>
        </message>
        <message>
            <source>Night by night</source>
            <translation>Ночь за ночью</translation>
        </message>
        <message>
            <source>Check in for this night…</source>
            <translation>Отметить эту ночь…</translation>
        </message>
        <message>
            <source>Fill in or change the check-in of the chosen night</source>
            <translation>Заполнить или изменить отметку о выбранной ночи</translation>
        </message>
        <message>
            <source>I startled…</source>
            <translation>Вздрагивание…</translation>
        </message>
        <message>
            <source>Create report…</source>
            <translation>Отчёт…</translation>
        </message>
        <message>
            <source>Create a PDF report of these nights for a doctor</source>
            <translation>Сделать PDF-отчёт об этих ночах для врача</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n night(s) have a check-in. On average: sleep efficiency {se}, total sleep {tst}, in bed {tib}, {sol} minutes to fall asleep, {waso} minutes awake in the night.</source>
            <translation>
                <numerusform>Отмечено ночей: {done} из %n. В среднем: эффективность сна {se}, всего сна {tst}, в постели {tib}, до засыпания {sol} мин, без сна ночью {waso} мин.</numerusform>
                <numerusform>Отмечено ночей: {done} из %n. В среднем: эффективность сна {se}, всего сна {tst}, в постели {tib}, до засыпания {sol} мин, без сна ночью {waso} мин.</numerusform>
                <numerusform>Отмечено ночей: {done} из %n. В среднем: эффективность сна {se}, всего сна {tst}, в постели {tib}, до засыпания {sol} мин, без сна ночью {waso} мин.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of these %n night(s) has a check-in yet. “How did you sleep?” on the home page asks about last night.</source>
            <translation>
                <numerusform>Эта %n ночь ещё не отмечена. Кнопка «Как вам спалось?» на главной странице спросит о прошлой ночи.</numerusform>
                <numerusform>Ни одна из этих %n ночей ещё не отмечена. Кнопка «Как вам спалось?» на главной странице спросит о прошлой ночи.</numerusform>
                <numerusform>Ни одна из этих %n ночей ещё не отмечена. Кнопка «Как вам спалось?» на главной странице спросит о прошлой ночи.</numerusform>
            </translation>
        </message>
        <message>
            <source>short check-in</source>
            <translation>короткая отметка</translation>
        </message>
        <message>
            <source>Relaxation finished</source>
            <translation>Расслабление пройдено</translation>
        </message>
        <message>
            <source>No startles logged in these nights.</source>
            <translation>В эти ночи вздрагиваний не записано.</translation>
        </message>
        <message numerus="yes">
            <source>%n startle(s)</source>
            <translation>
                <numerusform>%n вздрагивание</numerusform>
                <numerusform>%n вздрагивания</numerusform>
                <numerusform>%n вздрагиваний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on %n night(s). By body part: {parts}. When: {when}. {woke} woke you; before {legs} the legs felt uncomfortable.</source>
            <translation>
                <numerusform>за %n ночь. По частям тела: {parts}. Когда: {when}. Разбудили вас: {woke}; перед {legs} из них было неприятно в ногах.</numerusform>
                <numerusform>за %n ночи. По частям тела: {parts}. Когда: {when}. Разбудили вас: {woke}; перед {legs} из них было неприятно в ногах.</numerusform>
                <numerusform>за %n ночей. По частям тела: {parts}. Когда: {when}. Разбудили вас: {woke}; перед {legs} из них было неприятно в ногах.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sleep efficiency (%)</source>
            <translation>Эффективность сна (%)</translation>
        </message>
        <message>
            <source>Total sleep (hours)</source>
            <translation>Всего сна (часов)</translation>
        </message>
        <message>
            <source>Sleep efficiency and total sleep</source>
            <translation>Эффективность и общее время сна</translation>
        </message>
        <message>
            <source>Startles per night</source>
            <translation>Вздрагивания за ночь</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Choose tonight’s relaxation</source>
            <extracomment>The morning check-in about last night.</extracomment>
            <translation>Выберите расслабление на сегодня</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Программы расслабления</translation>
        </message>
        <message>
            <source>Choose a relaxation routine, then press Start.</source>
            <translation>Выберите программу расслабления и нажмите «Начать».</translation>
        </message>
        <message>
            <source>Routine description</source>
            <translation>Описание программы</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начать</translation>
        </message>
        <message>
            <source>Start the session</source>
            <translation>Начать сеанс</translation>
        </message>
        <message>
            <source>Preferences…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>The voice, the screen and sounds, the evening's reminders.</source>
            <translation>Голос, экран и звуки, вечерние напоминания.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Загрузить…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Сохранить в файл…</translation>
        </message>
        <message>
            <source>Export as audio…</source>
            <translation>Сохранить как звук…</translation>
        </message>
        <message>
            <source>Edit the routine (a built-in one is copied first)</source>
            <translation>Изменить программу (встроенная сначала копируется)</translation>
        </message>
        <message>
            <source>Rename the routine</source>
            <translation>Переименовать программу</translation>
        </message>
        <message>
            <source>Delete the routine</source>
            <translation>Удалить программу</translation>
        </message>
        <message>
            <source>Undo the delete</source>
            <translation>Вернуть удалённую программу</translation>
        </message>
        <message>
            <source>Import a routine file</source>
            <translation>Загрузить файл программы</translation>
        </message>
        <message>
            <source>Export the routine as a file</source>
            <translation>Сохранить программу в файл</translation>
        </message>
        <message>
            <source>Export the session as an audio file</source>
            <translation>Сохранить сеанс как звуковой файл</translation>
        </message>
        <message>
            <source>How did you sleep?…</source>
            <translation>Как вам спалось?…</translation>
        </message>
        <message>
            <source>Morning check-in: how last night went</source>
            <translation>Утренняя отметка: как прошла ночь</translation>
        </message>
        <message>
            <source>Sleep history…</source>
            <translation>История сна…</translation>
        </message>
        <message>
            <source>Sleep history: the last nights, and a report</source>
            <translation>История сна: последние ночи и отчёт</translation>
        </message>
        <message>
            <source>Tonight’s plan</source>
            <translation>План на вечер</translation>
        </message>
        <message>
            <source>Tonight's plan and checklist</source>
            <translation>План и список дел на вечер</translation>
        </message>
        <message>
            <source>For someone else…</source>
            <translation>Для близкого…</translation>
        </message>
        <message>
            <source>Set up for someone else: simple mode and lock</source>
            <translation>Настроить для близкого человека: простой режим и блокировка</translation>
        </message>
        <message>
            <source>About</source>
            <translation>О программе</translation>
        </message>
        <message>
            <source>About Wind-Down Coach and diagnostics</source>
            <translation>О программе и сведения о системе</translation>
        </message>
        <message>
            <source>{file} — cannot be used</source>
            <translation>{file} — нельзя использовать</translation>
        </message>
        <message>
            <source>Duplicate to edit…</source>
            <translation>Копировать и изменить…</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>The window's language</source>
            <translation>Язык окна</translation>
        </message>
        <message>
            <source>As the system: {language}</source>
            <translation>Как в системе: {language}</translation>
        </message>
        <message>
            <source>The window, the messages and the built-in routines change to the new language the next time Wind-Down Coach starts. A routine is always spoken in the language it is written in.</source>
            <translation>Окно, сообщения и встроенные программы перейдут на новый язык при следующем запуске. Программа расслабления всегда звучит на том языке, на котором написана.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>no routine called “{name}”; known routines: {known}</source>
            <extracomment>Built-in routines in the order they are offered.</extracomment>
            <translation>программы «{name}» нет; есть такие: {known}</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message numerus="yes">
            <source>Too many wrong tries; please wait %n second(s).</source>
            <extracomment>Why the door stays shut (None when it opens).</extracomment>
            <translation>
                <numerusform>Слишком много неверных попыток; подождите %n секунду.</numerusform>
                <numerusform>Слишком много неверных попыток; подождите %n секунды.</numerusform>
                <numerusform>Слишком много неверных попыток; подождите %n секунд.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is not the PIN. Please wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>Это не тот PIN. Подождите %n секунду и попробуйте снова.</numerusform>
                <numerusform>Это не тот PIN. Подождите %n секунды и попробуйте снова.</numerusform>
                <numerusform>Это не тот PIN. Подождите %n секунд и попробуйте снова.</numerusform>
            </translation>
        </message>
        <message>
            <source>That is not the PIN.</source>
            <translation>Это не тот PIN.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Wind-Down Coach</source>
            <extracomment>A dialog that changes its size this soon after opening is centred again (ms). The notice area grows to this many lines of text at most; more scroll. The events the window's application-wide filter looks at (keys anywhere in it, its own showing and minimising, dialogs opening and settling); every other one passes on. Preferences (voice, screen and sound, evening and reminders). Emitted once, after the window has been painted for the first time. The session keys and buttons: pause or resume, the step before, the next, stop. A body region clicked while paused: go to the step that relaxes it. Where the session stands (position, length) for the time shown; None while nothing plays. Given by the composition root. Whether the session shown is the editor's preview (which stays in the editor).</extracomment>
            <translation>Wind-Down Coach</translation>
        </message>
        <message>
            <source>Notice</source>
            <extracomment>Set when the person chose Quit: closing then really closes, never to the tray. The window's state before the screen went dark (it goes full screen).</extracomment>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation>Скрыть сообщение</translation>
        </message>
    </context>
    <context>
        <name>OwnVoice</name>
        <message>
            <source>Recording… say the words, then press Stop.</source>
            <extracomment>The texts that have a recording now (a set of str). The microphone's level while recording, 0–1.</extracomment>
            <translation>Идёт запись… произнесите слова и нажмите «Стоп».</translation>
        </message>
        <message>
            <source>Nothing was heard; check the microphone and try again.</source>
            <translation>Ничего не слышно; проверьте микрофон и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>No sound output was found, so the recording cannot be played.</source>
            <translation>Не найден вывод звука, поэтому запись не воспроизвести.</translation>
        </message>
        <message>
            <source>The recording cannot be played: {exc}</source>
            <translation>Запись не воспроизводится: {exc}</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Minutes before bed</source>
            <translation>Минут до сна</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Зачем</translation>
        </message>
        <message>
            <source>Bedtime and checklist</source>
            <translation>Время сна и список дел</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Время сна</translation>
        </message>
        <message>
            <source>Wake-up time</source>
            <translation>Время подъёма</translation>
        </message>
        <message>
            <source>e.g. friday 23:30, saturday 23:30</source>
            <translation>например friday 23:30, saturday 23:30</translation>
        </message>
        <message>
            <source>Other bedtimes on some evenings</source>
            <translation>Другое время сна в некоторые вечера</translation>
        </message>
        <message>
            <source>An adult (7 hours of sleep)</source>
            <translation>Взрослый (7 часов сна)</translation>
        </message>
        <message>
            <source>A child (10 hours of sleep)</source>
            <translation>Ребёнок (10 часов сна)</translation>
        </message>
        <message>
            <source>Who sleeps</source>
            <translation>Кто спит</translation>
        </message>
        <message>
            <source>Start Wind-Down Coach when I log in</source>
            <translation>Запускать программу при входе в систему</translation>
        </message>
        <message>
            <source>Not supported on this system.</source>
            <translation>В этой системе не поддерживается.</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Дела из списка</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Add an item</source>
            <translation>Добавить дело</translation>
        </message>
        <message>
            <source>Remove the item</source>
            <translation>Убрать дело</translation>
        </message>
        <message>
            <source>Move the item up</source>
            <translation>Поднять дело выше</translation>
        </message>
        <message>
            <source>Move it down</source>
            <translation>Опустить ниже</translation>
        </message>
        <message>
            <source>Other evenings</source>
            <translation>Другие вечера</translation>
        </message>
        <message>
            <source>Get up at</source>
            <translation>Подъём в</translation>
        </message>
        <message>
            <source>Sleeper</source>
            <translation>Кто спит</translation>
        </message>
        <message>
            <source>Something for the evening</source>
            <translation>Дело на вечер</translation>
        </message>
        <message>
            <source>Other evenings: “{entries}” — write a weekday and a time, e.g. friday 23:30</source>
            <translation>Другие вечера: «{entries}» — напишите день недели по-английски и время, например friday 23:30</translation>
        </message>
    </context>
    <context>
        <name>PreferencesWindow</name>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Preferences pages</source>
            <extracomment>"export" or "import" when the person asked for that (the window closes first, unsaved, so an import is never overwritten by what the window still shows).</extracomment>
            <translation>Разделы настроек</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Как было по умолчанию</translation>
        </message>
        <message>
            <source>Restore the defaults of this page</source>
            <translation>Вернуть значения по умолчанию на этой странице</translation>
        </message>
    </context>
    <context>
        <name>QtDialogs</name>
        <message>
            <source>Locked</source>
            <translation>Заблокировано</translation>
        </message>
    </context>
    <context>
        <name>QuickCheckInDialog</name>
        <message>
            <source>How did you sleep? — the night of {night}</source>
            <extracomment>A chosen answer must show: the style sheet set on a button replaces the app's.</extracomment>
            <translation>Как вам спалось? — ночь с {night}</translation>
        </message>
        <message>
            <source>How did you sleep?</source>
            <translation>Как вам спалось?</translation>
        </message>
        <message>
            <source>How you slept</source>
            <translation>Как спалось</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Any startles</source>
            <translation>Были вздрагивания</translation>
        </message>
        <message>
            <source>Woke in the night</source>
            <translation>Просыпались ночью</translation>
        </message>
        <message>
            <source>Filled in by (when someone helps)</source>
            <translation>Кто заполнил (если кто-то помогает)</translation>
        </message>
        <message>
            <source>your name, when you fill this in for someone</source>
            <translation>ваше имя, если заполняете за другого</translation>
        </message>
        <message>
            <source>Any startles?</source>
            <translation>Были вздрагивания?</translation>
        </message>
        <message>
            <source>Woke in the night?</source>
            <translation>Просыпались ночью?</translation>
        </message>
        <message>
            <source>Filled in by</source>
            <translation>Кто заполнил</translation>
        </message>
    </context>
    <context>
        <name>RecordingDialog</name>
        <message>
            <source>Record your voice — {routine}</source>
            <extracomment>The person asks to record *text* from the microphone *device* (a QAudioDevice).</extracomment>
            <translation>Запись своим голосом — {routine}</translation>
        </message>
        <message>
            <source>Microphone</source>
            <translation>Микрофон</translation>
        </message>
        <message>
            <source>Microphone level</source>
            <translation>Уровень микрофона</translation>
        </message>
        <message>
            <source>Prompts; a tick means recorded in your voice</source>
            <translation>Фразы; галочка — уже записано вашим голосом</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Записать</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Стоп</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Прослушать</translation>
        </message>
        <message>
            <source>Delete recording</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>Record this prompt</source>
            <translation>Записать эту фразу</translation>
        </message>
        <message>
            <source>Stop recording</source>
            <translation>Остановить запись</translation>
        </message>
        <message>
            <source>Play the recording</source>
            <translation>Прослушать запись</translation>
        </message>
        <message>
            <source>Delete the recording</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>No microphone was found. Connect one to record prompts; the synthetic voice is used meanwhile.</source>
            <translation>Микрофон не найден. Подключите его, чтобы записывать фразы; а пока звучит синтезированный голос.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>{item} in %n minute(s).</source>
            <translation>
                <numerusform>{item} — через %n минуту.</numerusform>
                <numerusform>{item} — через %n минуты.</numerusform>
                <numerusform>{item} — через %n минут.</numerusform>
            </translation>
        </message>
        <message>
            <source>{item} now.</source>
            <translation>{item} — сейчас.</translation>
        </message>
        <message>
            <source>Earlier this evening</source>
            <translation>Раньше этим вечером</translation>
        </message>
        <message>
            <source>These were due while the app was away: {items}. Tick them off in Tonight if you did them.</source>
            <translation>Пока программа была закрыта, подошло время для: {items}. Если сделали — отметьте в плане на вечер.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Rename routine</source>
            <translation>Переименовать программу</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <source>Not renamed</source>
            <translation>Не переименовано</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Не удалено</translation>
        </message>
        <message>
            <source>Undo delete of “{name}”</source>
            <translation>Вернуть «{name}»</translation>
        </message>
        <message>
            <source>Import a routine</source>
            <translation>Загрузить программу</translation>
        </message>
        <message>
            <source>Routines (*.toml)</source>
            <translation>Программы (*.toml)</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Не загружено</translation>
        </message>
        <message>
            <source>{name} could not be imported:

{exc}</source>
            <translation>Не удалось загрузить {name}:

{exc}</translation>
        </message>
        <message>
            <source>Export routine</source>
            <translation>Сохранить программу</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Export as audio</source>
            <translation>Сохранить как звук</translation>
        </message>
        <message>
            <source>Writing the session…</source>
            <translation>Записываем сеанс…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>{path} cannot be written: {exc}</source>
            <translation>Не удаётся записать {path}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source> s</source>
            <extracomment>A field's place in the routine document; ("step", key) is a key of the step shown.</extracomment>
            <translation> с</translation>
        </message>
        <message>
            <source>Edit routine — {name}</source>
            <extracomment>Lines of problems and warnings shown at once (more scroll). The preview's own Stop (a preview plays here, not in the main window).</extracomment>
            <translation>Изменение программы — {name}</translation>
        </message>
        <message>
            <source>As in Screen and sound</source>
            <translation>Как в «Экран и звук»</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>As in Voice settings</source>
            <translation>Как в настройках голоса</translation>
        </message>
        <message>
            <source> words a minute</source>
            <translation> слов в минуту</translation>
        </message>
        <message>
            <source>As in Voice settings (or a voice id from coach voices)</source>
            <translation>Как в настройках голоса (или id голоса из coach voices)</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Fit to this length</source>
            <translation>Подогнать под эту длину</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Opening words</source>
            <translation>Вступление</translation>
        </message>
        <message>
            <source>Closing words</source>
            <translation>Завершение</translation>
        </message>
        <message>
            <source>Do each group</source>
            <translation>Каждую группу</translation>
        </message>
        <message>
            <source>times; pause between groups</source>
            <translation>раз; пауза между группами</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Chime</source>
            <translation>Колокольчик</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Громкость</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Скорость</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Голос</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Длина</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>none (release only)</source>
            <translation>нет (только расслабление)</translation>
        </message>
        <message>
            <source>One per line: seconds into the rest, a colon, the words
15: Notice how heavy your hand feels.</source>
            <translation>По одной в строке: секунда отдыха, двоеточие, слова
15: Заметьте, какой тяжёлой стала рука.</translation>
        </message>
        <message>
            <source>Body area</source>
            <translation>Часть тела</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Слова</translation>
        </message>
        <message>
            <source>Tension (from the words)</source>
            <translation>Напряжение (после слов)</translation>
        </message>
        <message>
            <source>Release words</source>
            <translation>Слова при расслаблении</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Отдых</translation>
        </message>
        <message>
            <source>Extra words while resting</source>
            <translation>Дополнительные слова во время отдыха</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Шаг</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Play this step</source>
            <translation>Прослушать шаг</translation>
        </message>
        <message>
            <source>Play from this step</source>
            <translation>Слушать с этого шага</translation>
        </message>
        <message>
            <source>Export audio…</source>
            <translation>Сохранить как звук…</translation>
        </message>
        <message>
            <source>Export the session as an audio file</source>
            <translation>Сохранить сеанс как звуковой файл</translation>
        </message>
        <message>
            <source>Record my voice…</source>
            <translation>Записать своим голосом…</translation>
        </message>
        <message>
            <source>Record the prompts in your own voice</source>
            <translation>Записать фразы своим голосом</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Прослушивание</translation>
        </message>
        <message>
            <source>Stop the preview</source>
            <translation>Остановить прослушивание</translation>
        </message>
        <message>
            <source>Routine name</source>
            <extracomment>Every field of the routine, declared once (name, place, how it is shown/stored).</extracomment>
            <translation>Название программы</translation>
        </message>
        <message>
            <source>Opening length</source>
            <translation>Длина вступления</translation>
        </message>
        <message>
            <source>Closing length</source>
            <translation>Длина завершения</translation>
        </message>
        <message>
            <source>Times each group is done</source>
            <translation>Сколько раз выполнять каждую группу</translation>
        </message>
        <message>
            <source>Pause between groups</source>
            <translation>Пауза между группами</translation>
        </message>
        <message>
            <source>Chime before each step</source>
            <translation>Колокольчик перед каждым шагом</translation>
        </message>
        <message>
            <source>Speaking rate for this routine</source>
            <translation>Скорость речи для этой программы</translation>
        </message>
        <message>
            <source>Voice volume for this routine</source>
            <translation>Громкость голоса для этой программы</translation>
        </message>
        <message>
            <source>Voice for this routine</source>
            <translation>Голос для этой программы</translation>
        </message>
        <message>
            <source>Words for the step</source>
            <translation>Слова шага</translation>
        </message>
        <message>
            <source>Seconds of tension</source>
            <translation>Секунд напряжения</translation>
        </message>
        <message>
            <source>Words when letting go</source>
            <translation>Слова при расслаблении</translation>
        </message>
        <message>
            <source>Seconds of rest</source>
            <translation>Секунд отдыха</translation>
        </message>
        <message>
            <source>Target length in minutes</source>
            <translation>Желаемая длина в минутах</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Шаги</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Добавить шаг</translation>
        </message>
        <message>
            <source>Duplicate the step</source>
            <translation>Копировать шаг</translation>
        </message>
        <message>
            <source>Remove the step</source>
            <translation>Убрать шаг</translation>
        </message>
        <message>
            <source>Move the step up</source>
            <translation>Поднять шаг выше</translation>
        </message>
        <message>
            <source>Move the step down</source>
            <translation>Опустить шаг ниже</translation>
        </message>
        <message>
            <source>Routine timeline</source>
            <translation>Шкала программы</translation>
        </message>
        <message>
            <source>Play the routine from this step</source>
            <translation>Слушать программу с этого шага</translation>
        </message>
        <message>
            <source>Export as audio</source>
            <translation>Сохранить как звук</translation>
        </message>
        <message>
            <source>Save the routine</source>
            <translation>Сохранить программу</translation>
        </message>
        <message>
            <source>Close the editor</source>
            <translation>Закрыть редактор</translation>
        </message>
        <message>
            <source>Drag to reorder, or Alt+Up and Alt+Down.</source>
            <translation>Перетащите, чтобы изменить порядок, или нажмите Alt+↑ и Alt+↓.</translation>
        </message>
        <message>
            <source>The routine cannot be made {target} long: the tension holds stay as they are and rests have their limits, so it now lasts {reached}.</source>
            <translation>Сделать программу длиной {target} нельзя: напряжения остаются прежними, а у отдыха есть пределы, поэтому теперь она длится {reached}.</translation>
        </message>
        <message>
            <source>tense and release</source>
            <translation>напрячь и расслабить</translation>
        </message>
        <message>
            <source>release only</source>
            <translation>только расслабить</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Шаг {number}</translation>
        </message>
        <message>
            <source>Total {length}</source>
            <translation>Всего {length}</translation>
        </message>
        <message>
            <source>Step {number} › extra words: line {lines} is not “seconds: words”</source>
            <translation>Шаг {number} › дополнительные слова: строка {lines} не в виде «секунды: слова»</translation>
        </message>
        <message>
            <source>a line is not “seconds: words”</source>
            <translation>строка не в виде «секунды: слова»</translation>
        </message>
        <message>
            <source>Record my voice… ({recorded} of {total})</source>
            <translation>Записать своим голосом… ({recorded} из {total})</translation>
        </message>
        <message numerus="yes">
            <source>{recorded} of %n prompt(s) recorded</source>
            <translation>
                <numerusform>Записано {recorded} из %n фразы</numerusform>
                <numerusform>Записано {recorded} из %n фраз</numerusform>
                <numerusform>Записано {recorded} из %n фраз</numerusform>
            </translation>
        </message>
        <message>
            <source>This routine cannot be saved yet:</source>
            <translation>Эту программу пока нельзя сохранить:</translation>
        </message>
        <message>
            <source>The routine could not be saved ({reason}). Your changes are still here; check that the data folder can be written to.</source>
            <translation>Не удалось сохранить программу ({reason}). Ваши изменения на месте; проверьте, можно ли записывать в папку данных.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>Save your changes to this routine?</source>
            <translation>Сохранить изменения в этой программе?</translation>
        </message>
    </context>
    <context>
        <name>ScreenSoundPage</name>
        <message>
            <source>Show the words on screen</source>
            <translation>Показывать слова на экране</translation>
        </message>
        <message>
            <source>Dark screen: only faint words on black</source>
            <translation>Тёмный экран: только бледные слова на чёрном</translation>
        </message>
        <message>
            <source> px</source>
            <translation> пикс.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Размер текста</translation>
        </message>
        <message>
            <source>Show the body map</source>
            <translation>Показывать схему тела</translation>
        </message>
        <message>
            <source>Show a breathing guide while relaxing</source>
            <translation>Показывать подсказку дыхания во время отдыха</translation>
        </message>
        <message>
            <source> breaths a minute</source>
            <translation> вдохов в минуту</translation>
        </message>
        <message>
            <source>Breathing guide speed</source>
            <translation>Скорость подсказки дыхания</translation>
        </message>
        <message>
            <source>A soft chime before each step</source>
            <translation>Тихий колокольчик перед каждым шагом</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Громкость колокольчика</translation>
        </message>
        <message>
            <source>Background sound</source>
            <translation>Фоновый звук</translation>
        </message>
        <message>
            <source>Background volume</source>
            <translation>Громкость фона</translation>
        </message>
        <message>
            <source>After the closing words</source>
            <translation>После завершающих слов</translation>
        </message>
        <message>
            <source>Whether the background sound plays on through the night, fading out at the end</source>
            <translation>Звучит ли фон дальше, ночью, и в конце затихает</translation>
        </message>
        <message>
            <source>Background plays on until</source>
            <translation>Фон звучит до</translation>
        </message>
        <message>
            <source>Guide speed</source>
            <translation>Скорость подсказки</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Фон</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>После сеанса</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Settling in</source>
            <extracomment>The sections' titles (in English; marked for the window's catalogue).</extracomment>
            <translation>Устраиваемся поудобнее</translation>
        </message>
        <message>
            <source>Resting</source>
            <translation>Отдых</translation>
        </message>
        <message>
            <source>Step {number} of {count}</source>
            <translation>Шаг {number} из {count}</translation>
        </message>
        <message>
            <source>{title}: “{words}” is still being said {seconds} s after the next cue is due</source>
            <translation>{title}: «{words}» ещё звучит через {seconds} с после того, как пора начинать следующее</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>The session's sound could not be made ({made}); the words are shown.</source>
            <extracomment>The session's new :class:`~coach.core.session.State`. How the body map shows the moment: {region: Role}, after each cue and jump. A paused session went to the step a body region belongs to (a Jump). Seconds the background plays on after the closing words (0: no more). The sound devices are worth watching from now on: the voice has no device, lost it, or plays in this process (a helper process playing well needs no watch, and the window then never loads Qt's multimedia back end). From the assembling thread: job, render result, recordings, SessionAudio or error. Seconds the background plays on after a session of so many seconds from now (set by the app: it knows the clock, the setting and the get-up time). Why there is no output when it is something other than "no device". Whether the session running is an editor's preview. Recorded prompts for a routine: text → WAV file (set by the app). The stream was heard to its end while the session had not yet seen its end. The background plays on after the finished session.</extracomment>
            <translation>Не удалось подготовить звук сеанса ({made}); слова показаны на экране.</translation>
        </message>
        <message>
            <source>The chime sound could not be played and is left out.</source>
            <translation>Колокольчик не воспроизводится, сеанс идёт без него.</translation>
        </message>
        <message>
            <source>The background sound could not be played and is left out.</source>
            <translation>Фоновый звук не воспроизводится, сеанс идёт без него.</translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) could not be spoken and will only be shown on screen.</source>
            <translation>
                <numerusform>%n фразу не удалось озвучить — она будет только на экране.</numerusform>
                <numerusform>%n фразы не удалось озвучить — они будут только на экране.</numerusform>
                <numerusform>%n фраз не удалось озвучить — они будут только на экране.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>Space pause · ← → previous / next step · S I startled · Esc stop</source>
            <translation>Пробел — пауза · ← → предыдущий / следующий шаг · S — вздрагивание · Esc — стоп</translation>
        </message>
        <message>
            <source>Paused — press Space to go on, or click the figure to go to a part of the body</source>
            <translation>Пауза — нажмите пробел, чтобы продолжить, или щёлкните по фигуре, чтобы перейти к части тела</translation>
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Caption colour on the black "screen dark" page: just readable in a dark room. The display options changed (the window then knows whether the time is seen).</extracomment>
            <translation>Текущий шаг</translation>
        </message>
        <message>
            <source>Body area</source>
            <translation>Часть тела</translation>
        </message>
        <message>
            <source>Spoken words</source>
            <translation>Произносимые слова</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>Ход сеанса</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Осталось времени</translation>
        </message>
        <message>
            <source>Keyboard help</source>
            <translation>Подсказка по клавишам</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Назад</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Предыдущий шаг</translation>
        </message>
        <message>
            <source>Go back to the previous step (Left arrow).</source>
            <translation>Вернуться к предыдущему шагу (стрелка влево).</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Pause or resume the session (Space).</source>
            <translation>Поставить сеанс на паузу или продолжить (пробел).</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Дальше ▶</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <source>Skip to the next step (Right arrow).</source>
            <translation>Перейти к следующему шагу (стрелка вправо).</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Стоп</translation>
        </message>
        <message>
            <source>Stop the session</source>
            <translation>Остановить сеанс</translation>
        </message>
        <message>
            <source>End the session with a gentle fade (Escape).</source>
            <translation>Завершить сеанс, плавно затихая (Esc).</translation>
        </message>
        <message>
            <source>I startled</source>
            <translation>Вздрагивание</translation>
        </message>
        <message>
            <source>Note a startle for the diary; the session goes on (S).</source>
            <translation>Записать вздрагивание в дневник; сеанс продолжится (S).</translation>
        </message>
        <message>
            <source>Back to routines</source>
            <translation>К программам</translation>
        </message>
        <message>
            <source>Stop the background</source>
            <extracomment>The background playing on after the session, in words ("" when it is not).</extracomment>
            <translation>Выключить фон</translation>
        </message>
        <message>
            <source>Getting ready</source>
            <translation>Подготовка</translation>
        </message>
        <message>
            <source>Preparing the voice…</source>
            <translation>Готовим голос…</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n prompt(s)</source>
            <translation>
                <numerusform>{done} из %n фразы</numerusform>
                <numerusform>{done} из %n фраз</numerusform>
                <numerusform>{done} из %n фраз</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Sleep well.</source>
            <translation>Спокойной ночи.</translation>
        </message>
    </context>
    <context>
        <name>Setting</name>
        <message>
            <source>voice id from `coach voices`; empty for the engine's default</source>
            <extracomment>A further rule for text: why a value breaks it (None: it does not).</extracomment>
            <translation>идентификатор голоса из `coach voices`; пусто — голос движка по умолчанию</translation>
        </message>
        <message>
            <source>speaking rate in words per minute</source>
            <translation>скорость речи в словах в минуту</translation>
        </message>
        <message>
            <source>voice volume from 0 to 1</source>
            <translation>громкость голоса от 0 до 1</translation>
        </message>
        <message>
            <source>the routine selected last</source>
            <translation>последняя выбранная программа</translation>
        </message>
        <message>
            <source>show the spoken words on screen</source>
            <translation>показывать произносимые слова на экране</translation>
        </message>
        <message>
            <source>black screen with only faint captions</source>
            <translation>чёрный экран и только бледные подписи</translation>
        </message>
        <message>
            <source>caption size in pixels</source>
            <translation>размер подписей в пикселях</translation>
        </message>
        <message>
            <source>show the body map during a session</source>
            <translation>показывать схему тела во время сеанса</translation>
        </message>
        <message>
            <source>show the breathing pacer while relaxing</source>
            <translation>показывать подсказку дыхания во время расслабления</translation>
        </message>
        <message>
            <source>breathing pacer speed</source>
            <translation>скорость подсказки дыхания</translation>
        </message>
        <message>
            <source>a soft chime before each step</source>
            <translation>тихий колокольчик перед каждым шагом</translation>
        </message>
        <message>
            <source>chime volume from 0 to 1</source>
            <translation>громкость колокольчика от 0 до 1</translation>
        </message>
        <message>
            <source>background sound: off, brown or pink</source>
            <translation>фоновый звук: off (нет), brown (коричневый) или pink (розовый шум)</translation>
        </message>
        <message>
            <source>background volume from 0 to 1</source>
            <translation>громкость фона от 0 до 1</translation>
        </message>
        <message>
            <source>the background plays on after the closing words until this time (HH:MM), or 'get-up' (the evening plan's get-up time), at most 10 hours; empty: it ends with the session</source>
            <translation>после заключительных слов фон звучит до этого времени (ЧЧ:ММ) или до 'get-up' (времени подъёма из вечернего плана), не дольше 10 часов; пусто — фон кончается вместе с сеансом</translation>
        </message>
        <message>
            <source>the window's language, such as 'en' or 'ru'; empty follows the system (LANGUAGE, LC_MESSAGES, LANG)</source>
            <translation>язык окна, например 'en' или 'ru'; пусто — как в системе (LANGUAGE, LC_MESSAGES, LANG)</translation>
        </message>
        <message>
            <source>the name used in the greeting</source>
            <translation>имя в приветствии</translation>
        </message>
        <message>
            <source>one big button and tonight's list, nothing else</source>
            <translation>одна большая кнопка и список на вечер, больше ничего</translation>
        </message>
        <message>
            <source>stronger contrast everywhere</source>
            <translation>более сильный контраст везде</translation>
        </message>
        <message>
            <source>larger text everywhere</source>
            <translation>более крупный текст везде</translation>
        </message>
        <message>
            <source>closing the window keeps reminders in the tray</source>
            <translation>после закрытия окна напоминания остаются в трее</translation>
        </message>
        <message>
            <source>the tray hint was shown once</source>
            <translation>подсказка о трее уже была показана</translation>
        </message>
        <message>
            <source>close the app this long after a session ends; 0 never</source>
            <translation>закрывать приложение через столько минут после сеанса; 0 — никогда</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Voice</source>
            <extracomment>The settings this page shows and changes.</extracomment>
            <translation>Голос</translation>
        </message>
        <message>
            <source>Screen and sound</source>
            <translation>Экран и звук</translation>
        </message>
        <message>
            <source>Evening and reminders</source>
            <translation>Вечер и напоминания</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>For someone else</source>
            <extracomment>The PIN's shortest length (a name lupdate can read as a plural's number).</extracomment>
            <translation>Для близкого</translation>
        </message>
    </context>
    <context>
        <name>SettingsService</name>
        <message>
            <source>Your settings could not be saved to {path}: {exc}</source>
            <extracomment>The new Settings, after every change (saved or not).</extracomment>
            <translation>Не удалось сохранить настройки в {path}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SetupChanges</name>
        <message>
            <source>add the sleep diary: {nights} and {startles} (health information; a night already here is replaced by the file's)</source>
            <translation>добавить дневник сна: {nights} и {startles} (это сведения о здоровье; ночь, которая уже есть здесь, заменится ночью из файла)</translation>
        </message>
        <message numerus="yes">
            <source>%n night(s)</source>
            <translation>
                <numerusform>%n ночь</numerusform>
                <numerusform>%n ночи</numerusform>
                <numerusform>%n ночей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n startle(s)</source>
            <translation>
                <numerusform>%n вздрагивание</numerusform>
                <numerusform>%n вздрагивания</numerusform>
                <numerusform>%n вздрагиваний</numerusform>
            </translation>
        </message>
        <message>
            <source>add the routine file {file}</source>
            <translation>добавить файл программы {file}</translation>
        </message>
        <message>
            <source>replace the routine file {file}</source>
            <translation>заменить файл программы {file}</translation>
        </message>
        <message>
            <source>add a recorded prompt for {routine}</source>
            <translation>добавить записанную фразу для {routine}</translation>
        </message>
        <message>
            <source>replace a recorded prompt for {routine}</source>
            <translation>заменить записанную фразу для {routine}</translation>
        </message>
        <message>
            <source>add your settings</source>
            <translation>добавить ваши настройки</translation>
        </message>
        <message>
            <source>replace your settings</source>
            <translation>заменить ваши настройки</translation>
        </message>
        <message>
            <source>add your bedtime and checklist</source>
            <translation>добавить ваше время сна и список дел</translation>
        </message>
        <message>
            <source>replace your bedtime and checklist</source>
            <translation>заменить ваше время сна и список дел</translation>
        </message>
        <message>
            <source>add the PIN lock (the PIN chosen on the computer this setup came from)</source>
            <translation>добавить блокировку PIN-кодом (тем, что выбран на компьютере, откуда эта настройка)</translation>
        </message>
        <message>
            <source>replace the PIN lock (the PIN chosen on the computer this setup came from)</source>
            <translation>заменить блокировку PIN-кодом (тем, что выбран на компьютере, откуда эта настройка)</translation>
        </message>
        <message>
            <source>(no setting changes)</source>
            <translation>(настройки не меняются)</translation>
        </message>
        <message>
            <source>(no changes to the plan)</source>
            <translation>(план не меняется)</translation>
        </message>
        <message>
            <source>Name in the greeting</source>
            <translation>Имя в приветствии</translation>
        </message>
        <message>
            <source>Simple mode</source>
            <translation>Простой режим</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Крупный текст</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Голос</translation>
        </message>
        <message>
            <source>Speaking rate</source>
            <translation>Скорость речи</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>Громкость голоса</translation>
        </message>
        <message>
            <source>Routine chosen</source>
            <translation>Выбранная программа</translation>
        </message>
        <message>
            <source>Captions</source>
            <translation>Подписи</translation>
        </message>
        <message>
            <source>Dark screen</source>
            <translation>Тёмный экран</translation>
        </message>
        <message>
            <source>Caption size</source>
            <translation>Размер подписей</translation>
        </message>
        <message>
            <source>Body map</source>
            <translation>Схема тела</translation>
        </message>
        <message>
            <source>Breathing guide</source>
            <translation>Подсказка дыхания</translation>
        </message>
        <message>
            <source>Breathing guide speed</source>
            <translation>Скорость подсказки дыхания</translation>
        </message>
        <message>
            <source>Chime before each step</source>
            <translation>Колокольчик перед каждым шагом</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Громкость колокольчика</translation>
        </message>
        <message>
            <source>Background sound</source>
            <translation>Фоновый звук</translation>
        </message>
        <message>
            <source>Background volume</source>
            <translation>Громкость фона</translation>
        </message>
        <message>
            <source>Background plays on until</source>
            <translation>Фон звучит до</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Closing keeps reminders in the tray</source>
            <translation>После закрытия напоминания остаются в трее</translation>
        </message>
        <message>
            <source>Close the app after a session</source>
            <translation>Закрывать приложение после сеанса</translation>
        </message>
        <message>
            <source>on</source>
            <translation>вкл.</translation>
        </message>
        <message>
            <source>off</source>
            <translation>выкл.</translation>
        </message>
        <message>
            <source>{rate} words a minute</source>
            <translation>{rate} слов в минуту</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) after</source>
            <translation>
                <numerusform>через %n минуту</numerusform>
                <numerusform>через %n минуты</numerusform>
                <numerusform>через %n минут</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Bedtime: {old} → {new}</source>
            <translation>Время сна: {old} → {new}</translation>
        </message>
        <message>
            <source>Get-up time: {old} → {new}</source>
            <translation>Время подъёма: {old} → {new}</translation>
        </message>
        <message>
            <source>Bedtimes by weekday: {days}</source>
            <translation>Время сна по дням недели: {days}</translation>
        </message>
        <message>
            <source>This is a child: yes</source>
            <translation>Это ребёнок: да</translation>
        </message>
        <message>
            <source>This is a child: no</source>
            <translation>Это ребёнок: нет</translation>
        </message>
        <message>
            <source>Checklist: adds “{title}”, {minutes} min before bed</source>
            <translation>Список дел: добавится «{title}», за {minutes} мин до сна</translation>
        </message>
        <message>
            <source>{old} → {new} min before bed</source>
            <translation>за {old} → за {new} мин до сна</translation>
        </message>
        <message>
            <source>turned on</source>
            <translation>включится</translation>
        </message>
        <message>
            <source>turned off</source>
            <translation>выключится</translation>
        </message>
        <message>
            <source>renamed from “{title}”</source>
            <translation>прежнее название — «{title}»</translation>
        </message>
        <message>
            <source>its words or length change</source>
            <translation>меняются слова или длительность</translation>
        </message>
        <message>
            <source>Checklist: “{title}” — {what}</source>
            <translation>Список дел: «{title}» — {what}</translation>
        </message>
        <message>
            <source>Checklist: removes “{title}”</source>
            <translation>Список дел: уберётся «{title}»</translation>
        </message>
    </context>
    <context>
        <name>SetupFile</name>
        <message>
            <source>the settings are always settings.toml</source>
            <extracomment>Longest file or folder name inside a setup (bytes): room left for the temporary name. Where each kind of entry lives inside a setup file (said when one is elsewhere).</extracomment>
            <translation>настройки всегда лежат в settings.toml</translation>
        </message>
        <message>
            <source>the evening plan is always evening.toml</source>
            <translation>вечерний план всегда лежит в evening.toml</translation>
        </message>
        <message>
            <source>the lock is always lock.toml</source>
            <translation>блокировка всегда лежит в lock.toml</translation>
        </message>
        <message>
            <source>a routine is routines/NAME.toml (NAME not starting with “.” or “-”)</source>
            <translation>программа лежит в routines/ИМЯ.toml (ИМЯ не начинается с «.» или «-»)</translation>
        </message>
        <message>
            <source>a recording is recordings/ROUTINE/NAME.wav</source>
            <translation>запись лежит в recordings/ПРОГРАММА/ИМЯ.wav</translation>
        </message>
        <message>
            <source>the sleep diary is always diary.json</source>
            <translation>дневник сна всегда лежит в diary.json</translation>
        </message>
        <message>
            <source>the manifest lists “{name}” twice</source>
            <extracomment>Refusals said in more than one place.</extracomment>
            <translation>в описи «{name}» указан дважды</translation>
        </message>
        <message>
            <source>the entry “{name}” is not UTF-8 text</source>
            <translation>часть «{name}» — не текст в UTF-8</translation>
        </message>
        <message>
            <source>the entry “{name}” is nested too deeply</source>
            <translation>в части «{name}» слишком глубокая вложенность</translation>
        </message>
        <message>
            <source>the entry “{name}” is invalid: {reason}</source>
            <translation>часть «{name}» не годится: {reason}</translation>
        </message>
        <message>
            <source>the setup has no manifest.json</source>
            <extracomment>What the import would do, file by file (``detail``: a line about the one above). The sleep diary, when the file carries one (kept in the nights' record).</extracomment>
            <translation>в файле настройки нет manifest.json</translation>
        </message>
        <message>
            <source>the manifest is too large</source>
            <translation>опись слишком велика</translation>
        </message>
        <message>
            <source>the manifest lists “{name}”, which is not in the file</source>
            <translation>в описи указан «{name}», но в файле его нет</translation>
        </message>
        <message>
            <source>{file} cannot be imported: {reason}</source>
            <translation>{file} не загрузить: {reason}</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} не читается: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a Wind-Down Coach setup file ({reason})</source>
            <translation>{file} — не файл настройки Wind-Down Coach ({reason})</translation>
        </message>
        <message>
            <source>it is not a zip file</source>
            <translation>это не zip-архив</translation>
        </message>
        <message>
            <source>{file} has {count} entries; at most {most} are allowed</source>
            <translation>в {file} частей: {count}; можно не больше {most}</translation>
        </message>
        <message>
            <source>the entry “{name}” points outside the app's folders</source>
            <translation>часть «{name}» указывает за пределы папок приложения</translation>
        </message>
        <message>
            <source>the entry “{name}” is a link; links are not accepted</source>
            <translation>часть «{name}» — ссылка; ссылки не принимаются</translation>
        </message>
        <message>
            <source>the entry “{name}” has a name longer than {most} characters</source>
            <translation>имя части «{name}» длиннее {most} символов</translation>
        </message>
        <message>
            <source>the file holds “{name}” twice</source>
            <translation>в файле «{name}» лежит дважды</translation>
        </message>
        <message>
            <source>the entry “{name}” is too large ({size} bytes)</source>
            <translation>часть «{name}» слишком велика ({size} байт)</translation>
        </message>
        <message>
            <source>the entry “{name}” expands suspiciously (a compression bomb?)</source>
            <translation>часть «{name}» подозрительно сильно разжимается (не «zip-бомба» ли это?)</translation>
        </message>
        <message>
            <source>the setup expands to more than {most} MB</source>
            <translation>в распакованном виде настройка больше {most} МБ</translation>
        </message>
        <message>
            <source>the entry “{name}” is encrypted; setup files never are</source>
            <translation>часть «{name}» зашифрована, а файлы настройки не шифруются никогда</translation>
        </message>
        <message>
            <source>the entry “{name}” is compressed in a way this app does not read (method {method}); setups use deflate</source>
            <translation>часть «{name}» сжата способом, который приложение не читает (метод {method}); настройки сжимаются методом deflate</translation>
        </message>
        <message>
            <source>its checksum does not match</source>
            <translation>не сходится контрольная сумма</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>не читается</translation>
        </message>
        <message>
            <source>the entry “{name}” is damaged ({reason})</source>
            <translation>часть «{name}» повреждена ({reason})</translation>
        </message>
        <message>
            <source>the entry “{name}” is damaged (its compressed data is broken)</source>
            <translation>часть «{name}» повреждена (сжатые данные испорчены)</translation>
        </message>
        <message>
            <source>the entry “{name}” is larger than its header says</source>
            <translation>часть «{name}» больше, чем сказано в её заголовке</translation>
        </message>
        <message>
            <source>the manifest is nested too deeply to be a setup manifest</source>
            <translation>в описи слишком глубокая вложенность для описи настройки</translation>
        </message>
        <message>
            <source>the manifest is not valid JSON</source>
            <translation>опись — не корректный JSON</translation>
        </message>
        <message>
            <source>this is not a Wind-Down Coach setup file</source>
            <translation>это не файл настройки Wind-Down Coach</translation>
        </message>
        <message>
            <source>the manifest's version must be a whole number from 1, not {value}</source>
            <translation>версия описи должна быть целым числом от 1, а здесь {value}</translation>
        </message>
        <message>
            <source>this setup was made by a newer Wind-Down Coach (format {version}); update the app to import it</source>
            <translation>эта настройка сделана более новой версией Wind-Down Coach (формат {version}); обновите приложение, чтобы её загрузить</translation>
        </message>
        <message>
            <source>the manifest lists no entries</source>
            <translation>в описи не указано ни одной части</translation>
        </message>
        <message>
            <source>the manifest has an entry that is not a table</source>
            <translation>в описи есть часть, которая не таблица</translation>
        </message>
        <message>
            <source>the manifest names an unsafe entry: {name}</source>
            <translation>в описи указана небезопасная часть: {name}</translation>
        </message>
        <message>
            <source>the entry “{name}” is of an unknown kind (“{kind}”)</source>
            <translation>часть «{name}» незнакомого вида («{kind}»)</translation>
        </message>
        <message>
            <source>the entry “{name}” is listed as a {kind}, but {rule}</source>
            <translation>часть «{name}» указана как {kind}, но {rule}</translation>
        </message>
        <message>
            <source>the entry “{name}” is of an unknown kind</source>
            <translation>часть «{name}» незнакомого вида</translation>
        </message>
        <message>
            <source>the recording “{name}” {reason}</source>
            <translation>запись «{name}»: {reason}</translation>
        </message>
        <message>
            <source>the sleep diary “{name}” is invalid: {reason}</source>
            <translation>дневник сна «{name}» не годится: {reason}</translation>
        </message>
        <message>
            <source>refusing to write outside the app's folders: {file}</source>
            <translation>запись за пределы папок приложения не разрешена: {file}</translation>
        </message>
        <message>
            <source>nothing was imported: {file} could not be written ({reason})</source>
            <translation>ничего не загружено: не удалось записать {file} ({reason})</translation>
        </message>
        <message>
            <source>nothing was imported: the sleep diary cannot be opened ({reason})</source>
            <translation>ничего не загружено: дневник сна не открывается ({reason})</translation>
        </message>
        <message>
            <source>nothing was imported: the sleep diary could not be written ({reason})</source>
            <translation>ничего не загружено: не удалось записать дневник сна ({reason})</translation>
        </message>
        <message>
            <source>nothing was imported: {file} could not be replaced ({reason})</source>
            <translation>ничего не загружено: не удалось заменить {file} ({reason})</translation>
        </message>
    </context>
    <context>
        <name>SimplePage</name>
        <message>
            <source>Start relaxing</source>
            <translation>Начать расслабление</translation>
        </message>
        <message>
            <source>Starts the spoken relaxation.</source>
            <translation>Запускает расслабление под голос.</translation>
        </message>
        <message>
            <source>Tonight's list</source>
            <translation>Список на вечер</translation>
        </message>
        <message>
            <source>D or Space marks the selected item done.</source>
            <translation>D или пробел — отметить выбранное дело.</translation>
        </message>
        <message>
            <source>How did you sleep?</source>
            <translation>Как вам спалось?</translation>
        </message>
        <message>
            <source>How did you sleep? A few buttons about last night</source>
            <translation>Как вам спалось? Несколько кнопок о прошлой ночи</translation>
        </message>
        <message>
            <source>Leave simple mode</source>
            <translation>Выйти из простого режима</translation>
        </message>
        <message>
            <source>Leave simple mode (the caregiver's PIN may be needed)</source>
            <translation>Выйти из простого режима (может понадобиться PIN-код того, кто настраивал)</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <source>The sound system (PulseAudio or PipeWire) stopped while the app was running, so the words are shown on screen. Once it runs again, the next session you start has its voice.</source>
            <extracomment>How much of the stream the sound server holds (libpulse's ``PULSE_LATENCY_MSEC``, read when a stream connects; Qt has no setting for it). Measured: with Qt's default (~46 ms) the server asked for more 86 times a second, and a busy machine dropped words; with a second it asks about twice a second. How much audio Qt's own ring holds ahead of the server (seconds): larger than the server's piece, so a starved event loop never leaves the server waiting. When the server's delay is looked at again (seconds after a stream starts or resumes, then again at the last interval): between looks the heard place moves on with the monotonic clock. Silence played before the stream starts (and after a skip): a sound device that is just starting may drop its first few tens of milliseconds. Seconds without any progress of the audio clock that count as a lost device, and how often that is looked at (each look wakes the app and the sound server). The lead-in after a skip: the device is already playing, so a few ms do. Waited past the heard end of a stream before it is closed (its last sound must play). What Qt logs when its PulseAudio connection is lost for good: after this, making an audio stream aborts the process (Qt 6.11), even once the server is back.</extracomment>
            <translation>Звуковая система (PulseAudio или PipeWire) остановилась, пока приложение работало, поэтому слова показаны на экране. Когда она снова заработает, в следующем сеансе голос снова будет слышен.</translation>
        </message>
    </context>
    <context>
        <name>Speech</name>
        <message>
            <source>No voice is available, so the session shows its words on screen instead. To hear the prompts, install a speech engine — on Debian or Ubuntu: sudo apt install espeak-ng — or reinstall Wind-Down Coach with its espeakng-loader dependency.</source>
            <extracomment>Why earlier backends were not used (empty when the first one worked).</extracomment>
            <translation>Голоса нет, поэтому сеанс показывает слова на экране. Чтобы слышать подсказки, установите синтезатор речи — в Debian или Ubuntu: sudo apt install espeak-ng — или переустановите Wind-Down Coach вместе с зависимостью espeakng-loader.</translation>
        </message>
        <message>
            <source>The voice came out at the wrong speed, so tonight's prompts were not kept; they will be prepared again next time.</source>
            <extracomment>Plain words when something about the voice is worth saying (e.g. its pace). A batch is "off pace" when its prompts' median length is outside this share of what their words take at the set speed. Measured on the built-in routines at 130 words a minute, silence trimmed: medians 0.74-1.0 for both engines (prose runs faster than short cues); the same batch at pyttsx3's default 200 comes to about 0.5. A safety net: the rate is also applied before every render (Pyttsx3Backend.render).</extracomment>
            <translation>Голос получился не с той скоростью, поэтому сегодняшние подсказки не сохранены; в следующий раз они будут подготовлены заново.</translation>
        </message>
        <message>
            <source>Tonight's voice could not be saved in {folder} ({problem}), so it is kept in a temporary folder and will be prepared again next time.</source>
            <extracomment>After this many prompts in a batch time out, the rest are not tried (each would wait out the same timeout while the person waits in "Preparing the voice…"). The size of the test write that tells whether the cache folder can take a prompt. Bumped when what is stored changes (2: leading and trailing silence trimmed; 3: loudness-normalised, the engine that spoke in the key). Where prompts are kept between nights. Where this batch's prompts are written: :attr:`home`, or a private temporary folder when home cannot be written (read-only, full, a file in its place).</extracomment>
            <translation>Сегодняшний голос не удалось сохранить в {folder} ({problem}), поэтому он лежит во временной папке и в следующий раз будет подготовлен заново.</translation>
        </message>
    </context>
    <context>
        <name>StartleDialog</name>
        <message>
            <source>I startled</source>
            <translation>Вздрагивание</translation>
        </message>
        <message>
            <source>Body map: tap where the startle was</source>
            <translation>Схема тела: коснитесь места, где было вздрагивание</translation>
        </message>
        <message>
            <source>Where in the body</source>
            <translation>Где в теле</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Когда это было</translation>
        </message>
        <message>
            <source>About how many seconds (0: not sure)</source>
            <translation>Примерно сколько секунд (0 — не знаю)</translation>
        </message>
        <message>
            <source>not sure</source>
            <translation>не знаю</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>It woke me</source>
            <translation>Я от этого проснулся(-ась)</translation>
        </message>
        <message>
            <source>My legs felt uncomfortable before it</source>
            <translation>Перед этим было неприятно в ногах</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>About how long</source>
            <translation>Примерно сколько длилось</translation>
        </message>
        <message>
            <source>Tap the body map, or choose from the list. Enter keeps it.</source>
            <translation>Коснитесь схемы тела или выберите из списка. Enter — записать.</translation>
        </message>
        <message>
            <source>Chosen: {area}</source>
            <translation>Выбрано: {area}</translation>
        </message>
    </context>
    <context>
        <name>TimelineStrip</name>
        <message>
            <source>Routine timeline</source>
            <translation>Шкала программы</translation>
        </message>
        <message>
            <source>Each step as a block; tension warm, rest cool; ticks where words are said. Click a step to select it.</source>
            <translation>Каждый шаг — отдельный блок: напряжение тёплым цветом, отдых холодным, риски там, где звучат слова. Щёлкните по шагу, чтобы выбрать его.</translation>
        </message>
    </context>
    <context>
        <name>TonightPage</name>
        <message>
            <source>That is {hours} hours between bedtime and getting up — please check the two times (is one of them AM instead of PM?).</source>
            <translation>Между отходом ко сну и подъёмом получается {hours} ч — пожалуйста, проверьте оба времени (не перепутаны ли утро и вечер?).</translation>
        </message>
        <message>
            <source>That leaves only {hours} hours between bedtime and getting up — please check the two times.</source>
            <translation>Между отходом ко сну и подъёмом остаётся всего {hours} ч — пожалуйста, проверьте оба времени.</translation>
        </message>
        <message>
            <source>{hours} hours of sleep before you get up</source>
            <translation>До подъёма — {hours} ч сна</translation>
        </message>
        <message>
            <source>{hours} hours of sleep before you get up — less than the {needed} hours recommended. An earlier bedtime would help.</source>
            <translation>До подъёма — {hours} ч сна, меньше рекомендованных {needed} ч. Помогло бы лечь пораньше.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>сделано</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>пропущено</translation>
        </message>
        <message>
            <source>Sleep tonight</source>
            <extracomment>What is due now is marked apart from the selected row (which is theme.SELECTED): a warm outline-coloured band and bold words, never the selection's colour.</extracomment>
            <translation>Сон сегодня</translation>
        </message>
        <message>
            <source>Tonight's checklist</source>
            <translation>Список дел на вечер</translation>
        </message>
        <message>
            <source>D or Space marks the selected item done, S skips it, Backspace undoes.</source>
            <translation>D или пробел — отметить выбранное дело, S — пропустить, Backspace — отменить.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Сделано</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Start the bath timer</source>
            <translation>Запустить таймер ванны</translation>
        </message>
        <message>
            <source>Bedtime and checklist…</source>
            <translation>Время сна и список дел…</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Программы</translation>
        </message>
        <message>
            <source>Start relaxation</source>
            <translation>Начать расслабление</translation>
        </message>
        <message>
            <source>Mark done (D)</source>
            <translation>Отметить сделанным (D)</translation>
        </message>
        <message>
            <source>Skip (S)</source>
            <translation>Пропустить (S)</translation>
        </message>
        <message>
            <source>Bedtime and checklist settings</source>
            <translation>Настройки времени сна и списка дел</translation>
        </message>
        <message>
            <source>Back to the routines</source>
            <translation>Назад к программам</translation>
        </message>
        <message>
            <source>Tonight: bed at {time}</source>
            <translation>Сегодня: спать в {time}</translation>
        </message>
        <message>
            <source>  — now</source>
            <translation>  — сейчас</translation>
        </message>
        <message numerus="yes">
            <source>Start a %n-minute timer</source>
            <translation>
                <numerusform>Запустить таймер на %n минуту</numerusform>
                <numerusform>Запустить таймер на %n минуты</numerusform>
                <numerusform>Запустить таймер на %n минут</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel the bath timer (%n minute(s) left)</source>
            <translation>
                <numerusform>Отменить таймер ванны (осталась %n минута)</numerusform>
                <numerusform>Отменить таймер ванны (осталось %n минуты)</numerusform>
                <numerusform>Отменить таймер ванны (осталось %n минут)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ValueKind</name>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>число</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>список</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>таблица</translation>
        </message>
    </context>
    <context>
        <name>VoicePage</name>
        <message>
            <source>Voice</source>
            <extracomment>(voice id, words a minute, volume) to hear a sample with, without saving.</extracomment>
            <translation>Голос</translation>
        </message>
        <message>
            <source>{voice} — the default</source>
            <translation>{voice} — по умолчанию</translation>
        </message>
        <message>
            <source>The default voice</source>
            <translation>Голос по умолчанию</translation>
        </message>
        <message>
            <source>natural</source>
            <translation>естественный</translation>
        </message>
        <message>
            <source>The list of voices is still being read.</source>
            <translation>Список голосов ещё загружается.</translation>
        </message>
        <message>
            <source>Speaking rate in words per minute</source>
            <translation>Скорость речи в словах в минуту</translation>
        </message>
        <message>
            <source>Voice volume in percent</source>
            <translation>Громкость голоса в процентах</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Прослушать</translation>
        </message>
        <message>
            <source>Preview: hear a sample with these settings</source>
            <translation>Прослушать пример с этими настройками</translation>
        </message>
        <message numerus="yes">
            <source>Speed: %n word(s) a minute</source>
            <translation>
                <numerusform>Скорость: %n слово в минуту</numerusform>
                <numerusform>Скорость: %n слова в минуту</numerusform>
                <numerusform>Скорость: %n слов в минуту</numerusform>
            </translation>
        </message>
        <message>
            <source>Volume: {percent} %</source>
            <translation>Громкость: {percent} %</translation>
        </message>
    </context>
    <context>
        <name>VoicePreview</name>
        <message>
            <source>Preparing the sample…</source>
            <extracomment>Plain words for the dialog: "Preparing the sample…", "Playing…", or what went wrong.</extracomment>
            <translation>Готовим пример…</translation>
        </message>
        <message>
            <source>The sample could not be spoken ({why}).</source>
            <translation>Не удалось озвучить пример ({why}).</translation>
        </message>
        <message>
            <source>No sound output was found, so the sample cannot be heard.</source>
            <translation>Не найден вывод звука, поэтому пример не прослушать.</translation>
        </message>
        <message>
            <source>The sample cannot be played: {exc}.</source>
            <translation>Пример не воспроизводится: {exc}.</translation>
        </message>
        <message>
            <source>Playing the sample…</source>
            <translation>Звучит пример…</translation>
        </message>
    </context>
    <context>
        <name>Voices</name>
        <message>
            <source>Natural voice (Heart, American English)</source>
            <extracomment>The voice id the settings and routines use for the natural voice. Its name (marked: the voice list says it in the window's language).</extracomment>
            <translation>Естественный голос (Heart, американский английский)</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message>
            <source>Welcome to Wind-Down Coach</source>
            <translation>Добро пожаловать в Wind-Down Coach</translation>
        </message>
        <message>
            <source>Who will use Wind-Down Coach?</source>
            <translation>Кто будет пользоваться программой?</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Я сам(а)</translation>
        </message>
        <message>
            <source>I will use it myself</source>
            <translation>Буду пользоваться сам(а)</translation>
        </message>
        <message>
            <source>Someone I'm setting it up for</source>
            <translation>Близкий человек, для которого я настраиваю</translation>
        </message>
        <message>
            <source>I am setting it up for someone else</source>
            <translation>Я настраиваю программу для другого человека</translation>
        </message>
        <message>
            <source>You can change everything later.</source>
            <translation>Всё это можно изменить потом.</translation>
        </message>
        <message>
            <source>About them</source>
            <translation>О человеке</translation>
        </message>
        <message>
            <source>Their name, used in the greeting</source>
            <translation>Имя — для приветствия</translation>
        </message>
        <message>
            <source>Which relaxation</source>
            <translation>Какое расслабление</translation>
        </message>
        <message>
            <source>Voice speed in words a minute (slower is calmer)</source>
            <translation>Скорость голоса в словах в минуту (медленнее — спокойнее)</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Крупный текст</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Расслабление</translation>
        </message>
        <message>
            <source>Their evening</source>
            <translation>Вечер</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Время сна</translation>
        </message>
        <message>
            <source>Wake-up time</source>
            <translation>Время подъёма</translation>
        </message>
        <message>
            <source>This is a child (10 hours of sleep)</source>
            <translation>Это ребёнок (10 часов сна)</translation>
        </message>
        <message>
            <source>Gets up at</source>
            <translation>Подъём в</translation>
        </message>
        <message numerus="yes">
            <source>{item} (%n min before bed)</source>
            <translation>
                <numerusform>{item} (за %n мин до сна)</numerusform>
                <numerusform>{item} (за %n мин до сна)</numerusform>
                <numerusform>{item} (за %n мин до сна)</numerusform>
            </translation>
        </message>
        <message>
            <source>Remind them through the evening</source>
            <translation>Напоминать в течение вечера</translation>
        </message>
        <message>
            <source>Keep it simple and safe</source>
            <translation>Просто и надёжно</translation>
        </message>
        <message>
            <source>Simple mode: one big button and tonight's list</source>
            <translation>Простой режим: одна большая кнопка и список на вечер</translation>
        </message>
        <message>
            <source>A PIN to lock the settings (optional, 4 or more characters)</source>
            <translation>PIN-код, чтобы закрыть настройки (по желанию, от 4 символов)</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>PIN-код (по желанию)</translation>
        </message>
        <message numerus="yes">
            <source>Voice speed: %n word(s) a minute</source>
            <translation>
                <numerusform>Скорость голоса: %n слово в минуту</numerusform>
                <numerusform>Скорость голоса: %n слова в минуту</numerusform>
                <numerusform>Скорость голоса: %n слов в минуту</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Some settings could not be used and were set back to their defaults:
</source>
            <extracomment>Background work (the speech helper) waits this long after start-up (ms). The memory probe waits at most this long after a session for its sound to be let go (s).</extracomment>
            <translation>Некоторые настройки не подошли, и для них вернулись значения по умолчанию:
</translation>
        </message>
        <message>
            <source>The background sound plays on until {time}, then fades away. Escape stops it.</source>
            <translation>Фоновый звук будет звучать до {time}, потом плавно затихнет. Esc — выключить.</translation>
        </message>
        <message>
            <source>I startled…</source>
            <translation>Вздрагивание…</translation>
        </message>
        <message>
            <source>How did you sleep?…</source>
            <translation>Как вам спалось?…</translation>
        </message>
        <message>
            <source>Routine not found</source>
            <translation>Программа не найдена</translation>
        </message>
        <message>
            <source>Wind-Down Coach seems to be running already, but it does not answer. Close it (or end it in the system monitor) and start it again.</source>
            <translation>Wind-Down Coach, похоже, уже запущен, но не отвечает. Закройте его (или завершите в системном мониторе) и запустите снова.</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>The words argparse itself prints (it looks each up with gettext as it goes, so they come from our catalogue once its lookup is ours); any other stays English.</extracomment>
            <translation>использование: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>нужно указать: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>незнакомые аргументы: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>недопустимое значение: %(value)r (выберите из: %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>недопустимое значение %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>нужно одно значение</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначный параметр: %(option)s подходит к %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>нельзя вместе с аргументом %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>нужен один из аргументов %s</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: ошибка: %(message)s
</translation>
        </message>
    </context>
    <context>
        <name>caregiver_wiring</name>
        <message>
            <source>Wind-Down Coach setup (*.coach *.zip);;All files (*)</source>
            <extracomment>What the setup file dialogs show: the app's own files (`coach export` writes any name; the README uses setup.coach), older .zip exports, and anything.</extracomment>
            <translation>Настройка Wind-Down Coach (*.coach *.zip);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>done</source>
            <translation>сделано</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>пропущено</translation>
        </message>
        <message>
            <source>due</source>
            <translation>пора</translation>
        </message>
        <message>
            <source>later</source>
            <translation>позже</translation>
        </message>
        <message>
            <source>end</source>
            <translation>конец</translation>
        </message>
        <message numerus="yes">
            <source>{file}: ok — “{name}”, %n step(s), {minutes} minutes</source>
            <translation>
                <numerusform>{file}: в порядке — «{name}», %n шаг, {minutes} мин</numerusform>
                <numerusform>{file}: в порядке — «{name}», %n шага, {minutes} мин</numerusform>
                <numerusform>{file}: в порядке — «{name}», %n шагов, {minutes} мин</numerusform>
            </translation>
        </message>
        <message>
            <source>No voice engine is available:</source>
            <translation>Нет ни одного речевого движка:</translation>
        </message>
        <message>
            <source>Voice engines: {name}</source>
            <translation>Речевые движки: {name}</translation>
        </message>
        <message>
            <source>The natural voice is not available: {natural_missing}</source>
            <translation>Естественный голос недоступен: {natural_missing}</translation>
        </message>
        <message>
            <source>Default voice: {name} ({id})</source>
            <translation>Голос по умолчанию: {name} ({id})</translation>
        </message>
        <message>
            <source>no voice engine is available, so there is nothing to render: </source>
            <translation>нет ни одного речевого движка, поэтому озвучивать нечем: </translation>
        </message>
        <message>
            <source>note: {notice}</source>
            <translation>заметка: {notice}</translation>
        </message>
        <message>
            <source>warning: “{text}” could not be spoken: {why}</source>
            <translation>предупреждение: «{text}» не удалось озвучить: {why}</translation>
        </message>
        <message>
            <source>, then {hours} hours of background</source>
            <translation>, потом {hours} ч фона</translation>
        </message>
        <message>
            <source>{output}: {minutes} minutes, {prompts} prompts{night}; voice {voice}</source>
            <translation>{output}: {minutes} мин, фраз: {prompts}{night}; голос {voice}</translation>
        </message>
        <message>
            <source>the default</source>
            <translation>по умолчанию</translation>
        </message>
        <message>
            <source>--night is {hours}; it must be from 0 to {most} hours</source>
            <translation>--night равно {hours}; нужно от 0 до {most} ч</translation>
        </message>
        <message>
            <source>--night needs a background sound to play on: add --background brown (or pink), or choose one in Preferences → Screen and sound</source>
            <translation>для --night нужен фоновый звук: добавьте --background brown (или pink) либо выберите фон в Настройках → «Экран и звук»</translation>
        </message>
        <message>
            <source>cannot write {output}: {exc}</source>
            <translation>не удаётся записать {output}: {exc}</translation>
        </message>
        <message>
            <source>warning: {problem}</source>
            <translation>внимание: {problem}</translation>
        </message>
        <message>
            <source>--bedtime {bedtime!r} is not a time; write HH:MM, e.g. 22:30</source>
            <translation>--bedtime {bedtime!r} — это не время; напишите ЧЧ:ММ, например 22:30</translation>
        </message>
        <message>
            <source>Tonight ({night}): bed at {bedtime}, {hours} hours until you get up</source>
            <translation>Сегодня ({night}): спать в {bedtime}, до подъёма {hours} ч</translation>
        </message>
        <message>
            <source> (less than the {needed} recommended)</source>
            <translation> (меньше рекомендованных {needed})</translation>
        </message>
        <message>
            <source>cannot read the PIN from {pin_file}: {exc}</source>
            <translation>не удаётся прочитать PIN-код из {pin_file}: {exc}</translation>
        </message>
        <message>
            <source>This setup is locked. PIN to {doing}: </source>
            <translation>Эта настройка заблокирована. PIN-код, чтобы {doing}: </translation>
        </message>
        <message>
            <source>this setup is locked: give the PIN with --pin-file FILE to {doing}</source>
            <translation>эта настройка заблокирована: укажите PIN-код через --pin-file ФАЙЛ, чтобы {doing}</translation>
        </message>
        <message>
            <source>export it</source>
            <translation>сохранить её</translation>
        </message>
        <message>
            <source>cannot write {file}: {exc}</source>
            <translation>не удаётся записать {file}: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n file(s) ({names})</source>
            <translation>
                <numerusform>{file}: %n файл ({names})</numerusform>
                <numerusform>{file}: %n файла ({names})</numerusform>
                <numerusform>{file}: %n файлов ({names})</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing set up yet</source>
            <translation>пока ничего не настроено</translation>
        </message>
        <message>
            <source>{file} was not imported: {exc}</source>
            <translation>{file} не загружен: {exc}</translation>
        </message>
        <message>
            <source>  will {change}</source>
            <translation>  будет: {change}</translation>
        </message>
        <message>
            <source>change it</source>
            <translation>изменить её</translation>
        </message>
        <message>
            <source>{file}: imported</source>
            <translation>{file}: загружено</translation>
        </message>
        <message>
            <source>--from {first} is after --to {last}</source>
            <translation>--from {first} позже, чем --to {last}</translation>
        </message>
        <message>
            <source>{first} to {last} is more than a year; a report covers at most 367 nights</source>
            <translation>с {first} по {last} — больше года; отчёт охватывает не больше 367 ночей</translation>
        </message>
        <message>
            <source>-o {output}: the report is a PDF; give a name ending in .pdf</source>
            <translation>-o {output}: отчёт — это PDF; укажите имя, оканчивающееся на .pdf</translation>
        </message>
        <message>
            <source>cannot write {where}: {exc}</source>
            <translation>не удаётся записать {where}: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{output}: the report, %n page(s)</source>
            <translation>
                <numerusform>{output}: отчёт, %n страница</numerusform>
                <numerusform>{output}: отчёт, %n страницы</numerusform>
                <numerusform>{output}: отчёт, %n страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{table}: %n night(s), one per row</source>
            <translation>
                <numerusform>{table}: %n ночь, по строке на ночь</numerusform>
                <numerusform>{table}: %n ночи, по строке на ночь</numerusform>
                <numerusform>{table}: %n ночей, по строке на ночь</numerusform>
            </translation>
        </message>
        <message>
            <source>{codebook}: what each column means</source>
            <translation>{codebook}: что значит каждый столбец</translation>
        </message>
        <message>
            <source>{flag} {text!r} is not a date; write YYYY-MM-DD, e.g. 2026-11-30</source>
            <translation>{flag} {text!r} — это не дата; напишите ГГГГ-ММ-ДД, например 2026-11-30</translation>
        </message>
        <message>
            <source>the night of {night} was not saved: </source>
            <translation>ночь с {night} не сохранена: </translation>
        </message>
        <message>
            <source>{night}: saved</source>
            <translation>{night}: сохранено</translation>
        </message>
        <message>
            <source>the startle was not saved: </source>
            <translation>вздрагивание не сохранено: </translation>
        </message>
        <message>
            <source>{night}: startle saved</source>
            <translation>{night}: вздрагивание сохранено</translation>
        </message>
        <message>
            <source>Nothing in the diary from {first} to {last}.</source>
            <translation>С {first} по {last} в дневнике ничего нет.</translation>
        </message>
        <message>
            <source>night</source>
            <translation>ночь</translation>
        </message>
        <message>
            <source>in bed</source>
            <translation>в пост.</translation>
        </message>
        <message>
            <source>startles</source>
            <translation>вздрагивания</translation>
        </message>
        <message>
            <source>asleep</source>
            <translation>уснул</translation>
        </message>
        <message>
            <source>Wind-Down Coach: spoken relaxation for bedtime.</source>
            <translation>Wind-Down Coach: расслабление под голос перед сном.</translation>
        </message>
        <message>
            <source>print every cue of a routine</source>
            <translation>показать все реплики программы</translation>
        </message>
        <message>
            <source>a routine name, id or .toml file</source>
            <translation>название программы, её id или файл .toml</translation>
        </message>
        <message>
            <source>print JSON (at, text, kind, area)</source>
            <translation>вывести JSON (at, text, kind, area)</translation>
        </message>
        <message>
            <source>list the installed voices</source>
            <translation>показать установленные голоса</translation>
        </message>
        <message>
            <source>validate routine files</source>
            <translation>проверить файлы программ</translation>
        </message>
        <message>
            <source>render a whole session to a WAV file</source>
            <translation>записать весь сеанс в звуковой файл</translation>
        </message>
        <message>
            <source>FILE.wav, .flac, .ogg or .opus</source>
            <translation>ФАЙЛ.wav, .flac, .ogg или .opus</translation>
        </message>
        <message>
            <source>the background sound (else the settings')</source>
            <translation>фоновый звук (иначе — из настроек)</translation>
        </message>
        <message>
            <source>write the whole setup to one file</source>
            <translation>сохранить всю настройку в один файл</translation>
        </message>
        <message>
            <source>include the settings lock</source>
            <translation>добавить блокировку настроек</translation>
        </message>
        <message>
            <source>include the sleep diary and startle log (health information)</source>
            <translation>добавить дневник сна и журнал вздрагиваний (сведения о здоровье)</translation>
        </message>
        <message>
            <source>on a locked setup: the PIN's file</source>
            <translation>для заблокированной настройки: файл с PIN-кодом</translation>
        </message>
        <message>
            <source>install a setup file (checked first)</source>
            <translation>установить файл настройки (сначала он проверяется)</translation>
        </message>
        <message>
            <source>only show what would change</source>
            <translation>только показать, что изменится</translation>
        </message>
        <message>
            <source>the night diary and the startle log</source>
            <translation>дневник сна и журнал вздрагиваний</translation>
        </message>
        <message>
            <source>save a night's check-in (every value is checked)</source>
            <translation>сохранить отметку о ночи (каждое значение проверяется)</translation>
        </message>
        <message>
            <source>the evening the night began</source>
            <translation>вечер, с которого началась ночь</translation>
        </message>
        <message>
            <source>log a startle</source>
            <translation>записать вздрагивание</translation>
        </message>
        <message>
            <source>a body area, e.g. right_leg</source>
            <translation>часть тела, например right_leg</translation>
        </message>
        <message>
            <source>falling_asleep, night, awake or daytime</source>
            <translation>falling_asleep, night, awake или daytime</translation>
        </message>
        <message>
            <source>about how long</source>
            <translation>примерно сколько длилось</translation>
        </message>
        <message>
            <source>it woke you</source>
            <translation>вы от этого проснулись</translation>
        </message>
        <message>
            <source>the legs felt uncomfortable before it</source>
            <translation>перед этим было неприятно в ногах</translation>
        </message>
        <message>
            <source>the nights in the diary, with their figures</source>
            <translation>ночи из дневника с их показателями</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>вывести JSON</translation>
        </message>
        <message>
            <source>write the sleep diary as a PDF for the doctor</source>
            <translation>записать дневник сна в PDF для врача</translation>
        </message>
        <message>
            <source>first night (14 back)</source>
            <translation>первая ночь (по умолчанию 14 ночей назад)</translation>
        </message>
        <message>
            <source>last night (by default last night)</source>
            <translation>последняя ночь (по умолчанию прошлая)</translation>
        </message>
        <message>
            <source>also one row per night, and a codebook</source>
            <translation>ещё и таблицу по строке на ночь, с описанием столбцов</translation>
        </message>
        <message>
            <source>print tonight's evening plan</source>
            <translation>показать план на сегодняшний вечер</translation>
        </message>
        <message>
            <source>plan for this bedtime instead</source>
            <translation>план для другого времени сна</translation>
        </message>
        <message>
            <source>(details in the log in {folder})</source>
            <translation>(подробности — в журнале в {folder})</translation>
        </message>
    </context>
    <context>
        <name>diagnostics</name>
        <message>
            <source>not installed</source>
            <translation>не установлен</translation>
        </message>
        <message>
            <source>Voice engine</source>
            <translation>Речевой движок</translation>
        </message>
        <message>
            <source>Audio output</source>
            <translation>Вывод звука</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>Папка настроек</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Папка данных</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Папка кэша</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Папка журналов</translation>
        </message>
    </context>
    <context>
        <name>diary_wiring</name>
        <message>
            <source>How did you sleep? “How did you sleep?…” on the home page asks about last night.</source>
            <extracomment>The check-in is offered when the app opens between these hours (the morning after).</extracomment>
            <translation>Как вам спалось? Кнопка «Как вам спалось?…» на главной странице спросит о прошлой ночи.</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Доброе утро</translation>
        </message>
        <message>
            <source>How did you sleep? The check-in takes a minute.</source>
            <translation>Как вам спалось? Отметка займёт минуту.</translation>
        </message>
    </context>
    <context>
        <name>evening_controller</name>
        <message>
            <source>Bath time is over</source>
            <translation>Время ванны вышло</translation>
        </message>
        <message>
            <source>Get out slowly, and sit for a minute before you lie down.</source>
            <translation>Выходите не спеша и посидите минутку, прежде чем лечь.</translation>
        </message>
        <message>
            <source>Your bath time is over. Get out slowly, and sit down for a minute before lying down.</source>
            <translation>Время ванны вышло. Выходите не спеша и посидите минутку, прежде чем лечь.</translation>
        </message>
    </context>
    <context>
        <name>evening_wiring</name>
        <message>
            <source>There is no system tray here, so reminders appear in this window; keep it open in the evening.</source>
            <translation>Здесь нет системного лотка, поэтому напоминания появляются в этом окне; не закрывайте его вечером.</translation>
        </message>
        <message>
            <source>Wind-Down Coach is still running in the tray so it can remind you this evening. Choose Quit from its menu to close it completely.</source>
            <translation>Wind-Down Coach продолжает работать в системном лотке, чтобы напоминать вам вечером. Чтобы закрыть программу совсем, выберите в его меню «Выйти».</translation>
        </message>
        <message>
            <source>The nights' record could not be opened ({exc}); tonight's ticks will not be kept.</source>
            <extracomment>Opens the bedtime and checklist editor. Tells the person something gently (the tray, else the window; held in a session).</extracomment>
            <translation>Не удалось открыть запись о ночах ({exc}); сегодняшние отметки не сохранятся.</translation>
        </message>
        <message>
            <source>The record of past nights was damaged, so a new one was started; the old file is kept as {moved_aside}.</source>
            <translation>Запись о прошлых ночах была повреждена, поэтому начата новая; старый файл сохранён как {moved_aside}.</translation>
        </message>
        <message>
            <source>Wind-Down Coach</source>
            <translation>Wind-Down Coach</translation>
        </message>
        <message>
            <source>The evening plan file could not be used, so the default plan is shown (the file is kept):
</source>
            <translation>Файл вечернего плана не подошёл, поэтому показан план по умолчанию (файл сохранён):
</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Tonight</source>
            <translation>План на вечер</translation>
        </message>
        <message>
            <source>Start relaxation</source>
            <translation>Начать расслабление</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Still here</source>
            <translation>Программа всё ещё здесь</translation>
        </message>
        <message>
            <source>Bath timer: {minutes} minutes. I will tell you when it is time to get out.</source>
            <translation>Таймер ванны: {minutes} мин. Я скажу, когда пора выходить.</translation>
        </message>
        <message>
            <source>While you were relaxing</source>
            <extracomment>The bath cue is spoken at this share of the voice volume: a nudge, not an alarm.</extracomment>
            <translation>Пока вы расслаблялись</translation>
        </message>
        <message>
            <source>The evening plan could not be saved ({exc}); check that the settings folder can be written to.</source>
            <translation>Не удалось сохранить вечерний план ({exc}); проверьте, можно ли записывать в папку настроек.</translation>
        </message>
    </context>
    <context>
        <name>gui_arguments</name>
        <message>
            <source>Wind-Down Coach: spoken relaxation for bedtime.</source>
            <translation>Wind-Down Coach: расслабление под голос перед сном.</translation>
        </message>
        <message>
            <source>Other commands: {commands} (coach COMMAND --help).</source>
            <translation>Другие команды: {commands} (coach КОМАНДА --help).</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>показать версию и выйти</translation>
        </message>
        <message>
            <source>the routine to select</source>
            <translation>какую программу выбрать</translation>
        </message>
        <message>
            <source>start the session at once</source>
            <translation>сразу начать сеанс</translation>
        </message>
        <message>
            <source>close the app when the session has ended</source>
            <translation>закрыть программу, когда сеанс закончится</translation>
        </message>
        <message>
            <source>--start needs --routine NAME_OR_PATH</source>
            <translation>для --start нужна --routine ИМЯ_ИЛИ_ПУТЬ</translation>
        </message>
    </context>
    <context>
        <name>history_window</name>
        <message>
            <source>Last 14 nights</source>
            <translation>Последние 14 ночей</translation>
        </message>
        <message>
            <source>Last 30 nights</source>
            <translation>Последние 30 ночей</translation>
        </message>
        <message>
            <source>Last 90 nights</source>
            <translation>Последние 90 ночей</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Выбранные даты</translation>
        </message>
    </context>
    <context>
        <name>plan_dialog</name>
        <message>
            <source>the name</source>
            <extracomment>The checklist file's field names, as a person reads them in the dialog.</extracomment>
            <translation>название</translation>
        </message>
        <message>
            <source>minutes before bed</source>
            <translation>минуты до сна</translation>
        </message>
        <message>
            <source>why</source>
            <translation>зачем</translation>
        </message>
        <message>
            <source>how long it lasts</source>
            <translation>длительность</translation>
        </message>
        <message>
            <source>on or off</source>
            <translation>вкл. или выкл.</translation>
        </message>
        <message>
            <source>its id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>Дело {number}</translation>
        </message>
    </context>
    <context>
        <name>preferences</name>
        <message>
            <source>None</source>
            <translation>Без фона</translation>
        </message>
        <message>
            <source>Soft brown noise</source>
            <translation>Мягкий коричневый шум</translation>
        </message>
        <message>
            <source>Soft pink noise</source>
            <translation>Мягкий розовый шум</translation>
        </message>
        <message>
            <source>The background ends with it</source>
            <extracomment>The background after the closing words: the setting's kinds (a time is NIGHT_AT).</extracomment>
            <translation>Фон заканчивается вместе с ними</translation>
        </message>
        <message>
            <source>It plays on until the get-up time</source>
            <translation>Фон звучит до времени подъёма</translation>
        </message>
        <message>
            <source>It plays on until</source>
            <translation>Фон звучит до</translation>
        </message>
    </context>
    <context>
        <name>session_controller</name>
        <message>
            <source>The sound is back; the voice goes on from here.</source>
            <translation>Звук вернулся; голос продолжает с этого места.</translation>
        </message>
        <message>
            <source>The computer was asleep, so the session paused where it was. Press Space to go on.</source>
            <translation>Компьютер засыпал, поэтому сеанс остановился на этом месте. Нажмите пробел, чтобы продолжить.</translation>
        </message>
        <message>
            <source>No sound output was found, so the session shows its words on screen instead. Connect speakers or headphones, or check that the sound system (PulseAudio or PipeWire) is running; on Debian or Ubuntu Qt also needs the libpulse0 package.</source>
            <translation>Не найден вывод звука, поэтому слова сеанса показаны на экране. Подключите колонки или наушники либо проверьте, что звуковая система (PulseAudio или PipeWire) работает; в Debian и Ubuntu Qt нужен ещё пакет libpulse0.</translation>
        </message>
        <message>
            <source>The natural voice is not available ({why}), so the eSpeak voice speaks instead.</source>
            <translation>Естественный голос недоступен ({why}), поэтому говорит голос eSpeak.</translation>
        </message>
        <message>
            <source>The sound device stopped working ({why}). The session goes on with its words on screen.</source>
            <translation>Звуковое устройство перестало работать ({why}). Сеанс продолжается со словами на экране.</translation>
        </message>
    </context>
    <context>
        <name>voice_preview</name>
        <message>
            <source>Let your shoulders soften... and let your breathing slow down.</source>
            <translation>Пусть плечи станут мягче... а дыхание — медленнее.</translation>
        </message>
    </context>
</TS>
